/**
 * An age opening a parenthesis after a relative's full name ("my grandfather Elias Romero (92,
 * dementia)"): the capitalised words right after a relation are the person the parenthesis
 * describes (server/src/detection/phi/ages.ts, parentheticalAge). A staff member's or a product's
 * name is not. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const ages = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'age-over-89').map((f) => f.match);

describe('a parenthetical age after a relative named in full', () => {
  it.each([
    ['URGENT: my grandmother Pearl Okafor (93, dementia) left the house on foot this morning.', '93'],
    ['my stepdad Lyle Kowalczyk (90, stroke last spring) needs a ride Tuesday', '90'],
  ])('%s', (text, expected) => {
    expect(ages(text)).toEqual([expected]);
  });
  it.each([
    'Order more Kendall Curity Gauze (91, sterile) before Friday.',
    'Restock the Advil Liqui Gels (91, 20 ct) on the second shelf.',
  ])('no age: %s', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
