import type { Core, Modules } from '@strapi/strapi';
import { UIDS } from '../content-types';
import type { Actor, Subject } from '../domain/audit-chain';
import { actorFrom, currentRequest, originFrom } from './request-actor';
import { supportsRowLocks } from '../utils/db';
import { getService } from '../utils/get-service';

type Middleware = Modules.Documents.Middleware.Middleware;

/** Document Service actions that write a draft: the draft half of a publishing create/update comes here as a draft save too (see gate.ts). */
const SAVE_ACTIONS = new Set(['create', 'update', 'clone', 'discardDraft']);

interface SavedRow {
  documentId: string;
  locale?: string | null;
}

const savedRows = (result: unknown): SavedRow[] => {
  if (!result || typeof result !== 'object') return [];
  const entries = (result as { entries?: unknown }).entries;
  const rows = Array.isArray(entries) ? entries : [result];
  return rows.filter((row): row is SavedRow => Boolean(row) && typeof (row as SavedRow).documentId === 'string');
};

/** An event of the trail, as the duties check reads it. */
interface HistoryEvent {
  seq: number;
  action: string;
  actor: Actor;
  subject: Subject | null;
}

const parse = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/**
 * The edit history of marked entries, kept in the audit trail (21 CFR 11.10(e) asks for a record
 * of changes anyway): every save of a draft is an `entry.saved` event with who saved it (admin,
 * API token, end user or system) and the content hash after the save, written in the save's
 * transaction. Separation of duties reads it back.
 */
export const createEditHistory = ({ strapi }: { strapi: Core.Strapi }) => {
  const record = async (uid: string, action: string, rows: SavedRow[]) => {
    if (!rows.length) return;
    const request = currentRequest(strapi);
    const actor = actorFrom(request);
    const origin = originFrom(request);
    for (const row of rows) {
      const locale = row.locale ?? null;
      const entry = await getService(strapi, 'entries').loadDraft(uid, row.documentId, locale);
      if (!entry) continue;
      await getService(strapi, 'audit-log').append({
        action: 'entry.saved',
        actor,
        subject: { uid, documentId: row.documentId, locale },
        data: { via: action, contentHash: getService(strapi, 'checks').contentHashOf(uid, entry), origin },
      });
      // The stored status follows every save, in the save's transaction (README, "Stored statuses").
      await getService(strapi, 'statuses').refresh(uid, row.documentId, locale, { entry });
    }
  };

  const middleware: Middleware = async (ctx, next) => {
    const uid = ctx.uid as string;
    if (!SAVE_ACTIONS.has(ctx.action) || !getService(strapi, 'marked-types').isMarked(uid)) return next();
    const { documentId } = ctx.params as { documentId?: unknown };
    return strapi.db.transaction(async () => {
      // The gate's lock order (the entry's consents, its draft row, then the audit chain head, which
      // `entry.saved` takes): a save followed by a publish in one transaction (the Content
      // Manager's Publish) must not hold the chain head while it waits for a consent.
      if (documentId && supportsRowLocks(strapi)) await getService(strapi, 'consents').lockEntryConsents(uid, String(documentId));
      const result = await next();
      await record(uid, ctx.action, savedRows(result));
      return result;
    });
  };

  /**
   * Who may not sign a review of this locale of the entry: whoever saved it first (created it),
   * and whoever saved it since its last publication in that locale (`publish.allowed`).
   */
  const editorsSinceLastPublication = async (subject: Subject): Promise<{ creator: Actor | null; editors: Actor[] }> => {
    const rows = await strapi.db.query(UIDS.auditEvent).findMany({
      where: { subjectDocumentId: subject.documentId, subjectUid: subject.uid, action: { $in: ['entry.saved', 'publish.allowed'] } },
      select: ['seq', 'action', 'actor', 'subject'],
      orderBy: { seq: 'asc' },
    });
    const events = (rows as Array<Record<string, unknown>>)
      .map((row): HistoryEvent => ({ seq: Number(row.seq), action: String(row.action), actor: parse<Actor>(row.actor), subject: parse<Subject | null>(row.subject) }))
      .filter((event) => (event.subject?.locale ?? null) === (subject.locale ?? null));
    const saves = events.filter((event) => event.action === 'entry.saved');
    const lastPublication = events.filter((event) => event.action === 'publish.allowed').at(-1)?.seq ?? 0;
    return { creator: saves[0]?.actor ?? null, editors: saves.filter((event) => event.seq > lastPublication).map((event) => event.actor) };
  };

  return { middleware, editorsSinceLastPublication };
};
