import { draftPopulate } from '../../../server/src/domain/draft-populate';
import { visitSchema } from '../../../server/src/domain/schema-visitor';
import type { ComponentLookup, SchemaLike } from '../../../server/src/scanners/types';

const components: Record<string, SchemaLike> = {
  'shared.cta': { attributes: { label: { type: 'string' }, owner: { type: 'relation' } } },
  'shared.section': {
    attributes: {
      heading: { type: 'string' },
      cta: { type: 'component', component: 'shared.cta' },
      links: { type: 'component', component: 'shared.cta', repeatable: true },
      image: { type: 'media' },
      gone: { type: 'component', component: 'shared.gone' },
    },
  },
};
const getComponent: ComponentLookup = (uid) => components[uid];
const schema: SchemaLike = {
  attributes: {
    title: { type: 'string' },
    hero: { type: 'component', component: 'shared.section' },
    zone: { type: 'dynamiczone', components: ['shared.cta', 'shared.gone', 'shared.section'] },
    cover: { type: 'media' },
    author: { type: 'relation' },
    createdBy: { type: 'relation' },
    updatedBy: { type: 'relation' },
    localizations: { type: 'relation' },
    n: { type: 'integer' },
  },
};

describe('schema visitor', () => {
  it('visits every attribute in schema order, by kind, descending into components with their own context', () => {
    const seen: string[] = [];
    visitSchema<string>(
      schema,
      getComponent,
      {
        skip: (name) => name === 'updatedBy',
        component: ({ name, context, descend }, component) => {
          seen.push(`${context}${name}:component${component ? '' : '(missing)'}`);
          if (component) descend(component, `${context}${name}.`);
        },
        dynamiczone: ({ name, attribute, context, lookup, descend }) => {
          seen.push(`${context}${name}:dynamiczone`);
          for (const uid of attribute.components ?? []) {
            const component = lookup(uid);
            if (component) descend(component, `${context}${name}[${uid}].`);
          }
        },
        media: ({ name, context }) => seen.push(`${context}${name}:media`),
        relation: ({ name, context }) => seen.push(`${context}${name}:relation`),
        other: ({ name, attribute, context }) => seen.push(`${context}${name}:${attribute.type}`),
      },
      '',
      1
    );
    expect(seen).toEqual([
      'title:string',
      'hero:component',
      'hero.heading:string',
      'hero.cta:component',
      'hero.links:component',
      'hero.image:media',
      'hero.gone:component(missing)',
      'zone:dynamiczone',
      'zone[shared.cta].label:string',
      'zone[shared.cta].owner:relation',
      'zone[shared.section].heading:string',
      'zone[shared.section].cta:component',
      'zone[shared.section].links:component',
      'zone[shared.section].image:media',
      'zone[shared.section].gone:component(missing)',
      'cover:media',
      'author:relation',
      'createdBy:relation',
      'localizations:relation',
      'n:integer',
    ]);
  });

  it('stops below the depth limit on self-nesting components', () => {
    const nest: Record<string, SchemaLike> = { 'a.loop': { attributes: { child: { type: 'component', component: 'a.loop' } } } };
    let calls = 0;
    visitSchema(
      nest['a.loop'],
      (uid) => nest[uid],
      {
        component: ({ descend }, component) => {
          calls += 1;
          if (component) descend(component, null);
        },
      },
      null,
      5
    );
    expect(calls).toBe(6);
  });

  it('builds the draft populate exactly as the populate builder of services/entries.ts did', () => {
    const media = { fields: ['url', 'hash', 'mime', 'size', 'updatedAt', 'alternativeText', 'caption', 'name'] };
    const cta = { populate: { owner: { fields: ['documentId'] } } };
    const section = { populate: { cta, links: cta, image: media, gone: true } };
    const populate = draftPopulate(schema, getComponent);
    expect(populate).toEqual({
      hero: section,
      zone: { on: { 'shared.cta': cta, 'shared.gone': true, 'shared.section': section } },
      cover: media,
      author: { fields: ['documentId'] },
    });
    // Key order is schema order, as before.
    expect(JSON.stringify(populate)).toBe(
      '{"hero":{"populate":{"cta":{"populate":{"owner":{"fields":["documentId"]}}},"links":{"populate":{"owner":{"fields":["documentId"]}}},"image":{"fields":["url","hash","mime","size","updatedAt","alternativeText","caption","name"]},"gone":true}},"zone":{"on":{"shared.cta":{"populate":{"owner":{"fields":["documentId"]}}},"shared.gone":true,"shared.section":{"populate":{"cta":{"populate":{"owner":{"fields":["documentId"]}}},"links":{"populate":{"owner":{"fields":["documentId"]}}},"image":{"fields":["url","hash","mime","size","updatedAt","alternativeText","caption","name"]},"gone":true}}}},"cover":{"fields":["url","hash","mime","size","updatedAt","alternativeText","caption","name"]},"author":{"fields":["documentId"]}}'
    );
  });

  it('leaves components past ten levels unpopulated, as before', () => {
    const nest: Record<string, SchemaLike> = { 'a.loop': { attributes: { child: { type: 'component', component: 'a.loop' } } } };
    let level: unknown = draftPopulate(nest['a.loop'], (uid) => nest[uid]);
    let depth = 0;
    while (level && typeof level === 'object' && 'child' in level) {
      level = (level as { child: { populate: unknown } }).child.populate;
      depth += 1;
    }
    expect(depth).toBe(11);
    expect(level).toEqual({});
  });
});
