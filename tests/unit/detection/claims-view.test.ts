/**
 * The claim detector's one-byte view of the text (server/src/detection/claims/view.ts;
 * docs/architecture.md, "Regexps and V8's code budget"): same length, nothing above U+00FF, and
 * the pack's rewritten patterns find on it exactly what the original patterns find on the
 * lower-cased text, features included. The development texts of the claims corpus (never the
 * held-out files) are made two-byte as real fields are: curly quotes, dashes, emojis, marks.
 */
import { analyseClaims, analyseClaimsWithoutView } from '../../../server/src/detection/claims';
import { toView, viewSource } from '../../../server/src/detection/claims/view';
import { lowerSameLength } from '../../../server/src/scanners/match-utils';
import { claimDevTexts } from '../../../bench/lib/claims-corpus';

const oneByte = (s: string): boolean => [...s].every((ch) => (ch.codePointAt(0) as number) <= 0xff);

describe('toView', () => {
  it('keeps the length, leaves Latin-1 as it is and puts a stand-in for everything above', () => {
    const lower = lowerSameLength('Don’t — “miracle” cure 🙂 ✔️ for ŁÓDŹ ٣ days\u2003now é\u0301 ™ \u0085 ñandú');
    const view = toView(lower) as string;
    expect(view).toHaveLength(lower.length);
    expect(oneByte(view)).toBe(true);
    expect(view.slice(0, 5)).toBe('don\x92t');
    expect(view).toContain('ñandú');
    expect(view).toContain('\x90\x9d'); // an emoji: its stand-in and the filler
  });

  it('returns an ASCII text itself, and null for what it cannot stand for', () => {
    const ascii = 'plain text';
    expect(toView(ascii)).toBe(ascii);
    expect(toView('a\u2028b')).toBeNull();
    expect(toView('a\ud800b')).toBeNull();
    expect(toView('bold \u{1D400}')).toBeNull();
  });
});

describe('viewSource', () => {
  it('names the stand-ins instead of the characters, an astral one with its filler', () => {
    expect(viewSource("don['\\u2019]?t")).toBe("don['\\x92]?t");
    expect(viewSource('a[!.\\u{1F300}-\\u{1FAFF}\\u2600-\\u27BF]')).toBe('a(?:[!.\\x8d\\x8e\\x8f]|[\\x90\\x83\\x84]\\x9d)');
    expect(viewSource('[^.\\u{1F300}-\\u{1FAFF}]{0,9}')).toBe('[^.\\x90\\x83\\x84]{0,9}');
    expect(viewSource('no\\u{1F644}')).toBe('no(?:\\x83\\x9d)');
  });

  it('refuses what the view cannot keep', () => {
    expect(() => viewSource('\\u2192')).toThrow(/no stand-in/);
    expect(() => viewSource('\\p{Lu}')).toThrow(/do not keep/);
    expect(() => viewSource('[\\u00e0-\\u00ff]')).toThrow(/stand-in/);
    expect(() => viewSource('\\x9d')).toThrow(/stand-in/);
  });
});

const SPICE = ['\u{1F644}', '\u{1F926}', '\u{1F4AA}', '\u2714\ufe0f', '\u2728', '\u2022', '\u2026', '\u0142', '\u4e2d', '\u0663', '\u2003', '\u2122', 'e\u0301', '\u2018', '\u0085', '\u2212', '\u{1F642}'];

function twoByte(text: string, k: number): string {
  let q = 0;
  const curly = text
    .replace(/'/g, '\u2019')
    .replace(/"/g, () => (q++ % 2 === 0 ? '\u201c' : '\u201d'))
    .replace(/ - /g, ' \u2014 ');
  const a = SPICE[k % SPICE.length] as string;
  const b = SPICE[(k * 7 + 3) % SPICE.length] as string;
  return curly.replace(/\. /g, `. ${a} `).replace(/! /g, `!${b} `).replace(/ (and|y) /g, ` ${b}$1 `) + ` ${a}`;
}

const summary = (text: string, language: string, view: boolean): string[] =>
  (view ? analyseClaims : analyseClaimsWithoutView)(text, language).map((c) => `${c.rule.id} ${c.start}-${c.end} ${c.triggerStart}-${c.triggerEnd} ${c.features.join(' ')}`);

describe.each(['en', 'es'])('the %s pack on the view and on the text', (language) => {
  it('finds the same candidates with the same features', () => {
    const texts = claimDevTexts(language).slice(0, 240);
    let candidates = 0;
    texts.forEach((text, k) => {
      const spiced = twoByte(text, k);
      const onView = summary(spiced, language, true);
      expect(onView).toEqual(summary(spiced, language, false));
      candidates += onView.length;
    });
    expect(candidates).toBeGreaterThan(100);
  });
});
