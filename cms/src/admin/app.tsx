import { Clock, Earth } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import editorialTypes from '../lib/editorial-types.json';
import { translateDesignSystemLabels } from './design-system-labels';
import { QueueWidget, ReviewPanel } from './newsroom';
import { LiveStatus, SiteStatusWidget } from './publisher-status';
import { STRAPI_VI, VI_OVERRIDES } from './translations-vi';

type PanelProps = Parameters<typeof LiveStatus>[0];

/** Where Strapi's admin keeps the interface language (@strapi/admin's reducer). */
const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    // Editors work in Vietnamese; English stays available in each user's profile.
    locales: ['vi'],
    translations: {
      vi: {
        ...STRAPI_VI,
        'Auth.form.welcome.title': 'Cổng thông tin Hội LHPN',
        'Auth.form.welcome.subtitle': 'Đăng nhập để viết và xuất bản tin bài',
        ...VI_OVERRIDES,
      },
    },
  },
  register(app: StrapiApp) {
    // Strapi shows English until someone signs in (its choice of language is kept in the browser,
    // never read from it): the login and password pages open in Vietnamese. A language picked in
    // one's profile is kept.
    if (!localStorage.getItem(ADMIN_LANGUAGE_KEY)) localStorage.setItem(ADMIN_LANGUAGE_KEY, 'vi');
    if (localStorage.getItem(ADMIN_LANGUAGE_KEY) === 'vi') translateDesignSystemLabels();
    // "Chờ duyệt": what waits for the editor's review, and what the contributor sent.
    app.addMenuLink({
      to: 'cho-duyet',
      icon: Clock,
      intlLabel: { id: 'portal.review-queue', defaultMessage: 'Chờ duyệt' },
      permissions: [],
      position: 2,
      Component: () => import('./newsroom'),
    });
    app.widgets.register({
      icon: Clock,
      id: 'review-queue',
      title: { id: 'portal.review-queue-widget', defaultMessage: 'Chờ duyệt' },
      link: { label: { id: 'portal.review-queue-open', defaultMessage: 'Mở danh sách' }, href: '/cho-duyet' },
      component: async () => QueueWidget,
    });
    app.widgets.register({
      icon: Earth,
      id: 'site-status',
      title: { id: 'portal.site-status', defaultMessage: 'Trang cho bạn đọc' },
      component: async () => SiteStatusWidget,
    });
  },
  bootstrap(app: StrapiApp) {
    // "Trên trang": when what the editor published is live, or why not.
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: {
        addEditViewSidePanel(
          panels: Array<(props: PanelProps) => { title: string; content: JSX.Element } | null>,
        ): void;
      };
    };
    contentManager.apis.addEditViewSidePanel([
      (props: PanelProps) => ({ title: 'Trên trang', content: <LiveStatus {...props} /> }),
      (props: PanelProps & { documentId?: string }) =>
        editorialTypes.includes(props.model)
          ? {
              title: 'Duyệt bài',
              content: (
                <ReviewPanel
                  model={props.model}
                  documentId={props.documentId}
                  version={[
                    props.document?.updatedAt,
                    ...(props.meta?.availableStatus ?? []).map((status) => status.publishedAt),
                  ].join(' ')}
                />
              ),
            }
          : null,
    ]);
  },
};
