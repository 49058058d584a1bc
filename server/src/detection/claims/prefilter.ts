/**
 * A trigger prefilter for the claim grammar (README, "Checklist": claims.prohibited): one
 * left-to-right pass over the lower-cased text finds where each rule (and the health-object
 * lexicon) could start a match, so the rule regexes only run, anchored, at those positions
 * instead of each scanning the whole text.
 *
 * The prefixes come from the rule's own regex source: a small parser works out every string of up
 * to a few characters a match can begin with (classes of a few dozen characters are expanded;
 * wider ones, `.` and back-references end a prefix). Lookarounds and `\b` take no characters, so
 * they are skipped; every whitespace character counts as a space and every digit as "0", on both
 * sides. So the prefixes may over-approximate, never miss. A pattern whose matches can
 * begin anywhere (a prefix of length 0) is left to a whole-text scan. So the matches found are
 * exactly those of a whole-text scan, whatever a pack's patterns look like.
 */
import { WA, eachWordMatch, isWordCharBefore } from '../../scanners/match-utils';
import { nativeRegExp } from '../../scanners/native-regexp';

/** A possible beginning of a match: `s`, and whether the match may go on past it unknown (`cut`). */
interface Prefix {
  s: string;
  cut: boolean;
}

/** Classes wider than this are not expanded (`\s` has 25 characters, `[a-z]` 26). */
const MAX_CLASS = 40;
/** Prefix sets larger than this make the analysis retry with shorter prefixes. */
const MAX_PREFIXES = 2000;
const DEPTHS = [8, 6, 4, 3, 2, 1];

class TooMany extends Error {}

const WHITESPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
].map((c) => String.fromCharCode(c));
const DIGITS = '0123456789'.split('');
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** A parsed regex: only what decides the first characters of a match. */
type Node =
  | { t: 'chars'; chars: string[] | null } // null: any character (not expanded)
  | { t: 'lit'; s: string }
  | { t: 'empty' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number };

const ANY: Node = { t: 'chars', chars: null };
const EMPTY: Node = { t: 'empty' };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const n = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return n;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const ch = this.src[this.i];
    let min: number;
    let max: number;
    if (ch === '?') [min, max] = [0, 1];
    else if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal "{"
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: the same strings
    return { t: 'rep', node: atom, min, max };
  }

  private atom(): Node {
    const ch = this.src[this.i] as string;
    if (ch === '(') {
      this.i++;
      let zeroWidth = false;
      if (this.src[this.i] === '?') {
        const head = this.src.slice(this.i, this.i + 3);
        if (head.startsWith('?:')) this.i += 2;
        else if (head === '?<=' || head === '?<!') {
          this.i += 3;
          zeroWidth = true;
        } else if (head.startsWith('?=') || head.startsWith('?!')) {
          this.i += 2;
          zeroWidth = true;
        }
        else if (head.startsWith('?<')) {
          const close = this.src.indexOf('>', this.i);
          if (close === -1) throw new Error(`unclosed group name at ${this.i}`);
          this.i = close + 1;
        }
        else throw new Error(`unsupported group at ${this.i}`);
      }
      const inner = this.alternation();
      if (this.src[this.i] !== ')') throw new Error(`unclosed group at ${this.i}`);
      this.i++;
      return zeroWidth ? EMPTY : inner;
    }
    if (ch === '[') return this.charClass();
    if (ch === '.') return this.i++, ANY;
    if (ch === '^' || ch === '$') return this.i++, EMPTY;
    if (ch === '\\') return this.escape(false);
    // A literal: a whole code point (a surrogate pair stays together).
    const cp = this.src.codePointAt(this.i) as number;
    const s = String.fromCodePoint(cp);
    this.i += s.length;
    return { t: 'lit', s };
  }

  /** An escape at `this.i` (the backslash): characters, ANY, or EMPTY for `\b` `\B`. */
  private escape(inClass: boolean): Node {
    const e = this.src[this.i + 1] as string;
    this.i += 2;
    if (e === 'd') return { t: 'chars', chars: DIGITS };
    if (e === 's') return { t: 'chars', chars: WHITESPACE };
    if ((e === 'b' || e === 'B') && !inClass) return EMPTY;
    if (e === 'b') return { t: 'lit', s: '\b' };
    if (e === 'p' || e === 'P') {
      if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return ANY;
    }
    if ('wWSDk123456789'.includes(e)) return ANY;
    if (e === 'u') {
      if (this.src[this.i] === '{') {
        const close = this.src.indexOf('}', this.i);
        const s = String.fromCodePoint(parseInt(this.src.slice(this.i + 1, close), 16));
        this.i = close + 1;
        return { t: 'lit', s };
      }
      const s = String.fromCharCode(parseInt(this.src.slice(this.i, this.i + 4), 16));
      this.i += 4;
      return { t: 'lit', s };
    }
    if (e === 'x') {
      const s = String.fromCharCode(parseInt(this.src.slice(this.i, this.i + 2), 16));
      this.i += 2;
      return { t: 'lit', s };
    }
    if (e === 'c') return this.i++, ANY;
    return { t: 'lit', s: CONTROL[e] ?? e };
  }

  private charClass(): Node {
    this.i++;
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const chars = new Set<string>();
    let wide = negated;
    const single = (): string | null => {
      if (this.src[this.i] === '\\') {
        const n = this.escape(true);
        if (n.t === 'lit' && n.s.length === 1) return n.s;
        if (n.t === 'lit') wide = true; // an astral character
        else if (n.t === 'chars' && n.chars) n.chars.forEach((c) => chars.add(c));
        else wide = true;
        return null;
      }
      const cp = this.src.codePointAt(this.i) as number;
      const s = String.fromCodePoint(cp);
      this.i += s.length;
      if (s.length > 1) wide = true;
      return s.length > 1 ? null : s;
    };
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const from = single();
      if (from !== null && this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const to = single();
        if (to === null) {
          wide = true;
          continue;
        }
        const a = from.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a + 1 > MAX_CLASS) wide = true;
        else for (let c = a; c <= b; c++) chars.add(String.fromCharCode(c));
      } else if (from !== null) chars.add(from);
    }
    if (this.src[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    return wide || chars.size > MAX_CLASS ? ANY : { t: 'chars', chars: [...chars] };
  }
}

