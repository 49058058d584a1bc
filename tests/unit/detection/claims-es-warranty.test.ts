/**
 * A product's warranty is no promise of health (server/src/detection/claims/packs/es.ts,
 * `guarantee.word`): "10 años de garantía contra defectos", "la garantía aplica solo a…", while a
 * guaranteed result stays a claim. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('Spanish: a warranty is no guarantee of health', () => {
  it.each([
    'Silla de ruedas plegable, 5 años de garantía contra defectos de fábrica.',
    'Tres meses de garantía en la batería del audífono.',
    'La garantía aplica solo a coronas y puentes colocados en esta clínica.',
    'Colchón ortopédico con garantía contra hundimientos.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
  it.each(['Resultados garantizados: adiós al dolor de rodilla.', 'Le garantizamos que su artritis desaparece o le devolvemos su dinero.'])('still a claim: %s', (text) => {
    expect(kinds(text)).toContain('guarantee');
  });
});
