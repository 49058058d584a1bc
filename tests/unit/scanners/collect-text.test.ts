import { collectText, scanPhi, scanProhibitedClaims, segmentsFromStrings } from '../../../server/src/scanners';
import type { ComponentLookup, SchemaLike } from '../../../server/src/scanners';

const components: Record<string, SchemaLike> = {
  'shared.section': {
    attributes: {
      heading: { type: 'string' },
      body: { type: 'richtext' },
      cta: { type: 'component', component: 'shared.cta', repeatable: false },
      order: { type: 'integer' },
    },
  },
  'shared.cta': { attributes: { label: { type: 'string' }, url: { type: 'string' } } },
  'shared.quote': { attributes: { quote: { type: 'text' }, author: { type: 'string' } } },
  'shared.rich': { attributes: { content: { type: 'blocks' } } },
  'shared.media': { attributes: { image: { type: 'media' }, caption: { type: 'string' } } },
};
const getComponent: ComponentLookup = (uid) => components[uid];

const schema: SchemaLike = {
  attributes: {
    title: { type: 'string' },
    slug: { type: 'uid' },
    summary: { type: 'text' },
    contactEmail: { type: 'email' },
    body: { type: 'blocks' },
    hero: { type: 'component', component: 'shared.section', repeatable: false },
    sections: { type: 'component', component: 'shared.section', repeatable: true },
    blocks: { type: 'dynamiczone', components: ['shared.quote', 'shared.rich', 'shared.media'] },
    rating: { type: 'integer' },
    publishedOn: { type: 'date' },
    status: { type: 'enumeration' },
    featured: { type: 'boolean' },
    meta: { type: 'json' },
    author: { type: 'relation' },
    cover: { type: 'media' },
    gallery: { type: 'media' },
  },
};

const entry = {
  id: 7,
  documentId: 'abc123',
  title: 'My story',
  slug: 'call-555-201-3344',
  summary: 'Short summary',
  contactEmail: 'jane.d@gmail.com',
  body: [
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'How it ' }, { type: 'text', text: 'started', bold: true }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Read my ' },
        { type: 'link', url: 'https://instagram.com/janedoe', children: [{ type: 'text', text: 'profile' }] },
        { type: 'text', text: ' for more.' },
      ],
    },
    {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'first' }] },
        { type: 'list-item', children: [{ type: 'text', text: 'second' }] },
      ],
    },
    { type: 'image', image: { url: '/uploads/x.png', alternativeText: 'Jane at the clinic', caption: null }, children: [{ type: 'text', text: '' }] },
    { type: 'paragraph', children: [{ type: 'text', text: '' }] },
  ],
  hero: { heading: 'Hero', body: 'A miracle!', cta: { label: 'Go', url: null }, order: 1 },
  sections: [
    { heading: 'One', body: 'Nothing to see' },
    { heading: 'Two', body: 'Call me at 555-201-3344', cta: { label: 'Book', url: 'https://example.org' } },
    null,
  ],
  blocks: [
    { __component: 'shared.rich', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'It cures everything' }] }] },
    { __component: 'shared.quote', id: 3, quote: 'MRN: 4481-22', author: 'Anonymous' },
    { __component: 'shared.media', image: { url: '/x.png' }, caption: 'Before and after' },
    { __component: 'shared.unknown', text: 'ignored 555-201-3344' },
    { quote: 'no component key' },
  ],
  rating: 5552013344,
  publishedOn: '2021-03-14',
  status: 'draft',
  featured: true,
  meta: { note: 'call 555-201-3344' },
  author: { name: 'Jane Doe' },
  cover: { alternativeText: 'Jane Doe', caption: '' },
  gallery: [{ alternativeText: null, caption: 'Dana after her first run' }, 'not a file'],
};

