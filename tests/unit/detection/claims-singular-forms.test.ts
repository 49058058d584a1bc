/**
 * The claims lexicons name a condition or a treatment in either number (en.ts and es.ts,
 * HEALTH_OBJECTS and TREATMENTS): "ni una convulsión", "la arruga", "una recaída", "el
 * biológico", "the artery", "flare-ups". Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('a condition or a treatment in the singular', () => {
  it.each([
    ['es', 'Desde que tomo el aceite no he vuelto a tener ni una convulsión, se fue para siempre.', 'permanence'],
    ['es', 'Con nuestro sérum la arruga del entrecejo desaparece para siempre.', 'permanence'],
    ['es', 'Deja el biológico: con la dieta antiinflamatoria tu artritis se controla sola.', 'treatment-replacement'],
    ['en', 'One capsule a day and every flare-up is gone for good.', 'permanence'],
  ])('%s: %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each([
    ['es', 'La arruga del entrecejo puede mejorar con el tratamiento, según cada piel.'],
    ['en', 'Flare-ups may come back; keep taking your medication as prescribed.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
