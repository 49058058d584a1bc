import type { Core } from '@strapi/strapi';
import type { Checklist } from '../../../shared/contracts/checks';
import type { EntryStatus } from '../../../shared/contracts/statuses';
import { UIDS } from '../content-types';
import { toEntryStatus } from './statuses';
import { getService } from '../utils/get-service';
import { isRow, localeOf, rowsOf, stringField } from '../utils/db';

export interface DraftStatus {
  uid: string;
  documentId: string;
  locale: string | null;
  /** The draft has changes the published version lacks (or nothing is published). */
  hasChanges: boolean;
  checklist: Pick<Checklist, 'passed' | 'contentHash' | 'checks'>;
  authors: number[];
}

const timeOf = (value: unknown): number => (value instanceof Date ? value.getTime() : typeof value === 'number' ? value : new Date(String(value)).getTime());

/** A stored status as the checklist fields the overview and the notifications read (failing rules only). */
const checklistOf = (status: EntryStatus): DraftStatus['checklist'] => ({
  passed: status.passed,
  contentHash: status.contentHash,
  checks: [
    ...status.failing.map((rule) => ({
      rule,
      title: rule,
      severity: 'blocker' as const,
      status: 'fail' as const,
      message: '',
      findings: [],
      ...(rule === 'review.approval' ? { details: { missingRoles: status.missingRoles } } : {}),
    })),
    ...status.warnings.map((rule) => ({ rule, title: rule, severity: 'warning' as const, status: 'fail' as const, message: '', findings: [] })),
  ],
});

/**
 * The checklist status of every draft of the marked types, from the stored statuses (README,
 * "Stored statuses"); a draft without one yet (before the first re-evaluation) is evaluated live.
 */
export const createDraftStatuses = ({ strapi }: { strapi: Core.Strapi }) => ({
  async all(): Promise<DraftStatus[]> {
    const statuses: DraftStatus[] = [];
    const stored = new Map<string, EntryStatus>();
    for (const row of (await strapi.db.query(UIDS.entryStatus).findMany({})) as Array<Record<string, unknown>>) {
      const status = toEntryStatus(row);
      stored.set(`${status.uid}|${status.documentId}|${status.locale ?? ''}`, status);
    }
    for (const type of getService(strapi, 'marked-types').all()) {
      const query = rowsOf(strapi, type.uid);
      const drafts = await query.findMany({ where: { publishedAt: null }, populate: ['createdBy', 'updatedBy'], orderBy: { id: 'asc' } });
      const published = await query.findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId', 'locale', 'updatedAt'] });
      const publishedAt = new Map(published.map((row) => [`${stringField(row, 'documentId')}|${localeOf(row) ?? ''}`, timeOf(row.updatedAt)]));
      for (const draft of drafts) {
        const ref = { uid: type.uid, documentId: String(draft.documentId), locale: localeOf(draft) };
        const status = stored.get(`${ref.uid}|${ref.documentId}|${ref.locale ?? ''}`);
        let checklist: DraftStatus['checklist'];
        if (status) checklist = checklistOf(status);
        else {
          const entry = await getService(strapi, 'entries').loadDraft(ref.uid, ref.documentId, ref.locale);
          if (!entry) continue;
          checklist = await getService(strapi, 'checks').evaluateEntry(ref, entry);
        }
        const live = publishedAt.get(`${ref.documentId}|${ref.locale ?? ''}`);
        statuses.push({
          ...ref,
          hasChanges: live === undefined || timeOf(draft.updatedAt) > live,
          checklist,
          authors: [draft.createdBy, draft.updatedBy].flatMap((user) => (isRow(user) && user.id !== undefined && user.id !== null ? [Number(user.id)] : [])),
        });
      }
    }
    return statuses;
  },
});
