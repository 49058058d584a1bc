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
