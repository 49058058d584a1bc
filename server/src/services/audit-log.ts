import type { Core } from '@strapi/strapi';
import { createChainVerifier, GENESIS_HASH, hashEvent, type Actor, type AuditEvent, type ChainVerdict, type Subject } from '../domain/audit-chain';
import { UIDS } from '../content-types';
import type { AuditAction, AuditFilters } from '../../../shared/contracts/audit';
import { columnOf, supportsRowLocks, tableIn } from '../utils/db';

export { AUDIT_ACTIONS } from '../../../shared/contracts/audit';

export interface AuditInput {
  action: AuditAction;
  actor: Actor;
  subject: Subject | null;
  data?: Record<string, unknown>;
}

export type { AuditFilters };

const CHAIN = 'main';
/** Rows per keyset page: small enough that a page dies young (flat memory), large enough to amortize the round trip. */
const PAGE = 500;

type Row = Record<string, unknown>;
const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/**
 * The append-only, hash-chained audit trail (DESIGN section 6). Appends lock the chain head row
 * (`SELECT … FOR UPDATE` on PostgreSQL and MySQL; SQLite has one writer) inside a transaction, so
 * concurrent requests and several Strapi instances on one database extend a single chain.
 */
export const createAuditLog = ({ strapi }: { strapi: Core.Strapi }) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  const column = (uid: string, attribute: string) => columnOf(strapi, uid, attribute);
  const table = (trx: unknown, uid: string) => tableIn(strapi, trx, uid);

  /** Column names, resolved once: the export maps hundreds of thousands of rows. */
  let eventColumns: Record<'seq' | 'occurredAt' | 'action' | 'actor' | 'subject' | 'data' | 'prevHash' | 'hash' | 'subjectUid' | 'subjectDocumentId', string> | undefined;
  const columns = () => {
    if (!eventColumns) {
      const names = ['seq', 'occurredAt', 'action', 'actor', 'subject', 'data', 'prevHash', 'hash', 'subjectUid', 'subjectDocumentId'] as const;
      eventColumns = Object.fromEntries(names.map((name) => [name, column(UIDS.auditEvent, name)])) as NonNullable<typeof eventColumns>;
    }
    return eventColumns;
  };

  const toEvent = (row: Row): AuditEvent => {
    const c = columns();
    return {
      seq: Number(row[c.seq]),
      occurredAt: String(row[c.occurredAt]),
      action: String(row[c.action]),
      actor: parseJson(row[c.actor]) as Actor,
      subject: (parseJson(row[c.subject]) ?? null) as Subject | null,
      data: (parseJson(row[c.data]) ?? {}) as Record<string, unknown>,
      prevHash: String(row[c.prevHash]),
      hash: String(row[c.hash]),
    };
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
   * Appends of one transaction run one at a time: the head row lock does not order them (the
   * transaction already holds it), and a bulk publish runs its gates concurrently in one transaction.
   */
  const queues = new WeakMap<object, Promise<unknown>>();
  const append = async (input: AuditInput): Promise<AuditEvent> =>
    strapi.db.transaction(async ({ trx }) => {
      const run = (queues.get(trx) ?? Promise.resolve()).catch(() => undefined).then(() => appendIn(trx, input));
      queues.set(trx, run);
      return run;
    });

  const appendIn = async (trx: unknown, input: AuditInput): Promise<AuditEvent> => {
      let headQuery = table(trx, UIDS.auditHead).where(column(UIDS.auditHead, 'chain'), CHAIN);
      if (supportsRowLocks(strapi)) headQuery = headQuery.forUpdate();
      const head = (await headQuery.first()) as Row | undefined;
      if (!head) throw new Error('compliance audit chain head is missing (bootstrap did not run)');

      const prevHash = String(head[column(UIDS.auditHead, 'lastHash')]);
      const body = {
        seq: Number(head[column(UIDS.auditHead, 'lastSeq')]) + 1,
        occurredAt: new Date().toISOString(),
        action: input.action,
        actor: input.actor,
        subject: input.subject,
        // A JSON round trip now makes the hashed value equal to what the database gives back.
        data: JSON.parse(JSON.stringify(input.data ?? {})) as Record<string, unknown>,
      };
      const hash = hashEvent(prevHash, body);
      await strapi.db.query(UIDS.auditEvent).create({
        data: {
          ...body,
          prevHash,
          hash,
          subjectUid: input.subject?.uid ?? null,
          subjectDocumentId: input.subject?.documentId ?? null,
        },
      });
      await table(trx, UIDS.auditHead)
        .where('id', head.id as number)
        .update({ [column(UIDS.auditHead, 'lastSeq')]: body.seq, [column(UIDS.auditHead, 'lastHash')]: hash });
      return { ...body, prevHash, hash };
  };

  /**
   * Records an event that must survive the current transaction's outcome (a refused publish rolls
   * the request back). Outside a transaction it is written at once.
   */
  const appendDetached = async (input: AuditInput): Promise<void> => {
    if (!strapi.db.inTransaction()) {
      await append(input);
      return;
    }
    await strapi.db.transaction(async ({ onCommit, onRollback }) => {
      let done = false;
      const write = () => {
        if (done) return;
        done = true;
        append(input).catch((error: unknown) => strapi.log.error(`compliance: could not record ${input.action}: ${String(error)}`));
      };
      onCommit(write);
      onRollback(write);
    });
  };

  /** Events in seq order, a keyset page at a time, so memory stays flat however long the chain is. */
  async function* pages(filters: AuditFilters = {}): AsyncGenerator<AuditEvent[]> {
    const c = columns();
    let after = 0;
    for (;;) {
      let query = strapi.db.getConnection(meta(UIDS.auditEvent).tableName).select('*').where(c.seq, '>', after).orderBy(c.seq, 'asc').limit(PAGE);
      if (filters.from) query = query.where(c.occurredAt, '>=', filters.from);
      if (filters.to) query = query.where(c.occurredAt, '<=', filters.to);
      if (filters.action) query = query.where(c.action, filters.action);
      if (filters.uid) query = query.where(c.subjectUid, filters.uid);
      if (filters.documentId) query = query.where(c.subjectDocumentId, filters.documentId);
      const rows = (await query) as Row[];
      if (rows.length) yield rows.map(toEvent);
      if (rows.length < PAGE) return;
      after = Number(rows[rows.length - 1][c.seq]);
    }
  }

  async function* iterate(filters: AuditFilters = {}): AsyncGenerator<AuditEvent> {
    for await (const page of pages(filters)) yield* page;
  }

  const verify = async (): Promise<ChainVerdict> => {
    const verifier = createChainVerifier();
    for await (const event of iterate()) {
      if (!verifier.next(event)) break;
    }
    const head = await strapi.db.query(UIDS.auditHead).findOne({ where: { chain: CHAIN } });
    return verifier.result({ lastSeq: Number(head?.lastSeq ?? 0) });
  };

  return { ensureHead, append, appendDetached, pages, iterate, verify };
};
