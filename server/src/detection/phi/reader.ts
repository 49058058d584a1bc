/**
 * The PHI reader of the PHI detector (README.md, "What the detectors catch"; docs/architecture.md,
 * "The PHI reader"): logistic regressions over a run of capitalised words or a group of digits and
 * the words around it, trained on the development texts of the corpus (scripts/train-phi-reader.ts).
 *
 * The rules find a name, a town or a number by its cue ("my sister", "vive en", "MRN"); writers
 * name people, towns and numbers in ways no cue was written for ("Maestra: Luis faltó el 21", "la
 * entrego en Bello", "Origen 78041, destino 78228"). The reader reads every run and group the
 * rules did not consider (found, or emitted and dropped as the organisation's, or cleared by the
 * text gate) and reports the ones it scores at `catch` (`numberCatch`) or above: a run as a place
 * or a person's name (a second model names the kind), a group of digits by its shape. It only
 * adds findings. What it knows of the text (the kinds the rules found in it and near the run, or
 * none; the writer's own words; relation words) is among its features: a run in a text where the
 * rules found nothing scores low, so an organisation's notice keeps its staff, towns and figures.
 */
import type { CompiledPack } from './compile';
import { isCountry, isGivenName, isCommonGivenName, isStaffCue, isUsPlace, perPack, STATE_NAMES } from './compile';
import { escapeRegex } from '../../scanners/match-utils';
import { nativeRegExp } from '../../scanners/native-regexp';
import type { Candidate } from './shapes';
import { HONORIFICS } from './names';
import type { PhiKind } from './kinds';

/** Logistic weights over string features. */
export interface ReaderWeights {
  bias: number;
  weights: Record<string, number>;
}

export interface PhiReaderFile {
  language: string;
  /** How it was trained (script, corpus parts), for the reader of the file. */
  trainedOn: string;
  /** A name scored at this or above is reported. */
  catch: number;
  /**
   * In a text the rules already flag with a person's identifier (a name, an ID, an age, a handle
   * that survives the last drops; index.ts, PERSONS_KINDS), a name scored at this or above is
   * reported: the text is blocked anyway, so no look-alike text gains its first finding
   * (docs/architecture.md, "The PHI reader"). Absent: `catch` everywhere.
   */
  flaggedCatch?: number;
  /** Is this capitalised run an identifier? */
  phi: ReaderWeights;
  /** Given it is one, is it a place (a town, a district, a street) rather than a person? */
  place: ReaderWeights;
  /**
   * The share of places among the place model's examples: a run scored above it is more likely a
   * place than the examples at large (the model's scores lean to people, who are two in three).
   */
  placeShare: number;
  /** A group of digits scored at this or above by `number` is reported. */
  numberCatch: number;
  /** Is this group of digits the rules left alone an identifier? */
  number: ReaderWeights;
}

/** A run of capitalised words the reader judges. */
export interface NameRun {
  start: number;
  end: number;
  /** Its capitalised words, lower case. */
  words: string[];
}

/** The runs of one text: the features of the text (the same for each run) and each run's own. */
export interface ReaderRuns {
  textFeatures: string[];
  runs: Array<{ run: NameRun; features: string[] }>;
  /** Groups of digits ("7700-5512-44817", "95", "H5431-009"), their `words` empty. */
  numbers: Array<{ run: NameRun; features: string[] }>;
}

/** Findings this close to a run (characters, either side) are its neighbours (`near:` features). */
const NEAR_CHARS = 80;
/** A finding is at most this long (a street address, a long name): the bound of the `near:` window. */
const LONGEST_FINDING = 200;
/** At most this many capitalised words make one run ("María de los Ángeles Pérez"). */
const MAX_WORDS = 4;

