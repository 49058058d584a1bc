/**
 * Procedures and visits a post cancels by their everyday names ("cancel your spinal fusion",
 * "cancel that facelift", "Cancel your chemo consult"): en.ts TREATMENTS, and "consult" as a noun
 * is no hedge (HEDGES: only "consult your…", "consult with…"). A cancellation the clinic had to
 * make ("had to cancel her back op because…") and the advice to ask the prescriber before a stop
 * ("Please consult your doctor before you stop any medication": the pack's reportCondition) are
 * no claims. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('care cancelled by its everyday name', () => {
  it.each([
    'Cancel your chemo consult. Our ozone protocol works with your body, not against it.',
    'So do what Mike did: cancel your spinal fusion and try the Back Code for 7 days.',
    'Girls, you can cancel that facelift you were saving up for, the threads work better.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });

  it.each([
    'The clinic had to cancel her back op because her blood pressure was too high.',
    'Please consult your doctor before you stop any medication.',
    'Talk to your pharmacist first before changing any of your pills.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
