/**
 * Postcodes of the UK, Canada and Australia after the town, which they make a place too
 * (server/src/detection/phi/shapes.ts, findForeignPostcodes); a post-office box's is an
 * organisation's. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] =>
  scanPhiText(text, { language: 'en' })
    .filter((f) => f.kind === 'zip-code' || f.kind === 'place')
    .map((f) => `${f.kind}: ${f.match}`);

describe('postcodes of the UK, Canada and Australia', () => {
  it.each([
    ['Please send Nan\u2019s repeat prescription to 3 Tudor Close, Llanelli SA15 3JT.', ['place: Llanelli', 'zip-code: SA15 3JT']],
    ['My dad\u2019s new flat is 7/14 Ocean St, Bondi NSW 2026, near the surf club.', ['place: Bondi', 'zip-code: 2026']],
    ['Mom moved in with my brother at 22 Birch Cres, Moncton NB E1C 4K3.', ['place: Moncton', 'zip-code: E1C 4K3']],
  ])('found: %s', (text, expected) => {
    expect(found(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each([
    'Claims go to Services Australia, PO Box 7788, Canberra BC ACT 2610.',
    'The new XR2 5TB drive ships in the model A1 kit.',
  ])('none: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
