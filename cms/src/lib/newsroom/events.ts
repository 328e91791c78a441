// The editorial log ("Nhật ký biên tập"): who created, sent for review, returned, published, took
// down or deleted which entry, and when. The review state of an entry is read from it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { EVENT_UID } from './roles';

export const EDITORIAL_ACTIONS = [
  'created',
  'submitted',
  'returned',
  'published',
  'unpublished',
  'deleted',
] as const;
export type EditorialAction = (typeof EDITORIAL_ACTIONS)[number];

/** Who did it: a signed-in admin, an API token, or the schedule. */
export interface Actor {
  name: string;
  email?: string;
}

export interface EditorialEvent {
  action: EditorialAction;
  contentType: string;
  entryDocumentId: string;
  entryTitle?: string | null;
  actor?: string | null;
  actorEmail?: string | null;
  note?: string | null;
  createdAt: string;
}

/** Where an entry stands in review: waiting for an editor, or returned to its writer with a reason. */
export interface ReviewState {
  state: 'pending' | 'returned';
  by: string | null;
  byEmail: string | null;
  at: string;
  note: string | null;
}

const REVIEW_ACTIONS: EditorialAction[] = ['submitted', 'returned', 'published', 'deleted'];

/** The review state after a run of events (oldest first): the last review step decides it. */
export function reviewStateOf(events: EditorialEvent[]): ReviewState | null {
  const last = events.filter((event) => REVIEW_ACTIONS.includes(event.action)).pop();
  if (!last || (last.action !== 'submitted' && last.action !== 'returned')) return null;
  return {
    state: last.action === 'submitted' ? 'pending' : 'returned',
    by: last.actor ?? null,
    byEmail: last.actorEmail ?? null,
    at: last.createdAt,
    note: last.note ?? null,
  };
}

/** Work done on no one's request that the log should still name (the schedule). */
const acting = new AsyncLocalStorage<Actor>();
export const actingAs = <T>(actor: Actor, work: () => Promise<T>): Promise<T> => acting.run(actor, work);

/** The schedule's name in the log when it publishes or takes down an entry. */
export const SCHEDULE_ACTOR: Actor = { name: 'Hẹn giờ tự động' };

/**
 * Who the current write is for: a signed-in admin, an API token, the schedule; null for the seed,
 * imports and maintenance runs, which the log leaves out.
 */
export function currentActor(strapi: Core.Strapi): Actor | null {
  const named = acting.getStore();
  if (named) return named;
  const ctx = strapi.requestContext.get() as
    | { state?: { user?: { firstname?: string; lastname?: string; email?: string }; auth?: unknown } }
    | undefined;
  const user = ctx?.state?.user;
  if (user?.email) {
    const name = [user.firstname, user.lastname].filter(Boolean).join(' ').trim();
    return { name: name || user.email, email: user.email };
  }
  if (ctx?.state?.auth) return { name: 'Ứng dụng (API token)' };
  return null;
}

/** An entry's name in the log: its title, or an organisation's name. */
export const titleOf = (entry: Record<string, unknown> | null | undefined) =>
  String(entry?.title ?? entry?.name ?? '').slice(0, 300) || null;

export async function recordEvent(
  strapi: Core.Strapi,
  event: Omit<EditorialEvent, 'createdAt' | 'actor' | 'actorEmail'> & { actor: Actor },
) {
  const { actor, ...rest } = event;
  await strapi.documents(EVENT_UID as never).create({
    data: { ...rest, actor: actor.name, actorEmail: actor.email ?? null } as never,
  });
}

/** An entry's log, oldest first. */
export async function eventsOf(strapi: Core.Strapi, contentType: string, documentId: string) {
  return (await strapi.db.query(EVENT_UID as never).findMany({
    where: { contentType, entryDocumentId: documentId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  })) as EditorialEvent[];
}

/** Review steps of every entry (newest last), for the queue. */
export async function reviewSteps(strapi: Core.Strapi, limit = 5000) {
  const rows = (await strapi.db.query(EVENT_UID as never).findMany({
    where: { action: { $in: REVIEW_ACTIONS } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    limit,
  })) as EditorialEvent[];
  return rows.reverse();
}
