import type { Core, UID } from '@strapi/strapi';
import type { GetQueue, QueueItem } from '../../../shared/contracts/reviews';
import { UIDS } from '../content-types';
import { listKeyPattern, localeOfStored, type StoredMessage } from '../domain/entry-status';
import { titleIdOf } from '../rules/messages';
import { getService } from '../utils/get-service';
import type { Viewer } from './access';
import { toEntryStatus, toIso } from './statuses';

type Row = Record<string, unknown>;
type KnexQuery = ReturnType<Core.Strapi['db']['connection']>;

export interface QueueFilters {
  page?: number;
  pageSize?: number;
  /** Only this marked type. */
  uid?: string;
  /** Only entries this rule blocks. */
  rule?: string;
  /** Only entries waiting for this review role. */
  role?: string;
  /** Only entries waiting for one of these review roles (the caller's, for `mine=true`). */
  roles?: string[];
}

const titleOf = (row: Row | undefined, mainField: string | undefined, documentId: string) => {
  const value = row && mainField ? row[mainField] : undefined;
  return typeof value === 'string' && value ? value : documentId;
};

/**
 * Marked entries whose current draft cannot be published yet, and what each lacks: one indexed,
 * paginated query over the stored statuses (README, "Review queue"), the viewer's Content Manager
 * read permissions applied in the database as subqueries, then the page's titles.
 */
export const createQueueService = ({ strapi }: { strapi: Core.Strapi }) => {
  const statuses = () => getService(strapi, 'statuses');

  const mainFieldOf = (uid: string) => {
    const schema = strapi.contentType(uid as UID.ContentType) as unknown as { attributes: Record<string, { type: string }> };
    return ['title', 'name', 'headline'].find((name) => schema.attributes[name]?.type === 'string');
  };

  /** The filter on the status table: failing entries of the types the viewer may read, each restricted to its readable rows. */
  const filtered = (viewer: Viewer, filters: QueueFilters): KnexQuery | null => {
    const column = statuses().column;
    const readable = getService(strapi, 'marked-types')
      .all()
      .filter((type) => !filters.uid || type.uid === filters.uid)
      .map((type) => ({ type, where: getService(strapi, 'access').readableWhere(viewer, type.uid) }))
      .filter((item) => item.where !== null);
    if (!readable.length) return null;
    if (filters.roles && !filters.roles.length) return null;
    const query = strapi.db.getConnection(strapi.db.metadata.get(UIDS.entryStatus).tableName).where(column('passed'), false) as KnexQuery;
    // Types the viewer reads in full are one IN list, so the (passed, entryUpdatedAt) index still orders the page.
    const whole = readable.filter(({ where }) => !where || !Object.keys(where).length).map(({ type }) => type.uid);
    const restricted = readable.filter(({ where }) => where && Object.keys(where).length);
    query.where((any) => {
      if (whole.length) any.orWhereIn(column('entryUid'), whole);
      for (const { type, where } of restricted) {
        any.orWhere((one) => {
          one.where(column('entryUid'), type.uid);
          // The rows the Content Manager would let the viewer read (its conditions, e.g. "is creator", the locales).
          const rows = strapi.db.queryBuilder(type.uid as UID.ContentType).select(type.localized ? ['documentId', 'locale'] : ['documentId']).where(where as object).getKnexQuery();
          if (type.localized) one.whereIn([column('entryDocumentId'), column('entryLocale')], rows);
          else one.whereIn(column('entryDocumentId'), rows);
        });
      }
    });
    const like = (attribute: string, item: string) => (q: KnexQuery) => q.whereRaw('?? like ? escape ?', [column(attribute), listKeyPattern(item), '\\']);
    if (filters.rule) like('failingKey', filters.rule)(query);
    if (filters.role) like('rolesKey', filters.role)(query);
    if (filters.roles) {
      const roles = filters.roles;
      query.where((any) => {
        for (const role of roles) any.orWhere((one) => like('rolesKey', role)(one as KnexQuery));
      });
    }
    return query;
  };

  /** The page's titles (from the drafts) and which of its entries have a published version: one query per type. */
  const titles = async (rows: Row[]) => {
    const found = new Map<string, string>();
    const published = new Set<string>();
    const byType = new Map<string, string[]>();
    for (const row of rows) byType.set(String(row.entryUid), [...(byType.get(String(row.entryUid)) ?? []), String(row.entryDocumentId)]);
    for (const [uid, documentIds] of byType) {
      const mainField = mainFieldOf(uid);
      const versions = (await strapi.db.query(uid as UID.ContentType).findMany({
        where: { documentId: { $in: documentIds } },
        select: ['documentId', 'locale', 'publishedAt', ...(mainField ? [mainField] : [])],
      })) as Row[];
      for (const version of versions) {
        const key = `${uid}|${version.documentId}|${version.locale ?? ''}`;
        if (version.publishedAt) published.add(key);
        else found.set(key, titleOf(version, mainField, String(version.documentId)));
      }
    }
    return { titles: found, published };
  };

  /** The viewer sees only the entries they may read in the Content Manager; the others are left out. */
  const list = async (filters: QueueFilters, viewer: Viewer): Promise<GetQueue.Response> => {
    const page = filters.page ?? 1;
    const pageSize = filters.pageSize ?? 20;
    const query = filtered(viewer, filters);
    if (!query) return { data: [], meta: { pagination: { page, pageSize, pageCount: 0, total: 0 } } };
    const column = statuses().column;
    const [counted, raw] = await Promise.all([
      query.clone().count({ count: '*' }) as unknown as Promise<Array<{ count: number | string }>>,
      query
        .clone()
        .select('*')
        .orderBy([{ column: column('entryUpdatedAt'), order: 'desc' }, { column: 'id', order: 'desc' }])
        .limit(pageSize)
        .offset((page - 1) * pageSize) as unknown as Promise<Row[]>,
    ]);
    const total = Number(counted[0]?.count ?? 0);
    const rows = raw.map((row) => statuses().fromColumns(row));
    const { titles: names, published } = await titles(rows);
    const rules = getService(strapi, 'rules');
    const data: QueueItem[] = rows.map((row) => {
      const locale = localeOfStored(row.entryLocale as string);
      const status = toEntryStatus(row, published.has(`${String(row.entryUid)}|${String(row.entryDocumentId)}|${locale ?? ''}`));
      const messages = (typeof row.messages === 'string' ? JSON.parse(row.messages) : (row.messages ?? {})) as Record<string, StoredMessage | string>;
      // Statuses stored before messages carried translation ids hold the English text only.
      const said = (rule: string): StoredMessage => {
        const stored = messages[rule];
        return typeof stored === 'string' ? { message: stored } : (stored ?? { message: '' });
      };
      return {
        uid: status.uid,
        documentId: status.documentId,
        locale,
        title: names.get(`${status.uid}|${status.documentId}|${locale ?? ''}`) ?? status.documentId,
        contentType: getService(strapi, 'marked-types').get(status.uid)?.displayName ?? status.uid,
        updatedAt: toIso(row.entryUpdatedAt) ?? status.evaluatedAt,
        published: status.published,
        failing: status.failing.map((rule) => {
          const known = rules.get(rule);
          const titleId = known ? titleIdOf(known) : undefined;
          return { rule, title: known?.title ?? rule, ...(titleId ? { titleId } : {}), ...said(rule) };
        }),
        missingRoles: status.missingRoles,
      };
    });
    return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
  };

  return { list };
};
