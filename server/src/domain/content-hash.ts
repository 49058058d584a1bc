import { createHash } from 'node:crypto';
import { canonicalize } from './jcs';
import type { ComponentLookup, SchemaLike } from '../scanners/types';

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

const normalizeEntry = (entry: Record<string, unknown>, schema: SchemaLike, getComponent: ComponentLookup): Record<string, Value> => {
  const out: Record<string, Value> = {};
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (IGNORED.has(name)) continue;
    const value = entry[name];
    switch (attribute.type) {
      case 'component': {
        const component = attribute.component ? getComponent(attribute.component) : undefined;
        if (!component || value === null || value === undefined) {
          out[name] = attribute.repeatable ? [] : null;
        } else if (attribute.repeatable) {
          out[name] = (value as Record<string, unknown>[]).map((item) => normalizeEntry(item, component, getComponent));
        } else {
          out[name] = normalizeEntry(value as Record<string, unknown>, component, getComponent);
        }
        break;
      }
      case 'dynamiczone':
        out[name] = ((value as Record<string, unknown>[] | null) ?? []).map((item) => {
          const uid = String(item.__component);
          const component = getComponent(uid);
          return { __component: uid, ...(component ? normalizeEntry(item, component, getComponent) : {}) };
        });
        break;
      case 'relation':
        out[name] = Array.isArray(value) ? value.map(identity) : identity(value);
        break;
      case 'media':
        out[name] = Array.isArray(value) ? value.map(mediaIdentity) : mediaIdentity(value);
        break;
      default:
        out[name] = normalizeScalar(attribute.type, value);
    }
  }
  return out;
};

/**
 * sha256 of what a reader sees of an entry: every attribute, components and dynamic zones in order,
 * relations by identity, media files by identity and content; never the entry's ids, timestamps or
 * authorship.
 */
export const hashContent = (entry: Record<string, unknown>, schema: SchemaLike, getComponent: ComponentLookup): string =>
  createHash('sha256').update(canonicalize(normalizeEntry(entry, schema, getComponent))).digest('hex');
