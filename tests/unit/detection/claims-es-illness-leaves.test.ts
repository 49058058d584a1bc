/**
 * The illness that leaves, right after it is named, is a cure claim on its own (server/src/detection/
 * claims/packs/es.ts, cure.leaves): "el quiste se esfumó", "la hernia desapareció". A
 * self-limiting complaint or a symptom ("la fiebre se va sola", "los síntomas desaparecen"), proven
 * care that gets the credit, and a negation stay none. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('the illness that leaves', () => {
  it.each([
    'Mi cuñada se untó la pomada de cuachalalate un mes y el quiste se esfumó.',
    'Con las gotas de propóleo y fe, la hernia desapareció. ¡Gloria a Dios!',
    'Dos semanas de agua de jamaica y la presión alta se fue.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('cure');
  });

  it.each([
    'La fiebre se va sola en dos o tres días; si no, acuda a su centro de salud.',
    'Con reposo y líquidos, los síntomas desaparecen poco a poco.',
    'Tras la cirugía, el quiste desapareció y la biopsia salió benigna.',
    'El cáncer no se va con jugos ni con oraciones.',
  ])('keeps: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
