import admin from './translations/vi/admin.json';
import contentManager from './translations/vi/content-manager.json';
import contentReleases from './translations/vi/content-releases.json';
import contentTypeBuilder from './translations/vi/content-type-builder.json';
import email from './translations/vi/email.json';
import i18n from './translations/vi/i18n.json';
import reviewWorkflows from './translations/vi/review-workflows.json';
import upload from './translations/vi/upload.json';
import usersPermissions from './translations/vi/users-permissions.json';

/**
 * Every message of the admin and its plugins that Strapi's own vi files lack, by plugin
 * (translations/vi/<plugin>.json, the admin's own without a prefix). The wording editors meet most
 * is tuned by hand below, and wins.
 */
const BY_PLUGIN: Record<string, Record<string, string>> = {
  admin,
  'content-manager': contentManager,
  'content-releases': contentReleases,
  'content-type-builder': contentTypeBuilder,
  email,
  i18n,
  'review-workflows': reviewWorkflows,
  upload,
  'users-permissions': usersPermissions,
};

export const STRAPI_VI: Record<string, string> = Object.fromEntries(
  Object.entries(BY_PLUGIN).flatMap(([plugin, strings]) =>
    Object.entries(strings).map(([key, text]) => [plugin === 'admin' ? key : `${plugin}.${key}`, text]),
  ),
);

// Vietnamese for the strings editors meet that Strapi's own vi translations leave in English:
// the Content Manager's lists, statuses, edit view, actions and preview panel. Keys are Strapi's,
// prefixed with the plugin they belong to.
export const CONTENT_MANAGER_VI: Record<string, string> = {
  'HeaderLayout.button.label-add-entry': 'Tạo mục mới',
  'header.name': 'Quản lý nội dung',
  'containers.List.draft': 'Bản nháp',
  'containers.List.published': 'Đã xuất bản',
  'containers.List.modified': 'Đã sửa',
  'containers.List.statusFilter.draft': 'Bản nháp (chưa từng xuất bản)',
  'containers.List.statusFilter.published': 'Đã xuất bản (tất cả)',
  'containers.List.statusFilter.publishedModified': 'Đã xuất bản (có sửa chưa xuất bản)',
  'containers.List.statusFilter.publishedUnmodified': 'Đã xuất bản (không sửa)',
  'components.Select.draft-info-title': 'Bản nháp',
  'components.Select.publish-info-title': 'Đã xuất bản',
  'relation.publicationState.draft': 'Bản nháp',
  'relation.publicationState.published': 'Đã xuất bản',
  'containers.edit.tabs.label': 'Trạng thái',
  'containers.edit.tabs.draft': 'bản nháp',
  'containers.edit.tabs.published': 'đã xuất bản',
  'containers.edit.panels.default.title': 'Mục',
  'containers.edit.panels.default.more-actions': 'Thao tác khác',
  'containers.edit.title.new': 'Tạo mục mới',
  'containers.edit.header.more-actions': 'Thao tác khác',
  'containers.edit.information.last-published.label': 'Xuất bản',
  'containers.edit.information.last-draft.label': 'Cập nhật',
  'containers.edit.information.document.label': 'Tạo',
  'containers.edit.information.documentId.label': 'Mã tài liệu',
  'containers.EditView.add.new-entry': 'Thêm mục',
  'containers.EditView.publishHint': 'Ctrl / Cmd + Shift + Enter để xuất bản',
  'containers.EditView.saveHint': 'Ctrl / Cmd + Enter để lưu',
  'actions.clone.label': 'Nhân bản',
  'actions.discard.label': 'Bỏ các thay đổi',
  'actions.edit.label': 'Sửa',
  'actions.open-in-new-tab.label': 'Mở trong thẻ mới',
  'actions.unpublish.dialog.body': 'Bạn có chắc muốn gỡ mục này khỏi cổng?',
  'actions.unpublish.dialog.option.keep-draft': 'Gỡ và giữ bản nháp mới nhất',
  'actions.unpublish.dialog.option.replace-draft': 'Gỡ và thay bản nháp mới nhất',
  'popUpWarning.bodyMessage.contentType.publish.all': 'Bạn có chắc muốn xuất bản các mục này?',
  'popUpWarning.bodyMessage.contentType.unpublish.all': 'Bạn có chắc muốn gỡ các mục này?',
  'popUpWarning.warning.publish-question': 'Bạn vẫn muốn xuất bản?',
  'bulk-publish.already-published': 'Đã xuất bản',
  'bulk-publish.modified': 'Sẵn sàng xuất bản thay đổi',
  'bulk-publish.waiting-for-action': 'Đang chờ thao tác',
  'form.Input.hint.character.unit': '{maxValue, plural, other { ký tự}}',
  'preview.panel.title': 'Xem trước',
  'preview.panel.button': 'Mở bản xem trước',
  'preview.panel.button-configuration': 'Chưa có xem trước',
  'preview.panel.button-disabled-tooltip': 'Hãy lưu trước khi xem trước',
  'preview.page-title': 'Xem trước {contentType}',
  'preview.header.close': 'Đóng bản xem trước',
  'preview.copy.label': 'Sao chép liên kết xem trước',
  'preview.copy.success': 'Đã sao chép liên kết xem trước',
  'preview.tabs.label': 'Trạng thái xem trước',
  'preview.content.close-editor': 'Ẩn khung soạn thảo',
  'preview.content.open-editor': 'Hiện khung soạn thảo',
  'preview.device.select': 'Chọn loại thiết bị',
  'preview.device.desktop': 'Máy tính',
  'preview.device.mobile': 'Điện thoại',
  'components.LeftMenu.collection-types': 'Nội dung nhiều mục',
  'components.LeftMenu.single-types': 'Nội dung một mục',
  'components.AddFilterCTA.add': 'Bộ lọc',
  'components.AddFilterCTA.hide': 'Bộ lọc',
  'containers.list.filters.status': 'Trạng thái',
  'containers.list.table-headers.status': 'Trạng thái',
  'relation.add': 'Thêm hoặc tạo liên kết',
  'relation.disconnect': 'Bỏ',
  'relation.isLoading': 'Đang tải liên kết',
  // The admin home's widgets.
  'widget.last-edited.title': 'Mục sửa gần đây',
  'widget.last-edited.no-data': 'Chưa có mục nào được sửa',
  'widget.last-edited.single-type': 'Nội dung một mục',
  'widget.last-published.title': 'Mục xuất bản gần đây',
  'widget.last-published.no-data': 'Chưa có mục nào được xuất bản',
  'widget.chart-entries.title': 'Số mục',
  'widget.chart-entries.count.label': '{count, plural, other {mục}}',
  'widget.chart-entries.tooltip': '{count} {label}',
};

