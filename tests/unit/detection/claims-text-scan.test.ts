/**
 * The claim detector's word and sentence scanners (server/src/detection/claims/text.ts) read the
 * text character by character instead of with a regex (docs/architecture.md, "Regexps and V8's code
 * budget"). They must find exactly what the regexes they replace found: each is compared here with
 * its regex on fixed edge cases and on generated strings of the characters the regexes single out.
 */
import { fnvOf, forEachWord, sentences, tokens, wordAt, wordBefore, wordHash } from '../../../server/src/detection/claims/text';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019%+-]*|#[\p{L}\p{N}_]+|%/gu;
const SENTENCE_END = /[.!?\u2026]+["'\u201d\u2019)\]*\u2020\u2021\u00b9\u00b2\u00b3]*(?=[\s\u00a0]|$)|\n+|[\u{1F300}-\u{1FAFF}\u2600-\u27BF](?=[\s\u00a0]+[\p{Lu}])/gu;

/** The word spans the regex finds in text[from, to). */
function regexTokens(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

/** The sentences the regex splits `text` into, with the same abbreviation rule (wordBefore, unchanged) and letter rule. */
function regexSentences(text: string, abbreviations?: ReadonlySet<string>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    if (abbreviations && m[0] === '.' && abbreviations.has(wordBefore(text, m.index))) continue;
    const end = m.index + m[0].length;
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
    start = end;
  }
  if (start < text.length && /[\p{L}\p{N}]/u.test(text.slice(start))) out.push({ start, end: text.length });
  return out;
}

/** Deterministic strings over `alphabet` (a small LCG: the same strings on every run). */
function generated(alphabet: readonly string[], count: number, maxLength: number): string[] {
  let seed = 20261208;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    const length = Math.floor(random() * maxLength);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    out.push(text);
  }
  return out;
}

describe('tokens', () => {
  it('reads words with inner apostrophes, hyphens, % and +, hashtags, and a lone %', () => {
    expect(tokens("It's 100% risk-free+ for #Keto_Life; 50 %", 0, 42).map((t) => t.word)).toEqual(["it's", '100%', 'risk-free+', 'for', '#keto_life', '50', '%']);
  });

  it('lower-cases, straightens curly apostrophes and drops trailing hyphens and apostrophes', () => {
    expect(tokens('Doctors’ ÉCOLE well- said', 0, 25).map((t) => t.word)).toEqual(['doctors', 'école', 'well', 'said']);
  });

  it('reads an astral letter as one character and never splits a surrogate pair at the slice end', () => {
    const text = 'a𝐀b 𝐀 x\ud835';
    expect(tokens(text, 0, text.length).map((t) => [t.start, t.end])).toEqual(regexTokens(text, 0, text.length));
    expect(tokens(text, 0, 2).map((t) => [t.start, t.end])).toEqual(regexTokens(text, 0, 2));
  });

  it('finds what the regex finds, on generated strings and slices', () => {
    const alphabet = ['a', 'Z', 'é', 'ß', '1', '٣', 'Ⅻ', '#', '_', '%', '+', "'", '’', '-', ' ', '.', '😀', '𝐀', '\ud835', '\udc00', 'İ'];
    let compared = 0;
    for (const text of generated(alphabet, 4000, 24)) {
      for (const [from, to] of [[0, text.length], [1, text.length - 1], [2, Math.min(text.length, 9)]] as const) {
        if (from > to) continue;
        expect(tokens(text, from, to).map((t) => [t.start, t.end])).toEqual(regexTokens(text, from, to));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10000);
  });
});

describe('sentences', () => {
  it('ends a sentence at . ! ? … with closing marks before a space, at line breaks, and at an emoji before a capital', () => {
    const text = 'It works.” Really?! Yes…¹ Line\n\nNext 🚀 Then 🚀 not here. Dr. Patel said so.';
    const got = sentences(text, new Set(['dr'])).map((s) => text.slice(s.start, s.end));
    expect(got).toEqual(['It works.”', ' Really?!', ' Yes…¹', ' Line\n\n', 'Next 🚀', ' Then 🚀 not here.', ' Dr. Patel said so.']);
  });

  it('does not end a sentence at a dot inside a word or a number', () => {
    const text = 'Visit clinic.example or take 2.5 mg. Done';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Visit clinic.example or take 2.5 mg.', ' Done']);
  });

  it('splits as the regex does, on generated strings, with and without abbreviations', () => {
    const alphabet = ['a', 'B', 'É', ' ', '\u00a0', '\u2003', '.', '!', '?', '…', '"', "'", '”', '’', ')', ']', '*', '†', '¹', '\n', '😀', '🌟', '🫠', '☀', '✅', 'Dr', '1', '\ud83d', '𝐀', 'Ω'];
    const abbreviations = new Set(['dr', 'sra']);
    const texts = generated(alphabet, 6000, 20);
    for (const text of texts) {
      expect(sentences(text)).toEqual(regexSentences(text));
      expect(sentences(text, abbreviations)).toEqual(regexSentences(text, abbreviations));
    }
    expect(texts.filter((text) => regexSentences(text).length > 1).length).toBeGreaterThan(1000);
  });
});

describe('wordHash', () => {
  it('hashes each word as its normalised form is hashed, without making Latin-1 words', () => {
    const text = "Doctor’s ÀÉÎÕÜ-Þ café-' well-- 'tis İstanbul ŒUVRE naïve×2 #Keto_Life 100% x’’ straße µg ÿes";
    const words = tokens(text, 0, text.length);
    expect(words.length).toBeGreaterThan(12);
    for (const w of words) expect(wordHash(text, w.start, w.end)).toBe(fnvOf(w.word));
  });

  it('agrees with the normalised word on generated strings', () => {
    const alphabet = ['a', 'Z', 'É', 'ß', 'Þ', '×', '1', '#', '_', '%', '+', "'", '’', '-', ' ', 'İ', 'Œ', 'ñ', 'Ω', '𝐀'];
    let words = 0;
    for (const text of generated(alphabet, 3000, 16)) {
      forEachWord(text, 0, text.length, (start, end) => {
        expect(wordHash(text, start, end)).toBe(fnvOf(wordAt(text, start, end)));
        words++;
      });
    }
    expect(words).toBeGreaterThan(5000);
  });
});
