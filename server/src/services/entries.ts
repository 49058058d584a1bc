import type { Core, UID } from '@strapi/strapi';
import { queryParams } from '@strapi/utils';
import type { ComponentLookup, SchemaLike } from '../scanners/types';
import { columnOf, findDraftDocument, isRow, localeOf, rowsOf, supportsRowLocks, tableIn, type Row } from '../utils/db';
import { draftPopulate, type Populate } from '../domain/draft-populate';

/**
 * Loads the draft of an entry with everything the checklist reads: components and dynamic zones
 * at any depth, relations by identity, media files with what the content hash and the text
 * rules read of them. The draft is read through the Query Engine with the populate translated
 * once per type: the same rows the Document Service would return for it, without its per-call
 * parameter pipeline (docs/architecture.md#the-gate).
 */
export const createEntriesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const populateCache = new Map<string, Populate>();
  const queryPopulateCache = new Map<string, unknown>();
  const { transformQueryParams } = queryParams.createTransformer({ getModel: (uid) => strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]) });

  const getComponent: ComponentLookup = (uid) => strapi.components[uid as keyof typeof strapi.components] as unknown as SchemaLike | undefined;
  // `strapi.contentType(uid)` is a lookup; the `strapi.contentTypes` getter copies the whole registry on every call.
  const getSchema = (uid: string) => strapi.contentType(uid as UID.ContentType) as unknown as SchemaLike;

  const populateFor = (uid: string): Populate => {
    let populate = populateCache.get(uid);
    if (!populate) {
      populate = draftPopulate(getSchema(uid), getComponent);
      populateCache.set(uid, populate);
    }
    return populate;
  };

  /** `populateFor` as the Query Engine takes it (what the Document Service would translate it to on every call). */
  const queryPopulateFor = (uid: string): unknown => {
    if (!queryPopulateCache.has(uid)) queryPopulateCache.set(uid, transformQueryParams(uid, { populate: populateFor(uid) as queryParams.Params['populate'] }).populate);
    return queryPopulateCache.get(uid);
  };

  const isLocalized = (uid: string) => Boolean((getSchema(uid) as SchemaLike & { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n?.localized);

  /**
   * The draft of one locale with everything the checklist reads. A localized type asked without a
   * locale means its default locale, which the Document Service resolves.
   */
  const loadDraft = async (uid: string, documentId: string, locale?: string | null): Promise<Row | null> => {
    if (!locale && isLocalized(uid)) return findDraftDocument(strapi, uid, documentId, locale, populateFor(uid));
    const found: unknown = await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) }, populate: queryPopulateFor(uid) });
    return isRow(found) ? found : null;
  };

  /** The drafts of these rows (by id), loaded as `loadDraft` loads one: a batch in one query per relation level. */
  const loadDrafts = async (uid: string, ids: number[]): Promise<Row[]> =>
    ids.length ? ((await strapi.db.query(uid).findMany({ where: { id: { $in: ids }, publishedAt: null }, populate: queryPopulateFor(uid) })) as unknown[]).filter(isRow) : [];

  /** The locales that have a draft row (for `publish` with `locale: '*'` or a list). */
  const draftLocales = async (uid: string, documentId: string): Promise<Array<string | null>> => {
    const rows = await rowsOf(strapi, uid).findMany({ where: { documentId, publishedAt: null }, select: ['locale'] });
    return rows.map(localeOf);
  };

  /** The draft row of one locale (`locale` null: the type is not localized), without its content. */
  const draftRow = (uid: string, documentId: string, locale: string | null, { withAuthors = false } = {}): Promise<Row | null> =>
    rowsOf(strapi, uid).findOne({
      where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
      ...(withAuthors ? { populate: ['createdBy', 'updatedBy'] } : { select: ['id'] }),
    });

  /**
   * Locks the draft rows of these locales (`SELECT … FOR UPDATE`) until the transaction ends. Every
   * save updates the draft row, so a save waits for a publish or a signature that holds the lock,
   * and what they evaluated is what they publish or sign. Must run inside a transaction.
   */
  const lockDraftRows = async (uid: string, documentId: string, locales: Array<string | null>) => {
    if (!supportsRowLocks(strapi)) return;
    const named = locales.filter((locale): locale is string => Boolean(locale));
    await strapi.db.transaction(async ({ trx }) => {
      let query = tableIn(strapi, trx, uid).where(columnOf(strapi, uid, 'documentId'), documentId).whereNull(columnOf(strapi, uid, 'publishedAt'));
      if (named.length) query = query.whereIn(columnOf(strapi, uid, 'locale'), named);
      await query.forUpdate().select('id');
    });
  };

  /** Locks these draft rows (by id) until the transaction ends, as `lockDraftRows` does; for a batch of the re-evaluation job. */
  const lockRows = async (uid: string, ids: number[]) => {
    if (!supportsRowLocks(strapi) || !ids.length) return;
    await strapi.db.transaction(async ({ trx }) => {
      await tableIn(strapi, trx, uid).whereIn('id', ids).orderBy('id').forUpdate().select('id');
    });
  };

  return { getComponent, getSchema, populateFor, loadDraft, loadDrafts, draftLocales, draftRow, lockDraftRows, lockRows };
};