/** The class a character stands for in the trie: any whitespace is a space, any ASCII digit is "0". */
function canon(c: number): number {
  if (c >= 48 && c <= 57) return 48;
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) return 32;
  if (c < 0x1680) return c;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff ? 32 : c;
}

function canonString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(canon(s.charCodeAt(i))); // code units: surrogate pairs stay whole
  return out;
}

/** A set of prefixes, deduplicated (a string both cut and complete is kept twice). */
class PrefixSet {
  readonly items: Prefix[] = [];
  private readonly keys = new Set<string>();

  add(p: Prefix): void {
    const key = p.cut ? `\u0001${p.s}` : p.s;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.items.push(p);
    if (this.items.length > MAX_PREFIXES) throw new TooMany();
  }
}

const only = (p: Prefix): Prefix[] => [p];

function concat(a: readonly Prefix[], b: readonly Prefix[], k: number): Prefix[] {
  const out = new PrefixSet();
  for (const x of a) {
    if (x.cut) {
      out.add(x);
      continue;
    }
    for (const y of b) {
      const s = x.s + y.s;
      out.add(s.length >= k ? { s: s.slice(0, k), cut: true } : { s, cut: y.cut });
    }
  }
  return out.items;
}

function prefixes(n: Node, k: number): Prefix[] {
  switch (n.t) {
    case 'empty':
      return only({ s: '', cut: false });
    case 'lit': {
      const s = canonString(n.s);
      return only(s.length >= k ? { s: s.slice(0, k), cut: true } : { s, cut: false });
    }
    case 'chars':
      return n.chars === null ? only({ s: '', cut: true }) : [...new Set(n.chars.map(canonString))].map((s) => ({ s, cut: k <= 1 }));
    case 'seq': {
      let acc: Prefix[] = only({ s: '', cut: false });
      for (const item of n.items) {
        if (acc.every((p) => p.cut)) break;
        acc = concat(acc, prefixes(item, k), k);
      }
      return acc;
    }
    case 'alt': {
      const out = new PrefixSet();
      for (const o of n.options) for (const p of prefixes(o, k)) out.add(p);
      return out.items;
    }
    case 'rep': {
      const one = prefixes(n.node, k);
      let acc: Prefix[] = only({ s: '', cut: false });
      for (let i = 0; i < n.min && !acc.every((p) => p.cut); i++) acc = concat(acc, one, k);
      const all = new PrefixSet();
      acc.forEach((p) => all.add(p));
      // Each further repetition either adds a character or adds nothing new: k + 1 rounds suffice.
      for (let i = n.min; i < n.max && i < n.min + k + 1 && !acc.every((p) => p.cut); i++) {
        acc = concat(acc, one, k);
        const before = all.items.length;
        acc.forEach((p) => all.add(p));
        if (all.items.length === before) break;
      }
      return all.items;
    }
  }
}

