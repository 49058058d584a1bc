/**
 * Staff named after their role or before their credential (server/src/detection/phi/names.ts,
 * dropSpeakingStaff, roleRightBefore and CREDENTIAL_NEXT): "Our SLP, Miss Danica", "facilitator
 * Rhona Pike", "Shift lead today: Ms. Odette", "— Imran Qureshi MRCGP". A role a relative or a
 * customer holds too ("Customer: …"), a relation before the role, and a possessive keep the name.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind.endsWith('-name')).map((f) => f.match);

describe('staff named by their role or credential', () => {
  it.each([
    'Huge milestone: 40 signs this month and two-word phrases! Our SLP, Miss Danica, says we can drop to once a week. #aac',
    'Caregiver support circle meets Thursdays at 6 in the library annex; RSVP to facilitator Rhona Pike.',
    'Pantry volunteers: check expiry dates before shelving. Shift lead today: Ms. Odette.',
    'Most back clicks are harmless and need no treatment. — Imran Qureshi MRCGP',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Billing hold request. Customer: Rhona Pike. Account no. 0077 1234 5566. Husband uses home oxygen.', 'Rhona Pike'],
    ['Notes for the sitter: Danica\u2019s inhaler is in the blue bag, two puffs if she wheezes.', 'Danica'],
  ])('keeps: %s', (text, name) => {
    expect(names(text).join(' ')).toContain(name);
  });
});
