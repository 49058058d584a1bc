import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import type { Actor } from '../domain/audit-chain';
import { newText, REDACTED, textReferencesOf, type ExportedText, type TextReference } from '../domain/audit-texts';
import type { RedactedText } from '../../../shared/contracts/audit';
import { ERROR_CODES } from '../../../shared/error-codes';
import { columnOf, tableIn } from '../utils/db';
import { getService } from '../utils/get-service';
import { asPluginWrite } from './internal-scope';

/**
 * Where a stored text also appears, so a redaction reaches it: a field of a plugin row
 * (`revocationReason` of a consent record, `comment` of a review, `match` and `reason` of a waiver).
 */
export interface TextSource {
  uid: typeof UIDS.consentRecord | typeof UIDS.review | typeof UIDS.waiver;
  field: string;
  documentId?: string;
  id?: number;
}

interface TextRow {
  id: number;
  ref: string;
  salt: string | null;
  digest: string;
  text: string | null;
  source: TextSource | null;
  redactedAt: string | null;
}

const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

const toTextRow = (row: Record<string, unknown>): TextRow => ({
  id: Number(row.id),
  ref: String(row.ref),
  salt: (row.salt as string | null) ?? null,
  digest: String(row.digest),
  text: (row.text as string | null) ?? null,
  source: (parseJson(row.source) as TextSource | null) ?? null,
  redactedAt: (row.redactedAt as string | null) ?? null,
});

/** Free texts kept beside the chain (the event holds a reference and a salted digest), and their redaction. */
export const createAuditTexts = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UIDS.auditText);

  /** Stores a text in the caller's transaction; the event's data then holds what this returns. */
  const store = async (text: string, source: TextSource): Promise<TextReference> => {
    const { ref, salt, digest } = newText(text);
    await asPluginWrite(() => rows().create({ data: { ref, salt, digest, text, source } }));
    return { textRef: ref, digest };
  };

  /** The texts of one export page, by reference: one query per page. */
  const forEvents = async (events: Array<{ data: Record<string, unknown> }>): Promise<Map<string, ExportedText>> => {
    const refs = [...new Set(events.flatMap((event) => textReferencesOf(event.data).map((reference) => reference.textRef)))];
    const found = new Map<string, ExportedText>();
    if (!refs.length) return found;
    for (const row of (await rows().findMany({ where: { ref: { $in: refs } } })).map(toTextRow)) {
      found.set(row.ref, row.text !== null && row.salt !== null ? { text: row.text, salt: row.salt } : { redactedAt: row.redactedAt ?? '' });
    }
    return found;
  };

  /**
   * Removes a text and its salt (the digest stays: the chain holds it), overwrites the field it
   * also appears in with "[redacted]", and audits `audit.text-redacted`, in one transaction.
   */
  const redact = async (ref: string, reason: string, actor: Actor & { name?: string }, origin: Record<string, unknown>): Promise<RedactedText> =>
    strapi.db.transaction(async ({ trx }) => {
      const found = await rows().findOne({ where: { ref } });
      if (!found) throw new errors.NotFoundError(`No stored text with reference "${ref}"`, { code: ERROR_CODES.notFound });
      const row = toTextRow(found);
      if (row.redactedAt) {
        throw new errors.ApplicationError(`This text was already redacted on ${row.redactedAt}`, { code: ERROR_CODES.alreadyRedacted });
      }
      const redactedAt = new Date().toISOString();
      const redactedBy = { id: actor.id, ...(actor.email ? { email: actor.email } : {}), ...(actor.name ? { name: actor.name } : {}) };
      // Straight to the table: the plugin's own guards refuse changes to evidence through the query engine.
      const column = (attribute: string) => columnOf(strapi, UIDS.auditText, attribute);
      const count = await tableIn(strapi, trx, UIDS.auditText)
        .where('id', row.id)
        .whereNull(column('redactedAt'))
        .update({
          [column('text')]: null,
          [column('salt')]: null,
          [column('redactedAt')]: redactedAt,
          [column('redactedBy')]: JSON.stringify(redactedBy),
          [column('reason')]: reason,
        });
      if (count !== 1) throw new errors.ApplicationError('This text was redacted by another request', { code: ERROR_CODES.alreadyRedacted });
      const source = row.source;
      if (source) {
        const key = source.documentId !== undefined ? { attribute: 'documentId', value: source.documentId } : { attribute: 'id', value: source.id };
        await tableIn(strapi, trx, source.uid)
          .where(key.attribute === 'id' ? 'id' : columnOf(strapi, source.uid, key.attribute), key.value as string | number)
          .update({ [columnOf(strapi, source.uid, source.field)]: REDACTED });
      }
      await getService(strapi, 'audit-log').append({
        action: 'audit.text-redacted',
        actor,
        subject: source ? { uid: source.uid, documentId: source.documentId ?? null, locale: null } : null,
        data: { textRef: row.ref, digest: row.digest, source, reason, origin },
      });
      return { ref: row.ref, digest: row.digest, redactedAt, redactedBy, reason };
    });

  return { store, forEvents, redact };
};
