import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { isRow, type Row } from '../utils/db';

type Knex = Core.Strapi['db']['connection'];
type QueryBuilder = ReturnType<Knex>;

/**
 * Statements the publish gate runs on every publish, compiled once per shape and run on the
 * transaction's own connection (docs/architecture.md, "Prepared statements"):
 *
 * - knex builds the SQL of a shape once, with placeholders where the values go; later calls only
 *   bind values (knex compiling a query costs more CPU than SQLite running it);
 * - SQLite (better-sqlite3) keeps one prepared statement per SQL text and connection, so a
 *   statement is parsed and planned once, not on every publish;
 * - PostgreSQL runs it as a named prepared statement, which the server also plans once per connection;
 * - MySQL runs the compiled SQL through knex.
 *
 * A shape is fully parameterised: every value of the query is a placeholder from `param`, so two
 * calls with the same key always compile to the same SQL.
 */

/** What a statement gave back: its rows (a read, or a write with RETURNING), the rows it changed, the id it inserted. */
export interface PreparedResult {
  rows: Row[];
  changes: number;
  insertId?: number;
}

/** Builds the query of a shape (a query builder, or `knex.raw` for SQL knex cannot build); `param(i)` stands for `values[i]` of each call. */
export type ShapeBuilder = (knex: Knex, param: (index: number) => string) => QueryBuilder | ReturnType<Knex['raw']>;

type Binding = { index: number } | { constant: unknown };
interface Shape {
  sql: string;
  /** PostgreSQL's `$1` form of `sql`. */
  native: string;
  bindings: Binding[];
  name: string;
}

interface SqliteStatement {
  reader: boolean;
  all(...values: unknown[]): unknown[];
  run(...values: unknown[]): { changes: number; lastInsertRowid: number | bigint };
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}
interface PgConnection {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[]; rowCount: number | null }>;
}
interface TransactionClient {
  client: { acquireConnection(): Promise<unknown> };
}

const MARK = '\u0000compliance-param-';
const PARAM = (index: number) => `${MARK}${index}\u0000`;
const indexOf = (binding: unknown): number | undefined => {
  if (typeof binding !== 'string' || !binding.startsWith(MARK)) return undefined;
  return Number(binding.slice(MARK.length, -1));
};

/** better-sqlite3 binds numbers, strings, buffers and null: knex turns dates and booleans into numbers the same way. */
const sqliteValue = (value: unknown): unknown => (value instanceof Date ? value.valueOf() : typeof value === 'boolean' ? Number(value) : value === undefined ? null : value);

const createPrepared = (strapi: Core.Strapi) => {
  const client = strapi.db.dialect.client;
  const shapes = new Map<string, Shape>();
  const statements = new WeakMap<object, Map<string, SqliteStatement>>();

  const shapeOf = (key: string, build: ShapeBuilder): Shape => {
    const existing = shapes.get(key);
    if (existing) return existing;
    const compiled = build(strapi.db.connection, PARAM).toSQL();
    const native = compiled.toNative();
    const bindings: Binding[] = (compiled.bindings as unknown[]).map((binding) => {
      const index = indexOf(binding);
      return index === undefined ? { constant: binding } : { index };
    });
    const shape: Shape = { sql: compiled.sql, native: native.sql, bindings, name: `compliance_${createHash('sha1').update(native.sql).digest('hex').slice(0, 20)}` };
    shapes.set(key, shape);
    return shape;
  };

  const sqliteStatement = (connection: SqliteConnection, sql: string): SqliteStatement => {
    let byText = statements.get(connection);
    if (!byText) {
      byText = new Map();
      statements.set(connection, byText);
    }
    let statement = byText.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      byText.set(sql, statement);
    }
    return statement;
  };

  /**
   * PostgreSQL: queues the named statement on the transaction's connection; pg's query() queues it
   * synchronously, so it resolves once the statement is queued, with its pending result.
   */
  const queuePg = async (trx: unknown, shape: Shape, bound: readonly unknown[]): Promise<{ result: Promise<PreparedResult> }> => {
    const connection = (await (trx as TransactionClient).client.acquireConnection()) as PgConnection;
    const result = connection
      .query({ name: shape.name, text: shape.native, values: bound.map((value) => (value === undefined ? null : value)) })
      .then((answer) => ({ rows: answer.rows.filter(isRow), changes: Number(answer.rowCount ?? 0) }));
    // The caller awaits it later (after queuing more work): a failure is not an unhandled rejection meanwhile.
    result.catch(() => undefined);
    return { result };
  };

  const bind = (shape: Shape, values: readonly unknown[]) => shape.bindings.map((binding) => ('index' in binding ? values[binding.index] : binding.constant));

  const runIn = async (trx: unknown, shape: Shape, values: readonly unknown[]): Promise<PreparedResult> => {
    const bound = bind(shape, values);
    if (client === 'sqlite') {
      const connection = (await (trx as TransactionClient).client.acquireConnection()) as SqliteConnection;
      const statement = sqliteStatement(connection, shape.sql);
      const args = bound.map(sqliteValue);
      if (statement.reader) {
        const rows = statement.all(...args).filter(isRow);
        return { rows, changes: rows.length };
      }
      const info = statement.run(...args);
      return { rows: [], changes: info.changes, insertId: Number(info.lastInsertRowid) };
    }
    if (client === 'postgres') return (await queuePg(trx, shape, bound)).result;
    // MySQL: knex's raw query answers [rows or an OK packet, fields].
    const response: unknown = await (trx as Knex).raw(shape.sql, bound as Parameters<Knex['raw']>[1]);
    const first: unknown = Array.isArray(response) ? response[0] : response;
    if (Array.isArray(first)) return { rows: first.filter(isRow), changes: first.length };
    const packet = isRow(first) ? first : {};
    return { rows: [], changes: Number(packet.affectedRows ?? 0), insertId: packet.insertId === undefined ? undefined : Number(packet.insertId) };
  };

  return {
    /**
     * Puts the statement of shape `key` on `trx`'s connection and resolves once it is queued there,
     * before its rows come back (`result`). On PostgreSQL the connection runs its statements in the
     * order they were queued, so whatever the caller queues next runs after this one (and waits
     * for the row locks it takes); meanwhile the caller's JavaScript runs while the server
     * executes it (docs/architecture.md, "The gate"). Elsewhere it resolves once the statement ran.
     */
    submit: async (trx: unknown, key: string, build: ShapeBuilder, values: readonly unknown[]): Promise<{ result: Promise<PreparedResult> }> => {
      const shape = shapeOf(key, build);
      if (client === 'postgres') return queuePg(trx, shape, bind(shape, values));
      return { result: Promise.resolve(await runIn(trx, shape, values)) };
    },
    /**
     * Runs the statement of shape `key` (built by `build` the first time) with these values, in
     * `trx` (Strapi's current transaction) or, without one, in a transaction of its own.
     */
    run: async (trx: unknown, key: string, build: ShapeBuilder, values: readonly unknown[]): Promise<PreparedResult> => {
      const shape = shapeOf(key, build);
      if (trx) return runIn(trx, shape, values);
      return strapi.db.transaction(({ trx: own }) => runIn(own, shape, values));
    },
  };
};

type Prepared = ReturnType<typeof createPrepared>;
const byStrapi = new WeakMap<Core.Strapi, Prepared>();

/** The prepared statements of this Strapi instance (shapes are per database client). */
export const prepared = (strapi: Core.Strapi): Prepared => {
  let existing = byStrapi.get(strapi);
  if (!existing) {
    existing = createPrepared(strapi);
    byStrapi.set(strapi, existing);
  }
  return existing;
};