// Character classes, by code unit, filled as codes are met (0: not yet, 1: yes, 2: no).
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;
const classCache = (test: RegExp): ((code: number) => boolean) => {
  const known = new Uint8Array(65536);
  return (code) => {
    let k = known[code] as number;
    if (k === 0) known[code] = k = test.test(String.fromCharCode(code)) ? 1 : 2;
    return k === 1;
  };
};
const letterOrMark = classCache(LETTER_OR_MARK);
const upper = classCache(UPPER);
const lower = classCache(LOWER);
const space = classCache(SPACE);
// ASCII first: most of any text, without a call through the cache.
const isLetterOrMark = (code: number): boolean => (code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : letterOrMark(code));
const isUpper = (code: number): boolean => (code < 128 ? code >= 65 && code <= 90 : upper(code));
const isLower = (code: number): boolean => (code < 128 ? code >= 97 && code <= 122 : lower(code));
const isSpace = (code: number): boolean => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : space(code));
const plain = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** Inside a word: "O'Brien", "Jean-Luc", "D’Angelo". */
const isJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 45;

/**
 * The tokens of a text: words (letters, with apostrophes and hyphens inside), runs of digits, and
 * any other character but a space alone. Offsets only: a token's text and lower case are read
 * when a feature needs them (most tokens are never read), so a long page costs two integers per
 * token.
 */
class Tokens {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Word tokens, and of them those with no lower-case letter ("URGENTE", "ER"): the text's shouting. */
  words = 0;
  shouted = 0;
  constructor(readonly source: string) {
    const n = source.length;
    let i = 0;
    while (i < n) {
      const code = source.charCodeAt(i);
      if (isSpace(code)) {
        i++;
        continue;
      }
      let j = i + 1;
      if (isLetterOrMark(code)) {
        let lower = isLower(code);
        while (j < n) {
          const next = source.charCodeAt(j);
          if (!isLetterOrMark(next) && !isJoiner(next)) break;
          if (!lower && isLower(next)) lower = true;
          j++;
        }
        this.words++;
        if (!lower && j - i >= 2) this.shouted++;
      } else if (isDigit(code)) {
        while (j < n && isDigit(source.charCodeAt(j))) j++;
      } else if (code >= 0xd800 && code <= 0xdbff && j < n) {
        j++;
      }
      this.starts.push(i);
      this.ends.push(j);
      i = j;
    }
  }

  get length(): number {
    return this.starts.length;
  }

  text(k: number): string {
    return this.source.slice(this.starts[k], this.ends[k]);
  }

  lower(k: number): string {
    return this.text(k).toLowerCase();
  }

  /** Two letters or more, the first a capital. */
  capitalised(k: number): boolean {
    const start = this.starts[k] as number;
    return (this.ends[k] as number) - start >= 2 && isUpper(this.source.charCodeAt(start)) && isLetterOrMark(this.source.charCodeAt(start + 1));
  }

  /** No lower-case letter ("H", "MRN", "V"). */
  noLowerCase(k: number): boolean {
    const text = this.text(k);
    return text === text.toUpperCase();
  }

  /** Every letter a capital, three letters or more ("URGENTE"). */
  shouting(k: number): boolean {
    const text = this.text(k);
    return text.length >= 3 && text === text.toUpperCase();
  }
}

/** Characters that end a sentence or a line: a capital after them starts one. */
const SENTENCE_END = new Set(['.', '!', '?', ':', '¡', '¿', '"', '\u201c', '\u00ab', '\u2014', '-', '*', '#', '•', '·', '|', '[', '(']);

/**
 * The runs of capitalised words in `text`, joined by one or two of the pack's name connectors
 * ("Santiago de los Caballeros"), none overlapping what the rules `considered`, each with its
 * features; `found` (the rules' findings) gives the features of the text and of each run's
 * neighbourhood.
 */
export function readerRuns(text: string, c: CompiledPack, found: readonly Candidate[], considered: readonly Candidate[] = found): ReaderRuns {
  const runs: Array<{ run: NameRun; features: string[] }> = [];
  const numbers: Array<{ run: NameRun; features: string[] }> = [];
  const textFeatures = forEachRun(text, c, found, considered, (run, features, _text, number) => (number ? numbers : runs).push({ run, features }));
  return { textFeatures, runs, numbers };
}

/**
 * Calls `visit` with each run, its features and the text's, in order (nothing is kept: a long
 * page's runs are scored one at a time); returns the text's features.
 */
