import { createHash, randomBytes } from 'node:crypto';
import type { Core, Modules, UID } from '@strapi/strapi';
import type { Checklist } from '../../../shared/contracts/checks';
import type { EntryStatus } from '../../../shared/contracts/statuses';
import { UIDS } from '../content-types';
import { listKey, localeOfStored, statusFields, storedLocale } from '../domain/entry-status';
import { inScope } from './internal-scope';
import type { Viewer } from './access';
import { columnOf, localeOf, rowsOf, tableIn, tableOf } from '../utils/db';
import { prepared } from '../repositories/prepared';
import { getService } from '../utils/get-service';

type Middleware = Modules.Documents.Middleware.Middleware;
type Row = Record<string, unknown>;

export interface RefreshOptions {
  /** The transaction to write in. By default the current one (Strapi keeps it in its async context), else a new one. */
  trx?: unknown;
  /** The draft of this locale as `entries.loadDraft` returns it, when the caller has it already (`null`: there is none). */
  entry?: Record<string, unknown> | null;
  /** The checklist just evaluated on the current draft (the gate's), so it is not evaluated twice. */
  checklist?: Checklist;
  /** The stored row's digest, when the caller read it already (the gate on PostgreSQL, with its locks; null: no row). */
  storedDigest?: string | null;
}

/** Document Service actions after which the statuses of the document are refreshed here (draft saves are refreshed by the edit history, publishes by the gate). */
const REFRESHING_ACTIONS = new Set(['unpublish', 'delete', 'publish']);

const parse = <T>(value: unknown, fallback: T): T => {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T;
    } catch {
      return fallback;
    }
  }
  return value as T;
};

export const toIso = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

/** A stored row as the API returns it; whether a published version exists is read from the entry's own table. */
export const toEntryStatus = (row: Row, published = false): EntryStatus => ({
  uid: String(row.entryUid),
  documentId: String(row.entryDocumentId),
  locale: localeOfStored(row.entryLocale as string | null),
  contentHash: String(row.contentHash),
  passed: Boolean(row.passed),
  failing: parse<string[]>(row.failing, []),
  warnings: parse<string[]>(row.warnings, []),
  missingRoles: parse<string[]>(row.missingRoles, []),
  published,
  evaluatedAt: toIso(row.evaluatedAt) ?? '',
});

/** What the upsert writes of one entry's status. */
export interface StatusWrite {
  uid: string;
  documentId: string;
  locale: string | null;
  checklist: Checklist;
  updatedAt: unknown;
}

/** `documentId|locale` of the entries among `documentIds` of `uid` that have a published version (one query). */
export const publishedKeys = async (strapi: Core.Strapi, uid: string, documentIds: string[]): Promise<Set<string>> => {
  if (!documentIds.length) return new Set();
  const rows = await rowsOf(strapi, uid).findMany({ where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } }, select: ['documentId', 'locale'] });
  return new Set(rows.map((row) => `${String(row.documentId)}|${localeOf(row) ?? ''}`));
};

/**
 * The stored compliance status of every marked draft and locale (README, "Stored statuses"):
 * `refresh` evaluates the checklist live and upserts the row, in the transaction of whatever
 * changed the entry, its consents or its reviews, so the row commits or rolls back with it.
 * The queue and the list view read these rows; the gate never trusts them.
 */
