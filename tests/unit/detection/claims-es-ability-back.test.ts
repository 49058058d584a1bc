/**
 * A lost ability of the body back names the illness by itself (server/src/detection/claims/packs/
 * es.ts, reversal.ability): "con las gotas volverá a caminar", "ya oyen de nuevo". Proven care,
 * rehabilitation or a device that gets the credit, and a broken bone that heals, stay none.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('an ability back', () => {
  it.each([
    'Con tres frascos de nuestras gotas de veneno de escorpión, su papá volverá a caminar.',
    'Gracias a la oración del hermano Eliseo, los niños sordos de la misión ya oyen de nuevo.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('disease-reversal');
  });

  it.each([
    'Después de ocho semanas de fisioterapia mi abuela volvió a caminar sin andador.',
    'Con los audífonos nuevos mi padre volvió a escuchar a sus nietos.',
    'Volver a caminar',
  ])('keeps: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