/**
 * The strings every match of `source` begins with (up to 8 characters; fewer where 8 would make
 * more than MAX_PREFIXES strings), or null when a match can
 * begin with any character (or be empty) and the pattern needs a whole-text scan.
 */
export function matchPrefixes(source: string): string[] | null {
  const known = analysed.get(source);
  if (known !== undefined) return known;
  const result = analyse(source);
  if (analysed.size >= 256) analysed.delete(analysed.keys().next().value as string);
  analysed.set(source, result);
  return result;
}

/** The packs share patterns (the health lexicon is both a rule-set member and a lexicon): analyse each once. */
const analysed = new Map<string, string[] | null>();

function analyse(source: string): string[] | null {
  let tree: Node;
  try {
    tree = new Parser(source).parse();
  } catch {
    return null; // a construct this parser does not know: scan the whole text, as before
  }
  for (const k of DEPTHS) {
    try {
      const ps = prefixes(tree, k);
      if (ps.some((p) => p.s.length === 0)) return null;
      return [...new Set(ps.map((p) => p.s))];
    } catch (e) {
      if (!(e instanceof TooMany)) throw e;
    }
  }
  return null;
}

interface TrieNode {
  /** Children by canonical code unit: at the root an array for ASCII, else (and for the rest) a map. */
  ascii: Array<TrieNode | undefined> | null;
  other: Map<number, TrieNode> | null;
  /** Patterns (by index) a match of which can begin with the path to this node. */
  accept: number[];
}

const newNode = (): TrieNode => ({ ascii: null, other: null, accept: [] });

/** canon() of each ASCII code unit. */
const CANON_ASCII = Uint8Array.from({ length: 128 }, (_, c) => canon(c));

function child(node: TrieNode, c: number): TrieNode | undefined {
  const k = c < 128 ? (CANON_ASCII[c] as number) : canon(c); // non-ASCII whitespace becomes a space
  if (k < 128 && node.ascii !== null) return node.ascii[k];
  return node.other === null ? undefined : node.other.get(k);
}

/**
 * Compiled prefixes of several patterns: one trie over (canonical) UTF-16 code units, flattened
 * into a transition table. The code units the prefixes use form a small alphabet (about 40 in a
 * pack): `classOf` maps each code unit (after canon) to its column, 0 for none, and `next[node *
 * width + column]` is the child, 0 for none (node 0 is the root, never a child). A step is two
 * typed-array reads, where a trie of maps cost a hash lookup.
 */
export interface Prefilter {
  count: number;
  /** Patterns that need a whole-text scan (their prefixes are unknown). */
  unfiltered: boolean[];
  classOf: Uint8Array;
  width: number;
  next: Uint16Array | Uint32Array;
  /** Patterns accepted at node n: acceptIds[acceptStart[n] .. acceptStart[n + 1]). */
  acceptStart: Uint32Array;
  acceptIds: Uint32Array;
  /**
   * A code unit that counts as a word's inside before a match (the combining-mark stand-in of the
   * claim detector's one-byte view, ./view.ts), or -1.
   */
  mark: number;
}

