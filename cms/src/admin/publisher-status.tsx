// The editor knows when it is live: a panel on the edit view ("Trên trang") and a widget on the
// admin home, from the publisher's status as Strapi's GET /publisher/status hands it over.
import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { day, time } from './vn-time';

interface Warning {
  type: string;
  entry: string;
  field: string;
  /** None when the whole entry was left out. */
  file?: string;
  reason: string;
}
interface BuildRecord {
  startedAt: string;
  finishedAt: string;
  result: 'success' | 'failed' | 'unchanged' | 'cancelled';
  mode?: 'full' | 'partial' | 'search';
  error?: string;
  warnings?: Warning[];
}
interface StatusAnswer {
  reachable: boolean;
  error?: string;
  siteUrl: string | null;
  sitePaths: Record<string, string>;
  status?: {
    state: 'idle' | 'waiting' | 'building';
    lastBuild: BuildRecord | null;
    lastSuccess: BuildRecord | null;
  };
}

const POLL_MS = 2000;

/** The publisher's status, asked again every two seconds while shown. */
function usePublisherStatus(): StatusAnswer | null {
  const { get } = useFetchClient();
  const [answer, setAnswer] = useState<StatusAnswer | null>(null);
  useEffect(() => {
    let stopped = false;
    const ask = async () => {
      try {
        const { data } = await get<StatusAnswer>('/publisher/status');
        if (!stopped) setAnswer(data);
      } catch {
        if (!stopped)
          setAnswer({
            reachable: false,
            error: 'Không đọc được trạng thái trang.',
            siteUrl: null,
            sitePaths: {},
          });
      }
    };
    void ask();
    const timer = setInterval(() => void ask(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [get]);
  return answer;
}

interface EntryProps {
  model: string;
  /** The edit view shows the draft; its published version, if any, is in `meta`. */
  document?: {
    publishedAt?: string | null;
    updatedAt?: string | null;
    slug?: string;
    title?: string;
    name?: string;
    publishAt?: string | null;
    unpublishAt?: string | null;
  } | null;
  meta?: { availableStatus?: Array<{ publishedAt?: string | null }> } | null;
}

/**
 * The entry's schedule in Vietnam's time, whatever the time zone of the editor's browser (the date
 * fields above show the browser's own): "Hẹn giờ đăng: 06:00:00 30/11/2026 (giờ Việt Nam)".
 */
function Schedule({ document }: Pick<EntryProps, 'document'>) {
  const lines: Array<[string, string]> = [];
  if (document?.publishAt) lines.push(['Hẹn giờ đăng', document.publishAt]);
  if (document?.unpublishAt) lines.push(['Hẹn giờ gỡ', document.unpublishAt]);
  return (
    <>
      {lines.map(([label, iso]) => (
        <p key={label}>
          {label}: {time(iso)} {day(iso)} (giờ Việt Nam)
        </p>
      ))}
    </>
  );
}

/** Where the entry stands on the live site and when it is scheduled to change, for its editor. */
export function LiveStatus(props: EntryProps) {
  return (
    <>
      <Schedule document={props.document} />
      <LiveState {...props} />
    </>
  );
}

/** Where the entry stands on the live site, for the editor who just published it. */
function LiveState({ model, document, meta }: EntryProps) {
  const answer = usePublisherStatus();
  if (!answer) return <p>Đang hỏi bộ xuất bản…</p>;
  if (!answer.reachable || !answer.status) return <p role="status">{answer.error}</p>;
  const publishedAt =
    document?.publishedAt ?? meta?.availableStatus?.find((version) => version.publishedAt)?.publishedAt;
  if (!document || !publishedAt) return <p role="status">Chưa xuất bản: bạn đọc chưa thấy mục này.</p>;
  const published = Date.parse(publishedAt);
  const { state, lastBuild, lastSuccess } = answer.status;
  const prefix = answer.sitePaths[model];
  const pageUrl =
    answer.siteUrl && prefix && document.slug ? `${answer.siteUrl}${prefix}${document.slug}/` : null;
  const warnings = (lastSuccess?.warnings ?? []).filter(
    (w) => w.entry === document.slug || w.entry === document.title || w.entry === document.name,
  );
  if (lastSuccess && Date.parse(lastSuccess.startedAt) >= published) {
    const after = Math.max(0, Math.round((Date.parse(lastSuccess.finishedAt) - published) / 1000));
    return (
      <div role="status">
        <p>
          Đã lên trang lúc {time(lastSuccess.finishedAt)} (sau {after} giây).
          {pageUrl && (
            <>
              {' '}
              <a href={pageUrl} target="_blank" rel="noreferrer">
                Xem trên trang
              </a>
            </>
          )}
        </p>
        {warnings.map((w) => (
          <p key={`${w.field}-${w.file}`}>
            {w.file
              ? `Trang được dựng thiếu tệp ${w.file} (${w.field}): ${w.reason}`
              : `Mục này chưa lên trang (${w.field}): ${w.reason}`}
          </p>
        ))}
      </div>
    );
  }
  if (state !== 'idle') return <p role="status">Đang cập nhật trang…</p>;
  if (lastBuild?.result === 'failed' && Date.parse(lastBuild.startedAt) >= published) {
    return <p role="status">Chưa lên trang: {lastBuild.error}. Trang cũ vẫn đang phục vụ bạn đọc.</p>;
  }
  return <p role="status">Đang chờ cập nhật trang…</p>;
}

/** The admin home: when the site was last updated, and what the last build left out. */
export function SiteStatusWidget() {
  const answer = usePublisherStatus();
  if (!answer) return <p>Đang hỏi bộ xuất bản…</p>;
  if (!answer.reachable || !answer.status) return <p role="status">{answer.error}</p>;
  const { state, lastBuild, lastSuccess } = answer.status;
  return (
    <div role="status">
      {state !== 'idle' && <p>Đang cập nhật trang…</p>}
      {lastSuccess && (
        <p>
          Trang cập nhật lần cuối lúc {time(lastSuccess.finishedAt)} ngày {day(lastSuccess.finishedAt)}.
        </p>
      )}
      {lastBuild?.result === 'failed' && (
        <p>Lần cập nhật gần nhất thất bại: {lastBuild.error}. Trang cũ vẫn đang phục vụ bạn đọc.</p>
      )}
      {(lastSuccess?.warnings ?? []).map((w) => (
        <p key={`${w.type}-${w.entry}-${w.field}-${w.file}`}>
          {w.file
            ? `Bỏ qua tệp ${w.file} của ${w.entry} (${w.field}): ${w.reason}`
            : `Không đưa "${w.entry}" lên trang (${w.field}): ${w.reason}`}
        </p>
      ))}
    </div>
  );
}
