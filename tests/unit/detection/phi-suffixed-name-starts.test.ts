/**
 * Names before a relation suffix ("Bilal bhai", "Gurnam Singh chacha") are looked for only where
 * such a name can start (server/src/detection/phi/names.ts, suffixedNameStarts): the starts of the
 * one or two runs of letters before each suffix. Tried there left to right, the pattern must find
 * exactly what a scan of the whole text for it finds.
 */
import { suffixedNameStarts } from '../../../server/src/detection/phi/names';

const WORD = "\\p{Lu}[\\p{L}'\\u2019-]{1,24}";
const SUFFIX = "[ \\u00a0](?:bhai|Bhai|BHAI|didi|Didi|chacha|Chacha)(?![\\p{L}\\p{N}])";
const WHOLE = `(?<![\\p{L}\\p{N}.'\\u2019-])(${WORD})(?:[ \\u00a0](${WORD}))?${SUFFIX}`;

const scanned = (text: string): string[] => {
  const re = new RegExp(WHOLE, 'gu');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(`${m.index}:${m[0]}`);
  return out;
};

const fromStarts = (text: string): string[] => {
  const sticky = new RegExp(WHOLE, 'uy');
  const out: string[] = [];
  let reach = 0;
  for (const at of suffixedNameStarts(text, new RegExp(SUFFIX, 'gu'))) {
    if (at < reach) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    reach = m.index + m[0].length;
    out.push(`${m.index}:${m[0]}`);
  }
  return out;
};

describe('suffixedNameStarts', () => {
  it('finds one- and two-word names, and none inside a word or after a digit or dot', () => {
    const text = "Bilal bhai came. Gurnam Singh chacha too, O'Neil didi and Jean-Luc bhai; xBilal bhai, 2Saima didi, .Ravi bhai, Ahmed  bhai.";
    expect(fromStarts(text)).toEqual(scanned(text));
    expect(fromStarts(text).map((s) => s.split(':')[1])).toEqual(['Bilal bhai', 'Gurnam Singh chacha', "O'Neil didi", 'Jean-Luc bhai']);
  });

  it('finds what the whole-text scan finds, on generated strings', () => {
    const parts = ['Bilal', 'Saima', ' ', '\u00a0', 'bhai', 'Bhai', 'BHAI', 'didi', "O'", '\u2019', '-', '.', 'x', 'É', '𝐀', 'Ab', '1', 'Gurnam Singh', 'chacha'];
    let seed = 20261208;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const length = Math.floor(random() * 14);
      for (let i = 0; i < length; i++) text += parts[Math.floor(random() * parts.length)];
      const want = scanned(text);
      expect(fromStarts(text)).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(300);
  });
});