/** The trie as a table (see Prefilter): nodes numbered breadth-first, the root 0. */
function flatten(root: TrieNode, count: number, unfiltered: boolean[], mark: number): Prefilter {
  const nodes: TrieNode[] = [root];
  const alphabet = new Set<number>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as TrieNode;
    node.ascii?.forEach((kid, c) => {
      if (kid) {
        alphabet.add(c);
        nodes.push(kid);
      }
    });
    node.other?.forEach((kid, c) => {
      alphabet.add(c);
      nodes.push(kid);
    });
  }
  const columns = [...alphabet].sort((a, b) => a - b);
  const column = new Map(columns.map((c, i) => [c, i + 1]));
  const width = columns.length + 1;
  if (width > 255) throw new Error('prefilter alphabet too large');
  // Every code unit to the column of its canonical class (canon is many-to-one: whitespace, digits).
  const classOf = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) classOf[c] = column.get(canon(c)) ?? 0;
  const index = new Map(nodes.map((n, i) => [n, i]));
  const next = nodes.length * width < 0x7fffffff && nodes.length < 65536 ? new Uint16Array(nodes.length * width) : new Uint32Array(nodes.length * width);
  const acceptStart = new Uint32Array(nodes.length + 1);
  const ids: number[] = [];
  nodes.forEach((node, i) => {
    node.ascii?.forEach((kid, c) => {
      if (kid) next[i * width + (column.get(c) as number)] = index.get(kid) as number;
    });
    node.other?.forEach((kid, c) => {
      next[i * width + (column.get(c) as number)] = index.get(kid) as number;
    });
    acceptStart[i] = ids.length;
    ids.push(...node.accept);
  });
  acceptStart[nodes.length] = ids.length;
  return { count, unfiltered, classOf, width, next, acceptStart, acceptIds: Uint32Array.from(ids), mark };
}

/** `mark`: see Prefilter.mark. */
export function buildPrefilter(sources: readonly string[], mark = -1): Prefilter {
  const root = newNode();
  const unfiltered = sources.map((source, index) => {
    const ps = matchPrefixes(source);
    if (ps === null) return true;
    for (const s of ps) {
      let node = root;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        let next = child(node, c);
        if (!next) {
          next = newNode();
          // An array at the root (looked up at every word start), maps below (fewer, sparse).
          if (c < 128 && node === root) (node.ascii ??= new Array<TrieNode | undefined>(128).fill(undefined))[c] = next;
          else (node.other ??= new Map()).set(c, next);
        }
        node = next;
      }
      if (!node.accept.includes(index)) node.accept.push(index);
    }
    return false;
  });
  return flatten(root, sources.length, unfiltered, mark);
}

/** ASCII letters, digits and "_": the characters that make a position a word's inside. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;

/** The shared (never written) list of a pattern with no position. */
export const NO_POSITIONS: number[] = Object.freeze([]) as unknown as number[];

/**
 * Where each pattern could start a match in `lower`: positions in increasing order, only where no
 * letter, digit or underscore precedes (the matches the grammar accepts; see eachWordMatch).
 */
export function triggerPositions(pf: Prefilter, lower: string): number[][] {
  // Most patterns have no position in a short text: they share one empty list until their first.
  const out: number[][] = new Array<number[]>(pf.count).fill(NO_POSITIONS);
  const { classOf, next } = pf;
  const n = lower.length;
  let prev = -1; // code unit before p
  for (let p = 0; p < n; prev = lower.charCodeAt(p), p++) {
    // Inside a word (an ASCII word character before p): no match starts here.
    if (prev >= 0 && prev < 128 && ASCII_WORD[prev] === 1) continue;
    const c = lower.charCodeAt(p);
    const k0 = classOf[c] as number;
    if (k0 === 0) continue;
    const node = next[k0] as number; // the root's row is row 0
    if (node === 0) continue;
    if (prev >= 128 && (prev === pf.mark || isWordCharBefore(lower, p))) continue;
    // The second half of a surrogate pair never starts a match of a unicode regex.
    if (c >= 0xdc00 && c <= 0xdfff && (prev & 0xfc00) === 0xd800) continue;
    collectAt(pf, lower, p, node, out);
  }
  return out;
}

/**
 * From the word start `p`, whose first character led the table to `node`, walks the table along
 * the following characters of `lower` and gives `p` to every pattern whose prefixes it reaches
 * (`out` per pattern, as `triggerPositions` returns it; the lists start as NO_POSITIONS).
 */
export function collectAt(pf: Prefilter, lower: string, p: number, node: number, out: number[][]): void {
  const { classOf, width, next, acceptStart, acceptIds } = pf;
  const n = lower.length;
  for (let i = p + 1; ; i++) {
    for (let a = acceptStart[node] as number, end = acceptStart[node + 1] as number; a < end; a++) {
      const id = acceptIds[a] as number;
      const list = out[id] as number[];
      if (list === NO_POSITIONS) out[id] = [p];
      else if (list[list.length - 1] !== p) list.push(p);
    }
    if (i >= n) return;
    const k = classOf[lower.charCodeAt(i)] as number;
    if (k === 0) return;
    const to = next[node * width + k] as number;
    if (to === 0) return;
    node = to;
  }
}

