/**
 * The care of fractures and burns is proven treatment in Spanish (the pack's TREATMENTS:
 * "clavos", "injerto", "unidad de quemados") and the tetanus shot a vaccine ("antitetánica"):
 * leaving them for a healer's remedy is a claim. "Yeso" (a cast) is left out: "ya sin yeso" is a
 * recovery milestone, not a replacement. Sentences
 * are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('Spanish trauma care as proven treatment', () => {
  it.each([
    ['Con la pomada de árnica el hueso pegó solito, sin yeso y sin clavos, en dos semanas.', 'treatment-replacement'],
    ['Nuestro aceite de caléndula cierra la quemadura sin necesidad de injerto.', 'treatment-replacement'],
    ['Ya no gaste en la unidad de quemados: el rezo de doña Tere lo sana todo.', 'treatment-replacement'],
    ['El ajo machacado en la herida es la alternativa natural a la antitetánica.', 'vaccine-alternative'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it.each(['Mantenga el yeso seco y vuelva a control en tres semanas para retirarlo.', 'Por fin sin yeso, ahora toca la rehabilitación tres veces por semana.'])(
    'no claim: %s',
    (text) => {
      expect(kinds(text)).toEqual([]);
    }
  );
});
