/**
 * A negator of a noun phrase ("no side effects") does not reach a claim after "and" and a verb of
 * its own ("…and works for everyone"): the English pack's nounScopeEnd. A negation of the verb
 * itself, or a service, stays no claim. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('the scope of a noun negator', () => {
  it.each([
    'Our magnesium spray has no side effects and works for every kind of cramp.',
    'The patch has no needles and works on every joint.',
  ])('a claim after "and" and a verb: %s', (text) => {
    expect(kinds(text)).toContain('universal-efficacy');
  });
  it.each([
    'This stretch routine has no side effects and is not for everyone with back pain.',
    'We promise no miracles and work with every patient on a realistic plan.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).not.toContain('universal-efficacy');
  });
});
