/**
 * Zero risk said with "never": nobody ever gets complications, the procedure never goes wrong
 * (server/src/detection/claims/packs/en.ts, zero.risk). A hope or an instruction ("I hope you never
 * get complications", "so that you never get infections") and a hedged share stay clear.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('never a complication', () => {
  it.each([
    'Our laser clients NEVER get complications because the device skips every danger zone.',
    'With our threads it literally never goes wrong, I have done hundreds of faces.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('zero-risk');
  });

  it.each([
    'I hope you never get complications, but here is what to watch for after surgery.',
    'Most patients never get complications if they follow the aftercare sheet, but call us if the redness spreads.',
  ])('leaves a hope or a hedge: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
