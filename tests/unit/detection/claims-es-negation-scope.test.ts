/**
 * The scope of a Spanish negation (the Spanish pack's NEW_SUBJECT, nounNegators and nounScopeEnd):
 * a clause with a negation of its own after "y" asserts what it says, and "sin …", "ni …" negate
 * only their noun phrase, not a clause after "y" with a pronoun or a verb in the preterite. A
 * negated verb stays no claim. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('the scope of a Spanish negation', () => {
  it.each([
    ['El jarabe de ajo no pica nunca y encima no tiene efectos secundarios.', 'zero-risk'],
    ['Este parche no huele y además no tiene ningún riesgo para los niños.', 'zero-risk'],
    ['Tomé las gotas sin receta ni consulta y se me quitó la artritis.', 'cure'],
    ['Empecé la dieta sin pastillas ni ejercicio y desapareció mi diabetes.', 'cure'],
  ])('a claim after the negated part: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it.each([
    ['Ese jarabe no cura la artritis ni quita el dolor de las rodillas.', 'cure'],
    ['Nunca le diría a un paciente que el té no tiene efectos secundarios.', 'zero-risk'],
    ['La crema no te quita la artritis y nunca lo hará.', 'cure'],
  ])('no claim: %s', (text, kind) => {
    expect(kinds(text)).not.toContain(kind);
  });
});
