/**
 * Scare quotes (README, "What the detectors catch, and what they miss"): a claim inside quotation
 * marks, in a text that holds it up to doubt (falsehood, a warning, "doesn't mean", a belief given
 * up) or questions it right after the quote, is someone else's words, not a claim the text makes.
 * A quoted claim with nothing that distances the text from it stays a claim. Every sentence here is
 * written for these tests, not taken from tests/corpus.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language = 'en'): string[] => detectClaims(text, {}, language).map((h) => h.kind);
const scared = (text: string, language = 'en'): boolean => analyseClaims(text, language).some((c) => c.features.includes('scare'));

describe('scare quotes (English)', () => {
  it('a single-quoted claim next to a falsehood or a warning word is not a claim', () => {
    expect(kinds("Those 'reverses arthritis overnight' gummies are a scam, save your money.")).toEqual([]);
    expect(kinds("the 'zero side effects' patch people keep posting is fake. please read the label")).toEqual([]);
    expect(scared("Those 'reverses arthritis overnight' gummies are a scam, save your money.")).toBe(true);
  });

  it('double and curly quotes, and a definition denied', () => {
    expect(kinds('Heads up: “clinically guaranteed results” does not mean anything on a label.')).toEqual([]);
    expect(kinds('Beware of sellers promising a "miracle cure for tinnitus" online.')).toEqual([]);
  });

  it('a belief given up, and a quoted claim questioned right after the quote', () => {
    expect(kinds("I used to believe the 'vinegar cures diabetes' thing. My A1c says otherwise.")).toEqual([]);
    expect(scared("'Works for everyone'? My physio laughed and showed me the actual numbers.")).toBe(true);
    expect(kinds("'Works for everyone'? My physio laughed and showed me the actual numbers.")).toEqual([]);
  });

  it('a quoted claim with nothing that distances the text stays a claim', () => {
    expect(kinds('Meet "the miracle balm" that clears eczema for good.')).toContain('miracle');
    expect(scared('Meet "the miracle balm" that clears eczema for good.')).toBe(false);
    expect(kinds('"This tea cured my psoriasis," says Marta from our team.')).toContain('cure');
  });

  it('apostrophes inside words open no quotation', () => {
    // "don't" and "Marta's" are apostrophes, not quotation marks: the claim is the text's own, and "fake" is far from any quote.
    expect(scared("Don't wait: Marta's drops cured my migraines for good. Fake reviews? Not here.")).toBe(false);
    expect(kinds("Don't wait: Marta's drops cured my migraines for good. Fake reviews? Not here.")).toContain('cure');
  });
});

describe('scare quotes (Spanish)', () => {
  it('a quoted claim next to a warning, a fraud or a denied definition is not a claim', () => {
    expect(kinds('Cuidado con los anuncios de un jarabe "milagroso" para la tos; es un fraude.', 'es')).toEqual([]);
    expect(kinds('Ojo: «aprobado por la FDA» no significa que cure nada, y este producto ni siquiera lo está.', 'es')).toEqual([]);
    expect(kinds("La Secretaría advierte sobre la llamada 'cura definitiva de la gastritis' que venden en redes.", 'es')).toEqual([]);
  });

  it('a quoted testimonial with nothing that distances the text stays a claim', () => {
    expect(kinds('Doña Rosa nos escribió: "Este té me curó la gastritis para siempre". ¡Pídalo ya!', 'es')).toEqual(expect.arrayContaining(['cure']));
  });
});