/**
 * The first position at or after `from` where some pattern of `pf` could start a match (the same
 * positions triggerPositions lists), or -1. For one-pattern prefilters, with no lists to build.
 * `anywhere`: inside a word too (the patterns' own lookbehinds and `\b` decide there).
 */
function nextPosition(pf: Prefilter, text: string, from: number, anywhere = false): number {
  const { classOf, width, next, acceptStart } = pf;
  const n = text.length;
  let prev = from > 0 ? text.charCodeAt(from - 1) : -1;
  for (let p = from; p < n; prev = text.charCodeAt(p), p++) {
    if (!anywhere && prev >= 0 && prev < 128 && ASCII_WORD[prev] === 1) continue;
    const c = text.charCodeAt(p);
    const k0 = classOf[c] as number;
    if (k0 === 0) continue;
    let node = next[k0] as number;
    if (node === 0) continue;
    if (!anywhere && prev >= 128 && (prev === pf.mark || isWordCharBefore(text, p))) continue;
    if (c >= 0xdc00 && c <= 0xdfff && (prev & 0xfc00) === 0xd800) continue;
    for (let i = p + 1; ; i++) {
      if ((acceptStart[node + 1] as number) > (acceptStart[node] as number)) return p;
      if (i >= n) break;
      const k = classOf[text.charCodeAt(i)] as number;
      if (k === 0) break;
      const to = next[node * width + k] as number;
      if (to === 0) break;
      node = to;
    }
  }
  return -1;
}

/**
 * The matches `matchAt` (a pattern's sticky match at a position, PatternRegexes.matchAt) finds at `positions` (increasing), as a global scan would find them
 * left to right: non-empty and not overlapping the previous match. A match `accept` refuses is
 * none: the next position is tried.
 */
export function eachMatchWith(matchAt: (text: string, p: number) => RegExpExecArray | null, lower: string, positions: readonly number[], onMatch: (m: RegExpExecArray) => void, accept?: (m: RegExpExecArray) => boolean): void {
  let end = 0;
  for (const p of positions) {
    if (p < end) continue;
    const m = matchAt(lower, p);
    if (m === null || m[0].length === 0 || (accept !== undefined && !accept(m))) continue;
    end = p + m[0].length;
    onMatch(m);
  }
}

/**
 * `sticky` as a matcher at a position. The claim rules are matched this way, whole: matched through
 * their alternatives by first character (`matchAt`), the rules of both packs compiled so much more
 * regexp code that the detectors' unit tests ran out of memory (bench/RESULTS.md, "Round 2, session
 * 48"); the lexicons, few and read at every sentence, are matched through `matchAt`.
 */
export function stickyAt(sticky: RegExp): (text: string, p: number) => RegExpExecArray | null {
  return (text, p) => {
    sticky.lastIndex = p;
    return sticky.exec(text);
  };
}

/**
 * A pattern's two regexes, each made on first use: sticky, and global (for the whole-text fallback
 * and tests); and `matchAt`, the sticky match at a position read through the alternatives that can begin
 * with the character there (alternativesByFirstChar), made on first use.
 */
export interface PatternRegexes {
  readonly regex: RegExp;
  readonly sticky: RegExp;
  matchAt(text: string, p: number): RegExpExecArray | null;
}

export function patternRegexes(source: string, suffix: string): PatternRegexes {
  let global: RegExp | undefined;
  let sticky: RegExp | undefined;
  let byFirstChar: ((text: string, p: number) => RegExpExecArray | null) | undefined;
  // Made on first use too: a lexicon split by first character never needs its whole sticky regexp.
  const stickyOf = (): RegExp => (sticky ??= nativeRegExp(`(?:${source})${suffix}`, 'uy'));
  return {
    get regex(): RegExp {
      return (global ??= nativeRegExp(`(?:${source})${suffix}`, 'gu'));
    },
    get sticky(): RegExp {
      return stickyOf();
    },
    matchAt(text: string, p: number): RegExpExecArray | null {
      byFirstChar ??= alternativesByFirstChar(source, suffix, stickyOf);
      return byFirstChar(text, p);
    },
  };
}

/** One lexicon (health objects, treatments, vaccines): its regexes and its own prefilter. */
export interface Lexicon extends PatternRegexes {
  prefilter: Prefilter;
}

/** Lexicons of fewer alternatives than this are matched with their one sticky regex. */
const SPLIT_MIN = 16;

