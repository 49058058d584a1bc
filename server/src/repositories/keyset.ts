/**
 * The one keyset pager (docs/architecture.md#keyset-paging): rows are read in the order of a
 * numeric key that only grows (an audit event's `seq`, a draft row's `id`), a page at a time,
 * each page asking for the rows after the last key seen. Unlike an offset, the cursor stays right
 * while rows are added, and every page costs the same however deep it is.
 */

/** A table (or a filtered view of one) read in key order. */
export interface KeysetSource<T> {
  /** Rows whose key is greater than `after`, in key order, at most `limit` of them. */
  after: (after: number, limit: number) => Promise<T[]>;
  /** The key of a row. */
  key: (row: T) => number;
}

/** Where a paging across several sources stopped: the source, and the last key read in it. */
export interface KeysetCursor {
  source: string;
  key: number;
}

export interface KeysetItem<T> {
  source: string;
  key: number;
  row: T;
}

/**
 * The next page of at most `size` rows after `cursor` (null: from the start) across several
 * sources, read one after another in ascending order of their names (which `sources` must be in); an empty page when all are read. A cursor
 * can be stored between pages (the status re-evaluation job resumes from it after a restart).
 */
export const nextKeysetPage = async <T>(
  sources: readonly string[],
  sourceOf: (name: string) => KeysetSource<T>,
  cursor: KeysetCursor | null,
  size: number
): Promise<Array<KeysetItem<T>>> => {
  const page: Array<KeysetItem<T>> = [];
  for (const name of sources) {
    if (cursor && name < cursor.source) continue;
    const source = sourceOf(name);
    const found = await source.after(cursor && name === cursor.source ? cursor.key : 0, size - page.length);
    page.push(...found.map((row) => ({ source: name, key: source.key(row), row })));
    if (page.length >= size) break;
  }
  return page;
};

/**
 * Every row of one source, a page of `size` at a time, so memory stays flat however many there
 * are; a page shorter than `size` is the last. The rows are yielded as the source gives them (the
 * audit export streams hundreds of thousands).
 */
export async function* keysetPages<T>(source: KeysetSource<T>, size: number): AsyncGenerator<T[]> {
  let after = 0;
  for (;;) {
    const rows = await source.after(after, size);
    if (rows.length) yield rows;
    if (rows.length < size) return;
    after = source.key(rows[rows.length - 1]);
  }
}
