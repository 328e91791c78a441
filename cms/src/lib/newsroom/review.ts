// Review before publishing, on the admin API (signed-in admins, checked against their own rights):
//   GET  /newsroom/entries/:uid/:documentId          the entry's log, review state and what one may do
//   POST /newsroom/entries/:uid/:documentId/submit   "Gửi duyệt": whoever may edit the entry
//   POST /newsroom/entries/:uid/:documentId/return   "Trả lại" with a reason: whoever may publish it
//   GET  /newsroom/queue                             "Chờ duyệt": what waits for me, and my own sent
import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import {
  currentActor,
  eventsOf,
  recordEvent,
  reviewStateOf,
  reviewSteps,
  titleOf,
  type EditorialEvent,
} from './events';
import { EDITORIAL_TYPES } from '../editorial-types';

interface AdminContext {
  params: Record<string, string>;
  request: { body?: { reason?: unknown } };
  state: { userAbility: unknown; user: { email: string } };
  body: unknown;
  status: number;
}

type CheckedAction = 'read' | 'update' | 'publish';
type PopulateBuilder = (uid: string) => { populateFromQuery(query: unknown): { build(): Promise<unknown> } };

/** The entry's draft if the signed-in admin may do this to it; 404 or 403 otherwise. */
async function entryFor(
  strapi: Core.Strapi,
  ctx: AdminContext,
  uid: string,
  documentId: string,
  action: CheckedAction,
) {
  if (!EDITORIAL_TYPES.has(uid)) throw new errors.NotFoundError('Loại nội dung này không qua duyệt.');
  const contentManager = strapi.plugin('content-manager');
  const checker = contentManager
    .service('permission-checker')
    .create({ userAbility: ctx.state.userAbility, model: uid });
  if (checker.cannot[action]())
    throw new errors.ForbiddenError('Bạn không có quyền này với loại nội dung này.');
  const permissionQuery = await checker.sanitizedQuery[action]({});
  const populateBuilder = contentManager.service('populate-builder') as unknown as PopulateBuilder;
  const populate = await populateBuilder(uid).populateFromQuery(permissionQuery).build();
  const entry = (await strapi
    .documents(uid as never)
    .findOne({ documentId, status: 'draft', populate } as never)) as
    (Record<string, unknown> & { documentId: string }) | null;
  if (!entry) throw new errors.NotFoundError('Không tìm thấy bài.');
  if (checker.cannot[action](entry)) throw new errors.ForbiddenError('Bài này không thuộc phạm vi của bạn.');
  return entry;
}

/** Whether the signed-in admin may do this to the entry (false rather than an error). */
async function may(
  strapi: Core.Strapi,
  ctx: AdminContext,
  uid: string,
  documentId: string,
  action: CheckedAction,
) {
  try {
    await entryFor(strapi, ctx, uid, documentId, action);
    return true;
  } catch (error) {
    if (error instanceof errors.ForbiddenError) return false;
    throw error;
  }
}

async function describeEntry(strapi: Core.Strapi, ctx: AdminContext, uid: string, documentId: string) {
  await entryFor(strapi, ctx, uid, documentId, 'read');
  const events = await eventsOf(strapi, uid, documentId);
  const review = reviewStateOf(events);
  const canEdit = await may(strapi, ctx, uid, documentId, 'update');
  const canPublish = await may(strapi, ctx, uid, documentId, 'publish');
  return {
    review,
    events: events.map(({ action, actor, note, createdAt }) => ({ action, actor, note, at: createdAt })),
    can: {
      submit: canEdit && review?.state !== 'pending',
      return: canPublish && review?.state === 'pending',
    },
  };
}

/** A review step in the log, by the signed-in admin. */
async function recordStep(
  strapi: Core.Strapi,
  action: 'submitted' | 'returned',
  uid: string,
  entry: Record<string, unknown> & { documentId: string },
  note?: string,
) {
  await recordEvent(strapi, {
    action,
    contentType: uid,
    entryDocumentId: entry.documentId,
    entryTitle: titleOf(entry),
    actor: currentActor(strapi)!,
    note: note ?? null,
  });
}

