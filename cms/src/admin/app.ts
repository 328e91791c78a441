import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Editors work in Vietnamese; English stays available in each user's profile.
    locales: ['vi'],
    translations: {
      vi: {
        'Auth.form.welcome.title': 'Cổng thông tin Hội LHPN',
        'Auth.form.welcome.subtitle': 'Đăng nhập để viết và xuất bản tin bài',
      },
    },
  },
  bootstrap(_app: StrapiApp) {},
};
