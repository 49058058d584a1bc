import type { ComponentLookup, SchemaLike } from '../scanners/types';
import { MEDIA_FIELDS } from './content-hash';
import { visitSchema, type SchemaVisitor } from './schema-visitor';

/** A Document Service populate, built from a schema at run time. */
export type Populate = Record<string, unknown>;

/** Relations that are bookkeeping, not content: never loaded with a draft. */
const NOT_CONTENT = new Set(['createdBy', 'updatedBy', 'localizations']);

/** Components nest; levels below this are left unpopulated. */
const MAX_DEPTH = 10;

/** Each component's own populate, or `true` when the app has no such component. */
const nested = (schema: SchemaLike | undefined, descend: (schema: SchemaLike, populate: Populate) => void): Populate | true => {
  if (!schema) return true;
  const populate: Populate = {};
  descend(schema, populate);
  return { populate };
};

const populator: SchemaVisitor<Populate> = {
  component: ({ name, context, descend }, schema) => {
    context[name] = nested(schema, descend);
  },
  dynamiczone: ({ name, attribute, context, lookup, descend }) => {
    const on: Populate = {};
    for (const uid of attribute.components ?? []) on[uid] = nested(lookup(uid), descend);
    context[name] = { on };
  },
  media: ({ name, context }) => {
    context[name] = { fields: [...MEDIA_FIELDS, 'name'] };
  },
  relation: ({ name, context }) => {
    if (!NOT_CONTENT.has(name)) context[name] = { fields: ['documentId'] };
  },
};

/**
 * What `entries.loadDraft` populates (server/src/services/entries.ts): components and dynamic zones
 * at any depth, relations by identity, media files with what the content hash and the text rules
 * read of them.
 */
export const draftPopulate = (schema: SchemaLike, getComponent: ComponentLookup): Populate => {
  const populate: Populate = {};
  visitSchema(schema, getComponent, populator, populate, MAX_DEPTH);
  return populate;
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields a populate entry selects (`fields` or `select`); undefined when it selects every field. */
const selected = (entry: Record<string, unknown>): unknown[] | undefined => {
  const list = entry.fields ?? entry.select;
  return Array.isArray(list) ? list : undefined;
};

/** A nested populate that asks for something (a component without relations or components asks for nothing). */
const nests = (populate: unknown): populate is Record<string, unknown> => isObject(populate) && Object.keys(populate).length > 0;

/** Whether one attribute's populate `given` loads at least what `needed` loads. */
const coversAttribute = (needed: unknown, given: unknown): boolean => {
  if (!isObject(needed)) return given !== undefined && given !== false;
  // `true` loads every field of the attribute, and nothing below it.
  if (!isObject(given)) return given === true && !nests(needed.populate) && !isObject(needed.on);
  const fields = selected(needed);
  const theirs = selected(given);
  if (fields && theirs && !theirs.includes('*') && !fields.every((field) => theirs.includes(field))) return false;
  if (nests(needed.populate) && !populateCovers(needed.populate, given.populate)) return false;
  if (isObject(needed.on)) {
    const on = given.on;
    if (!isObject(on)) return false;
    return Object.entries(needed.on).every(([uid, component]) => coversAttribute(component, on[uid]));
  }
  return true;
};

/**
 * Whether a Query Engine populate `given` loads at least what `needed` (a `draftPopulate`) loads, at
 * every depth: each attribute, each dynamic-zone component, and the fields the content hash and the
 * rules read of relations and media. The gate evaluates the rows Strapi's publish read only when
 * their populate covers its own (docs/architecture.md#the-gate).
 */
export const populateCovers = (needed: Populate, given: unknown): boolean =>
  isObject(given) && Object.entries(needed).every(([name, entry]) => name in given && coversAttribute(entry, given[name]));
