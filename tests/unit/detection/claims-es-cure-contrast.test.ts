/**
 * What medicine cannot cure, the seller can (the Spanish pack's cure.contrast; docs/architecture.md,
 * "The grammar"): a contrast that ends on "sí" ("Lo que la medicina no cura, nosotros sí") and the
 * incurable cured ("te curan lo que aquí dicen que es incurable"). A concession ("…pero la
 * controla, eso sí") and a help that is not a cure stay clear. The grammar alone is read (reader:
 * null). Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => h.kind);

describe('a cure by contrast', () => {
  it.each([
    'Lo que los doctores no curan, la abuela Chela sí.',
    'Las pastillas no le van a quitar la artritis, esta pomada sí.',
    'En nuestra clínica de Tijuana curamos lo que allá llaman incurable.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('cure');
  });

  it.each(['El té no cura la diabetes, pero la controla, eso sí.', 'El té no cura la diabetes, pero sí ayuda a dormir mejor.', 'La diabetes no se cura, pero se controla.'])('a concession stays clear: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
