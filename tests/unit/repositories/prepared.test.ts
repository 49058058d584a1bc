import knexFactory, { type Knex } from 'knex';
import type { Core } from '@strapi/strapi';
import { prepared } from '../../../server/src/repositories/prepared';

/**
 * The prepared-statement runner on a real SQLite database (better-sqlite3 through knex), with the
 * few parts of Strapi it reads: the dialect, the knex connection and the transaction wrapper.
 */
const setup = async () => {
  const knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  await knex.schema.createTable('items', (table) => {
    table.increments('id');
    table.string('name');
    table.boolean('active');
    table.bigInteger('seen_at');
  });
  const strapi = {
    db: {
      dialect: { client: 'sqlite' },
      connection: knex,
      transaction: <T>(run: (params: { trx: Knex.Transaction }) => Promise<T>) => knex.transaction((trx) => run({ trx })),
    },
  } as unknown as Core.Strapi;
  // Count what SQLite is asked to prepare on the connection the transactions use.
  const connection = (await knex.client.acquireConnection()) as { prepare: (sql: string) => unknown };
  await knex.client.releaseConnection(connection);
  const prepare = connection.prepare.bind(connection);
  const preparedTexts: string[] = [];
  connection.prepare = (sql: string) => {
    preparedTexts.push(sql);
    return prepare(sql);
  };
  return { knex, strapi, preparedTexts };
};

describe('prepared statements (SQLite)', () => {
  let context: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    context = await setup();
  });
  afterEach(async () => {
    await context.knex.destroy();
  });

  const insert = (trx: unknown, values: unknown[]) =>
    prepared(context.strapi).run(trx, 'items-insert', (knex, param) => knex('items').insert({ name: param(0), active: param(1), seen_at: param(2) }), values);
  const byName = (trx: unknown, name: string) =>
    prepared(context.strapi).run(trx, 'items-by-name', (knex, param) => knex('items').where('name', param(0)).orderBy('id', 'desc').limit(5).select('*'), [name]);

  it('binds each call’s values where the shape put its parameters, turning dates and booleans into numbers as knex does', async () => {
    const seen = new Date('2026-12-02T10:00:00Z');
    await context.knex.transaction(async (trx) => {
      const first = await insert(trx, ['Ada', true, seen]);
      const second = await insert(trx, ['Grace', false, null]);
      expect(first).toMatchObject({ changes: 1, insertId: 1 });
      expect(second).toMatchObject({ changes: 1, insertId: 2 });
      const found = await byName(trx, 'Ada');
      expect(found.rows).toEqual([{ id: 1, name: 'Ada', active: 1, seen_at: seen.valueOf() }]);
      // The limit is a constant of the shape, not a value of the call.
      expect((await byName(trx, 'nobody')).rows).toEqual([]);
    });
    expect(await context.knex('items').orderBy('id').select('name', 'active')).toEqual([
      { name: 'Ada', active: 1 },
      { name: 'Grace', active: 0 },
    ]);
  });

  it('prepares each shape once per connection, however often it runs', async () => {
    await context.knex.transaction(async (trx) => {
      for (let index = 0; index < 5; index += 1) await insert(trx, [`n${index}`, true, null]);
      for (let index = 0; index < 3; index += 1) await byName(trx, `n${index}`);
    });
    const ours = context.preparedTexts.filter((sql) => sql.includes('`items`'));
    expect(ours.filter((sql) => sql.startsWith('insert'))).toHaveLength(1);
    expect(ours.filter((sql) => sql.startsWith('select'))).toHaveLength(1);
  });

  it('runs in a transaction of its own without one, and its writes roll back with the caller’s', async () => {
    await insert(undefined, ['alone', true, null]);
    await expect(
      context.knex.transaction(async (trx) => {
        await insert(trx, ['rolled back', true, null]);
        throw new Error('abort');
      })
    ).rejects.toThrow('abort');
    expect(await context.knex('items').pluck('name')).toEqual(['alone']);
  });

  it('reports how many rows an update changed', async () => {
    await context.knex('items').insert([{ name: 'a', active: true }, { name: 'b', active: true }, { name: 'c', active: false }]);
    const update = (trx: unknown, active: boolean) =>
      prepared(context.strapi).run(trx, 'items-deactivate', (knex, param) => knex('items').where('active', param(0)).update({ active: param(1) }), [active, !active]);
    await context.knex.transaction(async (trx) => {
      expect((await update(trx, true)).changes).toBe(2);
      expect((await update(trx, true)).changes).toBe(0);
    });
  });

  it('submits a statement as run would run it: on SQLite the pending result is already settled, errors included', async () => {
    await context.knex.transaction(async (trx) => {
      await insert(trx, ['Ada', true, null]);
      const submitted = await prepared(context.strapi).submit(trx, 'items-by-name', (knex, param) => knex('items').where('name', param(0)).orderBy('id', 'desc').limit(5).select('*'), ['Ada']);
      expect((await submitted.result).rows).toEqual([{ id: 1, name: 'Ada', active: 1, seen_at: null }]);
      const failing = prepared(context.strapi).submit(trx, 'items-broken-submit', (knex, param) => knex('no_such_table').where('id', param(0)).select('*'), [1]);
      await expect(failing).rejects.toThrow(/no such table/);
    });
  });

  it('passes a database error on', async () => {
    const broken = prepared(context.strapi).run(undefined, 'items-broken', (knex, param) => knex('no_such_table').where('id', param(0)).select('*'), [1]);
    await expect(broken).rejects.toThrow(/no such table/);
  });
});
