/**
 * English rules that count only in a text another claim flags (flaggedTextRules): "no harm", "0
 * risk" and "no withdrawal" (flagged.safe), "wake up with…", "the moment you…", "the very next
 * morning", "one-and-done" (flagged.once), "zero relapse" (flagged.noRelapse), "works on absolutely
 * everyone" and "never had a client who didn't improve" (flagged.allPeople). Alone, each is no
 * claim. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const CLAIM = 'This tea cures arthritis for good.';
const spans = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => text.slice(h.start, h.end));

describe('weak forms in a flagged text', () => {
  it.each([
    ['No harm to your joints either.', 'No harm'],
    ['Wake up with zero stiffness.', 'Wake up with'],
    ['Relief the moment you sip it.', 'the moment you'],
    ['Results the very next morning.', 'the very next morning'],
    ['One-and-done, zero relapse.', 'zero relapse'],
    ['It works on absolutely everyone.', 'works on absolutely everyone'],
    ['We have never had a client who didn\'t improve.', "never had a client who didn't improve"],
  ])('%s', (sentence, span) => {
    const text = `${CLAIM} ${sentence}`;
    expect(spans(text).some((s) => s.includes(span) || span.includes(s))).toBe(true);
  });
  it.each([
    'No harm in asking your pharmacist about interactions.',
    'Wake up with the sunrise walk group every Saturday.',
    'Our nurses have never had a client who didn\'t get a call back.',
  ])('alone, no claim: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
