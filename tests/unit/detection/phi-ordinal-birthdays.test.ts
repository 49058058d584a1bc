/**
 * A birthday's ordinal over 89 after a person's possessive and a preposition or an adverb, or
 * after "happy" and a modifier (server/src/detection/phi/ages.ts; the packs' `personalPossessives`
 * and `birthdayModifiers`). An organisation's anniversary, a percentile or a match minute is no
 * age. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const ages = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'age-over-89').map((f) => f.match);

describe('birthday ordinals', () => {
  it.each([
    ['Grandpa Walt spent his 96th at the lake house with all eleven cousins.', '96th'],
    ['Mum had her 101st with the whole ward singing.', '101st'],
    ["Grandma's 93rd on Sunday was the first time we were all together since the surgery.", '93rd'],
    ['Happy belated 97th to our favourite Tuesday regular!', '97th'],
  ])('an age: %s', (text, expected) => {
    expect(ages(text)).toEqual([expected]);
  });
  it.each([
    'The practice marked its 90th with an open day for the village.',
    'We celebrated our 100th with the whole community in the car park.',
    'His 92nd minute header sent the club through.',
    'Our wait times sit at the 95th percentile for the region.',
  ])('no age: %s', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