export function compileLexicon(source: string, suffix: string, mark = -1): Lexicon {
  return Object.assign(patternRegexes(source, suffix), { prefilter: buildPrefilter([source], mark) });
}

/**
 * A lexicon is one alternation of hundreds of words: a sticky match at one position tries them in
 * turn, and V8 compiles a regexp past its code budget without the optimisation that would pick the
 * few that can begin with the character there (docs/architecture.md, "Regexps and V8's code
 * budget"). So the alternatives are grouped by the character they can begin with (from the same
 * prefix analysis as the prefilter; one whose beginning is unknown is in every group), each group
 * compiled the first time its character is met. The match is the first alternative's, in their
 * order, that matches there: the same as `sticky`'s.
 *
 * A few alternatives can begin any word ("[a-z]{3,16}(?:ectomy|otomy)", "[a-z]{3,16}ologists?"),
 * so the prefilter stops at nearly every word for them. Those that read only characters of a known
 * set, at most a known number of them, with no lookaround (`Bounded`), are matched apart, and their
 * result is remembered by what they can read: the characters from the position while they are of
 * their set (at most that number), and the one after, which the suffix's lookahead reads. A word
 * met again ("surgery", "the") costs a map lookup.
 */
function alternativesByFirstChar(source: string, suffix: string, sticky: () => RegExp): (text: string, p: number) => RegExpExecArray | null {
  const alternatives = topAlternatives(source);
  if (alternatives === null || alternatives.length < SPLIT_MIN) return stickyAt(sticky());
  // For each alternative, the canonical code units it can begin with, or null (any).
  const firsts = alternatives.map((alt) => {
    const ps = matchPrefixes(alt);
    return ps === null ? null : new Set(ps.map((s) => s.charCodeAt(0)));
  });
  // Only a suffix whose lookahead reads one character at the match's end keeps the remembered result exact.
  const bounded = alternatives.map((alt, i) => (suffix === WA && (firsts[i] === null || (firsts[i] as Set<number>).size > BROAD_FIRSTS) ? boundedOf(alt) : null));
  const groups = new Map<number, (text: string, p: number) => RegExpExecArray | null>();
  const group = (c: number): ((text: string, p: number) => RegExpExecArray | null) => {
    let match = groups.get(c);
    if (match === undefined) {
      const mine = alternatives.map((_, i) => i).filter((i) => firsts[i] === null || (firsts[i] as Set<number>).has(c));
      match = groupMatcher(mine.filter((i) => bounded[i] === null), mine.filter((i) => bounded[i] !== null), alternatives, bounded, suffix);
      groups.set(c, match);
    }
    return match;
  };
  return (text: string, p: number): RegExpExecArray | null => group(canon(text.charCodeAt(p)))(text, p);
}

/** An alternative that may begin this many characters or more is matched apart (see alternativesByFirstChar). */
const BROAD_FIRSTS = 8;
/**
 * Remembered results per group, at most (the map is emptied when full): a server keeps them for its
 * lifetime, for every group of every pattern with such alternatives, so the bound is small.
 */
const REMEMBERED_MAX = 4_096;

/** The characters (code units) an alternative can read, and how many at most. */
interface Bounded {
  chars: Set<number>;
  max: number;
}

