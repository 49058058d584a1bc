/**
 * Session 45's changes to the sentence reader's catch (docs/architecture.md, "The sentence reader"):
 * a clause a hit only partly covers is read for a claim of another kind; the Spanish pack's
 * `bareHealth` words make a sentence the grammar left alone a health claim the reader may report;
 * and the shipped readers report a sentence of a flagged text from 0.5. Readers of constant scores
 * (helpers/constant-reader.ts) test the conditions, whatever trained weights say of a sentence.
 * Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { detectClaims, readerFor, READER_RULE } from '../../../server/src/detection/claims';
import { constantReader } from './helpers/constant-reader';

const readerSpans = (text: string, reader: ReturnType<typeof constantReader>, language = 'en'): string[] =>
  detectClaims(text, { reader }, language)
    .filter((h) => h.rule === READER_RULE)
    .map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);

describe('a clause beside a hit (clauseAdd)', () => {
  // Every sentence and clause read at 0.82 as a cure: the sentence, which holds a cure hit, is not reported whole.
  const reader = constantReader(1.5, { cure: 3 }, { flaggedAdd: 0.9, clauseAdd: 0.7 });

  it('is read when its hits, of another kind, cover less than half of it', () => {
    const text = 'This tea cures asthma, and your lungs stay clear for good after one cup.';
    // The grammar finds the cure, and a permanence and a speed in the second clause.
    expect(detectClaims(text, { reader: null }, 'en').map((h) => h.kind)).toEqual(['cure', 'permanence', 'instant-results']);
    expect(readerSpans(text, reader)).toEqual(['cure: your lungs stay clear for good after one cup']);
  });

  it('not when a hit in it reports the kind the reader names: the hit says it already', () => {
    expect(readerSpans('This tea cures asthma for good, and it heals eczema in your kids too.', reader)).toEqual([]);
  });

  it('not when its hits cover most of it', () => {
    // "last a lifetime" is 15 of the clause's 23 characters.
    const text = 'This tea cures asthma, results last a lifetime.';
    expect(detectClaims(text, { reader: null }, 'en').map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`)).toEqual(['cure: cures', 'permanence: last a lifetime']);
    expect(readerSpans(text, reader)).toEqual([]);
  });
});

describe("the Spanish pack's bareHealth: a sentence the grammar left alone", () => {
  // Every sentence read at 0.99995 as a cure, sentences without candidates included.
  const bare = constantReader(10, { cure: 5 }, { bareAdd: 0.98, language: 'es' });

  it.each([
    'Con el protocolo de la abuela los ovarios vuelven a producir.',
    'Gracias a estas gotas mi hija ya no es alérgica.',
    'Tus glándulas suprarrenales se recuperan con este caldo.',
    'Miles de personas lo usan y ninguna ha tenido efectos secundarios.',
  ])('names a body part or a condition the grammar does not read as a health object: %s', (text) => {
    expect(detectClaims(text, { reader: null }, 'es')).toEqual([]);
    expect(readerSpans(text, bare, 'es')).toEqual([`cure: ${text}`]);
  });

  it.each(['El aceite funciona para todo tipo de piel.', 'Nuestra tienda abre a las nueve los viernes.'])('not the skin, nor a sentence without health words: %s', (text) => {
    expect(readerSpans(text, bare, 'es')).toEqual([]);
  });

  it('the English pack has no such list: its health objects name these already', () => {
    const english = constantReader(10, { cure: 5 }, { bareAdd: 0.98 });
    expect(readerSpans('With the protocol your ovaries start working again.', english)).toEqual(['cure: With the protocol your ovaries start working again.']);
  });
});

describe('the shipped flaggedAdd', () => {
  // A reader that reads every sentence at 0.6 as a vaccine-alternative claim, with the shipped reader's flaggedAdd.
  const at = (language: string) => constantReader(Math.log(0.6 / 0.4), { 'vaccine-alternative': 5 }, { flaggedAdd: readerFor(language)?.file.flaggedAdd, language });

  it.each([
    ['en', 'This tea cures asthma overnight. Your whole family will love the taste.', 'Your whole family will love the taste.'],
    ['es', 'Este té cura el asma en una noche. A toda tu familia le va a encantar el sabor.', 'A toda tu familia le va a encantar el sabor.'],
  ])('%s: a sentence read at 0.6 in a flagged text is reported', (language, text, sentence) => {
    expect(readerSpans(text, at(language), language)).toContain(`vaccine-alternative: ${sentence}`);
  });
});
