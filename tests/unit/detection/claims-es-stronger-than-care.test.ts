/**
 * A product sold as stronger than proven care (the Spanish pack's repl.stop): "más potente que la
 * quimio", "más poderosa que los antibióticos"; two proven treatments compared make no claim ("el
 * ibuprofeno es más eficaz que el paracetamol"). Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('stronger than proven care (Spanish)', () => {
  it.each([
    ['Cápsulas de moringa mil veces más potentes que la quimio, sin dañar las células sanas.'],
    ['Este jarabe de ajo es más poderoso que los antibióticos y no tiene químicos.'],
    ['La sábila con miel es más fuerte que la insulina para bajar el azúcar.'],
  ])('%s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });
  it.each([
    ['Para el dolor de muelas, el ibuprofeno es más eficaz que el paracetamol según varios estudios.'],
    ['La fisioterapia es mejor que la cirugía para muchos dolores de espalda crónicos.'],
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
