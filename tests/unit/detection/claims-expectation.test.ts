/**
 * A claim hoped for and let down (README, "What the detectors catch, and what they miss"): an
 * expectation or a wish before it in its clause ("I had hoped…", "not me thinking…", "wish there
 * was…", "esperaba…") and a let-down after it ("but…", "it's been months", "pero…"). A hope that
 * came true, or a claim in the clause after the "but", stays a claim. Every sentence here is written
 * for these tests, not taken from tests/corpus.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);
const letDown = (text: string, language: string): boolean => analyseClaims(text, language).some((c) => c.features.includes('expectation'));

describe('hoped for, then let down', () => {
  const LET_DOWN: Array<{ language: string; text: string }> = [
    { language: 'en', text: 'I was hoping the laser would clear my rosacea overnight, but it took six sessions and it still flares.' },
    { language: 'en', text: "Wish there was a permanent cure for my eczema. There isn't, so I moisturise twice a day." },
    { language: 'es', text: 'Esperaba que la pomada me quitara el dolor al instante, pero tardó dos semanas en notarse.' },
  ];

  for (const { language, text } of LET_DOWN) {
    it(`(${language}) is no claim: ${text}`, () => {
      expect([letDown(text, language), kinds(text, language)]).toEqual([true, []]);
    });
  }

  it('a hope that came true is a claim', () => {
    const text = 'I was hoping this balm would clear my eczema overnight and it did!';
    expect(letDown(text, 'en')).toBe(false);
    expect(kinds(text, 'en')).toContain('instant-results');
  });

  it('a claim after the "but" is outside the expectation', () => {
    const text = 'I thought nothing would help my knees, but this gel cured my arthritis for good.';
    expect(letDown(text, 'en')).toBe(false);
    expect(kinds(text, 'en')).toEqual(expect.arrayContaining(['cure', 'permanence']));
    expect(kinds('Pensaba que nada me iba a servir, pero este té me curó la gastritis para siempre.', 'es')).toEqual(expect.arrayContaining(['permanence']));
  });
});
