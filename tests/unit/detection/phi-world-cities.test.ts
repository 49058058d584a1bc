/**
 * Cities outside the US are places where people live or were treated (server/src/detection/data/
 * world-cities.ts, derived from GeoNames by derive-world-cities.js): "flew in from Tel Aviv",
 * "settled in Kottayam". A disease's eponym or a brand named like a city is none ("Parkinson's",
 * "the Toyota plant"). Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'place').map((f) => f.match);

describe('cities outside the US', () => {
  it.each([
    ['My grandmother came over from Lahore after her stroke to live with us.', 'Lahore'],
    ['Our son Ravi had the surgery in Chennai and flew home a week later.', 'Chennai'],
    ['My aunt in Rotherham still sends her insulin pens by post.', 'Rotherham'],
  ])('a place: %s', (text, match) => {
    expect(places(text)).toEqual([match]);
  });
  it.each([
    'My husband was diagnosed with Parkinson\u2019s in his fifties and still gardens every day.',
    'Twenty of us from the Toyota plant walked for my sister.',
  ])('no place: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
});
