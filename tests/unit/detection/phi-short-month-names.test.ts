/**
 * A three-letter month right after a relation word is a given name unless a day follows it
 * (server/src/detection/phi/names.ts: "his daughter Jan says", "my sister May is a nurse"; "my
 * daughter Jan 12" stays a date). Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'en' }).map((f) => `${f.kind}: ${f.match}`);

describe('short months after a relation', () => {
  it.each([
    ['Dad is home from rehab and my sister May is staying with him this week.', 'relative-name: May'],
    ['Her granddaughter Jan brings the mail up every morning since the stroke.', 'relative-name: Jan'],
  ])('a name: %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });
  it('a day after it makes a date', () => {
    expect(found('I drove my daughter Jan 14 to the cardiology follow-up.')).toEqual(['date: Jan 14']);
  });
});
