import { createHash, randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { StatusJob } from '../../../shared/contracts/statuses';
import { UIDS } from '../content-types';
import { asPluginWrite } from './internal-scope';
import { columnOf, localeOf, rowsOf, tableIn } from '../utils/db';
import { getService } from '../utils/get-service';

const JOB = 'reevaluate';
/** An instance that stops renewing its lease (crash) leaves the job to another one after this long. */
const LEASE_MS = 60_000;
/** How often each instance looks for a job to take (a change made on another instance, an expired lease). */
const POLL_MS = 15_000;
/** Config keys no rule reads: changing them does not re-evaluate anything. */
const NOT_FOR_RULES = ['controller', 'policyUrl', 'retentionYears', 'expiry', 'notifications', 'evidence', 'signing', 'audit', 'reevaluation'];

type Row = Record<string, unknown>;
interface Cursor {
  uid: string;
  id: number;
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
        .update({ [column('leaseToken')]: token, [column('leaseUntil')]: now + LEASE_MS })
    );
    return Number(count) === 1 ? token : null;
  };

  /** The next drafts after the cursor, across the marked types in uid order. */
  const nextBatch = async (cursor: Cursor | null, size: number) => {
    const batch: Array<{ uid: string; id: number; documentId: string; locale: string | null }> = [];
    for (const uid of markedUids()) {
      if (cursor && uid < cursor.uid) continue;
      const after = cursor && uid === cursor.uid ? cursor.id : 0;
      const found = await rowsOf(strapi, uid).findMany({
        where: { publishedAt: null, id: { $gt: after } },
        select: ['id', 'documentId', 'locale'],
        orderBy: { id: 'asc' },
        limit: size - batch.length,
      });
      batch.push(...found.map((row) => ({ uid, id: Number(row.id), documentId: String(row.documentId), locale: localeOf(row) })));
      if (batch.length >= size) break;
    }
    return batch;
  };

  /** Which entries of a batch have a published version: one query per type instead of one per entry. */
  const publishedKeys = async (batch: Array<{ uid: string; documentId: string }>) => {
    const keys = new Set<string>();
    for (const uid of new Set(batch.map((item) => item.uid))) {
      const documentIds = batch.filter((item) => item.uid === uid).map((item) => item.documentId);
      const rows = await rowsOf(strapi, uid).findMany({
        where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
        select: ['documentId', 'locale'],
      });
      for (const row of rows) keys.add(`${uid}|${String(row.documentId)}|${localeOf(row) ?? ''}`);
    }
    return keys;
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
    const statuses = getService(strapi, 'statuses');
    const entries = getService(strapi, 'entries');
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
        await strapi.db.transaction(async () => {
          const published = await publishedKeys(batch);
          for (const item of batch) {
            // The draft row's lock orders this refresh with a concurrent save of the same entry.
            await entries.lockDraftRows(item.uid, item.documentId, [item.locale]);
            await statuses.refresh(item.uid, item.documentId, item.locale, { published: published.has(`${item.uid}|${item.documentId}|${item.locale ?? ''}`) });
          }
        });
        const last = batch[batch.length - 1];
        const moved = await advance(token, current, {
          processed: Number(row.processed ?? 0) + batch.length,
          cursor: JSON.stringify({ uid: last.uid, id: last.id }),
          leaseUntil: Date.now() + LEASE_MS,
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

  /** At boot: a rules or config version other than the stored one starts the job; then poll for work. */
  const start = async () => {
    stopping = false;
    await ensure();
    void kick();
    timer = setInterval(() => void kick(), POLL_MS);
    timer.unref();
  };

  /** Stops between two batches and hands the lease back, so the next boot resumes at once. */
  const stop = async () => {
    stopping = true;
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
