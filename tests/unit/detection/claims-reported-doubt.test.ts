/**
 * A claim reported as someone else's words in its own clause ("posts saying…", "a viral video
 * urged…", "cadenas de que…", "por asegurar que…"), in a text that holds it up to doubt (the
 * pack's distancing words), is reported to be doubted, not made (README, "What the detectors
 * catch, and what they miss"). Reported with nothing that doubts it, it stays a claim. Every
 * sentence here is written for these tests, not taken from tests/corpus.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);
const doubted = (text: string, language: string): boolean => analyseClaims(text, language).some((c) => c.features.includes('reportedDoubt'));

describe('reported and doubted', () => {
  it.each([
    ['en', "My uncle keeps sharing posts saying celery juice reverses diabetes. Spoiler: it doesn't."],
    ['en', "A viral video urged parents to stop their kids' asthma inhalers; doctors warn that is dangerous."],
    ['es', 'Mi tío reenvía cadenas de que el jugo de apio revierte la diabetes. Spoiler: es falso.'],
    ['es', 'La Profeco multó a una tienda por asegurar que sus pulseras curaban la artritis; era un engaño.'],
  ])('(%s) is not a claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });

  it('the report frame is what rules it out, next to the doubt', () => {
    expect(doubted("My uncle keeps sharing posts saying celery juice reverses diabetes. Spoiler: it doesn't.", 'en')).toBe(true);
    expect(doubted('Mi tío reenvía cadenas de que el jugo de apio revierte la diabetes. Spoiler: es falso.', 'es')).toBe(true);
  });

  it('reported with nothing that doubts it, the claim stays', () => {
    expect(kinds('Our nurse told me this cream cures eczema for good.', 'en')).toEqual(expect.arrayContaining(['cure', 'permanence']));
    expect(doubted('Our nurse told me this cream cures eczema for good.', 'en')).toBe(false);
    expect(kinds('Mi comadre me escribe que su té le quitó la diabetes para siempre, ¡pídanlo!', 'es')).not.toEqual([]);
  });

  it('a report in another clause does not reach the claim', () => {
    const text = 'My friend told me it was fake and I tried it anyway: it cured my eczema for good.';
    expect(doubted(text, 'en')).toBe(false);
    expect(kinds(text, 'en')).toContain('cure');
  });
});
