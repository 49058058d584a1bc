import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';
import {
  createChainVerifier,
  GENESIS_HASH,
  hashEvent,
  headSignatureValid,
  type Actor,
  type AuditEvent,
  type ChainHead,
  type Subject,
} from '../domain/audit-chain';
import { headMessage, signMessage } from '../domain/audit-signing';
import type { TextReference } from '../domain/audit-texts';
import { UIDS } from '../content-types';
import type { AuditAction, AuditFilters, VerifyAudit } from '../../../shared/contracts/audit';
import { ERROR_CODES } from '../../../shared/error-codes';
import { columnOf, supportsRowLocks, tableIn, tableOf } from '../utils/db';
import { keysetPages } from '../repositories/keyset';
import { getService } from '../utils/get-service';
import type { TextSource } from './audit-texts';
import { asPluginWrite } from './internal-scope';
import { plainRows } from '../repositories/plain-rows';
import { prepared } from '../repositories/prepared';

export { AUDIT_ACTIONS } from '../../../shared/contracts/audit';

export interface AuditInput {
  action: AuditAction;
  actor: Actor;
  subject: Subject | null;
  data?: Record<string, unknown>;
}

export type { AuditFilters };

/** Called with each appended event once the transaction that wrote it has committed. */
export type AuditListener = (event: AuditEvent) => void;

const CHAIN = 'main';
/** Rows per keyset page: small enough that a page dies young (flat memory), large enough to amortize the round trip. */
const PAGE = 500;
/** A refusal's record is tried this many times before the request fails loudly. */
const DETACHED_ATTEMPTS = 3;
/** How long a request waits for its refusals to be recorded after its transaction ended. */
const DETACHED_WAIT_MS = 30000;

type Row = Record<string, unknown>;
const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The loud failure: the refusal stands, but the audit trail does not show it. */
const unrecordedRefusal = (input: AuditInput, details: Record<string, unknown> = {}) =>
  new errors.ApplicationError(
    `Nothing was published, but this refusal (${input.action}) could not be recorded in the audit trail. ` +
      'The error is in the server log with the full event; tell your administrator.',
    { ...details, code: ERROR_CODES.auditWriteFailed, action: input.action }
  );

/**
 * The append-only, hash-chained audit trail (README, "Audit trail"). Appends lock the chain head
 * row (`SELECT … FOR UPDATE` on PostgreSQL and MySQL; SQLite has one writer) inside a transaction,
 * so concurrent requests and several Strapi instances on one database extend a single chain.
 * With a signing key, each event and the head carry an Ed25519 signature (outside the hash).
 */
