/**
 * The claim grammar (README, "Checklist": claims.prohibited): each rule of a pack is a trigger
 * (an action, a quantifier or a red-flag phrase) that may need a health object, a proven
 * treatment, a vaccine or a list of conditions near it. Rules run on the lower-cased text; the
 * objects are looked for in a bounded window around the trigger, so the cost stays linear.
 */
import { BoundedCache, WA } from '../../scanners/match-utils';
import { buildPrefilter, compileLexicon, eachLexiconMatch, eachMatchWith, eachWordMatchAfterMark, stickyAt, firstLexiconMatch, patternRegexes, triggerPositions } from './prefilter';
import type { Lexicon, PatternRegexes, Prefilter } from './prefilter';
import type { Candidate, ClaimPack, ClaimRule, RuleScope } from './types';
import type { Span } from './text';
import { nativeRegExp } from '../../scanners/native-regexp';
import { MARK, viewRegExp, viewSource } from './view';

export interface CompiledPack {
  pack: ClaimPack;
  /**
   * Compiled for the one-byte view of the lower-cased text (./view.ts: the patterns name the
   * stand-ins), or for the lower-cased text itself (a text the view cannot stand for).
   */
  view: boolean;
  /** `regex` scans a whole text (global); `sticky` matches at one position (see ./prefilter.ts). */
  rules: Array<PatternRegexes & { rule: ClaimRule }>;
  /** The pack's `flaggedTextRules` (compiled after `rules`, in `rules` too): their candidates count only in a flagged text. */
  flaggedOnly: ReadonlySet<ClaimRule>;
  /** Where each rule (index i) and the health lexicon (index rules.length) can begin a match. */
  prefilter: Prefilter;
  /** The pack's `ruleScope`, sticky: `before` (per kind) at a match's start, `after` at its end. */
  scope: { before: RegExp; beforeGuarantee: RegExp; after: RegExp } | null;
  health: Lexicon;
  /** The pack's `bareHealth`: read only for the sentence reader's bare sentences (index.ts, bareHits). */
  bareHealth: Lexicon | null;
  treatment: Lexicon;
  vaccine: Lexicon;
  negator: Set<string>;
  notNegation: Set<string>;
  conditional: Set<string>;
  hedge: RegExp;
  disclaimer: RegExp;
  serviceList: RegExp | null;
  altCare: RegExp | null;
  answeredNo: RegExp;
  polarQuestion: RegExp | null;
  answeredYes: RegExp | null;
  clauseNegation: RegExp | null;
  warning: RegExp | null;
  refutedAfter: RegExp | null;
  /** Global: its matches are blanked before the refutation test. */
  dismissedTreatment: RegExp | null;
  scopeBreak: RegExp | null;
  refundAfter: RegExp | null;
  nounNegator: Set<string>;
  quantityNegator: Set<string>;
  nounScopeEnd: RegExp | null;
  creditedCare: RegExp | null;
  /** A list's punctuation or a word of the pack's severalWords: a sentence that names several conditions (index.ts, namesSeveral). */
  several: RegExp;
  referral: RegExp | null;
  gerund: RegExp | null;
  reported: RegExp | null;
  weightLoss: RegExp | null;
  slowPace: RegExp | null;
  quotedClaim: RegExp | null;
  distancing: RegExp | null;
  reportFrame: RegExp | null;
  expectation: RegExp | null;
  letDown: RegExp | null;
  vaccineRefusal: RegExp | null;
  reportingVerb: Set<string>;
  kin: Set<string>;
  effort: Set<string>;
  service: RegExp | null;
  serviceAfter: RegExp | null;
  orgWord: Set<string>;
  quotedMention: RegExp | null;
  quotedMentionBefore: RegExp | null;
  quotedSubject: RegExp | null;
  negatedAfter: RegExp | null;
  reportCondition: RegExp | null;
  invitation: RegExp | null;
  approvalScope: RegExp | null;
  lesson: RegExp | null;
  careSubject: RegExp | null;
  pastTrigger: RegExp | null;
  harmBefore: RegExp | null;
  harmAfter: RegExp | null;
  limitedBefore: RegExp | null;
  limitedAfter: RegExp | null;
  abbreviations: ReadonlySet<string>;
  approvalReference: RegExp | null;
  approvalFact: RegExp | null;
  careModal: RegExp | null;
  attribution: RegExp | null;
  /** First words of the two-word entries of `kin` and `effort`. */
  pairFirst: Set<string>;
}

