/**
 * An honorific's letters in capitals before a word that is not ("…living with MS. Every pledge
 * counts") close a sentence with an abbreviation (multiple sclerosis), they name nobody
 * (server/src/detection/phi/people.ts). "Ms. Abernathy" still names a person. Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'person-name').map((f) => f.match);

describe('an abbreviation in capitals that looks like an honorific', () => {
  it.each([
    'Our 10K raises money for neighbours living with MS. Every pledge counts, big or small.',
    'Our choir sings for families affected by MS. Tickets are $10 at the door.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps the name after an honorific', () => {
    expect(names("Call Ms. Abernathy about my mother's ride on Tuesday.")).toEqual(['Abernathy']);
  });
});
