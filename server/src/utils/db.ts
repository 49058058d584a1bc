import type { Core } from '@strapi/strapi';

type Knex = Core.Strapi['db']['connection'];

/** The column behind an attribute (Strapi snake-cases them). */
export const columnOf = (strapi: Core.Strapi, uid: string, attribute: string): string => {
  const attr = strapi.db.metadata.get(uid).attributes[attribute] as { columnName?: string } | undefined;
  return attr?.columnName ?? attribute;
};

/** A knex query on a model's table inside the given transaction, honouring the PostgreSQL schema. */
export const tableIn = (strapi: Core.Strapi, trx: unknown, uid: string): ReturnType<Knex> => {
  const schema = strapi.db.getSchemaName();
  const qb = (trx as Knex)(strapi.db.metadata.get(uid).tableName);
  return (schema ? qb.withSchema(schema) : qb) as ReturnType<Knex>;
};

/** SQLite has a single writer, so row locks are neither needed nor supported. */
export const supportsRowLocks = (strapi: Core.Strapi) => strapi.db.dialect.client !== 'sqlite';

/**
 * `findMany` as a locking read (`SELECT … FOR UPDATE`) on PostgreSQL and MySQL: it waits for
 * concurrent writers of those rows and returns the latest committed versions, even inside a MySQL
 * repeatable-read transaction whose snapshot was taken before (a Content Manager publish reads
 * before the gate runs). SQLite has a single writer, so a plain read is enough there.
 */
export const findLocked = async (
  strapi: Core.Strapi,
  uid: string,
  params: { where: Record<string, unknown>; select?: string[]; orderBy?: Record<string, 'asc' | 'desc'> | Array<Record<string, 'asc' | 'desc'>> }
): Promise<Array<Record<string, unknown>>> => {
  if (!supportsRowLocks(strapi)) return strapi.db.query(uid as never).findMany(params as never);
  return strapi.db.entityManager.createQueryBuilder(uid).init(params).forUpdate().execute<Array<Record<string, unknown>>>();
};