const compiled = new BoundedCache<CompiledPack>(8);

/**
 * A pack's rules and context patterns compiled once, by default for the one-byte view of the text
 * (./view.ts; docs/architecture.md, "Regexps and V8's code budget"); `view` false compiles the
 * original patterns, for the rare text the view cannot stand for.
 */
export function compilePack(pack: ClaimPack, view = true): CompiledPack {
  return compiled.get(`${pack.language}\u0000${view ? 'view' : 'text'}`, () => build(pack, view));
}

function build(pack: ClaimPack, view: boolean): CompiledPack {
  const src = view ? viewSource : (source: string): string => source;
  const mark = view ? MARK : -1;
  const optional = (source: string | undefined): RegExp | null => (source ? nativeRegExp(src(source), 'u') : null);
  const flaggedOnly = pack.flaggedTextRules ?? [];
  const rules = flaggedOnly.length ? [...pack.rules, ...flaggedOnly] : pack.rules;
  return {
    pack,
    view,
    rules: rules.map((rule) => Object.assign(patternRegexes(src(rule.pattern), WA), { rule })),
    flaggedOnly: new Set(flaggedOnly),
    prefilter: buildPrefilter([...rules.map((r) => src(r.pattern)), src(pack.healthObject)], mark),
    scope: pack.ruleScope ? compileScope(pack.ruleScope, src) : null,
    health: compileLexicon(src(pack.healthObject), WA, mark),
    bareHealth: pack.bareHealth ? compileLexicon(src(pack.bareHealth), WA, mark) : null,
    treatment: compileLexicon(src(pack.treatment), WA, mark),
    vaccine: compileLexicon(src(pack.vaccine), WA, mark),
    negator: new Set(pack.negators),
    notNegation: new Set(pack.notNegations ?? []),
    conditional: new Set(pack.conditionals ?? []),
    hedge: nativeRegExp(src(`(?<![\\p{L}\\p{N}])(?:${pack.hedges.map((h) => h.replace(/ /g, '[\\s\\u00a0]{1,3}')).join('|')})${WA}`), 'u'),
    disclaimer: nativeRegExp(src(pack.disclaimer), 'u'),
    serviceList: optional(pack.serviceList),
    altCare: optional(pack.altCare),
    answeredNo: nativeRegExp(src(pack.answeredNo), 'u'),
    polarQuestion: optional(pack.polarQuestion),
    answeredYes: optional(pack.answeredYes),
    clauseNegation: optional(pack.clauseNegation),
    warning: optional(pack.warning),
    refutedAfter: optional(pack.refutedAfter),
    dismissedTreatment: pack.dismissedTreatment ? nativeRegExp(src(pack.dismissedTreatment), 'gu') : null,
    scopeBreak: optional(pack.scopeBreak),
    refundAfter: optional(pack.refundAfter),
    nounNegator: new Set(pack.nounNegators ?? []),
    quantityNegator: new Set(pack.quantityNegators ?? []),
    nounScopeEnd: optional(pack.nounScopeEnd),
    creditedCare: optional(pack.creditedCare),
    several: nativeRegExp(src(`[,;&+/]${pack.severalWords ? `|(?:^|[^\\p{L}])(?:${pack.severalWords})(?![\\p{L}])` : ''}`), 'u'),
    referral: optional(pack.referral),
    gerund: optional(pack.gerund),
    reported: optional(pack.reported),
    weightLoss: optional(pack.weightLoss),
    slowPace: optional(pack.slowPace),
    quotedClaim: optional(pack.quotedClaim),
    distancing: optional(pack.distancing),
    reportFrame: optional(pack.reportFrame),
    expectation: optional(pack.expectation),
    letDown: optional(pack.letDown),
    vaccineRefusal: optional(pack.vaccineRefusal),
    reportingVerb: new Set(pack.reportingVerbs ?? []),
    kin: new Set(pack.kin ?? []),
    effort: new Set(pack.effort ?? []),
    service: optional(pack.service),
    serviceAfter: optional(pack.serviceAfter),
    orgWord: new Set(pack.orgWords ?? []),
    quotedMention: optional(pack.quotedMention),
    quotedMentionBefore: optional(pack.quotedMentionBefore),
    quotedSubject: optional(pack.quotedSubject),
    negatedAfter: optional(pack.negatedAfter),
    reportCondition: optional(pack.reportCondition),
    invitation: optional(pack.invitation),
    approvalScope: optional(pack.approvalScope),
    lesson: optional(pack.lesson),
    careSubject: optional(pack.careSubject),
    pastTrigger: optional(pack.pastTrigger),
    harmBefore: optional(pack.harmBefore),
    harmAfter: optional(pack.harmAfter),
    limitedBefore: optional(pack.limitedBefore),
    limitedAfter: optional(pack.limitedAfter),
    abbreviations: new Set(pack.abbreviations ?? []),
    approvalReference: optional(pack.approvalReference),
    approvalFact: optional(pack.approvalFact),
    careModal: optional(pack.careModal),
    attribution: optional(pack.attribution),
    pairFirst: new Set([...(pack.kin ?? []), ...(pack.effort ?? [])].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0] as string)),
  };
}

