/**
 * The sentence reader's bare sentences (docs/architecture.md, "The sentence reader"): a sentence
 * the grammar found nothing in, read as a claim at the reader's bareAdd, is reported when it or,
 * failing that, another sentence of its text names a health object, a proven treatment or a word
 * of the pack's bareHealth. The same sentence in a text about anything else, or alone, stays
 * clear. Every text here is written for these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe.each([
  ['es', 'Tuve una lesión de rodilla durante años. Resultados desde la primera ceremonia.', 'Resultados desde la primera ceremonia.', 'instant-results'],
  ['es', 'Mi hijo tiene asma. Un milagro de la naturaleza, de verdad.', 'Un milagro de la naturaleza, de verdad.', 'miracle'],
  ['en', 'My son has asthma. Results from the very first ceremony.', 'Results from the very first ceremony.', 'instant-results'],
])('%s: a bare claim whose health word is in another sentence', (language, text, alone, kind) => {
  it(`is reported: ${text}`, () => {
    expect(kinds(text, language)).toContain(kind);
  });

  it(`stays clear alone: ${alone}`, () => {
    expect(kinds(alone, language)).toEqual([]);
  });
});

describe('a bare claim-like sentence in a text without a health word stays clear', () => {
  it.each([
    ['es', 'Nos encanta el lago en verano. Un milagro de la naturaleza, de verdad.'],
    ['en', 'Our family loves the lake. Results from the very first ceremony.'],
  ])('%s: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
