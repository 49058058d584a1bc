/**
 * A name or a town found once is flagged wherever the text repeats it
 * (server/src/detection/phi/repeats.ts): the first mention, before the relation that names it,
 * and the given name of a full name found. A text without a finding gains none. Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'en' }).map((f) => `${f.kind}:${f.match}`);

describe('repeated names', () => {
  it('flags the first mention of a child named later', () => {
    const names = found("Uploaded Chloe's allergy plan, signed by Dr Marsh. — Owen (Chloe's dad) 0412 555 019").filter((f) => f.endsWith(':Chloe'));
    expect(names).toHaveLength(2);
  });

  it('flags the given name of a full name found later', () => {
    const text = 'Priya says thanks for the meals 🙏 Rohan goes back to school Monday. Love, his mum Priya Venkat';
    expect(found(text)).toEqual(expect.arrayContaining(['relative-name:Priya', 'relative-name:Priya Venkat']));
  });

  it('adds nothing to a text without a finding', () => {
    expect(found('Tamsin Ward Pharmacy opens at 9. Tamsin Ward Pharmacy closes at 6.')).toEqual([]);
  });
});