function compileScope(scope: RuleScope, src: (source: string) => string): CompiledPack['scope'] {
  const before = nativeRegExp(src(scope.before), 'uy');
  return {
    before,
    beforeGuarantee: scope.beforeGuarantee ? nativeRegExp(src(scope.beforeGuarantee), 'uy') : before,
    after: nativeRegExp(src(scope.after), 'uy'),
  };
}

/** Does the match [start, end) of `rule` pass the pack's scope checks (CompiledPack.scope)? */
export function inScope(c: CompiledPack, rule: ClaimRule, lower: string, start: number, end: number): boolean {
  const scope = c.scope as NonNullable<CompiledPack['scope']>;
  const before = rule.kind === 'guarantee' ? scope.beforeGuarantee : scope.before;
  before.lastIndex = start;
  if (!before.test(lower)) return false;
  scope.after.lastIndex = end;
  return scope.after.test(lower);
}

/** Words (letters, digits, apostrophes, hyphens), as match-utils' wordCount counts them; and in the view. */
const GAP_WORD = /[\p{L}\p{N}'\u2019-]+/gu;
const GAP_WORD_VIEW = viewRegExp(GAP_WORD);

function wordCount(c: CompiledPack, s: string): number {
  const re = c.view ? GAP_WORD_VIEW : GAP_WORD;
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(s) !== null) n++;
  return n;
}

/** How far (characters) and how many words from the trigger an object may sit. */
const AFTER_CHARS = 60;
const BEFORE_CHARS = 50;
const MAX_GAP_WORDS = 5;
const LIST_CHARS = 140;
const LIST_MIN = 3;
/** How far back (characters, across sentences) a refused vaccination reaches a substitute named after it. */
const REFUSAL_CHARS = 200;

/** End of the window after `from`: the sentence end or a hard clause stop. */
function windowAfter(lower: string, from: number, sentenceEnd: number, chars: number, stops: RegExp): string {
  let w = lower.slice(from, Math.min(sentenceEnd, from + chars));
  const stop = w.search(stops);
  if (stop !== -1) w = w.slice(0, stop);
  return w;
}

