import type { Core, UID } from '@strapi/strapi';
import type { GetQueue, QueueItem } from '../../../shared/contracts/reviews';
import { getService } from '../utils/get-service';
import type { Viewer } from './access';

type Row = { documentId: string; locale?: string | null; updatedAt: string | Date; [key: string]: unknown };

const titleOf = (row: Row, mainField: string | undefined) => {
  const value = mainField ? row[mainField] : undefined;
  return typeof value === 'string' && value ? value : row.documentId;
};

/** Marked entries whose current draft could not be published yet, and what each lacks. */
export const createQueueService = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The viewer sees only the entries they may read in the Content Manager; the others are left out. */
  const list = async ({ page = 1, pageSize = 20, uid }: { page?: number; pageSize?: number; uid?: string }, viewer: Viewer): Promise<GetQueue.Response> => {
    const types = getService(strapi, 'marked-types').all().filter((type) => !uid || type.uid === uid);
    const pending: QueueItem[] = [];
    for (const type of types) {
      const readable = getService(strapi, 'access').readableWhere(viewer, type.uid);
      if (!readable) continue;
      const schema = strapi.contentTypes[type.uid as keyof typeof strapi.contentTypes] as unknown as { attributes: Record<string, { type: string }> };
      const mainField = ['title', 'name', 'headline'].find((name) => schema.attributes[name]?.type === 'string');
      const drafts: Row[] = await strapi.db.query(type.uid as UID.ContentType).findMany({ where: { $and: [{ publishedAt: null }, readable] }, orderBy: { updatedAt: 'desc' } });
      for (const draft of drafts) {
        const ref = { uid: type.uid, documentId: draft.documentId, locale: draft.locale ?? null };
        const entry = await getService(strapi, 'entries').loadDraft(ref.uid, ref.documentId, ref.locale);
        if (!entry) continue;
        const checklist = await getService(strapi, 'checks').evaluateEntry(ref, entry);
        const published = Boolean(
          await strapi.db.query(type.uid as never).findOne({ where: { documentId: draft.documentId, publishedAt: { $notNull: true }, ...(ref.locale ? { locale: ref.locale } : {}) }, select: ['id'] } as never)
        );
        const blocking = checklist.checks.filter((check) => check.status === 'fail' && check.severity === 'blocker');
        if (!blocking.length) continue;
        const review = checklist.checks.find((check) => check.rule === 'review.approval');
        pending.push({
          ...ref,
          title: titleOf(draft, mainField),
          contentType: type.displayName,
          updatedAt: new Date(draft.updatedAt).toISOString(),
          published,
          failing: blocking.map(({ rule, title, titleId, message, messageId, values }) => ({ rule, title, titleId, message, messageId, values })),
          missingRoles: ((review?.details?.missingRoles as string[] | undefined) ?? []),
        });
      }
    }
    pending.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const total = pending.length;
    return {
      data: pending.slice((page - 1) * pageSize, page * pageSize),
      meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
    };
  };
  return { list };
};
