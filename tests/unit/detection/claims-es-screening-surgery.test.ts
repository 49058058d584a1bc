/**
 * Spanish: care a seller tells people to do without, named as people name it: screening tests
 * ("en vez del Papanicolaou", "di adiós a la mamografía"), morphine, specialists of teeth and ears,
 * an operation no longer done ("ya no la operaron"), and "reemplacé" with its spelling change;
 * a regenerating remedy's objects ("los folículos"). Not the physiotherapist who gave exercises.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('Spanish: care done without, named as people name it', () => {
  it.each([
    ['Haz la vaporización vaginal en vez del Papanicolaou, es más natural.', 'treatment-replacement'],
    ['Mi vecina tomó la tintura y ya no la operaron de la vesícula.', 'treatment-replacement'],
    ['Con estas cápsulas ya no lo tienen que operar de la próstata.', 'treatment-replacement'],
    ['Reemplacé la pastilla de la presión por jugo de betabel.', 'treatment-replacement'],
    ['Nuestro parche sustituye a la morfina en pacientes con cáncer.', 'treatment-replacement'],
    ['Alinea tus dientes en casa, sin ir al ortodoncista.', 'treatment-replacement'],
    ['Di adiós a la mamografía con nuestra termografía.', 'treatment-replacement'],
    ['Ya no necesito mis gotas de glaucoma desde que tomo este té.', 'treatment-replacement'],
    ['Este tónico regenera los folículos pilosos muertos.', 'disease-reversal'],
  ])('a claim: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'Sigue con los ejercicios en casa que te dejó la fisioterapeuta y nos vemos el martes.',
    'La mamografía anual sigue siendo la prueba recomendada a partir de los 40 años.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
