/**
 * Weight lost whatever you eat or skip (the Spanish pack's ewl.anyway), and, in a flagged text,
 * no exercise and no diet, and harms denied by what a product does not do or whom it suits (the
 * pack's flaggedTextPhrases; docs/architecture.md, "The grammar"). Every sentence here is written
 * for these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => h.kind);
const found = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);

describe('weight lost whatever you eat or skip', () => {
  it.each([
    'Este quemador derrite la grasa aunque no entrenes.',
    'Con estas gotas pierdes grasa sin tocar la dieta.',
    'Con mi plan bajas tallas aunque comas tacos todos los días.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('effortless-weight-loss');
  });

  it.each(['Para perder peso aunque no entrenes, cuida lo que comes y duerme bien.', 'Bajé de peso con dieta y ejercicio durante un año.'])('stays clear: %s', (text) => {
    expect(kinds(text).filter((k) => k === 'effortless-weight-loss')).toEqual([]);
  });
});

describe('in a flagged text', () => {
  it.each([
    ['Este té cura la artritis. Cero ejercicio, cero dietas.', 'effortless-weight-loss: Cero ejercicio, cero dietas'],
    ['Este té cura la artritis. Es apto para diabéticos e hipertensos.', 'zero-risk: apto para diabéticos'],
    ['Este té cura la artritis. Es 100% natural y NO es adictivo.', 'zero-risk: NO es adictivo'],
  ])('%s', (text, phrase) => {
    expect(found(text)).toContain(phrase);
  });
});
