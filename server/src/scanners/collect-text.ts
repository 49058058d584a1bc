/**
 * Pulls every piece of human-readable text out of an entry, following its schema through
 * components and dynamic zones, so the scanners see exactly what would be published.
 */
import type { ComponentLookup, FieldPath, SchemaLike, TextSegment } from './types';
import { visitSchema, type Field, type SchemaVisitor } from '../domain/schema-visitor';

/** Attribute types whose value is a plain string worth scanning. */
const STRING_TYPES = new Set(['string', 'text', 'richtext', 'email']);

/** Components can nest; real schemas stay shallow, this only stops pathological data. */
const MAX_DEPTH = 32;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function collectText(
  entry: Record<string, unknown>,
  schema: SchemaLike,
  getComponent: ComponentLookup,
  basePath: string[] = []
): TextSegment[] {
  const out: TextSegment[] = [];
  visitSchema(schema, getComponent, textCollector(out), { entry, path: basePath }, MAX_DEPTH);
  return out;
}

interface Level {
  entry: Json;
  path: FieldPath;
}

/** The schema walk itself is domain/schema-visitor.ts; this says what each kind of attribute gives. */
function textCollector(out: TextSegment[]): SchemaVisitor<Level> {
  /** The attribute's value and path; null for an absent value, which holds no text. */
  const read = ({ name, context }: Field<Level>) => {
    const value = context.entry[name];
    return value === null || value === undefined ? null : { value, path: [...context.path, name] };
  };
  return {
    other: (field) => {
      const found = read(field);
      if (!found) return;
      if (STRING_TYPES.has(field.attribute.type)) {
        if (typeof found.value === 'string' && found.value.length > 0) out.push({ path: found.path, text: found.value });
      } else if (field.attribute.type === 'blocks') {
        collectBlocks(found.value, found.path, out);
      }
      // Other types (numbers, dates, enumerations, booleans, uids, json) carry no free text an
      // editor writes for readers, so they are not scanned; neither are relations.
    },
    component: (field, componentSchema) => {
      const found = read(field);
      if (!found || !componentSchema) return;
      const { value, path } = found;
      // Repeatable components arrive as arrays; tolerate either shape whatever `repeatable` says.
      if (Array.isArray(value)) {
        value.forEach((item, i) => {
          if (isObject(item)) field.descend(componentSchema, { entry: item, path: [...path, String(i)] });
        });
      } else if (isObject(value)) {
        field.descend(componentSchema, { entry: value, path });
      }
    },
    dynamiczone: (field) => {
      const found = read(field);
      if (!found || !Array.isArray(found.value)) return;
      const { value, path } = found;
      value.forEach((item, i) => {
        if (!isObject(item) || typeof item.__component !== 'string') return;
        const componentSchema = field.lookup(item.__component);
        if (componentSchema) field.descend(componentSchema, { entry: item, path: [...path, String(i)] });
      });
    },
    media: (field) => {
      const found = read(field);
      if (found) collectMediaText(found.value, found.path, out);
    },
  };
}

/** A media file's alternative text and caption are published with it (and edited in the Media Library). */
function collectMediaText(value: unknown, path: FieldPath, out: TextSegment[]): void {
  for (const file of Array.isArray(value) ? value : [value]) {
    if (!isObject(file)) continue;
    for (const key of ['alternativeText', 'caption'] as const) {
      const text = file[key];
      if (typeof text === 'string' && text.length > 0) out.push({ path, text });
    }
  }
}

/**
 * Strapi "blocks" rich text: an array of block nodes whose leaves are `{ type: 'text', text }`.
 * Each top-level block becomes one segment (its inline leaves joined, list items on their own
 * lines) with the field's path, so a finding still points at a field the edit view knows.
 * Link URLs and image alt text/captions are separate segments: they are published text too.
 */
function collectBlocks(value: unknown, path: FieldPath, out: TextSegment[]): void {
  if (!Array.isArray(value)) return;
  for (const block of value) {
    if (!isObject(block)) continue;
    const parts: string[] = [];
    const extras: string[] = [];
    gatherInline(block, parts, extras, 0);
    const text = parts.join('').trim();
    if (text.length > 0) out.push({ path, text });
    for (const extra of extras) out.push({ path, text: extra });
  }
}

function gatherInline(node: Json, parts: string[], extras: string[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (node.type === 'text' && typeof node.text === 'string') {
    parts.push(node.text);
    return;
  }
  if (typeof node.url === 'string' && node.url.length > 0) extras.push(node.url);
  if (node.type === 'image' && isObject(node.image)) {
    for (const key of ['alternativeText', 'caption'] as const) {
      const v = node.image[key];
      if (typeof v === 'string' && v.length > 0) extras.push(v);
    }
  }
  const children = node.children;
  if (!Array.isArray(children)) return;
  for (const child of children) {
    if (!isObject(child)) continue;
    // Block-level children (list items, nested lists) read as separate lines.
    const blockLevel = child.type === 'list-item' || child.type === 'list';
    if (blockLevel && parts.length > 0) parts.push('\n');
    gatherInline(child, parts, extras, depth + 1);
  }
}

/** Test and rule helper: one segment per string, path ['0'], ['1'], ... unless a field is given. */
export function segmentsFromStrings(texts: readonly string[], field?: string): TextSegment[] {
  return texts.map((text, i) => ({ path: field === undefined ? [String(i)] : [field, String(i)], text }));
}