/** The admin's own strings (no plugin prefix) where Strapi's vi is missing or reads oddly to editors. */
const ADMIN_VI: Record<string, string> = {
  // Booleans read "Có / Không" (Strapi's vi says "Đúng / Sai").
  'app.components.ToggleCheckbox.on-label': 'Có',
  'app.components.ToggleCheckbox.off-label': 'Không',
  'app.components.LeftMenuLinkContainer.collectionTypes': 'Nội dung nhiều mục',
  'global.search': 'Tìm kiếm',
  'search.placeholder': 'Tìm kiếm',
  // The marketing banner Strapi shows above every page.
  'app.components.MediaLibraryBanner.intro': 'Thư viện media mới ',
  'app.components.MediaLibraryBanner.text.enabled': 'Bạn đang dùng phiên bản mới.',
  'app.components.MediaLibraryBanner.text': 'Xem tài liệu để chuyển sang phiên bản mới.',
  'app.components.MediaLibraryBanner.button.enabled': 'Đọc giới thiệu',
  'app.components.MediaLibraryBanner.button': 'Tài liệu',
  'app.components.MediaLibraryBanner.close': 'Đóng thông báo. ',
  // The admin home.
  'HomePage.addWidget.button': 'Thêm ô',
  'HomePage.addWidget.title': 'Thêm ô',
  'HomePage.widget.delete': 'Xóa',
  'HomePage.widget.drag': 'Kéo để di chuyển',
  'HomePage.widget.error': 'Không tải được nội dung ô này.',
  'HomePage.widget.loading': 'Đang tải',
  'HomePage.widget.no-data': 'Chưa có nội dung.',
  'HomePage.widget.no-permissions': 'Bạn không có quyền xem ô này',
  'widget.profile.title': 'Hồ sơ',
  'global.profile': 'Hồ sơ',
  'global.profile.settings': 'Cài đặt hồ sơ',
  'widget.key-statistics.title': 'Số liệu',
  'widget.key-statistics.list.admins': 'Quản trị viên',
  'widget.key-statistics.list.entries': 'Mục nội dung',
  'widget.key-statistics.list.assets': 'Tệp',
};

/** The media library (upload plugin) as editors meet it. */
const UPLOAD_VI: Record<string, string> = {
  'header.actions.add-assets': 'Tải tệp lên',
  'header.actions.add-folder': 'Thêm thư mục',
  'folder.create.title': 'Thư mục mới',
  'folder.form.name.label': 'Tên thư mục',
  'folder.create.submit': 'Tạo thư mục',
  'bulk.select.label': 'Chọn tất cả tệp',
};

/** The app's `config.translations.vi` entries: each key under the plugin it belongs to. */
export const VI_OVERRIDES: Record<string, string> = {
  ...ADMIN_VI,
  ...Object.fromEntries(
    Object.entries(CONTENT_MANAGER_VI).map(([key, text]) => [`content-manager.${key}`, text]),
  ),
  ...Object.fromEntries(Object.entries(UPLOAD_VI).map(([key, text]) => [`upload.${key}`, text])),
};
