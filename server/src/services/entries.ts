import type { Core } from '@strapi/strapi';
import type { ComponentLookup, SchemaLike } from '../scanners/types';
import { columnOf, findDraftDocument, localeOf, rowsOf, supportsRowLocks, tableIn, type Row } from '../utils/db';
import { MEDIA_FIELDS } from '../domain/content-hash';

type Populate = Record<string, unknown>;

/**
 * Loads the draft of an entry with everything the checklist reads: components and dynamic zones
 * at any depth, relations by identity, media files with what the content hash and the text
 * rules read of them.
 */
export const createEntriesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const populateCache = new Map<string, Populate>();

  const getComponent: ComponentLookup = (uid) => strapi.components[uid as keyof typeof strapi.components] as unknown as SchemaLike | undefined;
  const getSchema = (uid: string) => strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as SchemaLike;

  const buildPopulate = (schema: SchemaLike, depth: number): Populate => {
    const populate: Populate = {};
    if (depth > 10) return populate;
    for (const [name, attribute] of Object.entries(schema.attributes)) {
      if (attribute.type === 'component' && attribute.component) {
        const component = getComponent(attribute.component);
        populate[name] = component ? { populate: buildPopulate(component, depth + 1) } : true;
      } else if (attribute.type === 'dynamiczone') {
        const on: Populate = {};
        for (const uid of attribute.components ?? []) {
          const component = getComponent(uid);
          on[uid] = component ? { populate: buildPopulate(component, depth + 1) } : true;
        }
        populate[name] = { on };
      } else if (attribute.type === 'media') {
        populate[name] = { fields: [...MEDIA_FIELDS, 'name'] };
      } else if (attribute.type === 'relation' && !['createdBy', 'updatedBy', 'localizations'].includes(name)) {
        populate[name] = { fields: ['documentId'] };
      }
    }
    return populate;
  };

  const populateFor = (uid: string): Populate => {
    let populate = populateCache.get(uid);
    if (!populate) {
      populate = buildPopulate(getSchema(uid), 0);
      populateCache.set(uid, populate);
    }
    return populate;
  };

  const loadDraft = (uid: string, documentId: string, locale?: string | null): Promise<Row | null> => findDraftDocument(strapi, uid, documentId, locale, populateFor(uid));

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

  return { getComponent, getSchema, populateFor, loadDraft, draftLocales, draftRow, lockDraftRows };
};