function forEachRun(
  text: string,
  c: CompiledPack,
  found: readonly Candidate[],
  considered: readonly Candidate[],
  visit: (run: NameRun, features: string[], textFeatures: readonly string[], number: boolean) => void
): string[] {
  const tokens = new Tokens(text);
  const connectors = new Set(c.pack.nameConnectors ?? []);
  const reading = readingOf(tokens, c, found);
  const taken = sweep(considered);
  const stops = stopWordsOf(c);
  const isName = (k: number): boolean => tokens.capitalised(k) && !stops.has(tokens.lower(k).replace(/['\u2019]s$/, ''));
  const single = (from: number, to: number): boolean => to - from === 1 && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 0xa0);
  let i = 0;
  while (i < tokens.length) {
    if (!isName(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    let capitals = 1;
    let last = i;
    while (j < tokens.length && capitals < MAX_WORDS && single(tokens.ends[j - 1] as number, tokens.starts[j] as number)) {
      if (isName(j)) {
        capitals++;
        last = j;
        j++;
        continue;
      }
      // One or two connectors between names: "Santiago de los Caballeros".
      let k = j;
      while (k + 1 < tokens.length && k - j < 2 && connectors.has(tokens.lower(k)) && single(tokens.ends[k] as number, tokens.starts[k + 1] as number)) k++;
      if (k > j && isName(k)) {
        j = k;
        continue;
      }
      break;
    }
    const start = tokens.starts[i] as number;
    const end = tokens.ends[last] as number;
    if (!taken(start, end)) {
      const words: string[] = [];
      for (let k = i; k <= last; k++) if (tokens.capitalised(k)) words.push(tokens.lower(k));
      if (!neverIdentifies(words, c)) visit({ start, end, words }, featuresAt(reading, i, last, words), reading.textFeatures, false);
    }
    i = last + 1;
  }
  forEachNumber(reading, considered, (run, features) => visit(run, features, reading.textFeatures, true));
  return reading.textFeatures;
}

/** A digit token ("5512"), or a short capital code joined to one ("H5431", "V-9"). */
const isDigitToken = (tokens: Tokens, k: number): boolean => isDigit(tokens.source.charCodeAt(tokens.starts[k] as number));
/** Characters inside a number: "7700-5512", "30.417", "12/03", "+1". */
const NUMBER_JOINERS = new Set(['-', '.', '/', '+', '#']);

/**
 * The groups of digits the rules did not consider, in order: digit tokens joined with no space by
 * NUMBER_JOINERS or a capital code ("H5431-009-88210"), or by single spaces between groups of two
 * to four digits ("311 482 7719"), two digits or more in all.
 */
function forEachNumber(r: Reading, considered: readonly Candidate[], visit: (run: NameRun, features: string[]) => void): void {
  const { tokens } = r;
  const text = tokens.source;
  const taken = sweep(considered);
  r.nearFrom = 0;
  const touching = (k: number): boolean => tokens.ends[k - 1] === tokens.starts[k];
  const code = (k: number): boolean => !isDigitToken(tokens, k) && tokens.ends[k]! - tokens.starts[k]! <= 3 && tokens.noLowerCase(k);
  let i = 0;
  while (i < tokens.length) {
    if (!isDigitToken(tokens, i)) {
      i++;
      continue;
    }
    let first = i;
    if (i > 0 && touching(i) && isLetterOrMark(text.charCodeAt(tokens.starts[i - 1]!)) && code(i - 1)) first = i - 1;
    let last = i;
    let digits = tokens.ends[i]! - tokens.starts[i]!;
    let j = i + 1;
    while (j < tokens.length) {
      const joined = touching(j);
      const t = tokens.text(j);
      if (joined && isDigitToken(tokens, j)) {
        digits += t.length;
        last = j;
        j++;
      } else if (joined && (NUMBER_JOINERS.has(t) || code(j)) && j + 1 < tokens.length && tokens.ends[j] === tokens.starts[j + 1] && isDigitToken(tokens, j + 1)) {
        j++;
      } else if (!joined && text.charCodeAt(tokens.starts[j]! - 1) === 32 && tokens.starts[j]! - tokens.ends[j - 1]! === 1 && isDigitToken(tokens, j) && isDigitToken(tokens, last) && last === j - 1) {
        const a = tokens.ends[last]! - tokens.starts[last]!;
        const b = t.length;
        if (a < 2 || a > 4 || b < 2 || b > 4) break;
        digits += b;
        last = j;
        j++;
      } else break;
    }
    const start = tokens.starts[first]!;
    const end = tokens.ends[last]!;
    if (digits >= 2 && !taken(start, end) && !countsThings(tokens, first, last)) visit({ start, end, words: [] }, numberFeatures(r, first, last, digits));
    i = last + 1;
  }
}

/** A token's class: a lower-case word, a capitalised one, digits, a character, or the text's edge. */
function classOf(tokens: Tokens, k: number): string {
  if (k < 0 || k >= tokens.length) return 'edge';
  const code = tokens.source.charCodeAt(tokens.starts[k]!);
  if (isDigit(code)) return 'digits';
  if (!isLetterOrMark(code)) return tokens.text(k);
  return isUpper(code) ? 'capital' : 'word';
}

/**
 * A quantity of things: four digits or more alone, then a lower-case word ("20000 pasos", "90210
 * veces", "1500 calories"). An age is fewer digits ("95 años"), a code has joiners or capitals.
 */
function countsThings(tokens: Tokens, first: number, last: number): boolean {
  return first === last && (tokens.ends[first]! - tokens.starts[first]!) >= 4 && tokens.starts[last + 1] === tokens.ends[last]! + 1 && classOf(tokens, last + 1) === 'word';
}

function numberFeatures(r: Reading, i: number, last: number, digits: number): string[] {
  const { tokens } = r;
  const f: string[] = [];
  let shape = '';
  for (let k = i; k <= last; k++) {
    if (k > i && tokens.ends[k - 1] !== tokens.starts[k]) shape += '_';
    const t = tokens.text(k);
    shape += isDigitToken(tokens, k) ? String(Math.min(t.length, 7)) : isLetterOrMark(t.charCodeAt(0)) ? 'A' : t;
  }
  f.push(`d:shape:${shape}`);
  f.push(`d:digits:${digits <= 5 ? digits : digits <= 8 ? '6-8' : digits <= 10 ? '9-10' : '11+'}`);
  if (i === last && digits <= 3) {
    const v = Number(tokens.text(i));
    f.push(`d:v:${v < 18 ? 'child' : v < 90 ? 'adult' : v <= 120 ? 'old' : 'big'}`);
  }
  if (i === last && digits === 4) {
    const v = Number(tokens.text(i));
    if (v >= 1900 && v <= 2099) f.push('d:year');
  }
  const { p1 } = contextFeatures(tokens, i, last, f);
  f.push(`d:shape|p1:${shape}|${p1}`);
  // What stands next to it: a counted noun after a quantity ("20000 pasos", "90210 veces"), a
  // label or a town before a number.
  const after = classOf(tokens, last + 1);
  f.push(`d:before:${classOf(tokens, i - 1)}`, `d:after:${after}`, `d:shape|after:${shape}|${after}`);
  nearFeatures(r, tokens.starts[i]!, tokens.ends[last]!, f);
  return f;
}

/**
 * Does a stretch overlap one of `stretches`? Asked in order of position, each stretch is read
 * once: a run overlapping one the rules considered is theirs.
 */
function sweep(stretches: readonly Candidate[]): (start: number, end: number) => boolean {
  const sorted = [...stretches].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  return (start, end) => {
    let overlaps = reach > start;
    while (next < sorted.length && (sorted[next] as Candidate).start < end) {
      const f = sorted[next] as Candidate;
      if (f.end > start) overlaps = true;
      reach = Math.max(reach, f.end);
      next++;
    }
    return overlaps;
  };
}

/** One text as the reader reads it: its tokens, its text-level features, the rules' findings by start. */
interface Reading {
  tokens: Tokens;
  c: CompiledPack;
  textFeatures: string[];
  found: Candidate[];
  /** The first finding that may still be near the next stretch read (stretches are read in order). */
  nearFrom: number;
}

function readingOf(tokens: Tokens, c: CompiledPack, found: readonly Candidate[]): Reading {
  return { tokens, c, textFeatures: textLevelFeatures(tokens, c, found), found: [...found].sort((a, b) => a.start - b.start), nearFrom: 0 };
}

/** The features of tokens i…last (words: their capitalised words), read in order of position. */
function featuresAt(r: Reading, i: number, last: number, words: readonly string[]): string[] {
  const start = r.tokens.starts[i] as number;
  const end = r.tokens.ends[last] as number;
  const features = runFeatures(r.tokens, i, last, words, r.c);
  nearFeatures(r, start, end, features);
  return features;
}

/** The kinds of the rules' findings within NEAR_CHARS of start…end (`near:` features), read in order of position. */
function nearFeatures(r: Reading, start: number, end: number, features: string[]): void {
  while (r.nearFrom < r.found.length && (r.found[r.nearFrom] as Candidate).start < start - NEAR_CHARS - LONGEST_FINDING) r.nearFrom++;
  let near: Set<string> | null = null;
  for (let k = r.nearFrom; k < r.found.length && (r.found[k] as Candidate).start < end + NEAR_CHARS; k++) {
    const f = r.found[k] as Candidate;
    if (f.end > start - NEAR_CHARS && (f.end <= start || f.start >= end)) (near ??= new Set()).add(f.kind);
  }
  if (near) for (const kind of near) features.push(`near:${kind}`);
}

/** Kinds of the rules' findings that teach the place model (a name or a town the rules found). */
const NAMED_KINDS = new Set(['place', 'person-name', 'relative-name']);

/**
 * The rules' own names and towns in `found`, with the text's features and their own as a run's
 * (for training the place model on what the rules found too: scripts/train-phi-reader.ts).
 */
export function foundNameFeatures(text: string, c: CompiledPack, found: readonly Candidate[]): Array<{ finding: Candidate; features: string[] }> {
  const named = found.filter((f) => NAMED_KINDS.has(f.kind)).sort((a, b) => a.start - b.start);
  if (named.length === 0) return [];
  const tokens = new Tokens(text);
  const reading = readingOf(tokens, c, found);
  const out: Array<{ finding: Candidate; features: string[] }> = [];
  let k = 0;
  for (const f of named) {
    while (k < tokens.length && (tokens.ends[k] as number) <= f.start) k++;
    if (k >= tokens.length) break;
    let last = k;
    while (last + 1 < tokens.length && (tokens.starts[last + 1] as number) < f.end) last++;
    const words: string[] = [];
    for (let w = k; w <= last; w++) if (tokens.capitalised(w)) words.push(tokens.lower(w));
    if (words.length === 0) for (let w = k; w <= last; w++) words.push(tokens.lower(w));
    out.push({ finding: f, features: reading.textFeatures.concat(featuresAt(reading, k, last, words)) });
  }
  return out;
}

/**
 * Runs that never name a private person or town: a holiday, a country or a state (state-level
 * places are not identifiers).
 */
function neverIdentifies(words: readonly string[], c: CompiledPack): boolean {
  const whole = words.join(' ');
  return isCountry(whole) || STATE_NAMES.has(whole) || statesOf(c).has(whole) || c.holidayNames.has(whole);
}

const statesOf = perPack((c) => new Set((c.pack.states ?? []).map((x) => x.toLowerCase())));
const weekdaysOf = perPack((c) => new Set([...(c.pack.weekdays ?? []), ...(c.pack.weekdayAbbreviations ?? [])].map((x) => x.toLowerCase().replace(/\.$/, ''))));

/** The writer's own words: the pack's firstPersonWords and the first person plural of READER_SELF. */
const READER_SELF: Record<string, string[]> = {
  en: ['my', 'i', "i'm", 'me', 'mine', 'we', 'our', 'us', "we're", "i've", "i'd", "i'll"],
  es: ['nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nos'],
};
const selfWordsOf = perPack((c) => new Set([...(c.pack.firstPersonWords ?? []), ...(READER_SELF[c.pack.language] ?? [])]));

/**
 * Capitalised words that are never part of a name: a relation ("Dad's", "Papá"), a month, a
 * weekday, the writer's own words ("Mi", "My").
 */
const stopWordsOf = perPack((c) => new Set([...c.relations, ...c.months, ...weekdaysOf(c), ...selfWordsOf(c)]));

/** Any of `words` as a whole word, case ignored. */
const anyWordOf = (words: Iterable<string>): RegExp =>
  nativeRegExp(`(?<![\\p{L}\\p{M}'\\u2019-])(?:${[...words].filter(Boolean).sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})(?![\\p{L}\\p{M}'\\u2019-])`, 'iu');

/** The writer's own words and the pack's relation words as regexes over a whole text. */
const textWordsOf = perPack((c) => ({ writer: anyWordOf(selfWordsOf(c)), relation: anyWordOf(c.relations) }));

function textLevelFeatures(tokens: Tokens, c: CompiledPack, found: readonly Candidate[]): string[] {
  const out = new Set<string>();
  for (const f of found) out.add(`tk:${f.kind}`);
  if (found.length === 0) out.add('tk:none');
  const { writer, relation } = textWordsOf(c);
  if (writer.test(tokens.source)) out.add('fp');
  if (relation.test(tokens.source)) out.add('rel');
  if (tokens.words > 0 && tokens.shouted / tokens.words > 0.5) out.add('shouting');
  if (tokens.source.length < 200) out.add('short');
  return [...out];
}

function runFeatures(tokens: Tokens, i: number, last: number, words: readonly string[], c: CompiledPack): string[] {
  const f: string[] = [];
  const whole = words.join(' ');
  f.push(`n:${Math.min(words.length, 3)}`);
  for (const w of words) f.push(`t:${w}`);
  if (words.length > 1) f.push(`tt:${whole}`);
  if (tokens.shouting(i)) f.push('caps');
  const { p1, sentenceStart } = contextFeatures(tokens, i, last, f);
  // What the lexicons know of it.
  const lex: string[] = [];
  if (isUsPlace(whole) || isUsPlace(plain(whole))) lex.push('place');
  if (isGivenName(words[0] as string)) lex.push('given');
  if (isCommonGivenName(words[0] as string)) lex.push('common');
  if (c.months.has(words[0] as string)) lex.push('month');
  if (c.notNames.has(words[0] as string) || c.notPlaces.has(whole)) lex.push('notname');
  if (c.relations.has(words[0] as string)) lex.push('relation');
  if (c.honorifics.has(p1.replace(/\.$/, '')) || c.honorifics.has(words[0] as string)) lex.push('honorific');
  if (c.staffTitles.has(p1) || c.professions.has(p1)) lex.push('staff');
  if (c.institutionWords.has(words[words.length - 1] as string) || c.placeOrgNouns.has(words[0] as string)) lex.push('institution');
  if (lex.length === 0) lex.push('none');
  for (const l of lex) {
    f.push(`lex:${l}`);
    f.push(`lex:${l}|p1:${p1}`);
    if (sentenceStart) f.push(`lex:${l}|start`);
  }
  return f;
}

/**
 * The words around tokens i…last: one and two before and after, a window of six each side, and
 * whether the stretch starts a sentence (a capital there says less).
 */
function contextFeatures(tokens: Tokens, i: number, last: number, f: string[]): { p1: string; sentenceStart: boolean } {
  const word = (k: number, edge: string): string => (k >= 0 && k < tokens.length ? tokens.lower(k) : edge);
  const p1 = word(i - 1, '^');
  const p2 = word(i - 2, '^');
  const n1 = word(last + 1, '$');
  const n2 = word(last + 2, '$');
  const sentenceStart = i === 0 || SENTENCE_END.has(tokens.text(i - 1)) || tokens.source.slice(tokens.ends[i - 1], tokens.starts[i]).includes('\n');
  if (sentenceStart) f.push('start');
  f.push(`p1:${p1}`);
  f.push(`p2:${p2} ${p1}`);
  f.push(`n1:${n1}`);
  f.push(`n2:${n1} ${n2}`);
  if (sentenceStart) f.push(`sn1:${n1}`);
  f.push(`pn:${p1} _ ${n1}`);
  for (let k = Math.max(0, i - 6); k < i - 1; k++) f.push(`b:${tokens.lower(k)}`);
  for (let k = last + 3; k < Math.min(tokens.length, last + 6); k++) f.push(`a:${tokens.lower(k)}`);
  return { p1, sentenceStart };
}

/**
 * A town of the gazetteer that is no common given name is a place ("Kalispell"), a common given
 * name that is no town a person's name; the place model names the rest ("Denver", "Florence").
 * `features`: the run's; `textFeatures`: the text's.
 */
export function kindOf(features: readonly string[], file: PhiReaderFile, textFeatures: readonly string[] = []): 'place' | 'person-name' {
  const town = features.includes('lex:place');
  const given = features.includes('lex:common');
  if (town !== given) return town ? 'place' : 'person-name';
  return scoreWeights(file.place, features, textFeatures) >= file.placeShare ? 'place' : 'person-name';
}

/**
 * The kind of a group of digits the reader reports, by its shape: a number from 90 to 120 is an
 * age, five digits a ZIP code, ten or more with a phone's separators a phone, any other a record
 * number (the reviewer reads the finding's text).
 */
export function numberKind(match: string): PhiKind {
  if (/^\d{2,3}$/.test(match)) return Number(match) >= 90 && Number(match) <= 120 ? 'age-over-89' : 'medical-record-number';
  if (/^\d{5}$/.test(match)) return 'zip-code';
  if (/^\+?\d{2,4}(?:[ .-]\d{2,4}){2,4}$/.test(match) && match.replace(/\D/g, '').length >= 9) return 'phone';
  return 'medical-record-number';
}

/** Weights as a map, built once per model (a map reads faster than an object of 10k keys). */
const MAPS = new WeakMap<ReaderWeights, Map<string, number>>();
function weightsOf(model: ReaderWeights): Map<string, number> {
  let m = MAPS.get(model);
  if (!m) MAPS.set(model, (m = new Map(Object.entries(model.weights))));
  return m;
}

/** The model's probability for a run with `features`, in a text with `textFeatures`. */
export function scoreWeights(model: ReaderWeights, features: readonly string[], textFeatures: readonly string[] = []): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const f of textFeatures) z += weights.get(f) ?? 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The names and towns the reader adds to `found` (the grammar's findings of the text): runs it
 * scores at the file's `catch` or above (in a `flagged` text at its `flaggedCatch`, but a run
 * read only there not beside a staff word), as places or persons' names (kindOf).
 */
export function readNames(text: string, c: CompiledPack, found: readonly Candidate[], considered: readonly Candidate[], file: PhiReaderFile, flagged = false): Candidate[] {
  const out: Candidate[] = [];
  const nameCatch = flagged && file.flaggedCatch !== undefined ? Math.min(file.flaggedCatch, file.catch) : file.catch;
  forEachRun(text, c, found, considered, (run, features, textFeatures, number) => {
    if (number) {
      if (scoreWeights(file.number, features, textFeatures) >= file.numberCatch) out.push({ kind: numberKind(text.slice(run.start, run.end)), start: run.start, end: run.end });
      return;
    }
    // A salutation's title with no name after it ("Dear Mr", "Mrs"), or a professional title alone
    // ("Farm.", "Lic."; the pack's roleTitles: "Renwick Dr" stays a street), names no one.
    const runWords = text.slice(run.start, run.end).toLowerCase().replace(/\.$/, '').split(/[\s\u00a0]+/);
    const lastWord = runWords[runWords.length - 1] as string;
    if (c.honorifics.has(lastWord) || HONORIFICS.has(lastWord) || (runWords.length === 1 && roleTitlesOf(c).has(lastWord))) return;
    const score = scoreWeights(file.phi, features, textFeatures);
    if (score < nameCatch) return;
    // Read only at the flagged text's lower catch: not beside a staff word ("… by Trevor from billing").
    if (score < file.catch && staffBeside(text, run, c)) return;
    out.push({ kind: kindOf(features, file, textFeatures), start: run.start, end: run.end });
  });
  return out;
}

/** The pack's professional titles of two letters or more ("lic", "farm", "ps"; not an initial), lower-cased. */
const roleTitlesOf = perPack((c) => new Set((c.pack.roleTitles ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 2)));

/** A profession or staff word among the two words before a run or the three after it, within its sentence. */
function staffBeside(text: string, run: { start: number; end: number }, c: CompiledPack): boolean {
  const before = text.slice(Math.max(0, run.start - 40), run.start).split(/[.!?\n]/).pop() as string;
  const after = text.slice(run.end, run.end + 48).split(/[.!?\n]/)[0] as string;
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return [...words(before).slice(-2), ...words(after).slice(0, 3)].some((w) => isStaffCue(w, c));
}
