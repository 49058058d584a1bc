/**
 * Membership, loyalty and rewards numbers are account numbers, a patient file or case number is a
 * record number (the English pack's idLabels), and profiles on Strava, Medium, Patreon, Venmo,
 * SoundCloud and Flickr are personal URLs (shapes.ts SOCIAL_HOSTS); a measure after a label
 * ("100-mile tow") is no number of anyone's. Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'en' }).map((f) => `${f.kind}: ${f.match}`);

describe('memberships, patient files and profiles', () => {
  it.each([
    ['The pharmacy lost my points again, loyalty # 4410 2283 9917.', 'account-number'],
    ['Dad\u2019s case number is CN-2291-448 if the hospice calls you.', 'medical-record-number'],
    ['I log every rehab ride, follow along at strava.com/athletes/77120419', 'personal-url'],
  ])('found: %s', (text, kind) => {
    expect(found(text).some((f) => f.startsWith(`${kind}:`))).toBe(true);
  });
  it.each(['Roadside membership: 4 service calls a year and a 100-mile tow.', 'Join our rewards program and save 10% on frames.'])('none: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
