// The few labels Strapi's admin writes in English itself, whatever its language: the design
// system's date and time pickers ("<Clear> date", "Choose time"; @strapi/design-system 2.x), the
// status badges' labels (the raw "published", "draft", "modified"), the Markdown editor's
// ("Editor") and the drag-and-drop instructions for screen readers (dnd-kit's). The admin's own
// translations cannot reach them, so they are put into Vietnamese as they appear.

/** The design system's labels, in attributes and in text alike. */
const LABELS: Record<string, string> = {
  'Choose date': 'Chọn ngày',
  'Choose time': 'Chọn giờ',
  'No results found': 'Không tìm thấy kết quả',
  'Close modal': 'Đóng',
  // The date and time pickers' clear buttons: the admin's "Xoá" with the design system's word.
  'Xoá date': 'Xóa ngày',
  'Xoá time': 'Xóa giờ',
  'Xóa date': 'Xóa ngày',
  'Xóa time': 'Xóa giờ',
  'Clear date': 'Xóa ngày',
  'Clear time': 'Xóa giờ',
};
/** Labels only ever seen in attributes: as text they could be an editor's words. */
const ATTRIBUTE_LABELS: Record<string, string> = {
  ...LABELS,
  Loading: 'Đang tải',
  published: 'Đã xuất bản',
  draft: 'Bản nháp',
  modified: 'Đã sửa',
  Editor: 'Khung soạn thảo',
};
const ATTRIBUTES = ['aria-label', 'title', 'placeholder'];

/** dnd-kit's instructions, in the hidden element it names DndDescribedBy-<n>. */
const DRAG_INSTRUCTIONS =
  'Để nhấc một mục, nhấn phím cách. Trong khi kéo, dùng các phím mũi tên để di chuyển. ' +
  'Nhấn phím cách lần nữa để thả vào vị trí mới, hoặc Esc để hủy.';

function translateElement(element: Element) {
  if (element.id.startsWith('DndDescribedBy') && element.textContent !== DRAG_INSTRUCTIONS)
    element.textContent = DRAG_INSTRUCTIONS;
  for (const attribute of ATTRIBUTES) {
    const text = ATTRIBUTE_LABELS[element.getAttribute(attribute) ?? ''];
    if (text) element.setAttribute(attribute, text);
  }
}

/** Text shown or read aloud (a button's hidden label), where it is one of the labels. */
function translateText(node: Node) {
  const translated = LABELS[(node.textContent ?? '').trim()];
  if (translated) node.textContent = translated;
}

/** The element and everything inside it. */
function translate(root: Element) {
  translateElement(root);
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) translateText(texts.currentNode);
  const selector = [...ATTRIBUTES.map((name) => `[${name}]`), '[id^="DndDescribedBy"]'].join(',');
  for (const element of root.querySelectorAll(selector)) translateElement(element);
}

/** Keeps the design system's English labels out of the page from now on. */
export function translateDesignSystemLabels() {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') translateElement(mutation.target as Element);
      else if (mutation.type === 'characterData') translateText(mutation.target);
      else
        for (const node of mutation.addedNodes)
          if (node instanceof Element) translate(node);
          else if (node.nodeType === Node.TEXT_NODE) translateText(node);
    }
  });
  const start = () => {
    translate(document.body);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ATTRIBUTES,
    });
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}
