import type { Core } from '@strapi/strapi';
import type { ComponentLookup, SchemaLike } from '../scanners/types';

type Populate = Record<string, unknown>;

/**
 * Loads the draft of an entry with everything the checklist reads: components and dynamic zones
 * at any depth, relations and media by identity.
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
        populate[name] = { fields: ['url', 'hash', 'mime', 'name'] };
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

  const loadDraft = async (uid: string, documentId: string, locale?: string | null): Promise<Record<string, unknown> | null> =>
    (await strapi.documents(uid as never).findOne({
      documentId,
      status: 'draft',
      ...(locale ? { locale } : {}),
      populate: populateFor(uid),
    } as never)) as Record<string, unknown> | null;

  /** The locales that have a draft row (for `publish` with `locale: '*'` or a list). */
  const draftLocales = async (uid: string, documentId: string): Promise<Array<string | null>> => {
    const rows = await strapi.db.query(uid as never).findMany({ where: { documentId, publishedAt: null }, select: ['locale'] } as never);
    return (rows as Array<{ locale?: string | null }>).map((row) => row.locale ?? null);
  };

  return { getComponent, getSchema, populateFor, loadDraft, draftLocales };
};