const STOP_AFTER = /[.;!?\n]|[,:]\s|\s(?:but|so|because|while|though)\s/u;
const STOP_LIST = /[.;!?\n]|\s(?:but|so|because)\s/u;

/** An object after the trigger within a few words: returns its end offset, or -1. */
function objectAfter(c: CompiledPack, re: Lexicon, lower: string, from: number, sentenceEnd: number, maxGap = MAX_GAP_WORDS): number {
  const w = windowAfter(lower, from, sentenceEnd, AFTER_CHARS, STOP_AFTER);
  const m = firstLexiconMatch(re, w);
  if (!m || wordCount(c, w.slice(0, m.index)) > maxGap) return -1;
  return from + m.index + m[0].length;
}

/** The nearest object before the trigger within a few words: returns its start offset, or -1. */
function objectBefore(c: CompiledPack, re: Lexicon, lower: string, to: number, sentenceStart: number, maxGap = MAX_GAP_WORDS): number {
  const from = Math.max(sentenceStart, to - BEFORE_CHARS);
  let w = lower.slice(from, to);
  const cut = Math.max(w.lastIndexOf('. '), w.lastIndexOf('; '), w.lastIndexOf('! '));
  const base = cut === -1 ? from : from + cut + 2;
  w = lower.slice(base, to);
  let last = -1;
  eachLexiconMatch(re, w, (m) => {
    last = m.index;
  });
  if (last === -1 || wordCount(c, w.slice(last)) - 1 > maxGap + 2) return -1;
  return base + last;
}

/** Several health objects listed after the trigger ("treats arthritis, asthma and even cancer"). */
function listAfter(c: CompiledPack, re: Lexicon, lower: string, from: number, sentenceEnd: number): number {
  const w = windowAfter(lower, from, sentenceEnd, LIST_CHARS, STOP_LIST);
  let count = 0;
  let end = -1;
  let lastEnd = 0;
  eachLexiconMatch(re, w, (m) => {
    // Objects must follow each other closely, as in a list.
    if (count > 0 && wordCount(c, w.slice(lastEnd, m.index)) > 4) return;
    if (count === 0 && wordCount(c, w.slice(0, m.index)) > MAX_GAP_WORDS) return;
    // Two objects with only a space between name one condition ("skin cancer", "type 2 diabetes"), not two items; so do
    // a head and its complement ("síntomas de la osteoartritis", "dolor de rodilla", "symptoms of arthritis").
    if (count === 0 || !/^(?:[\s\u00a0-]{1,3}|[\s\u00a0]{1,3}(?:de|del|of)(?:[\s\u00a0]{1,3}(?:la|el|los|las|the))?[\s\u00a0]{1,3})$/u.test(w.slice(lastEnd, m.index))) count++;
    lastEnd = m.index + m[0].length;
    end = from + lastEnd;
  });
  return count >= LIST_MIN ? end : -1;
}

/**
 * The matches of compiled rule (or lexicon) `i`: at its prefilter positions, or by a whole-text
 * scan. A rule's match outside the pack's scope (CompiledPack.scope) is not one: the search goes
 * on from the next position, as if the checks were part of the rule's pattern.
 */
function eachRuleMatch(c: CompiledPack, i: number, lower: string, positions: number[][], onMatch: (m: RegExpExecArray) => void): void {
  const compiledRule = i === c.rules.length ? null : (c.rules[i] as CompiledPack['rules'][number]);
  const pattern = compiledRule ?? c.health;
  const accept =
    compiledRule && c.scope && !c.flaggedOnly.has(compiledRule.rule)
      ? (m: RegExpExecArray): boolean => inScope(c, compiledRule.rule, lower, m.index, m.index + m[0].length)
      : undefined;
  if (c.prefilter.unfiltered[i]) eachWordMatchAfterMark(pattern.regex, lower, c.prefilter.mark, onMatch, accept);
  // A rule is matched whole; a lexicon through its alternatives by first character (prefilter.ts, stickyAt).
  else eachMatchWith(compiledRule ? stickyAt(compiledRule.sticky) : c.health.matchAt, lower, positions[i] as number[], onMatch, accept);
}

