/**
 * Conditions and drugs by specialty, from lists of common diagnoses and prescriptions rather than
 * the corpus (es.ts and en.ts, HEALTH_OBJECTS and TREATMENTS): "la queratosis", "las
 * lombrices", "el astigmatismo", "el acenocumarol". Sentences are written
 * for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('conditions and drugs by specialty', () => {
  it.each([
    ['es', 'La pomada de sábila cura la queratosis en dos semanas.', 'cure'],
    ['es', 'Nuestro jarabe elimina las lombrices de raíz.', 'cure'],
    ['es', 'Deja el acenocumarol y toma nuestro ajo negro, adelgaza la sangre igual.', 'treatment-replacement'],
    ['es', 'Con estas gotas se quita el astigmatismo.', 'cure'],
  ])('%s: %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each([
    ['es', 'El soplo en el corazón de los niños suele ser inocente; su pediatra le dirá si hace falta un estudio.'],
    ['en', 'Heel spurs often improve with stretching and supportive shoes; see a podiatrist if pain persists.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
