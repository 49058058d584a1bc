/**
 * The Spanish pack's `bareHealth` names what an addiction is to and who has one, and the body's
 * weight and shape, as the English health objects name "addiction", "withdrawal", "weight" and
 * "belly fat" (docs/architecture.md, "The sentence reader"): a sentence the grammar left alone
 * that names them is a health claim the reader may report. A reader of constant scores
 * (helpers/constant-reader.ts) tests the condition, whatever trained weights say of a sentence.
 * Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { detectClaims, READER_RULE } from '../../../server/src/detection/claims';
import { constantReader } from './helpers/constant-reader';

// Every sentence read at 0.99995 as a permanence claim, sentences without candidates included.
const bare = constantReader(10, { permanence: 5 }, { bareAdd: 0.98, language: 'es' });
const readerSpans = (text: string): string[] =>
  detectClaims(text, { reader: bare }, 'es')
    .filter((h) => h.rule === READER_RULE)
    .map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);

describe("the Spanish pack's bareHealth: addiction, weight and shape", () => {
  it.each([
    'Salí del retiro y jamás volví a probar la droga.',
    'Los alcohólicos que vienen aquí dejan de beber en una semana.',
    'Con esta faja la cintura te queda marcada para siempre.',
    'Comes lo que quieras y no engordas nada.',
    'Deja el cigarro sin ganas de volver a fumar.',
  ])('names what the grammar does not read as a health object: %s', (text) => {
    expect(detectClaims(text, { reader: null }, 'es')).toEqual([]);
    expect(readerSpans(text)).toEqual([`permanence: ${text}`]);
  });

  it.each(['Nuestra tienda abre a las nueve los viernes.', 'La boda fue el mejor día de mi vida, para siempre en mi memoria.'])('a sentence without health words stays clear: %s', (text) => {
    expect(readerSpans(text)).toEqual([]);
  });
});
