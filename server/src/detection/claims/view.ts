/**
 * A one-byte view of the lower-cased text for the claim detector's regexps (docs/architecture.md,
 * "Regexps and V8's code budget").
 *
 * V8 compiles a regexp separately for one-byte (Latin-1) and two-byte subjects, and a field is
 * two-byte as soon as it holds one curly apostrophe, dash or emoji: the grammar's large rules were
 * compiled, and kept, twice. The view has the length of the lower-cased text and the same
 * characters up to U+00FF; every code unit above is replaced by a Latin-1 stand-in that the
 * regexps treat the same way:
 *
 * - the characters the patterns name (curly quotes, dashes, the ellipsis, bullets and check marks,
 *   emoji ranges and two emojis) by C1 control characters (U+0080–U+009F), one per character or
 *   range, and the patterns are rewritten to name the stand-ins instead (`viewSource`);
 * - any other letter by "þ", number by "¹", whitespace by "\v", combining mark by U+009C, other
 *   character (a C1 control of the text's own too) by U+0081: no pattern names those, so they only
 *   meet `\p{L}`, `\p{N}`, `\s`, negated classes and `.`, which treat them as they treat the
 *   character they stand for (for marks, see MARK);
 * - an astral character (an emoji) by a stand-in and the filler U+009D for its second half.
 *
 * Offsets do not change, so spans and findings are the same. A text the view cannot stand for
 * exactly (U+2028/U+2029, lone surrogates, astral letters, digits or marks) keeps its two-byte lower-cased copy and the pack compiled from the original sources.
 * One difference remains by construction: a bounded repetition of `.` or of a negated class counts
 * an emoji as two characters in the view and as one in the text, so a window of N characters that
 * holds emojis ends up to one character per emoji sooner.
 */

/** Stand-ins of the characters (and ranges) the patterns name. */
const NAMED: ReadonlyArray<readonly [number, number]> = [
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x2026, 0x85],
  [0x2713, 0x8e],
  [0x2714, 0x8f],
];
/** U+2600–U+27BF (dingbats and symbols used as emojis) but the two check marks above. */
const BMP_EMOJI = 0x8d;
/** First halves of astral characters: U+1F300–U+1FAFF but the two below, U+1F644, U+1F926, any other. */
const ASTRAL_EMOJI = 0x90;
const EYE_ROLL = 0x83;
const FACEPALM = 0x84;
const ASTRAL_OTHER = 0x9e;
/** The second half of an astral character. */
const FILLER = 0x9d;
/**
 * A combining mark (an emoji's variation selector U+FE0F, an accent typed apart): no pattern names
 * one and `\p{L}` does not match it, but a match may not begin right after it (isWordCharBefore
 * in match-utils counts marks as a word's inside); the prefilter and the word-start checks of a
 * pack compiled for the view count this stand-in the same way (`Prefilter.mark`).
 */
export const MARK = 0x9c;
const LETTER = 0xfe;
const NUMBER = 0xb9;
const SPACE = 0x0b;
const OTHER = 0x81;
/** No stand-in: the text keeps its two-byte copy. */
const NONE = 0xffff;

const NAMED_MAP = new Map<number, number>(NAMED);

/** Stand-in of each BMP code unit above U+00FF, computed on first sight (0: not yet). */
const table = new Uint16Array(0x10000);

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;
const IS_MARK = /^\p{M}$/u;

function classify(c: number): number {
  const named = NAMED_MAP.get(c);
  if (named !== undefined) return named;
  if (c >= 0xd800 && c <= 0xdfff) return NONE; // surrogates are handled by the caller
  if (c === 0x2028 || c === 0x2029) return NONE; // line terminators: only \n and \r are, in Latin-1
  const ch = String.fromCharCode(c);
  if (IS_MARK.test(ch)) return MARK;
  if (IS_LETTER.test(ch)) return LETTER;
  if (IS_NUMBER.test(ch)) return NUMBER;
  if (IS_SPACE.test(ch)) return SPACE;
  if (c >= 0x2600 && c <= 0x27bf) return BMP_EMOJI;
  return OTHER;
}

