/**
 * Towns of the English-writing countries of Africa and the Caribbean in the world gazetteer
 * (server/src/detection/data/README.md, `world-cities.ts`): a home town after a cue ("back in
 * Nyeri", "from Montego Bay") is a place; the same name as a company's or a shuttle's is not.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'place').map((f) => f.match);

describe('world towns of anglophone Africa and the Caribbean', () => {
  it.each([
    ["We drove from Montego Bay to Kingston for Daddy's scan, 3 hours each way.", 'Montego Bay'],
    ["I'm back in Nyeri with my mum until the cast comes off.", 'Nyeri'],
    ["Mum's funeral will be in Kabale, my brother is arranging everything.", 'Kabale'],
  ])('a home town after a cue: %s', (text, town) => {
    expect(places(text)).toContain(town);
  });
  it.each([
    ["Tororo Cement and Kabale Coffee sponsor the hospital's 5K run this year."],
    ['Book a seat on the Montego Bay shuttle at the front desk.'],
  ])('a town named by no cue about somebody: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
});
