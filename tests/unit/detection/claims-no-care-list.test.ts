/**
 * Care refused in a list of what a product spares you ("No pills. No shots. No surgery."): the
 * English pack's flagged.noCare, a rule that counts only in a text another claim flags. Alone, or
 * about how a product is sold ("no prescription needed"), it is no claim. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const spans = (text: string): string[] =>
  detectClaims(text, {}, 'en')
    .filter((h) => h.kind === 'treatment-replacement')
    .map((h) => text.slice(h.start, h.end));

describe('care refused in a flagged text', () => {
  it.each([
    ['This tea reverses kidney disease. No dialysis.', 'No dialysis'],
    ['Our seminar cured my neighbour of gout for good - no allopurinol!', 'no allopurinol'],
    ['Guaranteed to end your back pain forever. No surgery. No painkillers.', 'No surgery'],
  ])('%s', (text, span) => {
    expect(spans(text)).toContain(span);
  });
  it.each([
    'The clinic offers physiotherapy first, no surgery unless the scan shows a tear.',
    'No pills, no shots: our nurses will talk you through the screening visit.',
    'This balm cures cracked heels in a week, no prescription needed and no needles.',
  ])('no treatment-replacement: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
