// Review before publishing, in the admin: the edit view's "Duyệt bài" panel ("Gửi duyệt",
// "Trả lại" with a reason, the entry's log) and the "Chờ duyệt" page with its count. The rights
// are the server's (GET/POST /newsroom/...): the buttons only show what it would allow.
import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Flex, Textarea, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { day, time } from './vn-time';

type Action = 'created' | 'submitted' | 'returned' | 'published' | 'unpublished' | 'deleted';

const ACTION_LABELS: Record<Action, string> = {
  created: 'Tạo bản nháp',
  submitted: 'Gửi duyệt',
  returned: 'Trả lại',
  published: 'Xuất bản',
  unpublished: 'Gỡ khỏi trang',
  deleted: 'Xóa',
};

interface ReviewState {
  state: 'pending' | 'returned';
  by: string | null;
  at: string;
  note: string | null;
}
interface EntryReview {
  review: ReviewState | null;
  events: Array<{ action: Action; actor: string | null; note: string | null; at: string }>;
  can: { submit: boolean; return: boolean };
}
interface QueueItem extends ReviewState {
  uid: string;
  documentId: string;
  title: string | null;
}
interface Queue {
  count: number;
  toReview: QueueItem[];
  mine: QueueItem[];
}

const when = (iso: string) => `${time(iso).slice(0, 5)} ${day(iso)}`;
const errorOf = (error: unknown) =>
  (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ??
  'Không thực hiện được, hãy thử lại.';

function StateLine({ review }: { review: ReviewState | null }) {
  if (!review) return null;
  if (review.state === 'pending')
    return (
      <Typography tag="p" variant="omega" fontWeight="bold">
        Chờ duyệt: {review.by} gửi lúc {when(review.at)}
      </Typography>
    );
  return (
    <Box background="danger100" padding={2} hasRadius>
      <Typography tag="p" variant="omega" fontWeight="bold">
        Bị trả lại bởi {review.by} lúc {when(review.at)}
      </Typography>
      <Typography tag="p" variant="omega">
        Lý do: {review.note}
      </Typography>
    </Box>
  );
}

interface PanelProps {
  model: string;
  documentId?: string;
  /** Changes when the entry is saved, published or taken down: the panel reads the log again. */
  version?: string;
}

/** The edit view's "Duyệt bài" panel. */
export function ReviewPanel({ model, documentId, version }: PanelProps) {
  const { get, post } = useFetchClient();
  const [answer, setAnswer] = useState<EntryReview | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const url = `/newsroom/entries/${model}/${documentId}`;
  const load = useCallback(async () => {
    try {
      setAnswer((await get<EntryReview>(url)).data);
    } catch {
      setAnswer(null);
    }
  }, [get, url]);
  useEffect(() => {
    if (documentId) void load();
  }, [documentId, load, version]);
  if (!documentId) return <Typography variant="omega">Lưu bản nháp trước khi gửi duyệt.</Typography>;
  if (!answer) return null;
  const act = async (path: 'submit' | 'return', body: object, done: string) => {
    try {
      setAnswer((await post<EntryReview>(`${url}/${path}`, body)).data);
      setReason('');
      setMessage(done);
    } catch (error) {
      setMessage(errorOf(error));
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <StateLine review={answer.review} />
      {answer.can.submit && (
        <Button variant="secondary" onClick={() => act('submit', {}, 'Đã gửi duyệt.')}>
          Gửi duyệt
        </Button>
      )}
      {answer.can.return && (
        <>
          <Textarea
            name="review-reason"
            aria-label="Lý do trả lại"
            placeholder="Lý do trả lại (người viết sẽ thấy)"
            value={reason}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)}
          />
          <Button variant="danger-light" onClick={() => act('return', { reason }, 'Đã trả lại bài.')}>
            Trả lại
          </Button>
        </>
      )}
      {message && (
        <Typography role="status" variant="pi">
          {message}
        </Typography>
      )}
      {answer.events.length > 0 && (
        <Box>
          <Typography variant="sigma" textColor="neutral600">
            Nhật ký
          </Typography>
          {answer.events.map((event) => (
            <Typography key={`${event.action}-${event.at}`} tag="p" variant="pi">
              {when(event.at)} · {ACTION_LABELS[event.action]} · {event.actor}
              {event.note ? `: ${event.note}` : ''}
            </Typography>
          ))}
        </Box>
      )}
    </Flex>
  );
}

function QueueList({ items, empty }: { items: QueueItem[]; empty: string }) {
  if (items.length === 0) return empty ? <Typography tag="p">{empty}</Typography> : null;
  return (
    <Box tag="ul">
      {items.map((item) => (
        <Box tag="li" key={`${item.uid}-${item.documentId}`} paddingBottom={3}>
          <Link to={`/content-manager/collection-types/${item.uid}/${item.documentId}`}>
            <Typography variant="omega" fontWeight="bold" textColor="primary600">
              {item.title || item.documentId}
            </Typography>
          </Link>
          <Typography tag="p" variant="pi" textColor="neutral600">
            {item.state === 'pending'
              ? `${item.by} gửi duyệt lúc ${when(item.at)}`
              : `Trả lại bởi ${item.by} lúc ${when(item.at)}: ${item.note}`}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** What waits for my review, and what I sent, as the server sees my rights. */
function useQueue(): Queue | null {
  const { get } = useFetchClient();
  const [queue, setQueue] = useState<Queue | null>(null);
  useEffect(() => {
    void get<Queue>('/newsroom/queue').then(({ data }) => setQueue(data));
  }, [get]);
  return queue;
}

/** The admin home's "Chờ duyệt" widget: the count and the first few waiting. */
export function QueueWidget() {
  const queue = useQueue();
  if (!queue) return <Typography>Đang tải…</Typography>;
  const returned = queue.mine.filter((item) => item.state === 'returned');
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography tag="p" fontWeight="bold">
        {queue.count > 0 ? `${queue.count} bài chờ bạn duyệt` : 'Không có bài nào chờ bạn duyệt.'}
      </Typography>
      <QueueList items={queue.toReview.slice(0, 5)} empty="" />
      {returned.length > 0 && (
        <>
          <Typography tag="p" fontWeight="bold">
            {returned.length} bài của bạn bị trả lại
          </Typography>
          <QueueList items={returned.slice(0, 5)} empty="" />
        </>
      )}
    </Flex>
  );
}

/** The "Chờ duyệt" page: what waits for my review, and what I sent. */
export function QueuePage() {
  const queue = useQueue();
  if (!queue) return <Page.Loading />;
  return (
    <Layouts.Root>
      <Page.Title>Chờ duyệt</Page.Title>
      <Layouts.Header title={`Chờ duyệt (${queue.count})`} subtitle="Bài gửi duyệt thuộc phạm vi của bạn" />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
            <QueueList items={queue.toReview} empty="Không có bài nào chờ bạn duyệt." />
          </Box>
          <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
            <Typography tag="h2" variant="delta">
              Bài tôi đã gửi
            </Typography>
            <QueueList items={queue.mine} empty="Bạn chưa gửi bài nào đang chờ hoặc bị trả lại." />
          </Box>
        </Flex>
      </Layouts.Content>
    </Layouts.Root>
  );
}

export default QueuePage;
