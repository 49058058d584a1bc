/**
 * Towns of 2,000 people or more in the UK, Ireland, Canada, Australia, New Zealand and South
 * Africa (server/src/detection/data/world-cities.ts, derive-world-cities.js): a patient's home
 * town named after a place cue is a place. The lists held only towns of 10,000 or more there.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'place').map((f) => f.match);

describe('small towns of the English-speaking countries', () => {
  it.each([
    ['We drive up from Clonakilty every Tuesday for her dialysis.', 'Clonakilty'],
    ['Prayers for Tom Breen of Clonakilty who had surgery this week.', 'Clonakilty'],
  ])('%s', (text, town) => {
    expect(places(text)).toContain(town);
  });
});
