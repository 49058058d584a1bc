/**
 * The name reader of the PHI detector (README.md, "What the detectors catch"; docs/architecture.md,
 * "The name reader"): a logistic regression over a run of capitalised words and the words around
 * it, trained on the development texts of the corpus (scripts/train-phi-reader.ts).
 *
 * The rules find a name or a town by its cue ("my sister", "vive en"); writers name people and
 * towns in ways no cue was written for ("Maestra: Luis faltó el 21", "la entrego en Bello"). The
 * reader reads every run the rules did not consider (found, or emitted and dropped as the
 * organisation's, or cleared by the text gate) and reports the ones it scores at `catch` or above,
 * as a place or a person's name (a second model names the kind). It only adds findings. What it
 * knows of the text (the kinds the rules found in it and near the run, or none; the writer's own
 * words; relation words) is among its features: a run in a text where the rules found nothing
 * scores low, so an organisation's notice keeps its staff's names and its towns.
 */
import type { CompiledPack } from './compile';
import { isCountry, isGivenName, isCommonGivenName, isUsPlace, STATE_NAMES } from './compile';
import type { Candidate } from './shapes';

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
  /** Is this capitalised run an identifier? */
  phi: ReaderWeights;
  /** Given it is one, is it a place (a town, a district, a street) rather than a person? */
  place: ReaderWeights;
  /**
   * The share of places among the place model's examples: a run scored above it is more likely a
   * place than the examples at large (the model's scores lean to people, who are two in three).
   */
  placeShare: number;
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
  const textFeatures = forEachRun(text, c, found, considered, (run, features) => runs.push({ run, features }));
  return { textFeatures, runs };
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
  visit: (run: NameRun, features: string[], textFeatures: readonly string[]) => void
): string[] {
  const tokens = new Tokens(text);
  const connectors = new Set(c.pack.nameConnectors ?? []);
  const reading = readingOf(tokens, c, found);
  // The stretches the rules considered, by start: a run overlapping one is theirs.
  const taken = [...considered].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
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
    // Runs come in order: every stretch starting before this run's end is read once.
    let overlapsTaken = reach > start;
    while (next < taken.length && (taken[next] as Candidate).start < end) {
      const f = taken[next] as Candidate;
      if (f.end > start) overlapsTaken = true;
      reach = Math.max(reach, f.end);
      next++;
    }
    if (!overlapsTaken) {
      const words: string[] = [];
      for (let k = i; k <= last; k++) if (tokens.capitalised(k)) words.push(tokens.lower(k));
      if (!neverIdentifies(words, c)) visit({ start, end, words }, featuresAt(reading, i, last, words), reading.textFeatures);
    }
    i = last + 1;
  }
  return reading.textFeatures;
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
  while (r.nearFrom < r.found.length && (r.found[r.nearFrom] as Candidate).start < start - NEAR_CHARS - LONGEST_FINDING) r.nearFrom++;
  let near: Set<string> | null = null;
  for (let k = r.nearFrom; k < r.found.length && (r.found[k] as Candidate).start < end + NEAR_CHARS; k++) {
    const f = r.found[k] as Candidate;
    if (f.end > start - NEAR_CHARS && (f.end <= start || f.start >= end)) (near ??= new Set()).add(f.kind);
  }
  if (near) for (const kind of near) features.push(`near:${kind}`);
  return features;
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
  if (isCountry(whole) || STATE_NAMES.has(whole) || statesOf(c).has(whole) || c.holidayNames.has(whole)) return true;
  return false;
}

/**
 * Capitalised words that are never part of a name: a relation ("Dad's", "Papá"), a month, a
 * weekday, the writer's own words ("Mi", "My").
 */
const STOPS = new WeakMap<CompiledPack, Set<string>>();
function stopWordsOf(c: CompiledPack): Set<string> {
  let s = STOPS.get(c);
  if (!s) {
    s = new Set([...c.relations, ...c.months, ...weekdaysOf(c), ...selfWordsOf(c)]);
    STOPS.set(c, s);
  }
  return s;
}

const STATES = new WeakMap<CompiledPack, Set<string>>();
const statesOf = (c: CompiledPack): Set<string> => {
  let s = STATES.get(c);
  if (!s) STATES.set(c, (s = new Set((c.pack.states ?? []).map((x) => x.toLowerCase()))));
  return s;
};
const WEEKDAYS = new WeakMap<CompiledPack, Set<string>>();
const weekdaysOf = (c: CompiledPack): Set<string> => {
  let s = WEEKDAYS.get(c);
  if (!s) WEEKDAYS.set(c, (s = new Set([...(c.pack.weekdays ?? []), ...(c.pack.weekdayAbbreviations ?? [])].map((x) => x.toLowerCase().replace(/\.$/, '')))));
  return s;
};

/** The writer's own words: the pack's firstPersonWords and the first person plural of READER_SELF. */
const READER_SELF: Record<string, string[]> = {
  en: ['my', 'i', "i'm", 'me', 'mine', 'we', 'our', 'us', "we're", "i've", "i'd", "i'll"],
  es: ['nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nos'],
};
const SELF = new WeakMap<CompiledPack, Set<string>>();
const selfWordsOf = (c: CompiledPack): Set<string> => {
  let s = SELF.get(c);
  if (!s) SELF.set(c, (s = new Set([...(c.pack.firstPersonWords ?? []), ...(READER_SELF[c.pack.language] ?? [])])));
  return s;
};

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

/** The writer's own words and the pack's relation words as regexes over a whole text (case ignored). */
const TEXT_WORDS = new WeakMap<CompiledPack, { writer: RegExp; relation: RegExp }>();
function textWordsOf(c: CompiledPack): { writer: RegExp; relation: RegExp } {
  let w = TEXT_WORDS.get(c);
  if (!w) {
    const any = (list: Iterable<string>): RegExp => {
      const words = [...list].filter(Boolean).sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return new RegExp(`(?<![\\p{L}\\p{M}'\\u2019-])(?:${words.join('|')})(?![\\p{L}\\p{M}'\\u2019-])`, 'iu');
    };
    w = { writer: any(selfWordsOf(c)), relation: any(c.relations) };
    TEXT_WORDS.set(c, w);
  }
  return w;
}

function runFeatures(tokens: Tokens, i: number, last: number, words: readonly string[], c: CompiledPack): string[] {
  const f: string[] = [];
  const whole = words.join(' ');
  f.push(`n:${Math.min(words.length, 3)}`);
  for (const w of words) f.push(`t:${w}`);
  if (words.length > 1) f.push(`tt:${whole}`);
  if (tokens.shouting(i)) f.push('caps');
  // Where it stands: a capital at a sentence's start says less.
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
 * scores at the file's `catch` or above, as places or persons' names (kindOf).
 */
export function readNames(text: string, c: CompiledPack, found: readonly Candidate[], considered: readonly Candidate[], file: PhiReaderFile): Candidate[] {
  const out: Candidate[] = [];
  forEachRun(text, c, found, considered, (run, features, textFeatures) => {
    if (scoreWeights(file.phi, features, textFeatures) < file.catch) return;
    out.push({ kind: kindOf(features, file, textFeatures), start: run.start, end: run.end });
  });
  return out;
}
