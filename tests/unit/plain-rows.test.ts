import { fromColumn, toColumn } from '../../server/src/repositories/plain-rows';

describe('plain rows: column values as the Query Engine gives and takes them', () => {
  it('parses JSON written as text (SQLite, MySQL) and passes parsed JSON through (PostgreSQL)', () => {
    expect(fromColumn('json', '{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(fromColumn('json', { a: 1 })).toEqual({ a: 1 });
    expect(toColumn('json', { a: [1, 2] })).toBe('{"a":[1,2]}');
  });

  it('reads booleans stored as 0/1 and keeps unknown values out', () => {
    expect(fromColumn('boolean', 1)).toBe(true);
    expect(fromColumn('boolean', 0)).toBe(false);
    expect(fromColumn('boolean', true)).toBe(true);
    expect(fromColumn('boolean', 'maybe')).toBeNull();
  });

  it('reads datetimes stored as epoch milliseconds, text or Date as ISO strings, and writes Dates', () => {
    const iso = '2026-03-14T09:26:53.589Z';
    expect(fromColumn('datetime', Date.parse(iso))).toBe(iso);
    expect(fromColumn('datetime', iso)).toBe(iso);
    expect(fromColumn('datetime', new Date(iso))).toBe(iso);
    expect(fromColumn('datetime', 'not a date')).toBeNull();
    expect(toColumn('datetime', iso)).toEqual(new Date(iso));
  });

  it('numbers, big integers and nulls', () => {
    expect(fromColumn('integer', '42')).toBe(42);
    expect(fromColumn('biginteger', 9007199254740993n)).toBe('9007199254740993');
    expect(fromColumn('string', null)).toBeNull();
    expect(toColumn('json', undefined)).toBeNull();
    expect(fromColumn('string', 'as is')).toBe('as is');
  });
});