function standInOf(c: number): number {
  let s = table[c] as number;
  if (s === 0) {
    s = classify(c);
    table[c] = s;
  }
  return s;
}

const IS_ASTRAL_WORD = /^[\p{L}\p{N}\p{M}]$/u;

function astralStandIn(cp: number): number {
  if (cp === 0x1f644) return EYE_ROLL;
  if (cp === 0x1f926) return FACEPALM;
  if (cp >= 0x1f300 && cp <= 0x1faff) return ASTRAL_EMOJI;
  return IS_ASTRAL_WORD.test(String.fromCodePoint(cp)) ? NONE : ASTRAL_OTHER;
}

/**
 * The one-byte view of a lower-cased text (see above), or null when the text holds a character
 * it cannot stand for. A text with nothing above U+007F is its own view.
 */
export function toView(lower: string): string | null {
  const n = lower.length;
  let i = 0;
  for (; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c > 0xff) break;
    if (c >= 0x80 && c <= 0x9f) break; // a C1 control of the text's own: it would read as a stand-in
  }
  // Nothing above U+00FF: a lower-cased field is one-byte already.
  if (i === n) return lower;
  const bytes = Buffer.allocUnsafe(n);
  for (let k = 0; k < i; k++) bytes[k] = lower.charCodeAt(k);
  for (; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c <= 0xff) {
      // A C1 control of the text's own is, for every pattern, any other character.
      bytes[i] = c >= 0x80 && c <= 0x9f ? OTHER : c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = lower.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const s = astralStandIn(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        if (s === NONE) return null;
        bytes[i] = s;
        bytes[i + 1] = FILLER;
        i++;
        continue;
      }
    }
    const s = standInOf(c);
    if (s === NONE) return null;
    bytes[i] = s;
  }
  return bytes.toString('latin1');
}

const hex = (c: number): string => `\\x${c.toString(16).padStart(2, '0')}`;

/** The two ranges the patterns name, as the stand-ins they cover. */
const RANGES: ReadonlyArray<readonly [number, number, number[]]> = [
  [0x2600, 0x27bf, [BMP_EMOJI, 0x8e, 0x8f]],
  [0x1f300, 0x1faff, [ASTRAL_EMOJI, EYE_ROLL, FACEPALM]],
];

/** Stand-ins no pattern may name: they stand for whole classes. */
const RESERVED = new Set([LETTER, NUMBER, SPACE, OTHER, FILLER, ASTRAL_OTHER, MARK]);

function namedStandIn(cp: number, source: string): number {
  const s = cp >= 0x10000 ? (cp === 0x1f644 ? EYE_ROLL : cp === 0x1f926 ? FACEPALM : -1) : NAMED_MAP.get(cp) ?? -1;
  if (s === -1) throw new Error(`claims view: the pattern names U+${cp.toString(16).toUpperCase()}, which has no stand-in (${source.slice(0, 80)}…)`);
  return s;
}

/**
 * A pattern rewritten for the view: every character above U+00FF it names becomes its stand-in,
 * an astral one the stand-in and the filler. Throws on a character or range with no stand-in, and
 * on a Latin-1 character the view uses for a whole class, so a new pattern cannot silently differ.
 */
