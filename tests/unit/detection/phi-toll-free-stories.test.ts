/**
 * A toll-free line is the business's even in a patient's story (server/src/detection/phi/org-context.ts):
 * a relative named in another sentence does not make it theirs; one in the number's own sentence
 * ("my husband answers 1-800-…") or "my cell" still does. Sentences are written for these tests,
 * not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const phones = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'phone').map((f) => f.match);

describe('toll-free lines in stories', () => {
  it('the business’s line after a patient’s story', () => {
    expect(phones('One of our patients said her new shoulder let her lift her granddaughter again. Results vary — talk with our shoulder team at 800-555-0177 about whether surgery fits you.')).toEqual([]);
  });
  it.each(['My daughter picks up 1-877-555-0133 on weekends, it forwards to her.', 'Reach me on my cell 1-888-555-0177 after 6.'])('somebody’s: %s', (text) => {
    expect(phones(text)).toHaveLength(1);
  });
});
