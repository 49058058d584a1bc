import type { Core } from '@strapi/strapi';
import { supportsRowLocks, tableOf, type Row } from '../utils/db';
import { prepared } from './prepared';

/**
 * Plain reads of the plugin's own tables, for the publish gate's hot path (docs/architecture.md,
 * "The gate"): one knex statement in the current transaction, rows turned back into attribute
 * names and values here. The Query Engine's `findMany` does the same work through its parameter
 * pipeline, populate machinery and hydration, which costs three to four times as much CPU per
 * read (bench/RESULTS.md, "Gate overhead"). Only for the plugin's tables: they have no
 * relations, components or localization, so a row is the whole record.
 */

type Scalar = string | number | boolean | null;
/** Attribute → value (`null`: IS NULL; an array: IN). */
export type PlainWhere = Record<string, Scalar | readonly Scalar[]>;

export interface PlainSelect {
  where: PlainWhere;
  /** Attributes to read; every column when omitted. */
  select?: readonly string[];
  orderBy?: readonly [attribute: string, direction: 'asc' | 'desc'];
  /**
   * A locking read on PostgreSQL and MySQL (`FOR UPDATE` / `FOR SHARE`), which returns the latest
   * committed rows even in a repeatable-read transaction; SQLite has a single writer and reads plainly.
   */
  lock?: 'update' | 'share';
}

interface AttributeMeta {
  type?: string;
  columnName?: string;
}

/** A column value as the Query Engine would return it for an attribute of this type. */
export const fromColumn = (type: string | undefined, value: unknown): unknown => {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'json':
      return typeof value === 'string' ? JSON.parse(value) : value;
    case 'boolean':
      return typeof value === 'boolean' ? value : String(value) === '1' ? true : String(value) === '0' ? false : null;
    case 'integer':
    case 'float':
    case 'decimal':
    case 'increments':
      return Number(value);
    case 'biginteger':
      return String(value);
    case 'datetime': {
      const date = value instanceof Date ? value : new Date(value as string | number);
      return Number.isNaN(date.getTime()) ? null : date.toISOString();
    }
    default:
      return value;
  }
};

/** A value as the Query Engine would write it to the column of an attribute of this type. */
export const toColumn = (type: string | undefined, value: unknown): unknown => {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'json':
      return JSON.stringify(value);
    case 'datetime':
      return value instanceof Date ? value : new Date(value as string | number);
    default:
      return value;
  }
};

/** Plain reads of one plugin table, and its rows as a plain INSERT writes them (see the module comment). */
const createPlainRows = (strapi: Core.Strapi, uid: string) => {
  const meta = strapi.db.metadata.get(uid);
  const attributes = meta.attributes as Record<string, AttributeMeta>;
  const columnOf = (attribute: string) => attributes[attribute]?.columnName ?? attribute;
  const byColumn = new Map<string, [attribute: string, type: string | undefined]>();
  for (const [attribute, definition] of Object.entries(attributes)) byColumn.set(definition.columnName ?? attribute, [attribute, definition.type]);

  const toRecord = (row: Row): Row => {
    const record: Row = {};
    for (const [column, value] of Object.entries(row)) {
      const known = byColumn.get(column);
      if (known) record[known[0]] = fromColumn(known[1], value);
    }
    return record;
  };

  return {
    /** The table's name, and the column of an attribute: for a joined read written by a repository. */
    tableName: meta.tableName,
    columnOf,
    /** A row of this table's columns (as a joined read returns them) → attribute values. */
    toRecord,
    /** Attribute values → a row of column values for a plain INSERT (unknown attributes are dropped). */
    toColumns: (record: Row): Row => {
      const row: Row = {};
      for (const [attribute, value] of Object.entries(record)) {
        const definition = attributes[attribute];
        if (definition) row[columnOf(attribute)] = toColumn(definition.type, value);
      }
      return row;
    },
    select: async ({ where, select, orderBy, lock }: PlainSelect): Promise<Row[]> => {
      // One prepared shape per kind of where, selection, order and lock (repositories/prepared.ts).
      const locking = lock && supportsRowLocks(strapi) ? lock : null;
      const entries = Object.entries(where);
      const values: Scalar[] = [];
      const kinds = entries.map(([attribute, value]) => {
        if (value === null) return `${attribute}:null`;
        if (Array.isArray(value)) {
          values.push(...(value as Scalar[]));
          return `${attribute}:in${value.length}`;
        }
        values.push(value as Scalar);
        return `${attribute}:eq`;
      });
      const key = `plain-select|${uid}|${kinds.join(',')}|${select?.join(',') ?? '*'}|${orderBy?.join(' ') ?? ''}|${locking ?? ''}`;
      // Nested in the caller's transaction when there is one (the gate's), so locks and reads see its writes.
      const { rows } = await strapi.db.transaction(({ trx }) =>
        prepared(strapi).run(trx, key, (knex, param) => {
          let query = tableOf(strapi, knex, uid);
          let next = 0;
          for (const [attribute, value] of entries) {
            const column = columnOf(attribute);
            if (value === null) query = query.whereNull(column);
            else if (Array.isArray(value)) query = query.whereIn(column, value.map(() => param(next++)));
            else query = query.where(column, param(next++));
          }
          if (orderBy) query = query.orderBy(columnOf(orderBy[0]), orderBy[1]);
          if (locking) query = locking === 'update' ? query.forUpdate() : query.forShare();
          return query.select(select ? select.map(columnOf) : '*');
        }, values)
      );
      return rows.map((row) => toRecord(row));
    },
  };
};

type PlainRows = ReturnType<typeof createPlainRows>;
const cache = new WeakMap<Core.Strapi, Map<string, PlainRows>>();

/** `createPlainRows`, once per model: the column maps are built from the metadata at first use. */
export const plainRows = (strapi: Core.Strapi, uid: string): PlainRows => {
  const models = cache.get(strapi) ?? new Map<string, PlainRows>();
  cache.set(strapi, models);
  const existing = models.get(uid);
  if (existing) return existing;
  const created = createPlainRows(strapi, uid);
  models.set(uid, created);
  return created;
};