async function submit(strapi: Core.Strapi, ctx: AdminContext, uid: string, documentId: string) {
  const entry = await entryFor(strapi, ctx, uid, documentId, 'update');
  if (reviewStateOf(await eventsOf(strapi, uid, documentId))?.state === 'pending')
    throw new errors.ApplicationError('Bài đã được gửi duyệt và đang chờ biên tập viên.');
  await recordStep(strapi, 'submitted', uid, entry);
}

async function giveBack(strapi: Core.Strapi, ctx: AdminContext, uid: string, documentId: string) {
  const reason = typeof ctx.request.body?.reason === 'string' ? ctx.request.body.reason.trim() : '';
  if (reason.length < 3)
    throw new errors.ValidationError('reason: cần ghi lý do trả lại để người viết biết phải sửa gì.', {
      errors: [{ path: ['reason'], message: 'Cần ghi lý do trả lại.', name: 'ValidationError' }],
    });
  const entry = await entryFor(strapi, ctx, uid, documentId, 'publish');
  if (reviewStateOf(await eventsOf(strapi, uid, documentId))?.state !== 'pending')
    throw new errors.ApplicationError('Bài không ở trong hàng chờ duyệt.');
  await recordStep(strapi, 'returned', uid, entry, reason.slice(0, 2000));
}

/** What waits for this person's review, and what they sent themselves (waiting or returned). */
async function queue(strapi: Core.Strapi, ctx: AdminContext) {
  const byEntry = new Map<string, EditorialEvent[]>();
  for (const step of await reviewSteps(strapi)) {
    const key = `${step.contentType} ${step.entryDocumentId}`;
    byEntry.set(key, [...(byEntry.get(key) ?? []), step]);
  }
  const toReview = [];
  const mine = [];
  for (const steps of byEntry.values()) {
    const review = reviewStateOf(steps);
    if (!review) continue;
    const { contentType: uid, entryDocumentId: documentId, entryTitle: title } = steps[steps.length - 1]!;
    const item = { uid, documentId, title, ...review };
    const sentByMe = steps.some(
      (step) => step.action === 'submitted' && step.actorEmail === ctx.state.user.email,
    );
    if (sentByMe && (await may(strapi, ctx, uid, documentId, 'read'))) mine.push(item);
    if (review.state === 'pending' && (await may(strapi, ctx, uid, documentId, 'publish')))
      toReview.push(item);
  }
  return { count: toReview.length, toReview: toReview.reverse(), mine: mine.reverse() };
}

export function registerReviewRoutes(strapi: Core.Strapi) {
  const route = (method: 'GET' | 'POST', path: string, handle: (ctx: AdminContext) => Promise<unknown>) => ({
    method,
    path,
    handler: async (koa: unknown) => {
      const ctx = koa as AdminContext;
      ctx.body = await handle(ctx);
    },
    info: { type: 'admin' },
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  });
  const entry = '/newsroom/entries/:uid/:documentId';
  strapi.server.routes({
    type: 'admin',
    routes: [
      route('GET', '/newsroom/queue', (ctx) => queue(strapi, ctx)),
      route('GET', entry, (ctx) => describeEntry(strapi, ctx, ctx.params.uid!, ctx.params.documentId!)),
      route('POST', `${entry}/submit`, async (ctx) => {
        await submit(strapi, ctx, ctx.params.uid!, ctx.params.documentId!);
        return describeEntry(strapi, ctx, ctx.params.uid!, ctx.params.documentId!);
      }),
      route('POST', `${entry}/return`, async (ctx) => {
        await giveBack(strapi, ctx, ctx.params.uid!, ctx.params.documentId!);
        return describeEntry(strapi, ctx, ctx.params.uid!, ctx.params.documentId!);
      }),
    ],
  });
}
