/**
 * Nobody falls ill is a universal-efficacy claim (the English pack's rule universal.neversick):
 * "our clients never get sick", "the twins haven't been sick once since". A story that credits a
 * vaccine or proven care for it is no claim (creditedCare, features.ts careCredited). Sentences
 * are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('nobody falls ill', () => {
  it.each([
    'Monthly chiropractic tune-ups and our clients never get sick, not even in flu season!',
    'The twins take our elderberry gummies and haven\u2019t been sick once since September.',
    'Join the longevity membership: our members never have strokes.',
  ])('a claim: %s', (text) => {
    expect(kinds(text)).toContain('universal-efficacy');
  });
  it.each([
    "I haven't been sick since my flu shot in October, so thank you, pharmacy team!",
    'Wash your hands often so you never get sick at the office.',
    'My mom has been sick all winter, so she finally booked a check-up.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
