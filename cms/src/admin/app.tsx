import { Clock, Earth } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import editorialTypes from '../lib/editorial-types.json';
import { QueueWidget, ReviewPanel } from './newsroom';
import { LiveStatus, SiteStatusWidget } from './publisher-status';
import { VI_OVERRIDES } from './translations-vi';

type PanelProps = Parameters<typeof LiveStatus>[0];

export default {
  config: {
    // Editors work in Vietnamese; English stays available in each user's profile.
    locales: ['vi'],
    translations: {
      vi: {
        'Auth.form.welcome.title': 'Cổng thông tin Hội LHPN',
        'Auth.form.welcome.subtitle': 'Đăng nhập để viết và xuất bản tin bài',
        ...VI_OVERRIDES,
      },
    },
  },
  register(app: StrapiApp) {
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
