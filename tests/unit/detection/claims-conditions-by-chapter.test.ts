/**
 * Common conditions and care checked chapter by chapter against a list of lay names, not against
 * the corpus (en.ts and es.ts, HEALTH_OBJECTS and TREATMENTS): "hammertoes", "gangrene",
 * "spasticity", "las almorranas", "la onicomicosis", "the orthotics". Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('conditions and care by chapter', () => {
  it.each([
    ['en', 'This balm cures hammertoes in two weeks.', 'cure'],
    ['en', 'Our drops reverse spasticity for good.', 'disease-reversal'],
    ['en', 'Throw away your orthotics, these socks do the job.', 'treatment-replacement'],
    ['es', 'Esta pomada cura las almorranas en tres días.', 'cure'],
    ['es', 'El aceite de orégano elimina la onicomicosis de raíz.', 'cure'],
  ])('%s: %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each([
    ['en', 'Hammertoes sometimes need surgery; a podiatrist can tell you which shoes help in the meantime.'],
    ['es', 'La onicomicosis puede tardar meses en mejorar con tratamiento; consulte a su podólogo.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
