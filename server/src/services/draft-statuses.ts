import type { Core } from '@strapi/strapi';
import type { Checklist } from '../../../shared/contracts/checks';
import { getService } from '../utils/get-service';

export interface DraftStatus {
  uid: string;
  documentId: string;
  locale: string | null;
  /** The draft has changes the published version lacks (or nothing is published). */
  hasChanges: boolean;
  checklist: Pick<Checklist, 'passed' | 'contentHash' | 'checks'>;
  authors: number[];
}

type Row = { id: number; documentId: string; locale?: string | null; updatedAt: string | Date; createdBy?: { id: number } | null; updatedBy?: { id: number } | null };

/**
 * The checklist status of every draft of the marked types. It evaluates each draft live, like the
 * review queue; this is the one place to switch to stored statuses once they exist.
 */
export const createDraftStatuses = ({ strapi }: { strapi: Core.Strapi }) => ({
  async all(): Promise<DraftStatus[]> {
    const statuses: DraftStatus[] = [];
    for (const type of getService(strapi, 'marked-types').all()) {
      const query = strapi.db.query(type.uid as never);
      const drafts = (await query.findMany({ where: { publishedAt: null }, populate: ['createdBy', 'updatedBy'], orderBy: { id: 'asc' } } as never)) as Row[];
      const published = (await query.findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId', 'locale', 'updatedAt'] } as never)) as Row[];
      const publishedAt = new Map(published.map((row) => [`${row.documentId}|${row.locale ?? ''}`, new Date(row.updatedAt).getTime()]));
      for (const draft of drafts) {
        const ref = { uid: type.uid, documentId: draft.documentId, locale: draft.locale ?? null };
        const entry = await getService(strapi, 'entries').loadDraft(ref.uid, ref.documentId, ref.locale);
        if (!entry) continue;
        const checklist = await getService(strapi, 'checks').evaluateEntry(ref, entry);
        const live = publishedAt.get(`${draft.documentId}|${draft.locale ?? ''}`);
        statuses.push({
          ...ref,
          hasChanges: live === undefined || new Date(draft.updatedAt).getTime() > live,
          checklist,
          authors: [draft.createdBy?.id, draft.updatedBy?.id].flatMap((id) => (id === undefined || id === null ? [] : [Number(id)])),
        });
      }
    }
    return statuses;
  },
});
