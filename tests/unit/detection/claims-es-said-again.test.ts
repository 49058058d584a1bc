/**
 * An illness named in one sentence and cured in the next by "eso" or an object pronoun (the Spanish
 * pack's cure.anaphor), and an organ a product is said to do nothing to (zero.safe). A harm the
 * speaker names, a house pulled down and a recovery with rest stay clear of them. The grammar alone
 * is read (reader: null). Every sentence here is written for these tests, not taken from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => h.kind);

describe('cured by another name, harmless to an organ', () => {
  it.each([
    ['Mi mamá tiene cáncer de hígado. Con el protocolo de cardo mariano eso se quita.', 'cure'],
    ['El cáncer es un hongo, y el bicarbonato lo destruye.', 'cure'],
    ['Tengo cálculos en la vesícula y con el jugo de limón eso se disuelve.', 'cure'],
    ['¡Es vapor de agua, no le hace nada a los pulmones!', 'zero-risk'],
    ['Estas pastillas para adelgazar no te hacen nada al corazón.', 'zero-risk'],
  ])('%s → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    ['Mi papá tiene diabetes; la insulina lo destruye por dentro, dice él.', 'cure'],
    ['La casa vieja del barrio, el ayuntamiento la destruye mañana.', 'cure'],
    ['Fumar sí le hace daño a los pulmones, aunque sea poco.', 'zero-risk'],
  ])('stays clear: %s (%s)', (text, kind) => {
    expect(kinds(text)).not.toContain(kind);
  });
});