export function viewSource(source: string): string {
  let out = '';
  let i = 0;
  const n = source.length;
  /** Reads one atom at i: a code point (with `escaped` text) or null for a class escape. */
  const atom = (): { cp: number; text: string } | { cp: -1; text: string } => {
    const ch = source[i] as string;
    if (ch === '\\') {
      const e = source[i + 1] as string;
      if (e === 'u' && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        const cp = parseInt(source.slice(i + 3, close), 16);
        const text = source.slice(i, close + 1);
        i = close + 1;
        return { cp, text };
      }
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        const text = source.slice(i, i + 6);
        i += 6;
        return { cp: parseInt(text.slice(2), 16), text };
      }
      if (e === 'x') {
        const text = source.slice(i, i + 4);
        i += 4;
        return { cp: parseInt(text.slice(2), 16), text };
      }
      if (e === 'p' || e === 'P') {
        const close = source.indexOf('}', i);
        const text = source.slice(i, close + 1);
        // The stand-ins are one letter, one number and non-letters: finer properties would tell them apart.
        if (!/^\\[pP]\{(?:L|N|M)\}$/.test(text)) throw new Error(`claims view: the pattern uses ${text}, which the stand-ins do not keep`);
        i = close + 1;
        return { cp: -1, text };
      }
      if (e === 'v') throw new Error('claims view: the pattern names \\v, a stand-in');
      i += 2;
      return { cp: -1, text: `\\${e}` };
    }
    const cp = source.codePointAt(i) as number;
    const text = String.fromCodePoint(cp);
    i += text.length;
    return { cp, text };
  };
  const check = (cp: number): void => {
    if ((cp >= 0x80 && cp <= 0x9f) || RESERVED.has(cp)) throw new Error(`claims view: the pattern names U+${cp.toString(16)}, a stand-in`);
  };
  while (i < n) {
    const ch = source[i] as string;
    if (ch === '[') {
      i++;
      let negated = false;
      if (source[i] === '^') {
        negated = true;
        i++;
      }
      let bmp = '';
      const astral: number[] = [];
      while (i < n && source[i] !== ']') {
        const a = atom();
        if (source[i] === '-' && source[i + 1] !== ']' && a.cp !== -1) {
          i++;
          const b = atom();
          if (a.cp > 0xff || b.cp > 0xff) {
            const range = RANGES.find(([from, to]) => from === a.cp && to === b.cp);
            if (!range) throw new Error(`claims view: the pattern names the range ${a.text}-${b.text}, which has no stand-in`);
            if (a.cp >= 0x10000) astral.push(...range[2]);
            else bmp += range[2].map(hex).join('');
          } else {
            if (b.cp >= 0x80 && a.cp <= 0x9f) throw new Error(`claims view: the range ${a.text}-${b.text} holds stand-ins`);
            if (a.cp <= LETTER && b.cp >= LETTER) throw new Error(`claims view: the range ${a.text}-${b.text} holds a stand-in`);
            if (a.cp <= NUMBER && b.cp >= NUMBER) throw new Error(`claims view: the range ${a.text}-${b.text} holds a stand-in`);
            bmp += `${a.text}-${b.text}`;
          }
          continue;
        }
        if (a.cp === -1 || a.cp <= 0xff) {
          if (a.cp !== -1) check(a.cp);
          bmp += a.text;
        } else if (a.cp >= 0x10000) astral.push(namedStandIn(a.cp, source));
        else bmp += hex(namedStandIn(a.cp, source));
      }
      i++; // ]
      if (astral.length === 0) out += `[${negated ? '^' : ''}${bmp}]`;
      // A negated class leaves an emoji's filler to match, as the text's class matched the emoji.
      else if (negated) out += `[^${bmp}${astral.map(hex).join('')}]`;
      else out += `(?:${bmp === '' ? '' : `[${bmp}]|`}[${astral.map(hex).join('')}]${hex(FILLER)})`;
      continue;
    }
    if (ch === '\\' || source.charCodeAt(i) > 0x7f) {
      const a = atom();
      if (a.cp === -1 || a.cp <= 0xff) {
        if (a.cp !== -1) check(a.cp);
        out += a.text;
      } else if (a.cp >= 0x10000) out += `(?:${hex(namedStandIn(a.cp, source))}${hex(FILLER)})`;
      else out += hex(namedStandIn(a.cp, source));
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** A regexp for the view: `source` rewritten (see viewSource). */
export const viewRegExp = (re: RegExp): RegExp => new RegExp(viewSource(re.source), re.flags);
