// Publishing and taking down at a set time (publishAt, unpublishAt on the newsroom's types and the
// portal's pages), built on the Community Edition: a cron task every few seconds publishes and unpublishes through the
// Document Service, so the usual webhooks fire and the site follows. Each due entry is first
// claimed by clearing its time in a conditional update, inside the transaction that publishes it:
// of several Strapi instances on one database exactly one wins, and a failure rolls the claim back.
import type { Core, UID } from '@strapi/strapi';
import { SCHEDULED_TYPES } from './editorial-types';
import { actingAs, SCHEDULE_ACTOR } from './newsroom/events';

/** Seconds between two looks at the schedule (SCHEDULER_INTERVAL_SECONDS). */
export const SCHEDULER_INTERVAL_SECONDS = Number(process.env.SCHEDULER_INTERVAL_SECONDS ?? 10);

interface DueRow {
  id: number;
  documentId: string;
}

export interface ScheduleRun {
  published: string[];
  unpublished: string[];
}

/** Problems already reported, so a failing entry is logged once, not at every tick. */
const reported = new Set<string>();

function log(strapi: Core.Strapi, level: 'info' | 'error', message: string) {
  strapi.log[level](`[scheduler] ${message}`);
}

/** One look at the schedule: what is due now is published or taken down, once. */
export async function runSchedule(strapi: Core.Strapi, now = new Date()): Promise<ScheduleRun> {
  const run: ScheduleRun = { published: [], unpublished: [] };
  const due = { $notNull: true, $lte: now };
  for (const uid of SCHEDULED_TYPES) {
    const query = strapi.db.query(uid as UID.ContentType);
    const documents = strapi.documents(uid as UID.ContentType);
    // Drafts (rows without publishedAt) whose time to go up has come.
    const toPublish = (await query.findMany({
      where: { publishedAt: null, publishAt: due },
      select: ['id', 'documentId'],
    })) as DueRow[];
    for (const row of toPublish) {
      await act(strapi, `publish ${uid} ${row.documentId}`, async () => {
        const claim = await query.updateMany({
          where: { id: row.id, publishAt: due },
          data: { publishAt: null },
        });
        if (claim.count !== 1) return;
        await actingAs(SCHEDULE_ACTOR, () => documents.publish({ documentId: row.documentId }));
        run.published.push(row.documentId);
      });
    }
    // Published entries whose time to come down has come (the claim clears both rows' time).
    const toUnpublish = (await query.findMany({
      where: { publishedAt: { $notNull: true }, unpublishAt: due },
      select: ['id', 'documentId'],
    })) as DueRow[];
    for (const row of toUnpublish) {
      await act(strapi, `unpublish ${uid} ${row.documentId}`, async () => {
        const claim = await query.updateMany({
          where: { documentId: row.documentId, unpublishAt: due },
          data: { unpublishAt: null },
        });
        if (claim.count === 0) return;
        await actingAs(SCHEDULE_ACTOR, () => documents.unpublish({ documentId: row.documentId }));
        run.unpublished.push(row.documentId);
      });
    }
  }
  if (run.published.length + run.unpublished.length > 0) {
    log(strapi, 'info', `published ${run.published.length}, took down ${run.unpublished.length}`);
  }
  return run;
}

/** Runs one claim-and-act in a transaction; a failure undoes the claim and is reported once. */
async function act(strapi: Core.Strapi, what: string, work: () => Promise<void>) {
  try {
    await strapi.db.transaction(work);
    reported.delete(what);
  } catch (error) {
    if (reported.has(what)) return;
    reported.add(what);
    log(strapi, 'error', `${what} failed, tried again at the next look: ${(error as Error).message}`);
  }
}

/** Looks at the schedule every SCHEDULER_INTERVAL_SECONDS, and once now to catch up after downtime. */
export function startScheduler(strapi: Core.Strapi) {
  strapi.cron.add({
    portalScheduler: {
      task: async () => {
        await runSchedule(strapi);
      },
      options: { rule: `*/${SCHEDULER_INTERVAL_SECONDS} * * * * *` },
    },
  });
  void runSchedule(strapi).catch((error: Error) =>
    log(strapi, 'error', `catching up failed: ${error.message}`),
  );
}
