/** Markdown an attacker might type into an article body; every line must come out inert. */
export const XSS_VECTORS = [
  '<script>alert("xss-script")</script>',
  '<img src="x" onerror="alert(\'xss-onerror\')">',
  '[bấm vào đây](javascript:alert("xss-js-link"))',
  '[mã hóa](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert("xss-entity"))',
  '[vb](vbscript:msgbox("xss-vbs"))',
  '[dữ liệu](data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzLWRhdGEnKTwvc2NyaXB0Pg==)',
  '<iframe src="https://evil.example/xss-iframe"></iframe>',
  '<svg><animate onbegin="alert(\'xss-svg\')" attributeName="x" dur="1s"></svg>',
  '<details open ontoggle="alert(\'xss-details\')">chi tiết</details>',
  '<a href="https://example.org" onclick="alert(\'xss-onclick\')">liên kết ngoài</a>',
  '<div style="background:url(javascript:alert(\'xss-style\'))">kiểu</div>',
  '<p>đoạn chưa đóng <b>đậm <i>nghiêng',
  '<<script>alert("xss-nested")//<</script>',
  '<object data="javascript:alert(\'xss-object\')"></object>',
  '<form action="javascript:alert(\'xss-form\')"><button>gửi</button></form>',
  '![ảnh](javascript:alert("xss-img-md"))',
];

/** Whatever appears in the output, none of these may. */
export const FORBIDDEN = [
  /<script(?![^>]*application\/ld\+json)/i,
  /\son\w+\s*=/i,
  /javascript:/i,
  /vbscript:/i,
  /data:text\/html/i,
  /<iframe/i,
  /<svg/i,
  /<object/i,
  /<form/i,
  /xss-/i,
];
