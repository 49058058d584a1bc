/**
 * A result of the body at once, the moment named next to it, is an instant-results claim
 * (server/src/detection/claims/packs/es.ts, instant.sameDay): "salió bailando el mismo día", "al
 * día siguiente ya no me dolía". A prosthesis or surgery that gets the credit stays none.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('a result at once', () => {
  it.each([
    'Mi tía llegó con la rodilla hinchada y con la pomada de marihuana salió bailando el mismo día.',
    'Me tomé el té de ruda y al día siguiente ya no me dolía la espalda.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('instant-results');
  });

  it('keeps a prosthesis credited', () => {
    expect(kinds('Con la prótesis de rodilla nueva, mi padre salió caminando el mismo día del hospital.')).toEqual([]);
  });
});
