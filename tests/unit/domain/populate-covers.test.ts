import { draftPopulate, populateCovers } from '../../../server/src/domain/draft-populate';
import type { ComponentLookup, SchemaLike } from '../../../server/src/scanners/types';

const components: Record<string, SchemaLike> = {
  'shared.cta': { attributes: { label: { type: 'string' }, owner: { type: 'relation' } } },
  'shared.note': { attributes: { text: { type: 'string' } } },
  'shared.section': {
    attributes: {
      heading: { type: 'string' },
      cta: { type: 'component', component: 'shared.cta' },
      image: { type: 'media' },
    },
  },
};
const getComponent: ComponentLookup = (uid) => components[uid];
const schema: SchemaLike = {
  attributes: {
    title: { type: 'string' },
    hero: { type: 'component', component: 'shared.section' },
    note: { type: 'component', component: 'shared.note' },
    zone: { type: 'dynamiczone', components: ['shared.cta', 'shared.section'] },
    cover: { type: 'media' },
    author: { type: 'relation' },
    createdBy: { type: 'relation' },
  },
};
const needed = draftPopulate(schema, getComponent);

/** What Strapi's publish asks the Query Engine for (its deep populate: every relation by documentId and locale, media with every field). */
const deep = (schemaOf: SchemaLike): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(schemaOf.attributes)) {
    if (attribute.type === 'relation') out[name] = { select: ['documentId', 'locale'] };
    if (attribute.type === 'media') out[name] = { select: ['*'] };
    if (attribute.type === 'component') out[name] = { populate: deep(components[attribute.component as string] as SchemaLike) };
    if (attribute.type === 'dynamiczone') {
      out[name] = { on: Object.fromEntries((attribute.components ?? []).map((uid) => [uid, { populate: deep(components[uid] as SchemaLike) }])) };
    }
  }
  return out;
};
const strapiPublish = deep(schema);
const without = (path: string[]): Record<string, unknown> => {
  const copy = structuredClone(strapiPublish);
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[path[path.length - 1] as string];
  return copy;
};

describe('populateCovers (the rows Strapi publish reads are the gate’s own)', () => {
  it("accepts Strapi publish's deep populate of the same schema", () => {
    expect(populateCovers(needed, strapiPublish)).toBe(true);
  });

  it('refuses a populate without an attribute, at any depth', () => {
    expect(populateCovers(needed, without(['cover']))).toBe(false);
    expect(populateCovers(needed, without(['hero', 'populate', 'cta']))).toBe(false);
    expect(populateCovers(needed, without(['hero', 'populate', 'cta', 'populate', 'owner']))).toBe(false);
    expect(populateCovers(needed, without(['zone', 'on', 'shared.section']))).toBe(false);
    expect(populateCovers(needed, without(['zone', 'on', 'shared.section', 'populate', 'image']))).toBe(false);
    expect(populateCovers(needed, undefined)).toBe(false);
    expect(populateCovers(needed, '*')).toBe(false);
  });

  it('refuses a shallow populate of a component that nests, and accepts it for one that does not', () => {
    expect(populateCovers(needed, { ...strapiPublish, hero: true })).toBe(false);
    expect(populateCovers(needed, { ...strapiPublish, note: true })).toBe(true);
    expect(populateCovers(needed, { ...strapiPublish, note: { populate: {} } })).toBe(true);
  });

  it('refuses relations and media without the fields the content hash reads', () => {
    expect(populateCovers(needed, { ...strapiPublish, author: { select: ['id'] } })).toBe(false);
    expect(populateCovers(needed, { ...strapiPublish, author: { fields: ['documentId'] } })).toBe(true);
    expect(populateCovers(needed, { ...strapiPublish, cover: { select: ['url'] } })).toBe(false);
    expect(populateCovers(needed, { ...strapiPublish, cover: true })).toBe(true);
  });

  it('needs nothing of bookkeeping relations and accepts an empty need', () => {
    expect(populateCovers(needed, without(['createdBy']))).toBe(true);
    expect(populateCovers({}, {})).toBe(true);
  });
});
