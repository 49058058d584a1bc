/**
 * A baby or a child's day announced before the child's name (the packs' `birthPhrases`; PHI
 * README, "People in a story"): "Ya nació Renata", "Welcome to the world, Rowan Elijah". A given
 * name of the lexicons only, and not a member of staff introduced the same way. Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string, language: string): string[] =>
  scanPhiText(text, { language }).filter((f) => f.kind === 'person-name' || f.kind === 'relative-name').map((f) => f.match);

describe('a child named by a birth announcement', () => {
  it.each([
    ['es', 'Ya nació Renata 💕 pesó 3 kilos y está preciosa.', 'Renata'],
    ['es', 'Bautizo de Santiago Emiliano el domingo en la parroquia, después comida en el salón.', 'Santiago Emiliano'],
    ['es', 'Acompáñanos a celebrar la llegada de Samuel el domingo a mediodía.', 'Samuel'],
    ['en', 'Welcome to the world, Rowan Elijah! 8 lbs 1 oz of perfect.', 'Rowan Elijah'],
    ['en', 'Please join us for the baby shower for Kinsley on Saturday afternoon.', 'Kinsley'],
  ])('%s: %s', (language, text, expected) => {
    expect(names(text, language)).toEqual([expected]);
  });
  it.each([
    ['es', 'Les presento a Marta, nuestra nueva recepcionista, que atenderá los martes.'],
    ['en', 'Please welcome to the family our new nurse practitioner, Dana.'],
  ])('no name: %s: %s', (language, text) => {
    expect(names(text, language)).toEqual([]);
  });
});
