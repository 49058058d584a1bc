/**
 * An FDA approval stated with its limits ("approved only for", "aprobado solo para", "autorización
 * para usos concretos") is information, not marketing (the packs' approvalScope); an approval
 * stated as a selling point stays a claim. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('an FDA approval with its limits', () => {
  it.each([
    ['en', 'Hyperbaric oxygen is FDA-cleared only for a short list of conditions, such as carbon monoxide poisoning.'],
    ['es', 'El dispositivo tiene autorización de la FDA para usos específicos, como el dolor después de una cirugía.'],
    ['es', 'Ese medicamento está aprobado por la FDA únicamente para la epilepsia infantil grave.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
  it.each([
    ['en', 'Our hyperbaric pod is FDA-cleared, so book your wellness dive today!'],
    ['es', 'Nuestro collar magnético está aprobado por la FDA. ¡Pídelo hoy!'],
    // "no" inside a word is no negation ("Colágeno aprobado…").
    ['es', 'Colágeno aprobado por la FDA para tus rodillas, ¡pídelo ya!'],
  ])('%s: a claim: %s', (language, text) => {
    expect(kinds(text, language)).toContain('fda-approval');
  });
});