export const createStatusesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const column = (attribute: string) => columnOf(strapi, UIDS.entryStatus, attribute);
  const table = (trx: unknown) => tableIn(strapi, trx, UIDS.entryStatus);
  const keyWhere = (uid: string, documentId: string, locale: string | null) => ({
    [column('entryUid')]: uid,
    [column('entryDocumentId')]: documentId,
    [column('entryLocale')]: storedLocale(locale),
  });

  const draftUpdatedAt = async (uid: string, documentId: string, locale: string | null) => {
    const row = await rowsOf(strapi, uid).findOne({ where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) }, select: ['updatedAt'] });
    return row ? row.updatedAt : undefined;
  };

  /** What a row holds besides its times, as one value: a refresh that would store the same writes nothing. */
  const digestOf = (fields: ReturnType<typeof statusFields>, entryUpdatedAt: Date): string =>
    createHash('sha256').update(JSON.stringify([fields, entryUpdatedAt.toISOString()])).digest('base64url');

  /** What a write stores, computed once: the checklist's fields, the draft's updatedAt and their digest. */
  const summarize = ({ checklist, updatedAt }: StatusWrite, now: Date) => {
    const fields = statusFields(checklist);
    const entryUpdatedAt = updatedAt ? new Date(updatedAt as string) : now;
    return { fields, entryUpdatedAt, digest: digestOf(fields, entryUpdatedAt) };
  };

  const rowOf = ({ uid, documentId, locale }: StatusWrite, { fields, entryUpdatedAt, digest }: ReturnType<typeof summarize>, now: Date): Row => ({
    ...keyWhere(uid, documentId, locale),
    [column('contentHash')]: fields.contentHash,
    [column('passed')]: fields.passed,
    [column('failing')]: JSON.stringify(fields.failing),
    [column('warnings')]: JSON.stringify(fields.warnings),
    [column('missingRoles')]: JSON.stringify(fields.missingRoles),
    [column('messages')]: JSON.stringify(fields.messages),
    [column('failingKey')]: listKey(fields.failing),
    [column('rolesKey')]: listKey(fields.missingRoles),
    [column('entryUpdatedAt')]: entryUpdatedAt,
    [column('evaluatedAt')]: now,
    [column('updatedAt')]: now,
    [column('digest')]: digest,
  });

  /**
   * The digest of the stored row (null: no row), one read by the unique key. A refresh whose
   * digest is this one writes nothing: a publish or unpublish of an unchanged draft, a
   * re-evaluation with the same outcome (docs/architecture.md, "Indexes the gate writes").
   */
  const storedDigestOf = async (trx: unknown, { uid, documentId, locale }: StatusWrite): Promise<string | null> => {
    const { rows } = await prepared(strapi).run(
      trx,
      'status-digest',
      (knex, param) =>
        tableOf(strapi, knex, UIDS.entryStatus)
          .select(column('digest'))
          .where({ [column('entryUid')]: param(0), [column('entryDocumentId')]: param(1), [column('entryLocale')]: param(2) }),
      [uid, documentId, storedLocale(locale)]
    );
    const digest = rows[0]?.[column('digest')];
    return typeof digest === 'string' ? digest : null;
  };

  /** The columns an upsert replaces on a row that exists: everything but the key, the row's own documentId and createdAt. */
  const MERGED = ['contentHash', 'passed', 'failing', 'warnings', 'missingRoles', 'messages', 'failingKey', 'rolesKey', 'entryUpdatedAt', 'evaluatedAt', 'updatedAt', 'digest'];

  /**
   * Inserts or updates the statuses of many entries in one statement, so two transactions
   * refreshing the same entry cannot both insert, and a batch of the re-evaluation job is one write.
   */
  const upsertRows = async (trx: unknown, stored: Row[], now: Date) => {
    if (!stored.length) return;
    const rows = stored.map((row) => ({ ...row, [column('documentId')]: randomBytes(12).toString('hex'), [column('createdAt')]: now }));
    const columns = Object.keys(rows[0]);
    // One prepared shape per number of rows (repositories/prepared.ts).
    await prepared(strapi).run(
      trx,
      `status-upsert|${rows.length}`,
      (knex, param) =>
        tableOf(strapi, knex, UIDS.entryStatus)
          .insert(rows.map((_, row) => Object.fromEntries(columns.map((name, index) => [name, param(row * columns.length + index)]))))
          .onConflict([column('entryUid'), column('entryDocumentId'), column('entryLocale')])
          .merge(MERGED.map(column)),
      rows.flatMap((row) => columns.map((name) => row[name]))
    );
  };

  /** The statuses of these writes (the re-evaluation job's batch), in one upsert. */
  const upsertMany = async (trx: unknown, writes: StatusWrite[]) => {
    const now = new Date();
    const byKey = new Map(writes.map((write) => [`${write.uid}|${write.documentId}|${storedLocale(write.locale)}`, write]));
    await upsertRows(trx, [...byKey.values()].map((write) => rowOf(write, summarize(write, now), now)), now);
  };

  const inTransaction = <T>(options: RefreshOptions, run: (trx: unknown) => Promise<T>): Promise<T> =>
    options.trx ? run(options.trx) : (strapi.db.transaction(({ trx }) => run(trx)) as Promise<T>);

  const refreshLocale = async (uid: string, documentId: string, locale: string | null, options: RefreshOptions) =>
    inTransaction(options, async (trx) => {
      const entries = getService(strapi, 'entries');
      let updatedAt: unknown;
      let checklist = options.checklist;
      if (!checklist) {
        const entry = options.entry !== undefined ? options.entry : await entries.loadDraft(uid, documentId, locale);
        if (entry) {
          checklist = await getService(strapi, 'checks').evaluateEntry({ uid, documentId, locale }, entry);
          updatedAt = entry.updatedAt;
        }
      } else {
        updatedAt = options.entry ? options.entry.updatedAt : await draftUpdatedAt(uid, documentId, locale);
        if (updatedAt === undefined) checklist = undefined;
      }
      if (!checklist) {
        await table(trx).where(keyWhere(uid, documentId, locale)).delete();
        return null;
      }
      const write = { uid, documentId, locale, checklist, updatedAt };
      const now = new Date();
      const summary = summarize(write, now);
      const stored = options.storedDigest !== undefined ? options.storedDigest : await storedDigestOf(trx, write);
      if (stored !== summary.digest) await upsertRows(trx, [rowOf(write, summary, now)], now);
      return checklist;
    });

  /**
   * Re-evaluates and stores the status of one entry. `locale` null on a localized type refreshes
   * every locale that has a draft and drops the statuses of locales that no longer have one.
   * Call it inside the transaction that changed the entry, its consents, reviews or waivers.
   */
  const refresh = async (uid: string, documentId: string, locale: string | null | undefined, options: RefreshOptions = {}): Promise<void> => {
    const type = getService(strapi, 'marked-types').get(uid);
    if (!type) return;
    if (!type.localized) {
      await refreshLocale(uid, documentId, null, options);
      return;
    }
    if (locale) {
      await refreshLocale(uid, documentId, locale, options);
      return;
    }
    await inTransaction(options, async (trx) => {
      const locales = (await getService(strapi, 'entries').draftLocales(uid, documentId)).filter((item): item is string => Boolean(item));
      for (const item of locales) await refreshLocale(uid, documentId, item, { ...options, trx, entry: undefined, checklist: undefined, storedDigest: undefined });
      const stale = table(trx).where({ [column('entryUid')]: uid, [column('entryDocumentId')]: documentId });
      await (locales.length ? stale.whereNotIn(column('entryLocale'), locales) : stale).delete();
    });
  };

  /** Refreshes the statuses a Document Service action changed; draft saves are refreshed by the edit history with the draft it already loaded. */
  const middleware: Middleware = async (ctx, next) => {
    const uid = ctx.uid as string;
    if (!REFRESHING_ACTIONS.has(ctx.action) || !getService(strapi, 'marked-types').isMarked(uid)) return next();
    // A publish the gate approved: the gate stores the checklist it evaluated.
    if (ctx.action === 'publish' && inScope('gate-approved')) return next();
    const { documentId, locale } = ctx.params as { documentId?: unknown; locale?: unknown };
    return strapi.db.transaction(async () => {
      const result = await next();
      if (typeof documentId === 'string') await refresh(uid, documentId, typeof locale === 'string' && locale !== '*' ? locale : null);
      return result;
    });
  };

  /**
   * The stored statuses of these entries of one type that the viewer may read in the Content
   * Manager, in one query (the readable rows as a subquery).
   */
  const readable = async (viewer: Viewer, uid: string, documentIds: string[], locale: string | null): Promise<EntryStatus[]> => {
    const type = getService(strapi, 'marked-types').get(uid);
    const where = type ? getService(strapi, 'access').readableWhere(viewer, uid) : null;
    if (!type || !where || !documentIds.length) return [];
    const stored = type.localized ? storedLocale(locale ?? (await getService(strapi, 'access').defaultLocale())) : '';
    const query = strapi.db
      .getConnection(strapi.db.metadata.get(UIDS.entryStatus).tableName)
      .select('*')
      .where(column('entryUid'), uid)
      .where(column('entryLocale'), stored)
      .whereIn(column('entryDocumentId'), documentIds);
    if (Object.keys(where).length) {
      const rows = strapi.db
        .queryBuilder(uid as UID.ContentType)
        .select(['documentId'])
        .where({ $and: [where, type.localized ? { locale: stored } : {}] })
        .getKnexQuery();
      query.whereIn(column('entryDocumentId'), rows);
    }
    const rows = ((await query) as Row[]).map(fromColumns);
    const published = await publishedKeys(strapi, uid, rows.map((row) => String(row.entryDocumentId)));
    return rows.map((row) => toEntryStatus(row, published.has(`${String(row.entryDocumentId)}|${String(row.entryLocale ?? '')}`)));
  };

  /** A raw row with its attribute names. */
  const fromColumns = (row: Row): Row => {
    const attributes = strapi.db.metadata.get(UIDS.entryStatus).attributes as Record<string, { columnName?: string }>;
    return Object.fromEntries(Object.entries(attributes).map(([name, attribute]) => [name, row[attribute.columnName ?? name]]));
  };

  return { refresh, upsertMany, middleware, readable, fromColumns, column };
};
