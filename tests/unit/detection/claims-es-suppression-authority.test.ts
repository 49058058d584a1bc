/**
 * The Spanish grammar of suppressed knowledge: an authority of medicine that hides, hates or lives
 * off illness (server/src/detection/claims/packs/es.ts, supp.authority, SUPP_AUTHORITY): "los
 * podólogos odian este truco", "la medicina oficial nos tiene enganchados", "lo que nunca te contó
 * tu ginecóloga". A doctor's ordinary advice and a product that lacks an authorisation stay none.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('an authority that hides a remedy', () => {
  it.each([
    'El truco de 2 minutos que los podólogos odian: adiós a los hongos de las uñas.',
    'La OPS lo sabe y lo calla: el agua de coco limpia los riñones.',
    'Lo que nunca te contó tu ginecóloga sobre el aceite de ricino.',
    'Ese remedio está silenciado por los grandes laboratorios desde hace 40 años.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('suppressed-knowledge');
  });

  it.each([
    'Su médico no le recomienda suspender la metformina sin un control previo.',
    'El producto no cuenta con registro sanitario vigente según la autoridad.',
  ])('keeps: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
