/**
 * Treatment dropped in the syntax of everyday Spanish (server/src/detection/claims/packs/es.ts,
 * repl.dropped): taken off it ("a mi suegra le quitamos el enalapril"), nothing of it ("ni
 * inhalador ni nada"), declared unneeded ("la diálisis ya no hace falta"). Proven care that frees a
 * patient from a device, and a doctor removing stitches, stay none. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('treatment dropped', () => {
  it.each([
    'Con las gotas de alpiste a mi suegra le quitamos el enalapril en un mes.',
    'Mi compadre se compuso del asma con puro té de gordolobo, ni inhalador ni nada.',
    'Con el protocolo de limón y bicarbonato, la diálisis ya no hace falta.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });

  it.each([
    'La cirugía de cataratas me quitó los lentes para ver de lejos.',
    'La enfermera le quitó los puntos al séptimo día, todo cicatrizó bien.',
  ])('keeps: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
