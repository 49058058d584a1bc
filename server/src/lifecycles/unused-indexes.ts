import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types';

/**
 * Tables written on every publish whose rows are never looked up by `documentId`: the audit trail
 * (read by `seq` and by subject), its head (by `chain`) and the stored statuses (by entry).
 * Strapi gives every content type a `(document_id, locale, published_at)` index; on these tables
 * it would only be one more index page written per publish (docs/architecture.md, "Indexes the
 * gate writes").
 */
export const TABLES_WITHOUT_DOCUMENT_INDEX = [UIDS.auditEvent, UIDS.auditHead, UIDS.entryStatus] as const;

const isDocumentIndex = (index: { name?: string; columns?: string[] }) =>
  Array.isArray(index.columns) && index.columns[0] === 'document_id' && index.columns.includes('published_at');

/**
 * Audit events are written by the plugin's own INSERT, which never sets Strapi's creator columns
 * (`created_by_id`, `updated_by_id`: the actor is in the hashed body), and nothing reads them; each
 * would still cost an index page per append.
 */
export const TABLES_WITHOUT_CREATOR_COLUMNS = [UIDS.auditEvent] as const;

/**
 * Leaves those indexes (and the audit events' creator columns) out of the tables' schema before
 * the schema sync: a new database never gets them, and the sync drops them from one that has them.
 */
export const leaveOutUnusedSchema = (strapi: Core.Strapi) => {
  strapi.hook('strapi::content-types.beforeSync').register(() => {
    for (const uid of TABLES_WITHOUT_DOCUMENT_INDEX) {
      const meta = strapi.db.metadata.get(uid) as { indexes?: Array<{ name?: string; columns?: string[] }> };
      if (meta.indexes) meta.indexes = meta.indexes.filter((index) => !isDocumentIndex(index));
    }
    for (const uid of TABLES_WITHOUT_CREATOR_COLUMNS) {
      const { attributes } = strapi.db.metadata.get(uid) as { attributes: Record<string, unknown> };
      delete attributes.createdBy;
      delete attributes.updatedBy;
    }
  });
};
