/**
 * Proven care named in the singular or by its everyday name is a treatment a seller may not tell
 * the reader to drop (es.ts, TREATMENTS): the injection, the pill, the hearing aid, transfusions,
 * the physio, procedures by their suffix (-centesis, -scopía), fertility procedures, medical
 * check-ups, and more INN stems (levetiracetam, clomifeno, trazodona). Not the aids a recovery
 * leaves behind ("ya camino sin bastón") nor what a product does without ("sin pinchazos").
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const replaced = (text: string): boolean => detectClaims(text, {}, 'es').some((h) => h.kind === 'treatment-replacement');

describe('care by its everyday name (es)', () => {
  it.each([
    'Con nuestro jarabe de sábila ya puede dejar la inyección de una vez.',
    'Mi tía ya no necesita su audífono desde que usa las gotas de ajo.',
    'Olvídate de la amniocentesis: nuestro test de saliva te dice todo.',
    'Con el té de hierbas mi hijo ya no necesita transfusiones.',
    'Quiten el levetiracetam y denle el aceite, las crisis se van.',
    'Ya no voy a ir a la colonoscopía, con el detox de colon basta.',
  ])('%s', (text) => {
    expect(replaced(text)).toBe(true);
  });

  it.each([
    'Tras ocho sesiones de fisioterapia ya camino sin bastón.',
    'El nuevo glucómetro mide la glucosa sin pinchazos.',
    'No dejes la inyección sin hablar antes con tu médico.',
  ])('no claim: %s', (text) => {
    expect(replaced(text)).toBe(false);
  });
});