/** Bounded for `alt`, or null: a lookaround, anchor, back-reference, any-character or unbounded repetition in it. */
function boundedOf(alt: string): Bounded | null {
  if (/\(\?[=!<]|\\[bBk1-9pPwWSD]|[\^$.]/.test(alt.replace(/\\\\/g, ''))) return null;
  let tree: Node;
  try {
    tree = new Parser(alt).parse();
  } catch {
    return null;
  }
  const walk = (n: Node): Bounded | null => {
    switch (n.t) {
      case 'empty':
        return { chars: new Set(), max: 0 };
      case 'lit':
        return { chars: new Set(Array.from({ length: n.s.length }, (_, k) => n.s.charCodeAt(k))), max: n.s.length };
      case 'chars':
        if (n.chars === null || n.chars.some((ch) => ch.length !== 1)) return null;
        return { chars: new Set(n.chars.map((ch) => ch.charCodeAt(0))), max: 1 };
      case 'seq':
      case 'alt': {
        const parts = (n.t === 'seq' ? n.items : n.options).map(walk);
        if (parts.some((x) => x === null)) return null;
        const chars = new Set<number>();
        for (const x of parts as Bounded[]) x.chars.forEach((ch) => chars.add(ch));
        const maxes = (parts as Bounded[]).map((x) => x.max);
        return { chars, max: n.t === 'seq' ? maxes.reduce((a, b) => a + b, 0) : Math.max(0, ...maxes) };
      }
      case 'rep': {
        const inner = walk(n.node);
        return inner === null || n.max === Infinity ? null : { chars: inner.chars, max: inner.max * n.max };
      }
    }
  };
  return walk(tree);
}

/** One sticky regex of the alternatives `indexes`, each in a capturing group: which one matched is m.slice(1)'s defined entry. */
function capturing(indexes: readonly number[], alternatives: readonly string[], suffix: string): RegExp {
  return nativeRegExp(`(?:${indexes.map((i) => `(${alternatives[i]})`).join('|')})${suffix}`, 'uy');
}

/** The index (in `indexes`) of the alternative a match of `capturing` went through. */
function whichAlternative(m: RegExpExecArray): number {
  for (let k = 1; k < m.length; k++) if (m[k] !== undefined) return k - 1;
  return -1;
}

/**
 * The matcher of one group: `others` through one regex, `apart` (Bounded alternatives) through
 * another whose results are remembered; the first alternative in the lexicon's order wins.
 */
function groupMatcher(others: readonly number[], apart: readonly number[], alternatives: readonly string[], bounded: ReadonlyArray<Bounded | null>, suffix: string): (text: string, p: number) => RegExpExecArray | null {
  if (apart.length === 0) {
    if (others.length === 0) return () => null;
    return stickyAt(nativeRegExp(`(?:${others.map((i) => alternatives[i]).join('|')})${suffix}`, 'uy'));
  }
  const othersRe = others.length > 0 ? capturing(others, alternatives, suffix) : null;
  const apartRe = capturing(apart, alternatives, suffix);
  const chars = new Set<number>();
  let max = 0;
  for (const i of apart) {
    const b = bounded[i] as Bounded;
    b.chars.forEach((ch) => chars.add(ch));
    max = Math.max(max, b.max);
  }
  // Result by what the apart alternatives can read: the index in the lexicon and the length, or null.
  const remembered = new Map<string, { index: number; length: number } | null>();
  return (text, p) => {
    let best: RegExpExecArray | null = null;
    let bestIndex = Number.POSITIVE_INFINITY;
    if (othersRe !== null) {
      othersRe.lastIndex = p;
      const m = othersRe.exec(text);
      if (m !== null) {
        best = m;
        bestIndex = others[whichAlternative(m)] as number;
      }
    }
    const n = text.length;
    let end = p;
    const limit = Math.min(n, p + max);
    while (end < limit && chars.has(text.charCodeAt(end))) end++;
    // The character after, which the suffix's lookahead reads (a surrogate pair whole); '$' marks the text's end.
    let look = Math.min(n, end + 1);
    if (look < n && (text.charCodeAt(look - 1) & 0xfc00) === 0xd800) look++;
    const key = look === n ? `$${text.slice(p, look)}` : text.slice(p, look);
    let found = remembered.get(key);
    if (found === undefined) {
      apartRe.lastIndex = p;
      const m = apartRe.exec(text);
      found = m === null ? null : { index: apart[whichAlternative(m)] as number, length: m[0].length };
      if (remembered.size >= REMEMBERED_MAX) remembered.clear();
      remembered.set(key, found);
    }
    if (found !== null && found.index < bestIndex) {
      const m = [text.slice(p, p + found.length)] as unknown as RegExpExecArray;
      m.index = p;
      m.input = text;
      return m;
    }
    return best;
  };
}

/**
 * The alternatives of `source` at its top level (inside one enclosing non-capturing group, if the
 * whole source is one), or null when it holds a capturing or named group (their numbers would
 * change across groups) or a back-reference.
 */
export function topAlternatives(source: string): string[] | null {
  let src = source;
  if (src.startsWith('(?:') && closingParen(src, 0) === src.length - 1) src = src.slice(3, -1);
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      if (/[1-9k]/.test(src[i + 1] ?? '')) return null;
      i++;
    } else if (ch === '[') i = classEnd(src, i);
    else if (ch === '(') {
      if (src[i + 1] !== '?' || (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!')) return null;
      depth++;
    } else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** The index of the ")" closing the group opened at `open`, or -1. */
function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(src, i);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The index of the "]" closing the character class opened at `open`. */
function classEnd(src: string, open: number): number {
  let i = open + 1;
  if (src[i] === '^') i++;
  if (src[i] === ']') i++; // a "]" first in a class is none in `u` mode, but harmless to step over
  for (; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return src.length;
}

/**
 * eachWordMatch of match-utils, with `mark` (see Prefilter.mark) also counted as a word's inside
 * before a match.
 */
export function eachWordMatchAfterMark(re: RegExp, text: string, mark: number, onMatch: (m: RegExpExecArray) => void, accept?: (m: RegExpExecArray) => boolean): void {
  if (mark === -1 && accept === undefined) {
    eachWordMatch(re, text, onMatch);
    return;
  }
  eachWordMatch(re, text, (m) => {
    if ((mark !== -1 && m.index > 0 && text.charCodeAt(m.index - 1) === mark) || (accept !== undefined && !accept(m))) {
      re.lastIndex = m.index + 1; // as eachWordMatch does for a rejected match
      return;
    }
    onMatch(m);
  });
}

/** Same matches as `eachWordMatch(lex.regex, text, onMatch)`, found from the prefilter. */
export function eachLexiconMatch(lex: Lexicon, text: string, onMatch: (m: RegExpExecArray) => void): void {
  if (lex.prefilter.unfiltered[0]) {
    eachWordMatchAfterMark(lex.regex, text, lex.prefilter.mark, onMatch);
    return;
  }
  for (let p = nextPosition(lex.prefilter, text, 0); p !== -1; ) {
    const m = lex.matchAt(text, p);
    if (m !== null && m[0].length > 0) {
      onMatch(m);
      p = nextPosition(lex.prefilter, text, p + m[0].length);
    } else p = nextPosition(lex.prefilter, text, p + 1);
  }
}

/**
 * Same matches as `eachLexiconMatch(lex, text, onMatch)`, from `positions`: the lexicon's list of
 * `triggerPositions` of a prefilter built over several sources with the same mark (one pass over
 * the text for all of them). A lexicon whose prefixes are unknown scans the whole text.
 */
export function eachLexiconMatchAt(lex: Lexicon, text: string, positions: readonly number[], onMatch: (m: RegExpExecArray) => void): void {
  if (lex.prefilter.unfiltered[0]) {
    eachWordMatchAfterMark(lex.regex, text, lex.prefilter.mark, onMatch);
    return;
  }
  eachMatchWith(lex.matchAt, text, positions, onMatch);
}

/**
 * `re.test(s)`, looked for only where a match of `re` could begin (its prefilter, inside words too)
 * and through the alternatives that can begin with the character there (alternativesByFirstChar):
 * for the small patterns the claim detector tests on every sentence with a candidate and its
 * neighbours, which V8 compiles past its code budget (docs/architecture.md, "Regexps and V8's code
 * budget"). The same answer as `re.test(s)`; a pattern with the flag g, y or i, without u, or whose
 * beginnings are unknown is tested as it is.
 */
export function fastTester(re: RegExp): (s: string) => boolean {
  const plain = (s: string): boolean => re.test(s);
  if (/[giy]/.test(re.flags) || !re.flags.includes('u')) return plain;
  const pf = buildPrefilter([re.source]);
  if (pf.unfiltered[0]) return plain;
  const matchAt = alternativesByFirstChar(re.source, '', () => nativeRegExp(re.source, `${re.flags}y`));
  return (s: string): boolean => {
    for (let p = nextPosition(pf, s, 0, true); p !== -1; p = nextPosition(pf, s, p + 1, true)) if (matchAt(s, p) !== null) return true;
    return false;
  };
}

/** Same as `firstWordMatch(lex.regex, text)`, found from the prefilter. */
export function firstLexiconMatch(lex: Lexicon, text: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  if (lex.prefilter.unfiltered[0]) {
    eachWordMatchAfterMark(lex.regex, text, lex.prefilter.mark, (m) => {
      found ??= m;
    });
    return found;
  }
  for (let p = nextPosition(lex.prefilter, text, 0); p !== -1; p = nextPosition(lex.prefilter, text, p + 1)) {
    const m = lex.matchAt(text, p);
    if (m !== null && m[0].length > 0) return m;
  }
  return null;
}