describe('collectText', () => {
  const segments = collectText(entry, schema, getComponent);

  it('collects string, text, email, blocks, components and dynamic zones with their paths', () => {
    expect(segments).toEqual([
      { path: ['title'], text: 'My story' },
      { path: ['summary'], text: 'Short summary' },
      { path: ['contactEmail'], text: 'jane.d@gmail.com' },
      { path: ['body'], text: 'How it started' },
      { path: ['body'], text: 'Read my profile for more.' },
      { path: ['body'], text: 'https://instagram.com/janedoe' },
      { path: ['body'], text: 'first\nsecond' },
      { path: ['body'], text: 'Jane at the clinic' },
      { path: ['hero', 'heading'], text: 'Hero' },
      { path: ['hero', 'body'], text: 'A miracle!' },
      { path: ['hero', 'cta', 'label'], text: 'Go' },
      { path: ['sections', '0', 'heading'], text: 'One' },
      { path: ['sections', '0', 'body'], text: 'Nothing to see' },
      { path: ['sections', '1', 'heading'], text: 'Two' },
      { path: ['sections', '1', 'body'], text: 'Call me at 555-201-3344' },
      { path: ['sections', '1', 'cta', 'label'], text: 'Book' },
      { path: ['sections', '1', 'cta', 'url'], text: 'https://example.org' },
      { path: ['blocks', '0', 'content'], text: 'It cures everything' },
      { path: ['blocks', '1', 'quote'], text: 'MRN: 4481-22' },
      { path: ['blocks', '1', 'author'], text: 'Anonymous' },
      { path: ['blocks', '2', 'caption'], text: 'Before and after' },
      { path: ['cover'], text: 'Jane Doe' },
      { path: ['gallery'], text: 'Dana after her first run' },
    ]);
  });

  it('reads the alternative text and caption of media files, which are published with them', () => {
    const media = collectText({ cover: { url: '/a.jpg', alternativeText: 'Call 555-201-3344', caption: 'Miracle cure' } }, schema, getComponent);
    expect(media).toEqual([
      { path: ['cover'], text: 'Call 555-201-3344' },
      { path: ['cover'], text: 'Miracle cure' },
    ]);
    expect(scanPhi(media, {}).map((finding) => [finding.path.join('.'), finding.kind])).toEqual([['cover', 'phone']]);
  });

  it('gives findings the field path of the segment', () => {
    const findings = scanPhi(segments, { subjectNames: ['Jane Doe'] });
    expect(findings.map((f) => [f.path.join('.'), f.kind, f.match])).toEqual([
      ['contactEmail', 'email', 'jane.d@gmail.com'],
      ['body', 'personal-url', 'https://instagram.com/janedoe'],
      ['body', 'subject-name', 'Jane'],
      ['sections.1.body', 'phone', '555-201-3344'],
      ['blocks.1.quote', 'medical-record-number', 'MRN: 4481-22'],
      ['cover', 'subject-name', 'Jane Doe'],
    ]);
    const claims = scanProhibitedClaims(segments);
    expect(claims.map((f) => [f.path.join('.'), f.kind])).toEqual([
      ['hero.body', 'miracle'],
      ['blocks.0.content', 'cure-all'],
      ['blocks.0.content', 'cure'],
    ]);
  });

  it('prefixes a base path', () => {
    const nested = collectText({ quote: 'hello' }, components['shared.quote'] as SchemaLike, getComponent, ['blocks', '4']);
    expect(nested).toEqual([{ path: ['blocks', '4', 'quote'], text: 'hello' }]);
  });

  it('ignores missing components, wrong shapes and empty values', () => {
    const odd: SchemaLike = {
      attributes: {
        a: { type: 'component', component: 'missing.one' },
        b: { type: 'component' },
        c: { type: 'dynamiczone' },
        d: { type: 'blocks' },
        e: { type: 'string' },
        f: { type: 'text' },
        g: { type: 'component', component: 'shared.quote', repeatable: true },
      },
    };
    expect(
      collectText({ a: { quote: 'x' }, b: { quote: 'x' }, c: 'not an array', d: 'not blocks', e: 42, f: '', g: ['x', { quote: 'ok' }] }, odd, getComponent)
    ).toEqual([{ path: ['g', '1', 'quote'], text: 'ok' }]);
  });

  it('stops at absurd nesting depth instead of overflowing', () => {
    const selfSchema: SchemaLike = { attributes: { text: { type: 'string' }, child: { type: 'component', component: 'self' } } };
    const lookup: ComponentLookup = () => selfSchema;
    let deep: Record<string, unknown> = { text: 'bottom' };
    for (let i = 0; i < 100; i++) deep = { text: `level ${i}`, child: deep };
    const found = collectText(deep, selfSchema, lookup);
    expect(found.length).toBeGreaterThan(10);
    expect(found.length).toBeLessThan(100);
  });
});

describe('segmentsFromStrings', () => {
  it('numbers the segments, optionally under a field', () => {
    expect(segmentsFromStrings(['a', 'b'])).toEqual([
      { path: ['0'], text: 'a' },
      { path: ['1'], text: 'b' },
    ]);
    expect(segmentsFromStrings(['a'], 'quotes')).toEqual([{ path: ['quotes', '0'], text: 'a' }]);
  });
});
