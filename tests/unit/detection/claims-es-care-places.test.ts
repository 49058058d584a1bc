/**
 * Places of care and the care after liposuction among the Spanish pack's proven treatments
 * (docs/architecture.md, "The grammar"): a seller who says they are no longer needed claims a
 * treatment replaced, as with a doctor or a drug. The grammar alone is read (reader: null). Every
 * sentence here is written for these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => h.kind);

describe('a place of care no longer needed', () => {
  it.each([
    'Con estas vendas de plata ya no necesitas ir a la clínica de heridas.',
    'Con el emplasto de sábila ya no necesita ir al subcentro.',
    'Con la faja reductora ya no necesitas los masajes linfáticos.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });

  it.each(['El centro de salud abre a las ocho y atiende sin cita.', 'Mañana voy al centro de salud a vacunar a la niña.'])('named as a place, it is no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