export const createAuditLog = ({ strapi }: { strapi: Core.Strapi }) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  const column = (uid: string, attribute: string) => columnOf(strapi, uid, attribute);
  const table = (trx: unknown, uid: string) => tableIn(strapi, trx, uid);
  const keys = () => getService(strapi, 'audit-keys');
  const supportsReturning = () => strapi.db.dialect.useReturning();

  /** Column names, resolved once: the export maps hundreds of thousands of rows. */
  const NAMES = ['seq', 'occurredAt', 'action', 'actor', 'subject', 'data', 'prevHash', 'hash', 'signature', 'keyId', 'subjectUid', 'subjectDocumentId'] as const;
  let eventColumns: Record<(typeof NAMES)[number], string> | undefined;
  const columns = () => {
    if (!eventColumns) eventColumns = Object.fromEntries(NAMES.map((name) => [name, column(UIDS.auditEvent, name)])) as NonNullable<typeof eventColumns>;
    return eventColumns;
  };

  const toEvent = (row: Row): AuditEvent => {
    const c = columns();
    const event: AuditEvent = {
      seq: Number(row[c.seq]),
      occurredAt: String(row[c.occurredAt]),
      action: String(row[c.action]),
      actor: parseJson(row[c.actor]) as Actor,
      subject: (parseJson(row[c.subject]) ?? null) as Subject | null,
      data: (parseJson(row[c.data]) ?? {}) as Record<string, unknown>,
      prevHash: String(row[c.prevHash]),
      hash: String(row[c.hash]),
    };
    if (row[c.signature]) event.signature = String(row[c.signature]);
    if (row[c.keyId]) event.keyId = String(row[c.keyId]);
    return event;
  };

  const listeners = new Set<AuditListener>();
  /** Subscribes to committed events; returns the unsubscribe function. A listener must not throw. */
  const onAppended = (listener: AuditListener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const announce = (event: AuditEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        strapi.log.error(`compliance: audit listener failed on ${event.action}: ${String(error)}`);
      }
    }
  };

  const ensureHead = async () => {
    const existing = await strapi.db.query(UIDS.auditHead).findOne({ where: { chain: CHAIN } });
    if (existing) return;
    try {
      await strapi.db.query(UIDS.auditHead).create({ data: { chain: CHAIN, lastSeq: 0, lastHash: GENESIS_HASH } });
    } catch (error) {
      // Another instance created it first (unique index on `chain`).
      const again = await strapi.db.query(UIDS.auditHead).findOne({ where: { chain: CHAIN } });
      if (!again) throw error;
    }
  };

  /**
   * The newest head this process appended or verified. The database can be rolled back to an
   * earlier, consistent state (events deleted, head row restored); `verify` compares with this.
   */
  let known: ChainHead | undefined;
  const remember = (head: ChainHead) => {
    if (!known || head.seq > known.seq) known = head;
  };
  const committed = (head: ChainHead) => {
    remember(head);
    getService(strapi, 'audit-witness').observe(head);
  };

  /** Ed25519 signature of a message with the configured key, as the two columns that store it. */
  const signed = (message: string) => {
    const key = keys().signer();
    return key ? { signature: signMessage(message, key.privateKey), keyId: key.keyId } : { signature: null, keyId: null };
  };

  /**
   * Appends of one transaction run one at a time: the head row lock does not order them (the
   * transaction already holds it), and a bulk publish runs its gates concurrently in one transaction.
   */
  const queues = new WeakMap<object, Promise<unknown>>();
  const append = async (input: AuditInput): Promise<AuditEvent> =>
    strapi.db.transaction(async ({ trx, onCommit, onRollback }) => {
      // Strapi keeps a rolled-back transaction's commit callbacks in its async context, and a
      // transaction opened from a rollback callback (a detached refusal record) runs them when it
      // commits. A callback of a rolled-back append must then do nothing: its event does not exist.
      const afterCommit = (callback: () => void) => {
        let rolledBack = false;
        onRollback(() => {
          rolledBack = true;
        });
        onCommit(() => {
          if (!rolledBack) callback();
        });
      };
      const run = (queues.get(trx) ?? Promise.resolve()).catch(() => undefined).then(() => appendIn(trx, afterCommit, input));
      queues.set(trx, run);
      return run;
    });

  /**
   * Writes one event row: the audit-event model's lifecycles (the plugin-table guards, and anything
   * else subscribed, such as the failure tests of tests/integration/audit-refusals.test.ts) run
   * before and after, as the Query Engine's `create` would run them, around one plain INSERT. The
   * Query Engine would also open a nested transaction for relations (there are none) and read the
   * row back, which the append does not need (docs/architecture.md, "The audit chain").
   */
  /** On PostgreSQL, the head update an event insert depends on, run in the same statement. */
  interface HeadExtension {
    /** The head row's id, and the sequence number and hash it must still have. */
    id: number;
    seq: number;
    hash: string;
    /** The head's new columns → values. */
    values: Row;
  }

  /**
   * Writes one event row: the audit-event model's lifecycles (the plugin-table guards, and anything
   * else subscribed, such as the failure tests of tests/integration/audit-refusals.test.ts) run
   * before and after, as the Query Engine's `create` would run them, around one plain INSERT. The
   * Query Engine would also open a nested transaction for relations (there are none) and read the
   * row back, which the append does not need (docs/architecture.md, "The audit chain").
   *
   * With `extend` (PostgreSQL), the conditional head update and the insert are one statement: the
   * insert selects from the updated head row, so it writes nothing when the head has moved (and
   * returns false), and a failing insert undoes the update with it.
   */
  const insertEvent = async (trx: unknown, data: Row, extend?: HeadExtension): Promise<boolean> =>
    asPluginWrite(async () => {
      const params = { data };
      const states = await strapi.db.lifecycles.run('beforeCreate', UIDS.auditEvent, { params });
      const now = new Date();
      const record: Row = { documentId: randomBytes(12).toString('hex'), createdAt: now, updatedAt: now, publishedAt: now, ...params.data };
      const row = plainRows(strapi, UIDS.auditEvent).toColumns(record);
      const columns = Object.keys(row);
      let id: unknown;
      if (extend) {
        const heads = Object.keys(extend.values);
        const qualified = (uid: string) => {
          const schema = strapi.db.getSchemaName();
          const name = strapi.db.metadata.get(uid).tableName;
          return schema ? `${schema}.${name}` : name;
        };
        const head = (attribute: string) => column(UIDS.auditHead, attribute);
        const inserted = await prepared(strapi).run(
          trx,
          `audit-extend-insert|${heads.join(',')}|${columns.join(',')}`,
          (knex, param) =>
            knex.raw(
              `with moved as (update ?? set ${heads.map(() => '?? = ?').join(', ')} where ?? = ? and ?? = ? and ?? = ? returning ??) ` +
                `insert into ?? (${columns.map(() => '??').join(', ')}) select ${columns.map(() => '?').join(', ')} from moved returning ??`,
              [
                qualified(UIDS.auditHead),
                ...heads.flatMap((name, index) => [name, param(3 + index)]),
                'id',
                param(0),
                head('lastSeq'),
                param(1),
                head('lastHash'),
                param(2),
                'id',
                qualified(UIDS.auditEvent),
                ...columns,
                ...columns.map((_, index) => param(3 + heads.length + index)),
                'id',
              ]
            ),
          [extend.id, extend.seq, extend.hash, ...heads.map((name) => extend.values[name]), ...columns.map((name) => row[name])]
        );
        if (!inserted.rows.length) return false;
        id = inserted.rows[0].id;
      } else {
        const returning = supportsReturning();
        const inserted = await prepared(strapi).run(
          trx,
          `audit-insert|${returning}|${columns.join(',')}`,
          (knex, param) => {
            const query = tableOf(strapi, knex, UIDS.auditEvent);
            const values = Object.fromEntries(columns.map((name, index) => [name, param(index)]));
            return returning ? query.insert(values, ['id']) : query.insert(values);
          },
          columns.map((name) => row[name])
        );
        id = returning ? inserted.rows[0]?.id : inserted.insertId;
      }
      await strapi.db.lifecycles.run('afterCreate', UIDS.auditEvent, { params, result: { id, ...record } }, states);
      return true;
    });

  /**
   * The head this process last wrote or read, with the row's id and signature. An append first
   * extends it with one conditional update (`… WHERE lastSeq = ? AND lastHash = ?`), which takes
   * the row lock and proves it is still the head, then inserts the event: one update and one
   * insert, no read. When another transaction or instance moved the head (or it was rolled back,
   * or changed by hand), the update matches nothing and the append reads the head under lock as
   * before (docs/architecture.md, "The audit chain").
   */
  type CachedHead = { id: number; seq: number; hash: string; signature: unknown; keyId: unknown };
  let lastHead: CachedHead | undefined;

  const appendIn = async (trx: unknown, onCommit: (callback: () => void) => void, input: AuditInput): Promise<AuditEvent> => {
      const headColumn = (attribute: 'chain' | 'lastSeq' | 'lastHash' | 'signature' | 'keyId') => column(UIDS.auditHead, attribute);
      const occurredAt = new Date().toISOString();
      // A JSON round trip now makes the hashed value equal to what the database gives back.
      const data = JSON.parse(JSON.stringify(input.data ?? {})) as Record<string, unknown>;
      const next = (prev: { seq: number; hash: string }) => {
        const body = { seq: prev.seq + 1, occurredAt, action: input.action, actor: input.actor, subject: input.subject, data };
        const hash = hashEvent(prev.hash, body);
        const headSignature = signed(headMessage(body.seq, hash));
        return { body, prevHash: prev.hash, hash, signature: signed(hash), headSignature };
      };
      type Next = ReturnType<typeof next>;
      const headValues = (written: Next) => ({
        [headColumn('lastSeq')]: written.body.seq,
        [headColumn('lastHash')]: written.hash,
        [headColumn('signature')]: written.headSignature.signature,
        [headColumn('keyId')]: written.headSignature.keyId,
      });
      const insert = (written: Next, extend?: HeadExtension) =>
        insertEvent(
          trx,
          {
            ...written.body,
            prevHash: written.prevHash,
            hash: written.hash,
            ...written.signature,
            subjectUid: input.subject?.uid ?? null,
            subjectDocumentId: input.subject?.documentId ?? null,
          },
          extend
        );

      let written: Next | undefined;
      let headId: number | undefined;
      const cached = lastHead;
      if (cached && strapi.db.dialect.client === 'postgres') {
        // One statement: the head update and the insert that selects from it.
        const candidate = next(cached);
        if (await insert(candidate, { id: cached.id, seq: cached.seq, hash: cached.hash, values: headValues(candidate) })) {
          written = candidate;
          headId = cached.id;
        }
      } else if (cached) {
        const candidate = next(cached);
        const extend = headValues(candidate);
        const { changes: moved } = await prepared(strapi).run(
          trx,
          'audit-head-extend',
          (knex, param) =>
            tableOf(strapi, knex, UIDS.auditHead)
              .where('id', param(0))
              .where(headColumn('lastSeq'), param(1))
              .where(headColumn('lastHash'), param(2))
              .update({
                [headColumn('lastSeq')]: param(3),
                [headColumn('lastHash')]: param(4),
                [headColumn('signature')]: param(5),
                [headColumn('keyId')]: param(6),
              }),
          [cached.id, cached.seq, cached.hash, extend[headColumn('lastSeq')], extend[headColumn('lastHash')], extend[headColumn('signature')], extend[headColumn('keyId')]]
        );
        if (moved === 1) {
          try {
            await insert(candidate);
          } catch (error) {
            // A caller that survives the failure must not keep a head without its event.
            lastHead = undefined;
            await table(trx, UIDS.auditHead)
              .where('id', cached.id)
              .update({ [headColumn('lastSeq')]: cached.seq, [headColumn('lastHash')]: cached.hash, [headColumn('signature')]: cached.signature, [headColumn('keyId')]: cached.keyId });
            throw error;
          }
          written = candidate;
          headId = cached.id;
        }
      }
      if (!written || headId === undefined) {
        let headQuery = table(trx, UIDS.auditHead).where(headColumn('chain'), CHAIN);
        if (supportsRowLocks(strapi)) headQuery = headQuery.forUpdate();
        const head = (await headQuery.first()) as Row | undefined;
        if (!head) throw new Error('compliance audit chain head is missing (bootstrap did not run)');
        written = next({ seq: Number(head[headColumn('lastSeq')]), hash: String(head[headColumn('lastHash')]) });
        headId = Number(head.id);
        await insert(written);
        await table(trx, UIDS.auditHead).where('id', headId).update(headValues(written));
      }
      lastHead = { id: headId, seq: written.body.seq, hash: written.hash, signature: written.headSignature.signature, keyId: written.headSignature.keyId };
      const { body, prevHash, hash, signature } = written;
      const event: AuditEvent = { ...body, prevHash, hash, ...(signature.signature ? { signature: signature.signature, keyId: signature.keyId as string } : {}) };
      // Only once committed (nested in a caller's transaction: after that one commits, never on rollback).
      onCommit(() => {
        committed({ seq: body.seq, hash });
        announce(event);
      });
      return event;
  };

  /** `append`, retried: the database may refuse once (a lock timeout, a dropped connection). */
  const appendWithRetry = async (input: AuditInput): Promise<void> => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await append(input);
        return;
      } catch (error) {
        if (attempt >= DETACHED_ATTEMPTS) {
          strapi.log.error(
            `compliance: could not record ${input.action} in the audit trail after ${attempt} attempts (${String(error)}). The event: ${JSON.stringify(input)}`
          );
          throw unrecordedRefusal(input);
        }
        await pause(100 * attempt);
      }
    }
  };

  /** Refusal records still being written after a request's transaction ended, by request. */
  const pendingByRequest = new WeakMap<object, Array<{ input: AuditInput; written: Promise<void> }>>();

  /**
   * Records an event that must survive the current transaction's outcome (a refused publish rolls
   * the request back): at once outside a transaction, otherwise right after it commits or rolls
   * back. Either way a failing write is retried; if it still fails, the request that caused it
   * fails loudly (see `settleDetachedWrites`) and the event is logged as an error.
   */
  const appendDetached = async (input: AuditInput): Promise<void> => {
    if (!strapi.db.inTransaction()) {
      await appendWithRetry(input);
      return;
    }
    let settle!: { resolve: () => void; reject: (error: unknown) => void };
    const written = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    const request = strapi.requestContext.get();
    if (request) pendingByRequest.set(request, [...(pendingByRequest.get(request) ?? []), { input, written }]);
    else written.catch(() => undefined); // No request to fail (cron, code): the error log is the record.
    await strapi.db.transaction(async ({ onCommit, onRollback }) => {
      let started = false;
      const write = () => {
        if (started) return;
        started = true;
        appendWithRetry(input).then(settle.resolve, settle.reject);
      };
      onCommit(write);
      onRollback(write);
    });
  };

  /**
   * Koa middleware: a request answers only once its detached refusals are recorded. If one could
   * not be, the answer is an error with `details.code` AUDIT_WRITE_FAILED instead of whatever the
   * request would have said, success included.
   */
  const settleDetachedWrites = async (ctx: Context, next: Next) => {
    let failed = false;
    let failure: unknown;
    try {
      await next();
    } catch (error) {
      failed = true;
      failure = error;
    }
    const pending = pendingByRequest.get(ctx);
    if (pending) {
      pendingByRequest.delete(ctx);
      for (const { input, written } of pending) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`not written ${DETACHED_WAIT_MS} ms after the request's transaction`)), DETACHED_WAIT_MS);
        });
        try {
          await Promise.race([written, timeout]);
        } catch (error) {
          if (!(error instanceof errors.ApplicationError)) strapi.log.error(`compliance: ${input.action} ${String(error)}. The event: ${JSON.stringify(input)}`);
          const details = failure instanceof errors.ApplicationError ? (failure.details as Record<string, unknown>) : {};
          throw unrecordedRefusal(input, details);
        } finally {
          clearTimeout(timer);
        }
      }
    }
    if (failed) throw failure;
  };

  /** Stores a free text beside the chain; put what this returns in the event's data instead of the text. */
  const storeText = (text: string, source: TextSource): Promise<TextReference> => getService(strapi, 'audit-texts').store(text, source);

  /** Events in seq order, a keyset page at a time, so memory stays flat however long the chain is. */
  async function* pages(filters: AuditFilters = {}, untilSeq?: number): AsyncGenerator<AuditEvent[]> {
    const c = columns();
    const after = async (seq: number, limit: number) => {
      let query = strapi.db.getConnection(meta(UIDS.auditEvent).tableName).select('*').where(c.seq, '>', seq).orderBy(c.seq, 'asc').limit(limit);
      if (untilSeq !== undefined) query = query.where(c.seq, '<=', untilSeq);
      if (filters.from) query = query.where(c.occurredAt, '>=', filters.from);
      if (filters.to) query = query.where(c.occurredAt, '<=', filters.to);
      if (filters.action) query = query.where(c.action, filters.action);
      if (filters.uid) query = query.where(c.subjectUid, filters.uid);
      if (filters.documentId) query = query.where(c.subjectDocumentId, filters.documentId);
      return (await query) as Row[];
    };
    for await (const rows of keysetPages({ after, key: (row) => Number(row[c.seq]) }, PAGE)) yield rows.map(toEvent);
  }

  async function* iterate(filters: AuditFilters = {}, untilSeq?: number): AsyncGenerator<AuditEvent> {
    for await (const page of pages(filters, untilSeq)) yield* page;
  }

  /**
   * Checks the whole chain against its head, which is read first so that an append running
   * meanwhile is not taken for a break. In this order: every event up to the head (signatures
   * from the first signed one on, with every public key recorded); no event beyond the head; the
   * head's own signature, which shows whether the head was moved back; and the newest head this
   * process has seen, which must still be in the chain with its hash (a database rolled back to a
   * consistent earlier state).
   */
  const verify = async (): Promise<VerifyAudit.Response['data']> => {
    // Taken before the head is read: everything it names was committed by then.
    const seen = known;
    const headRow = (await strapi.db.query(UIDS.auditHead).findOne({ where: { chain: CHAIN } })) as Row | null;
    const head = { seq: Number(headRow?.lastSeq ?? 0), hash: String(headRow?.lastHash ?? GENESIS_HASH) };
    const ring = await keys().ring();
    const verifier = createChainVerifier({ keys: ring, expectHeads: seen && seen.seq <= head.seq ? [seen] : [] });
    for await (const event of iterate({}, head.seq)) {
      if (!verifier.next(event)) break;
    }
    const verdict = verifier.result(head);
    const current = keys().signer();
    const answer: VerifyAudit.Response['data'] = {
      valid: verdict.valid,
      count: verdict.count,
      ...(verdict.valid ? {} : { brokenAt: verdict.brokenAt, reason: verdict.reason }),
      ...(verdict.signedFrom !== undefined ? { signedFrom: verdict.signedFrom } : {}),
      head,
      signing: { enabled: Boolean(current), keyId: current?.keyId ?? null },
    };
    if (!verdict.valid) return answer;
    const broken = (reason: string) => ({ ...answer, valid: false, brokenAt: head.seq + 1, reason });

    // An event is visible only once its transaction has also moved the head: read the highest seq
    // first, then the head, and an event beyond the head means the head was moved back.
    const highest = Number((await strapi.db.getConnection(meta(UIDS.auditEvent).tableName).max({ seq: columns().seq }).first())?.seq ?? 0);
    const headNow = Number((await strapi.db.query(UIDS.auditHead).findOne({ where: { chain: CHAIN } }))?.lastSeq ?? 0);
    if (highest > headNow) return broken(`event ${highest} lies beyond the chain head (event ${headNow}): the head was moved back`);

    const headSignature = headRow?.signature ? String(headRow.signature) : null;
    const headKey = headRow?.keyId ? ring.get(String(headRow.keyId)) : undefined;
    if (headSignature ? !headKey || !headSignatureValid({ ...head, signature: headSignature }, headKey) : verdict.signedFrom !== undefined) {
      return broken(`the chain head (event ${head.seq}) is not signed by an audit key: it was moved, and events after ${head.seq} may have been deleted`);
    }
    if (seen && seen.seq > head.seq) {
      return broken(`the chain ends at event ${head.seq}, but this server recorded event ${seen.seq} (${seen.hash.slice(0, 12)}…): events were deleted`);
    }
    remember(head);
    return answer;
  };

  return { ensureHead, append, appendDetached, settleDetachedWrites, storeText, pages, iterate, verify, onAppended };
};
