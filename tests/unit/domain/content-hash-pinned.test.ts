import { hashContent } from '../../../server/src/domain/content-hash';
import type { ComponentLookup, SchemaLike } from '../../../server/src/scanners/types';

/**
 * Reviewers' approvals and waivers are bound to the content hash of the entry they signed
 * (docs/architecture.md#decisions-and-their-reasons): a change to how the hash walks a schema
 * would turn every stored signature stale. These hashes were computed before the schema walkers
 * were merged into one visitor and must never change.
 */
const components: Record<string, SchemaLike> = {
  'shared.cta': { attributes: { label: { type: 'string' }, url: { type: 'string' }, id: { type: 'integer' } } },
  'shared.section': {
    attributes: {
      heading: { type: 'string' },
      body: { type: 'blocks' },
      cta: { type: 'component', component: 'shared.cta', repeatable: false },
      links: { type: 'component', component: 'shared.cta', repeatable: true },
      image: { type: 'media' },
      order: { type: 'integer' },
    },
  },
  'shared.quote': { attributes: { quote: { type: 'text' }, author: { type: 'relation' } } },
};
const getComponent: ComponentLookup = (uid) => components[uid];

const schema: SchemaLike = {
  attributes: {
    title: { type: 'string' },
    slug: { type: 'uid' },
    body: { type: 'richtext' },
    rating: { type: 'decimal' },
    count: { type: 'biginteger' },
    featured: { type: 'boolean' },
    publishedOn: { type: 'date' },
    at: { type: 'datetime' },
    meta: { type: 'json' },
    status: { type: 'enumeration' },
    hero: { type: 'component', component: 'shared.section', repeatable: false },
    sections: { type: 'component', component: 'shared.section', repeatable: true },
    missing: { type: 'component', component: 'shared.gone', repeatable: false },
    zone: { type: 'dynamiczone', components: ['shared.quote', 'shared.cta'] },
    cover: { type: 'media' },
    gallery: { type: 'media' },
    author: { type: 'relation' },
    tags: { type: 'relation' },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
    createdBy: { type: 'relation' },
    localizations: { type: 'relation' },
    locale: { type: 'string' },
  },
};

const file = (n: number) => ({
  id: n,
  url: `/uploads/f${n}.jpg`,
  hash: `f${n}`,
  mime: 'image/jpeg',
  size: `${n}.5`,
  updatedAt: `2026-01-0${n}T00:00:00.000Z`,
  alternativeText: `alt ${n}`,
  caption: null,
  name: 'x.jpg',
});

const full = {
  id: 4,
  documentId: 'doc-1',
  title: 'Dana’s story',
  slug: 'danas-story',
  body: '# Before\n\nAfter',
  rating: '4.50',
  count: '12',
  featured: 1,
  publishedOn: '2026-03-04T00:00:00.000Z',
  at: new Date('2026-03-04T10:11:12.000Z'),
  meta: { b: 2, a: [1, 'x'] },
  status: 'draft',
  hero: {
    id: 1,
    heading: 'Hello',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hi' }] }],
    cta: { id: 2, label: 'Go', url: '/go' },
    links: [
      { id: 3, label: 'A', url: '/a' },
      { id: 4, label: 'B', url: null },
    ],
    image: file(1),
    order: '3',
  },
  sections: [
    { id: 5, heading: 'S1', cta: null, links: [], image: null, order: 1 },
    { id: 6, heading: 'S2' },
  ],
  missing: { id: 7, anything: 'ignored' },
  zone: [
    { __component: 'shared.quote', id: 8, quote: 'It works', author: { id: 3, documentId: 'au-1' } },
    { __component: 'shared.cta', id: 9, label: 'Call', url: '/call' },
    { __component: 'shared.unknown', id: 10, text: 'dropped' },
  ],
  cover: file(2),
  gallery: [file(3), file(4)],
  author: { id: 7, documentId: 'au-2' },
  tags: [{ id: 1, documentId: 't1' }, { id: 2 }],
  createdAt: '2026-01-01',
  updatedAt: '2026-01-02',
  createdBy: { id: 1 },
  localizations: [],
  locale: 'en',
};

const hash = (entry: Record<string, unknown>) => hashContent(entry, schema, getComponent);

describe('content hash, pinned', () => {
  it('hashes a full entry as it always has', () => {
    expect(hash(full)).toBe('038dc6da73f19f6f75fdc74da8e5278e2c3d77760fdbfae7777159a45eafafdf');
  });

  it('hashes an empty entry (every attribute absent) as it always has', () => {
    expect(hash({})).toBe('db7a455bc89d20aba8dd8e8b0d95fbde706cc27f4fb4bde7bf3f96614cdfb996');
  });

  it('hashes an entry with nulls in every kind of field as it always has', () => {
    const nulls = Object.fromEntries(Object.keys(schema.attributes).map((name) => [name, null]));
    expect(hash(nulls)).toBe('db7a455bc89d20aba8dd8e8b0d95fbde706cc27f4fb4bde7bf3f96614cdfb996');
  });

  it('hashes a small entry of a flat schema as it always has', () => {
    const flat: SchemaLike = { attributes: { title: { type: 'string' }, quote: { type: 'text' } } };
    expect(hashContent({ id: 1, title: 'Hello', quote: 'Great care' }, flat, getComponent)).toBe(
      'd6de5cc10f385cdf0ac104bdc465cd9cd37663ccaee50832d018da230fd5c50a'
    );
  });
});
