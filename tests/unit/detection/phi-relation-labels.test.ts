/**
 * English relatives: a relation that is also a given name ("Son") still labels a name after a colon
 * or in parentheses ("Son (Minh) visits daily", "Son: Minh"), and the relation words of Irish,
 * Northern English, Zulu, Māori and Tamil households (mam, mammy, gogo, koro, kuia, amma, appa).
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const relatives = (text: string): string[] =>
  scanPhiText(text, { language: 'en', textGate: false })
    .filter((f) => f.kind === 'relative-name')
    .map((f) => f.match);

describe('English relatives: labels and household words', () => {
  it.each([
    ['Bed 7, low sodium diet. Son (Minh) brings lunch on Sundays.', 'Minh'],
    ['Next of kin. Son: Tuan, prefers texts.', 'Tuan'],
    ['Emergency contact is my mam, Siobhan, on the landline.', 'Siobhan'],
    ['My gogo Nomsa still walks to the clinic every month.', 'Nomsa'],
    ['Koro (Wiremu) has been doing the night feeds.', 'Wiremu'],
  ])('%s', (text, name) => {
    expect(relatives(text)).toContain(name);
  });
  it.each(['Son Lee Park sang at the hospital gala.', 'The choir of St Anne sang Amma Mia at the fete.'])('no relative: %s', (text) => {
    expect(relatives(text)).toEqual([]);
  });
});
