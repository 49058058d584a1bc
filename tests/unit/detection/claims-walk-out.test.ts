/**
 * The before-and-after of one visit is an instant result (en.ts, instant.walkOut): "Walk in
 * addicted, walk out free", "walked in on day 3 of a migraine and walked out smiling"; and a seller
 * who has "yet to see it fail" claims it works for everyone (universal.seenfail). Not a visit that
 * ends with a sticker or crutches, nor a seller who has seen it fail. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('one visit, before and after (en)', () => {
  it.each([
    ['Ibogaine weekend retreat: walk in addicted, walk out free.', 'instant-results'],
    ['My brother went in a drunk and came out healed, praise God.', 'instant-results'],
    ['Three drops a day for any joint, and I have yet to see it fail.', 'universal-efficacy'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'I walked in for my flu shot and walked out with a sticker.',
    'He walked in limping and walked out on crutches after the cast.',
    "I've seen it fail plenty of times, so ask your doctor first.",
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
