/**
 * Phrases that open with a given name but name nobody (server/src/detection/phi/not-name-phrases.ts,
 * the English pack's `notNamePhrases`): the Māori greeting "Kia ora" in a message about somebody.
 * "my daughter Kia" still names a relative. Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string): string[] =>
  scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'person-name' || f.kind === 'relative-name').map((f) => f.match);

describe('a greeting that opens with a given name', () => {
  it('drops "Kia" of "Kia ora"', () => {
    expect(names("Kia ora, I'm emailing about my nan's hearing aid, she's 93 now and it whistles.")).toEqual([]);
  });

  it('keeps a relative named Kia', () => {
    expect(names('My daughter Kia starts school in May and needs her asthma plan.')).toEqual(['Kia']);
  });
});