/**
 * All grammar candidates (`flaggedOnly`: of the pack's flaggedTextRules alone) of the lower-cased segment text (`lower`: its one-byte view when `c.view`,
 * see ./view.ts): one prefilter pass finds where each rule can match, each rule runs only there,
 * and each match is placed in its sentence (sentences are in order, so a moving pointer).
 */
export function candidates(c: CompiledPack, lower: string, sents: readonly Span[], flaggedOnly = false): Candidate[] {
  const out: Candidate[] = [];
  if (sents.length === 0) return out;
  const positions = triggerPositions(c.prefilter, lower);
  c.rules.forEach(({ rule }, ri) => {
    // The pack's rules, or (flaggedOnly) its flaggedTextRules alone.
    if (c.flaggedOnly.has(rule) !== flaggedOnly) return;
    let si = 0;
    eachRuleMatch(c, ri, lower, positions, (m) => {
      const start = m.index;
      while (si < sents.length - 1 && (sents[si] as Span).end <= start) si++;
      const sentence = sents[si] as Span;
      if (start < sentence.start || start >= sentence.end) return;
      // "Brain fog? Gone.": an object asked about in a short question just before counts.
      const prev = sents[si - 1];
      const bound =
        prev && sentence.start - prev.start < 60 && /\?\s*$/.test(lower.slice(Math.max(prev.start, prev.end - 4), prev.end))
          ? { start: prev.start, end: sentence.end }
          : sentence;
      const cand = located(c, rule, lower, bound, start, Math.min(start + m[0].length, sentence.end));
      if (cand) out.push(cand);
    });
  });
  if (!flaggedOnly) bareLists(c, lower, sents, positions, out);
  return out;
}

const LIST_RULE: ClaimRule = { id: 'cureall.bare', kind: 'cure-all', pattern: '' };

/**
 * Lists of several health objects with no verb ("✔ MS ✔ Lyme ✔ arthritis", "relief from
 * diabetes, arthritis, cancer & more"): one pass over the health objects of the text.
 */
function bareLists(c: CompiledPack, lower: string, sents: readonly Span[], positions: number[][], out: Candidate[]): void {
  let si = 0;
  let first = -1;
  let lastEnd = -1;
  const items = new Set<string>();
  const flush = (): void => {
    if (items.size >= LIST_MIN) out.push({ rule: LIST_RULE, start: first, end: lastEnd, triggerStart: first, triggerEnd: lastEnd });
    items.clear();
  };
  eachRuleMatch(c, c.rules.length, lower, positions, (m) => {
    while (si < sents.length - 1 && (sents[si] as Span).end <= m.index) si++;
    const sentence = sents[si] as Span;
    if (items.size > 0 && m.index - lastEnd > 40) flush();
    if (items.size > 0) {
      const between = lower.slice(lastEnd, m.index);
      // List items follow each other closely, with a separator: ", " "and" "or" "&" "✔" "+".
      if (m.index >= sentence.end || lastEnd < sentence.start || wordCount(c, between) > 3 || !(c.view ? LIST_SEPARATOR_VIEW : LIST_SEPARATOR).test(between)) flush();
    }
    if (items.size === 0) first = m.index;
    items.add(m[0]);
    lastEnd = m.index + m[0].length;
  });
  flush();
}

const LIST_SEPARATOR = /[,;&+/\u2713\u2714\u2022|]|\b(?:and|or|to|plus)\b/u;
const LIST_SEPARATOR_VIEW = viewRegExp(LIST_SEPARATOR);

/** How far before a match `health-line-before` and `treatment-line-before` look for the end of their object. */
const LINE_BEFORE_CHARS = 160;

