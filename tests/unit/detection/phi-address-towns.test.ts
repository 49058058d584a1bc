/**
 * The town that closes an address (server/src/detection/phi/places.ts, findAddressTowns), also
 * after an abbreviation's period: "607 Maple Terr., Kearney". A state after the address stays a
 * state. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'place').map((f) => f.match);

describe('the town after an address', () => {
  it.each([
    ['Cards for Grandma can go to 44 Birchwood Terr., Ogden, she is home after the hip surgery.', 'Ogden'],
    ['My dad is recovering at 1210 Orchard Ave., Kearney, and would love visitors.', 'Kearney'],
  ])('%s', (text, town) => {
    expect(places(text)).toContain(town);
  });
  it('a state after the address is no town', () => {
    expect(places('My dad is recovering at 1210 Orchard Ave., Nebraska, and would love visitors.')).toEqual([]);
  });
});
