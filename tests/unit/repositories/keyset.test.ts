import { keysetPages, nextKeysetPage, type KeysetSource } from '../../../server/src/repositories/keyset';

/** An in-memory table whose rows are their keys, counting the queries asked of it. */
const table = (keys: number[]) => {
  const asked: Array<[number, number]> = [];
  const source: KeysetSource<{ id: number }> = {
    after: async (after, limit) => {
      asked.push([after, limit]);
      return keys
        .filter((key) => key > after)
        .slice(0, limit)
        .map((id) => ({ id }));
    },
    key: (row) => row.id,
  };
  return { source, asked };
};

describe('keyset pager', () => {
  it('pages one source in key order, stopping at the first short page', async () => {
    const { source, asked } = table([2, 3, 5, 8, 13]);
    const pages: number[][] = [];
    for await (const page of keysetPages(source, 2)) pages.push(page.map((row) => row.id));
    expect(pages).toEqual([[2, 3], [5, 8], [13]]);
    expect(asked).toEqual([
      [0, 2],
      [3, 2],
      [8, 2],
    ]);
  });

  it('asks once more after a full last page, and yields no empty page', async () => {
    const { source, asked } = table([1, 2, 3, 4]);
    const pages: number[][] = [];
    for await (const page of keysetPages(source, 2)) pages.push(page.map((row) => row.id));
    expect(pages).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(asked).toHaveLength(3);
  });

  it('pages across sources in name order and resumes from a stored cursor', async () => {
    const tables: Record<string, ReturnType<typeof table>> = { 'api::a.a': table([1, 4, 6]), 'api::b.b': table([2, 3]), 'api::c.c': table([]) };
    const names = Object.keys(tables);
    const sourceOf = (name: string) => tables[name].source;
    const first = await nextKeysetPage(names, sourceOf, null, 4);
    expect(first.map(({ source, key }) => `${source}#${key}`)).toEqual(['api::a.a#1', 'api::a.a#4', 'api::a.a#6', 'api::b.b#2']);
    // The second source was asked only for what the page still had room for.
    expect(tables['api::b.b'].asked).toEqual([[0, 1]]);
    const last = first[first.length - 1];
    const second = await nextKeysetPage(names, sourceOf, { source: last.source, key: last.key }, 4);
    expect(second.map(({ source, key }) => `${source}#${key}`)).toEqual(['api::b.b#3']);
    // The first source is behind the cursor and not asked again.
    expect(tables['api::a.a'].asked).toHaveLength(1);
    expect(await nextKeysetPage(names, sourceOf, { source: 'api::c.c', key: 0 }, 4)).toEqual([]);
  });

  it('skips a cursor source that is no longer listed and goes on with the ones after it', async () => {
    const tables: Record<string, ReturnType<typeof table>> = { 'api::a.a': table([1]), 'api::c.c': table([7]) };
    const page = await nextKeysetPage(Object.keys(tables), (name) => tables[name].source, { source: 'api::b.b', key: 9 }, 10);
    expect(page.map(({ source, key }) => `${source}#${key}`)).toEqual(['api::c.c#7']);
    expect(tables['api::c.c'].asked).toEqual([[0, 10]]);
  });
});