/** Does a match of `lexicon` (health objects or treatments) end at most LINE_BEFORE_CHARS before `start`, with no line break after it? */
function onLineBefore(lexicon: CompiledPack['health'], lower: string, start: number): boolean {
  const lineStart = lower.lastIndexOf('\n', start - 1) + 1;
  // Room for the object itself before the window it must end in.
  const from = Math.max(lineStart, start - LINE_BEFORE_CHARS - 64);
  const window = lower.slice(from, start);
  // A window cut inside a word does not start a match there (the lexicon matches at word starts).
  const cutInWord = from > 0 && /[\p{L}\p{N}]/u.test(lower.charAt(from - 1)) && /[\p{L}\p{N}]/u.test(lower.charAt(from));
  let found = false;
  eachLexiconMatch(lexicon, window, (m) => {
    if (found || (cutInWord && m.index === 0)) return;
    if (from + m.index + m[0].length >= start - LINE_BEFORE_CHARS) found = true;
  });
  return found;
}

function located(c: CompiledPack, rule: ClaimRule, lower: string, sentence: Span, start: number, end: number): Candidate | null {
  // Written out rather than spread from a shared base: object spread is a slow path in V8.
  const cand = (s: number, e: number): Candidate => ({ rule, triggerStart: start, triggerEnd: end, start: s, end: e });
  switch (rule.needs) {
    case undefined:
      return cand(start, end);
    case 'health': {
      const e = objectAfter(c, c.health, lower, end, sentence.end);
      return e === -1 ? null : cand(start, e);
    }
    case 'health-before': {
      const b = objectBefore(c, c.health, lower, start, sentence.start);
      return b === -1 ? null : cand(b, end);
    }
    case 'health-line-before':
      return onLineBefore(c.health, lower, start) ? cand(start, end) : null;
    case 'treatment-line-before':
      return onLineBefore(c.treatment, lower, start) ? cand(start, end) : null;
    case 'health-around': {
      const e = objectAfter(c, c.health, lower, end, sentence.end);
      if (e !== -1) return cand(start, e);
      const b = objectBefore(c, c.health, lower, start, sentence.start, 3);
      return b === -1 ? null : cand(b, end);
    }
    case 'treatment': {
      const e = objectAfter(c, c.treatment, lower, end, sentence.end, 4);
      return e === -1 ? null : cand(start, e);
    }
    case 'treatment-before': {
      const b = objectBefore(c, c.treatment, lower, start, sentence.start, 6);
      return b === -1 ? null : cand(b, end);
    }
    case 'vaccine': {
      const e = objectAfter(c, c.vaccine, lower, end, sentence.end, 5);
      if (e !== -1) return cand(start, e);
      const b = objectBefore(c, c.vaccine, lower, start, sentence.start, 2);
      return b === -1 ? null : cand(b, end);
    }
    case 'vaccine-refused': {
      // A vaccine word before it first (the lexicon's prefilter is cheap), then the refusal around it.
      // The refusal before it, or later in its sentence ("elderberry = all the immunity she needs, no vaccines").
      const before = lower.slice(Math.max(0, start - REFUSAL_CHARS), start);
      const refused = (w: string): boolean => firstLexiconMatch(c.vaccine, w) !== null && (c.vaccineRefusal as RegExp).test(w);
      if (c.vaccineRefusal === null || !(refused(before) || refused(lower.slice(end, Math.min(sentence.end, end + REFUSAL_CHARS))))) return null;
      // The substitute is not the vaccine itself ("no flu shot yet, we give them free"): no vaccine word right after it.
      return objectAfter(c, c.vaccine, lower, end, sentence.end, 4) === -1 ? cand(start, end) : null;
    }
    case 'list': {
      const e = listAfter(c, c.health, lower, end, sentence.end);
      return e === -1 ? null : cand(start, e);
    }
  }
}
