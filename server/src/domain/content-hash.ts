import { createHash } from 'node:crypto';
import { canonicalize } from './jcs';
import type { ComponentLookup, SchemaLike } from '../scanners/types';
import { visitSchema, type SchemaVisitor } from './schema-visitor';

/** Bookkeeping that changes without the content changing: never part of what a reviewer signs. */
const IGNORED = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

type Value = unknown;

/** A related entry by its documentId. */
const identity = (value: Value): Value => {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  return record.documentId ?? record.id ?? null;
};

/**
 * A media file by identity and content. A Media Library replace keeps the id, hash and url but
 * writes new bytes (new size, new updatedAt); the alternative text and caption are shown with the
 * file. Any of these changing changes what the entry shows, so it changes the hash.
 */
export const MEDIA_FIELDS = ['url', 'hash', 'mime', 'size', 'updatedAt', 'alternativeText', 'caption'] as const;

const mediaIdentity = (value: Value): Value => {
  if (!value || typeof value !== 'object') return null;
  const file = value as Record<string, unknown>;
  const text = (key: string) => (typeof file[key] === 'string' ? (file[key] as string) : null);
  return {
    url: text('url'),
    hash: text('hash'),
    mime: text('mime'),
    size: file.size === undefined || file.size === null ? null : Number(file.size),
    updatedAt: file.updatedAt ? new Date(file.updatedAt as string).toISOString() : null,
    alternativeText: text('alternativeText'),
    caption: text('caption'),
  };
};

const normalizeScalar = (type: string, value: Value): Value => {
  if (value === undefined || value === null) return null;
  if (type === 'datetime' || type === 'timestamp') return new Date(value as string).toISOString();
  if (type === 'date') return String(value).slice(0, 10);
  if (type === 'decimal' || type === 'float' || type === 'integer' || type === 'biginteger') return Number(value);
  if (type === 'boolean') return Boolean(value);
  return value;
};

interface Level {
  entry: Record<string, unknown>;
  out: Record<string, Value>;
}

/** What a reviewer signs of each attribute, one level of the entry at a time (domain/schema-visitor.ts). */
const normalizer: SchemaVisitor<Level> = {
  skip: (name) => IGNORED.has(name),
  component: ({ name, attribute, context, descend }, component) => {
    const value = context.entry[name];
    if (!component || value === null || value === undefined) {
      context.out[name] = attribute.repeatable ? [] : null;
      return;
    }
    const normalize = (item: Record<string, unknown>) => {
      const out: Record<string, Value> = {};
      descend(component, { entry: item, out });
      return out;
    };
    context.out[name] = attribute.repeatable ? (value as Record<string, unknown>[]).map(normalize) : normalize(value as Record<string, unknown>);
  },
  dynamiczone: ({ name, context, lookup, descend }) => {
    context.out[name] = ((context.entry[name] as Record<string, unknown>[] | null) ?? []).map((item) => {
      const uid = String(item.__component);
      const component = lookup(uid);
      const out: Record<string, Value> = {};
      if (component) descend(component, { entry: item, out });
      return { __component: uid, ...out };
    });
  },
  relation: ({ name, context }) => {
    const value = context.entry[name];
    context.out[name] = Array.isArray(value) ? value.map(identity) : identity(value);
  },
  media: ({ name, context }) => {
    const value = context.entry[name];
    context.out[name] = Array.isArray(value) ? value.map(mediaIdentity) : mediaIdentity(value);
  },
  other: ({ name, attribute, context }) => {
    context.out[name] = normalizeScalar(attribute.type, context.entry[name]);
  },
};

const normalizeEntry = (entry: Record<string, unknown>, schema: SchemaLike, getComponent: ComponentLookup): Record<string, Value> => {
  const out: Record<string, Value> = {};
  visitSchema(schema, getComponent, normalizer, { entry, out });
  return out;
};

/**
 * sha256 of what a reader sees of an entry: every attribute, components and dynamic zones in order,
 * relations by identity, media files by identity and content; never the entry's ids, timestamps or
 * authorship.
 */
export const hashContent = (entry: Record<string, unknown>, schema: SchemaLike, getComponent: ComponentLookup): string =>
  createHash('sha256').update(canonicalize(normalizeEntry(entry, schema, getComponent))).digest('hex');
