/**
 * Drugs named by the stems of their Spanish international nonproprietary names, and the brands
 * patients name when they drop them (server/src/detection/claims/packs/es.ts, TREATMENTS): a post
 * that stops or replaces them is a treatment-replacement claim. A drug named in an ordinary
 * instruction stays none. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('Spanish drug names by their INN stems', () => {
  it.each([
    'Con el reiki semanal mi hermana dejó la olanzapina y duerme como un bebé.',
    'Suspende el nifedipino: el ajo negro hace el mismo trabajo.',
    'Yo tiré el Orfidal a la basura desde que tomo tila con pasiflora.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });

  it('keeps an ordinary instruction', () => {
    expect(kinds('Tome la quetiapina por la noche, tal como le indicó su psiquiatra.')).toEqual([]);
  });
});
