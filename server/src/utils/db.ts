import type { Core, Modules, UID } from '@strapi/strapi';

type Knex = Core.Strapi['db']['connection'];

/**
 * A database row as Strapi's query engine returns it (typed `any` there): a record whose fields
 * the caller checks before using them. Rows are parsed here, at the boundary, not cast per call.
 */
export type Row = Record<string, unknown>;

export const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const toRow = (value: unknown): Row | null => (isRow(value) ? value : null);
const toRows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isRow) : []);

/** A string field of a row; any other value counts as absent. */
export const stringField = (row: Row, key: string): string | undefined => {
  const value = row[key];
  return typeof value === 'string' ? value : undefined;
};

/** The row's locale, null for a type that is not localized. */
export const localeOf = (row: Row): string | null => stringField(row, 'locale') ?? null;

type OrderBy = Record<string, 'asc' | 'desc'> | Array<Record<string, 'asc' | 'desc'>>;

/** What the plugin asks of `strapi.db.query(uid)` reads. */
export interface RowQuery {
  where: Record<string, unknown>;
  select?: string[];
  populate?: string[];
  orderBy?: OrderBy;
  limit?: number;
}

/** `strapi.db.query(uid)` reads for a model known only at run time, returning rows to parse. */
export const rowsOf = (strapi: Core.Strapi, uid: string) => {
  const repository = strapi.db.query(uid);
  return {
    findMany: async (params: RowQuery): Promise<Row[]> => toRows(await repository.findMany(params)),
    findOne: async (params: RowQuery): Promise<Row | null> => toRow(await repository.findOne(params)),
    count: async (params: Pick<RowQuery, 'where'>): Promise<number> => Number(await repository.count(params)),
  };
};

/**
 * The Document Service of a content type known only at run time. Strapi types its parameters
 * per literal uid; the plugin's uids come from the marked types, so they are narrowed here, once.
 */
export const documentsOf = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as UID.ContentType);

/** The draft document of one locale (or of the default locale), populated as `populate` says. */
export const findDraftDocument = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string | null | undefined, populate: Row): Promise<Row | null> =>
  toRow(
    await documentsOf(strapi, uid).findOne({
      documentId,
      status: 'draft',
      ...(locale ? { locale } : {}),
      // Built from the schema at run time (services/entries.ts), so not typed per attribute.
      populate: populate as Modules.Documents.Params.Populate.Any<UID.ContentType>,
    })
  );

/** Unpublishes one locale of a document (`locale` null: the type is not localized). */
export const unpublishDocument = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): Promise<void> => {
  await documentsOf(strapi, uid).unpublish({ documentId, ...(locale ? { locale } : {}) });
};

/** The column behind an attribute (Strapi snake-cases them). */
export const columnOf = (strapi: Core.Strapi, uid: string, attribute: string): string => {
  const attr = strapi.db.metadata.get(uid).attributes[attribute] as { columnName?: string } | undefined;
  return attr?.columnName ?? attribute;
};

/** A knex query on a model's table inside the given transaction, honouring the PostgreSQL schema. */
export const tableIn = (strapi: Core.Strapi, trx: unknown, uid: string): ReturnType<Knex> => tableOf(strapi, trx as Knex, uid);

/** A knex query on a model's table through this knex instance or transaction, honouring the PostgreSQL schema. */
export const tableOf = (strapi: Core.Strapi, knex: Knex, uid: string): ReturnType<Knex> => {
  const schema = strapi.db.getSchemaName();
  const qb = knex(strapi.db.metadata.get(uid).tableName);
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
  params: { where: Record<string, unknown>; select?: string[]; orderBy?: OrderBy }
): Promise<Row[]> => {
  if (!supportsRowLocks(strapi)) return rowsOf(strapi, uid).findMany(params);
  return toRows(await strapi.db.entityManager.createQueryBuilder(uid).init(params).forUpdate().execute<unknown>());
};
