/**
 * English PHI families for people of the writer's community (server/src/detection/phi/README.md,
 * "People in a story" and "Relatives"): people of the writer's life who are no kin ("my coworker
 * Dana", the pack's `socialRelations`, a given name of the lexicons only) and words of care that
 * name a person in any sentence ("pray for Marge", "keep Dorothy in your prayers", the pack's
 * `careCues` and `careCuesAfter`). Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';
import { phiFindsSpan } from './helpers/phi-span';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };

const found = (text: string, span: string): boolean => phiFindsSpan(text, span, EN);

const POSITIVES: Array<[string, string]> = [
  // social relations after a possessive
  ['My coworker Dana covered every one of my shifts after the surgery.', 'Dana'],
  ['Our babysitter Kayla spotted the rash before we did.', 'Kayla'],
  ['Ninety days sober today and my sponsor Walt drove me to the meeting.', 'Walt'],
  ['Her landlord Rudy finally put a ramp in for the wheelchair.', 'Rudy'],
  ['my teammates Colby and Reese carried my bag all week', 'Colby'],
  // care cues before the name
  ['Prayer list: please pray for Glenda Morrow, starting dialysis this week.', 'Glenda'],
  ['Get well soon Terrence! The whole route misses your coffee runs.', 'Terrence'],
  ['In loving memory of Harriet, who taught half this town to swim.', 'Harriet'],
  ['The family of Leonard Pratt thanks the whole parish for the meals.', 'Leonard'],
  ['Thinking of Rosalyn today, a year since the accident.', 'Rosalyn'],
  // care cues after the name
  ['Keep Wilma Jean Tate in your prayers, the surgery is tomorrow.', 'Wilma'],
  ['Please hold Everett in our thoughts as he heads into treatment.', 'Everett'],
];

const NEGATIVES: string[] = [
  // a social relation before a company or a program, not a person
  'Thank you to our sponsor Walgreens for the flu shot clinic.',
  'Our teammate program pairs new patients with a trained volunteer.',
  // care words before staff, saints and common words
  'Please pray for our nurses and doctors during flu season.',
  'In loving memory of all the veterans who served our county.',
  'Get well cards can be dropped at the front desk.',
  'Keep the survivors in your prayers this week.',
  'The family of products includes three strengths of the cream.',
  'Thinking of Dr. Alvarez and the whole ICU team tonight.',
];

describe('people of the writer community (English)', () => {
  it.each(POSITIVES)('%s → %s', (text, span) => {
    expect(found(text, span)).toBe(true);
  });
  it.each(NEGATIVES)('stays negative: %s', (text) => {
    expect(scanPhiText(text, EN)).toEqual([]);
  });
});
