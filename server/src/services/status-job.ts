import { createHash, randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { StatusJob } from '../../../shared/contracts/statuses';
import { UIDS } from '../content-types';
import { asPluginWrite } from './internal-scope';
import { columnOf, localeOf, rowsOf, tableIn, type Row } from '../utils/db';
import { nextKeysetPage, type KeysetSource } from '../repositories/keyset';
import { consentRows } from '../repositories/consents';
import { reviewRows } from '../repositories/reviews';
import { waiverRows } from '../repositories/waivers';
import { getService } from '../utils/get-service';

const JOB = 'reevaluate';
/** Config keys no rule reads: changing them does not re-evaluate anything. */
const NOT_FOR_RULES = ['controller', 'policyUrl', 'retentionYears', 'expiry', 'notifications', 'evidence', 'signing', 'audit', 'reevaluation'];

interface Cursor {
  uid: string;
  id: number;
}
interface BatchItem {
  uid: string;
  id: number;
  documentId: string;
  locale: string | null;
}

/**
 * Re-evaluates every stored status after a rule or settings change (README, "Stored statuses"):
 * in batches, one transaction each; with a lease row claimed by an atomic conditional UPDATE, so
 * one instance at a time runs it; resuming from the last processed key after a restart.
 */
export const createStatusJob = ({ strapi }: { strapi: Core.Strapi }) => {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let stopping = false;
  const column = (attribute: string) => columnOf(strapi, UIDS.statusJob, attribute);
  const rows = () => strapi.db.query(UIDS.statusJob);
  const markedUids = () => getService(strapi, 'marked-types').all().map((type) => type.uid).sort();
  /**
   * `reevaluation.leaseSeconds`: an instance that stops renewing its lease (crash) leaves the job to
   * another one after this long. `reevaluation.pollSeconds`: how often each instance looks for a job
   * to take (a change made on another instance, an expired lease). README, "Configuration".
   */
  const leaseMs = () => getService(strapi, 'settings').config().reevaluation.leaseSeconds * 1000;
  const pollMs = () => getService(strapi, 'settings').config().reevaluation.pollSeconds * 1000;

  /** A hash of everything the checklist depends on besides the entry: rules, severities, the config they read. */
  const version = async (): Promise<string> => {
    const overrides = await getService(strapi, 'settings').overrides();
    const config = Object.fromEntries(Object.entries(getService(strapi, 'settings').config()).filter(([key]) => !NOT_FOR_RULES.includes(key)));
    const types = getService(strapi, 'marked-types')
      .all()
      .map((type) => ({ ...type, rules: getService(strapi, 'rules').forType(type, overrides[type.uid]).map(({ rule, severity }) => [rule.id, rule.title, severity]) }));
    return createHash('sha256').update(JSON.stringify({ config, types })).digest('hex');
  };

  const draftsOf = (uid: string) => rowsOf(strapi, uid).count({ where: { publishedAt: null } });

  const countDrafts = async () => {
    let total = 0;
    for (const uid of markedUids()) total += await draftsOf(uid);
    return total;
  };

  const read = async (): Promise<Row | null> => (await rows().findOne({ where: { name: JOB } })) as Row | null;

  /** Records the current version; a different one from the stored one starts the job over. Returns whether work is left. */
  const ensure = async (): Promise<boolean> => {
    const current = await version();
    const row = await read();
    if (row && row.version === current) return row.doneVersion !== current;
    const fresh = { version: current, total: await countDrafts(), processed: 0, cursor: null, startedAt: new Date().toISOString(), finishedAt: null };
    if (!row) {
      try {
        await asPluginWrite(() => rows().create({ data: { name: JOB, doneVersion: null, leaseToken: null, leaseUntil: 0, ...fresh } }));
      } catch {
        // Another instance created it at the same moment (the name is unique): its row is the job.
      }
    } else {
      await asPluginWrite(() => rows().update({ where: { name: JOB }, data: fresh }));
    }
    return true;
  };

  /** Takes the lease if the job has work and no live holder, in one conditional UPDATE. */
  const claim = async (current: string): Promise<string | null> => {
    const token = randomUUID();
    const now = Date.now();
    const count = await strapi.db.transaction(({ trx }) =>
      tableIn(strapi, trx, UIDS.statusJob)
        .where(column('name'), JOB)
        .where(column('version'), current)
        .where((done) => done.whereNull(column('doneVersion')).orWhereNot(column('doneVersion'), current))
        .where((free) => free.whereNull(column('leaseToken')).orWhere(column('leaseUntil'), '<', now))
        .update({ [column('leaseToken')]: token, [column('leaseUntil')]: now + leaseMs() })
    );
    return Number(count) === 1 ? token : null;
  };

  /** The drafts of one marked type, in id order (repositories/keyset.ts). */
  const draftsAfter = (uid: string): KeysetSource<Row> => ({
    after: (id, limit) => rowsOf(strapi, uid).findMany({ where: { publishedAt: null, id: { $gt: id } }, select: ['id', 'documentId', 'locale'], orderBy: { id: 'asc' }, limit }),
    key: (row) => Number(row.id),
  });

  /** The next drafts after the cursor, across the marked types in uid order. */
  const nextBatch = async (cursor: Cursor | null, size: number): Promise<BatchItem[]> => {
    const page = await nextKeysetPage(markedUids(), draftsAfter, cursor && { source: cursor.uid, key: cursor.id }, size);
    return page.map(({ source, key, row }) => ({ uid: source, id: key, documentId: String(row.documentId), locale: localeOf(row) }));
  };

  /**
   * Re-evaluates the drafts of one batch in its transaction: per type, their draft rows locked
   * (a concurrent save waits), the drafts, consents, reviews and waivers read in
   * a few queries, each checklist evaluated, and every status written in one upsert.
   */
  const evaluateBatch = async (batch: BatchItem[]) => {
    const entries = getService(strapi, 'entries');
    const statuses = getService(strapi, 'statuses');
    await strapi.db.transaction(async ({ trx }) => {
      const writes: Parameters<typeof statuses.upsertMany>[1] = [];
      for (const uid of new Set(batch.map((item) => item.uid))) {
        const items = batch.filter((item) => item.uid === uid);
        const ids = items.map((item) => item.id);
        const documentIds = [...new Set(items.map((item) => item.documentId))];
        await entries.lockRows(uid, ids);
        const [drafts, consentsOf, reviews, waivers] = await Promise.all([
          entries.loadDrafts(uid, ids),
          consentRows(strapi).forEntries(uid, documentIds),
          reviewRows(strapi).decisionsForEntries(uid, documentIds),
          waiverRows(strapi).forEntries(uid, documentIds),
        ]);
        const byId = new Map(drafts.map((draft) => [Number(draft.id), draft]));
        for (const item of items) {
          const entry = byId.get(item.id);
          // Gone since the batch was listed: `refresh` drops its status.
          if (!entry) {
            await statuses.refresh(uid, item.documentId, item.locale, { trx, entry: null });
            continue;
          }
          const key = `${item.documentId}|${item.locale ?? ''}`;
          const ref = { uid, documentId: item.documentId, locale: item.locale };
          const checklist = await getService(strapi, 'checks').evaluateEntry(ref, entry, {
            consents: consentsOf(item.documentId, item.locale),
            reviews: reviews.get(key) ?? [],
            waivers: waivers.get(key) ?? [],
          });
          writes.push({ ...ref, checklist, updatedAt: entry.updatedAt });
        }
      }
      await statuses.upsertMany(trx, writes);
    });
  };

  /** Moves the job on, if this instance still holds the lease for this version; false when it lost it. */
  const advance = async (token: string, current: string, data: Row): Promise<boolean> => {
    const count = await strapi.db.transaction(({ trx }) =>
      tableIn(strapi, trx, UIDS.statusJob)
        .where(column('name'), JOB)
        .where(column('leaseToken'), token)
        .where(column('version'), current)
        .update(Object.fromEntries(Object.entries(data).map(([key, value]) => [column(key), value])))
    );
    return Number(count) === 1;
  };

  const release = (token: string) =>
    strapi.db.transaction(({ trx }) =>
      tableIn(strapi, trx, UIDS.statusJob).where(column('name'), JOB).where(column('leaseToken'), token).update({ [column('leaseToken')]: null, [column('leaseUntil')]: 0 })
    );

  const work = async (token: string, current: string) => {
    const size = getService(strapi, 'settings').config().reevaluation.batchSize;
    try {
      while (!stopping) {
        const row = await read();
        if (!row || row.version !== current || row.leaseToken !== token) return;
        const cursor = row.cursor ? (JSON.parse(String(row.cursor)) as Cursor) : null;
        const batch = await nextBatch(cursor, size);
        if (!batch.length) {
          // Statuses of types no longer marked are dropped with the job's end.
          const uids = markedUids();
          await strapi.db.transaction(async ({ trx }) => {
            const stale = tableIn(strapi, trx, UIDS.entryStatus);
            await (uids.length ? stale.whereNotIn(columnOf(strapi, UIDS.entryStatus, 'entryUid'), uids) : stale).delete();
          });
          await advance(token, current, { doneVersion: current, finishedAt: new Date().toISOString(), leaseToken: null, leaseUntil: 0 });
          return;
        }
        await evaluateBatch(batch);
        const last = batch[batch.length - 1];
        const moved = await advance(token, current, {
          processed: Number(row.processed ?? 0) + batch.length,
          cursor: JSON.stringify({ uid: last.uid, id: last.id }),
          leaseUntil: Date.now() + leaseMs(),
        });
        if (!moved) return;
        // Let requests waiting for the database (SQLite has one connection) in between two batches.
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    } finally {
      await release(token).catch(() => undefined);
    }
  };

  /** Runs the job here if it has work and no other instance holds it; at most one run per instance. */
  const kick = (): Promise<void> => {
    if (running || stopping) return running ?? Promise.resolve();
    running = (async () => {
      try {
        const current = await version();
        const token = await claim(current);
        if (token) await work(token, current);
      } catch (error) {
        strapi.log.error(`compliance: status re-evaluation failed: ${String(error)}`);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  let unsubscribe: (() => void) | undefined;

  /**
   * At boot: a rules or config version other than the stored one starts the job; then poll for
   * work. Every stored status is re-evaluated under new severities once their change commits.
   */
  const start = async () => {
    stopping = false;
    unsubscribe?.();
    unsubscribe = getService(strapi, 'settings').onOverridesChanged(
      () =>
        restart().catch((error: unknown) => {
          strapi.log.error(`compliance: status re-evaluation: ${String(error)}`);
        })
    );
    await ensure();
    void kick();
    timer = setInterval(() => void kick(), pollMs());
    timer.unref();
  };

  /** Stops between two batches and hands the lease back, so the next boot resumes at once. */
  const stop = async () => {
    stopping = true;
    unsubscribe?.();
    unsubscribe = undefined;
    if (timer) clearInterval(timer);
    timer = undefined;
    await running;
  };

  /** After a settings change, once its transaction commits. */
  const restart = async () => {
    if (await ensure()) void kick();
  };

  const progress = async (): Promise<StatusJob> => {
    const row = await read();
    if (!row) return { state: 'idle', processed: 0, total: 0, startedAt: null, finishedAt: null };
    const done = row.doneVersion === row.version;
    const held = Boolean(row.leaseToken) && Number(row.leaseUntil ?? 0) > Date.now();
    return {
      state: done ? 'idle' : held ? 'running' : 'pending',
      processed: Number(row.processed ?? 0),
      total: Number(row.total ?? 0),
      startedAt: (row.startedAt as string | null) ?? null,
      finishedAt: (row.finishedAt as string | null) ?? null,
    };
  };

  return { version, ensure, kick, start, stop, restart, progress, running: () => running };
};
