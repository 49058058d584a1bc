/**
 * Prohibited health claims (README, "Checklist": claims.prohibited). Three layers:
 *
 * 1. a grammar over the FTC/FDA red-flag families (./grammar.ts, lexicons in ./packs): a trigger
 *    plus, where the family needs one, a health object, a proven treatment, a vaccine or a list
 *    of conditions near it;
 * 2. the linguistic context of each candidate (./features.ts): negation and its scope, hedges,
 *    questions answered with "no", the supplement disclaimer, who speaks;
 * 3. a logistic-regression gate over those features (./model.ts, weights in model.en.json): a text
 *    with a candidate above its threshold reports every candidate the context allows;
 * 4. the sentence reader (./sentence-model.ts, weights in sentence-model.<language>.json): a model
 *    of word n-grams that drops the hits of a sentence that reads unlike a claim, and reports a
 *    sentence that reads like one of a kind the grammar did not find there.
 *
 * A finding always carries the kind and the span the grammar matched (or, for the reader's own, the
 * sentence it read). Linear in the text length:
 * one prefilter pass (./prefilter.ts) finds where each rule's trigger can begin, each rule's regex
 * runs only there, and each candidate looks at a bounded window.
 */
import { BoundedCache, escapeRegex, isNegated, lowerSameLength, phraseToPattern, WA, eachWordMatch } from '../../scanners/match-utils';
import { candidates as grammarCandidates, compilePack } from './grammar';
import type { CompiledPack } from './grammar';
import { candidateFeatures, nearMemo, sentenceInfo, vetoed } from './features';
import type { NearMemo, SentenceInfo } from './features';
export { vetoed } from './features';
import { score } from './model';
import { en } from './packs/en';
import { es } from './packs/es';
import { NO_LANGUAGE, noLanguageClaimPack } from '../language';
import { CLAUSE_PUNCTUATION, sentences } from './text';
import { TextLruCache, isLetterBefore, mergedWindows, overlapIndex } from '../text';
import type { Span } from '../text';
import type { Candidate, ClaimKind, ClaimModel, ClaimPack, ClaimRule, KindMeta } from './types';
import modelEn from './model.en.json';
import readerEn from './sentence-model.en.json';
import readerEs from './sentence-model.es.json';
import { loadSentenceModel, readSentence } from './sentence-model';
import type { SentenceModel, SentenceModelFile, SentenceReading, WordCache } from './sentence-model';
import { toView } from './view';
import { buildPrefilter, compileLexicon, eachLexiconMatch, eachLexiconMatchAt, firstLexiconMatch, triggerPositions } from './prefilter';
import type { Lexicon, Prefilter } from './prefilter';
import { nativeRegExp } from '../../scanners/native-regexp';

export type { ClaimKind, ClaimModel, ClaimPack, KindMeta } from './types';

export interface ClaimDetectOptions {
  /** Extra phrases to flag (kind `custom`). */
  add?: readonly string[];
  /** Built-in triggers to stop flagging: a phrase ("cure", "guaranteed results"), a kind or a rule id. */
  remove?: readonly string[];
  /** The entry cites a reference, so an "FDA approved" statement is left to the reviewer. */
  hasReference?: boolean;
  /** Classifier override (tests, training); null scores nothing and keeps every candidate. */
  model?: ClaimModel | null;
  /** Sentence reader override (tests, training); null reads no sentence (the grammar alone). */
  reader?: SentenceModel | null;
}

export interface ClaimHit {
  kind: ClaimKind;
  start: number;
  end: number;
  rule: string;
  score: number;
}

/** A candidate's place and kind. */
interface KindSpan extends Span {
  kind: ClaimKind;
}

/** A candidate with its features, for training and diagnostics. */
export interface AnalysedCandidate extends Candidate {
  features: string[];
}

const PACKS: Record<string, ClaimPack> = { en, es, [NO_LANGUAGE]: noLanguageClaimPack };
const MODELS: Record<string, ClaimModel> = { en: modelEn as ClaimModel };
const READER_FILES: Record<string, SentenceModelFile> = { en: readerEn as SentenceModelFile, es: readerEs as SentenceModelFile };
const readers = new Map<string, SentenceModel>();

/** The sentence reader of a language, loaded into its table on first use; null when the language has none. */
export function readerFor(language = 'en'): SentenceModel | null {
  const file = READER_FILES[language];
  if (!file) return null;
  let reader = readers.get(language);
  if (!reader) {
    reader = loadSentenceModel(file, packFor(language).negators);
    readers.set(language, reader);
  }
  return reader;
}

/** The rule id of the reader's own findings (a name for `lexicon.remove`). */
export const READER_RULE = 'reader.sentence';

export function packFor(language = 'en'): ClaimPack {
  return PACKS[language] ?? en;
}

export function kindMeta(kind: ClaimKind, language = 'en'): KindMeta {
  return packFor(language).meta[kind];
}

/** Is `rule` one of the pack's `flaggedTextRules` (never scored by the model, never flags a text alone)? */
export function countsOnlyInFlaggedText(rule: ClaimRule, language = 'en'): boolean {
  return compilePack(packFor(language)).flaggedOnly.has(rule);
}

/** Grammar candidates of `text` with their context features (no gating). */
export function analyseClaims(text: string, language = 'en'): AnalysedCandidate[] {
  const lower = lowerSameLength(text);
  return [...analyse(packFor(language), text, lower), ...analyse(packFor(language), text, lower, true, true)];
}

/** analyseClaims with the original patterns on the lower-cased text, never its view (tests). */
export function analyseClaimsWithoutView(text: string, language = 'en'): AnalysedCandidate[] {
  const lower = lowerSameLength(text);
  return [...analyse(packFor(language), text, lower, false), ...analyse(packFor(language), text, lower, false, true)];
}

/**
 * The pack's patterns run on the one-byte view of the lower-cased text (./view.ts): V8 then
 * compiles them for one-byte subjects only (docs/architecture.md, "Regexps and V8's code
 * budget"). A text the view cannot stand for is read with the original patterns.
 */
function analyse(pack: ClaimPack, text: string, lower: string, useView = true, flaggedOnly = false): AnalysedCandidate[] {
  const view = useView ? toView(lower) : null;
  const c = compilePack(pack, view !== null);
  const on = view ?? lower;
  const sents = sentences(text, c.abbreviations);
  const cands = grammarCandidates(c, on, sents, flaggedOnly);
  if (cands.length === 0) return [];
  cands.sort((a, b) => a.triggerStart - b.triggerStart || a.end - b.end);
  // Candidates per sentence, for the "several red flags in one sentence" feature.
  const perSentence = new Map<number, number>();
  const sentenceOf = (cand: Candidate, from: number): number => {
    let i = from;
    while (i < sents.length - 1 && sents[i]!.end <= cand.triggerStart) i++;
    return i;
  };
  let si = 0;
  const idx = cands.map((cand) => (si = sentenceOf(cand, si)));
  for (const i of idx) perSentence.set(i, (perSentence.get(i) ?? 0) + 1);
  const infos = new Map<number, ReturnType<typeof sentenceInfo>>();
  const memo = nearMemo();
  return cands.map((cand, k) => {
    const i = idx[k] as number;
    let info = infos.get(i);
    if (!info) {
      info = sentenceInfo(c, text, lower, on, sents, i, perSentence.get(i) ?? 1, memo);
      infos.set(i, info);
    }
    // The candidate is this call's own object: add the features to it (a spread is a slow path in V8).
    const analysed = cand as AnalysedCandidate;
    analysed.features = candidateFeatures(c, text, lower, on, cand, info);
    // Red flags of other families in the same sentence ("cures UTIs in 24 hours": cure with a speed),
    // among the nearest CO_WINDOW candidates each side, so a sentence of many candidates stays linear.
    for (let j = k - 1; j >= Math.max(0, k - CO_WINDOW) && idx[j] === i; j--) coKind(analysed, (cands[j] as Candidate).rule.kind);
    for (let j = k + 1; j < Math.min(cands.length, k + 1 + CO_WINDOW) && idx[j] === i; j++) coKind(analysed, (cands[j] as Candidate).rule.kind);
    return analysed;
  });
}

/**
 * The analysed candidates of recent texts, per pack: the panel evaluates a draft moments
 * before the gate evaluates the same text (README, "Checklist": scan results are cached by text).
 * The options (`add`, `remove`, `hasReference`, the model) apply after, on every call.
 */
const analysedCache = new WeakMap<ClaimPack, TextLruCache<readonly AnalysedCandidate[]>>();

function analyseCached(pack: ClaimPack, text: string, flaggedOnly = false): readonly AnalysedCandidate[] {
  let cache = analysedCache.get(pack);
  if (!cache) {
    cache = new TextLruCache<readonly AnalysedCandidate[]>(512, 4_000_000, 200_000);
    analysedCache.set(pack, cache);
  }
  return cache.get(text, flaggedOnly ? 'flagged' : '', () => analyse(pack, text, lowerSameLength(text), true, flaggedOnly));
}

function coKind(cand: AnalysedCandidate, other: ClaimKind): void {
  if (other === cand.rule.kind) return;
  const f = `co=${other}`;
  if (!cand.features.includes(f)) cand.features.push(f);
}

const CO_WINDOW = 6;

/** The candidates the context allows (not vetoed) and the lexicon does not remove, as hits, offset by `base`. */
function allowedHits(analysed: readonly AnalysedCandidate[], text: string, options: ClaimDetectOptions, removed: Set<string>, model: ClaimModel | null, base = 0): ClaimHit[] {
  const out: ClaimHit[] = [];
  for (const cand of analysed) {
    if (options.hasReference && cand.rule.kind === 'fda-approval') continue;
    if (vetoed(cand.features)) continue;
    const hit: ClaimHit = { kind: cand.rule.kind, start: base + cand.start, end: base + cand.end, rule: cand.rule.id, score: model ? score(model, cand.features) : 1 };
    if (removed.size > 0 && isRemoved(removed, hit, text.slice(cand.triggerStart, cand.triggerEnd), text.slice(cand.start, cand.end))) continue;
    out.push(hit);
  }
  return out;
}

/** How far (characters) from a hit the flaggedTextRules are read, and in at most how many windows per text. */
const NEAR_CHARS = 600;
const NEAR_MAX = 64;
const WORD_MAX = 40;

/**
 * The hits of the pack's `flaggedTextRules` (README.md, "What the detectors catch") in windows of
 * NEAR_CHARS around the hits of a flagged text, at most NEAR_MAX merged windows: a short post is
 * read whole, a long page only near its claims, so the cost stays bounded by the hits. Their
 * candidates are judged by the same context as the others (negation, hedges, refutation) but never
 * by the model: the text is flagged already.
 */
function nearHits(pack: ClaimPack, text: string, hits: readonly ClaimHit[], options: ClaimDetectOptions, removed: Set<string>): { hits: ClaimHit[]; analysed: KindSpan[] } {
  const out = { hits: [] as ClaimHit[], analysed: [] as KindSpan[] };
  if (!pack.flaggedTextRules?.length) return out;
  for (const w of mergedWindows(hits, NEAR_CHARS, NEAR_CHARS, text.length).slice(0, NEAR_MAX)) {
    // A window starts and ends at a whitespace within a word's length, so no word is cut.
    for (let k = 0; k < WORD_MAX && w.start > 0 && !/\s/.test(text[w.start - 1] as string); k++) w.start--;
    for (let k = 0; k < WORD_MAX && w.end < text.length && !/\s/.test(text[w.end] as string); k++) w.end++;
    const part = w.start === 0 && w.end === text.length ? text : text.slice(w.start, w.end);
    const analysed = analyseCached(pack, part, true);
    for (const cand of analysed) out.analysed.push({ start: w.start + cand.start, end: w.start + cand.end, kind: cand.rule.kind });
    out.hits.push(...allowedHits(analysed, part, options, removed, null, w.start));
  }
  return out;
}

/**
 * The pack's `flaggedTextPhrases`, compiled once per pack: each phrase a lexicon, and one prefilter
 * over all of them, so a text is read once to find where any phrase could begin a word, instead of
 * once per phrase or by a regex scanning the whole text (docs/architecture.md, "Regexps and V8's
 * code budget").
 */
interface FlaggedPhrases {
  kinds: ReadonlyArray<readonly [ClaimKind, Lexicon]>;
  prefilter: Prefilter;
}

const flaggedPhrases = new WeakMap<ClaimPack, FlaggedPhrases>();

function flaggedPhrasesOf(pack: ClaimPack): FlaggedPhrases {
  let phrases = flaggedPhrases.get(pack);
  if (!phrases) {
    const entries = Object.entries(pack.flaggedTextPhrases ?? {}) as Array<[ClaimKind, string]>;
    phrases = { kinds: entries.map(([kind, source]) => [kind, compileLexicon(source, '')] as const), prefilter: buildPrefilter(entries.map(([, source]) => source)) };
    flaggedPhrases.set(pack, phrases);
  }
  return phrases;
}

/** A clause break before a phrase: the negators looked at stop there. */
const CLAUSE_BREAK = /[.,;:!?()\n\u2014\u2013]/g;
/** Matches reported per family and text: a long text's repetitions add nothing the reviewer needs twice. */
const FLAGGED_MAX = 64;

/**
 * Phrases of the families that count only in a text already flagged (the pack's
 * `flaggedTextPhrases`; README.md, "What the detectors catch"): each match that starts a word,
 * overlaps no hit and no candidate of the grammar (a vetoed one was judged by its context), has
 * no negator of the pack among the three words before it in its clause, and is not removed by
 * the lexicon. A text with no other hit never gets here, so no look-alike gains
 * a finding. Linear: one prefilter pass per family.
 */
function flaggedTextHits(pack: ClaimPack, text: string, taken: readonly Span[], removed: Set<string>): ClaimHit[] {
  const phrases = flaggedPhrasesOf(pack);
  if (phrases.kinds.length === 0) return [];
  const lower = lowerSameLength(text);
  const positions = triggerPositions(phrases.prefilter, lower);
  const negators = compilePack(pack).negator;
  const out: ClaimHit[] = [];
  // A long text has thousands of hits and candidates: a binary search (overlapIndex); the phrases found here are few.
  const overlapsHit = overlapIndex(taken);
  const overlaps = (s: number, e: number): boolean => overlapsHit(s, e) || out.some((h) => h.start < e && s < h.end);
  phrases.kinds.forEach(([kind, phrase], index) => {
    let found = 0;
    eachLexiconMatchAt(phrase, lower, positions[index] as number[], (m) => {
      if (found >= FLAGGED_MAX) return;
      const start = m.index;
      const end = start + m[0].length;
      if (isLetterBefore(lower, start) || overlaps(start, end)) return;
      const lead = lower.slice(Math.max(0, start - 40), start);
      CLAUSE_BREAK.lastIndex = 0;
      let clause = 0;
      while (CLAUSE_BREAK.exec(lead) !== null) clause = CLAUSE_BREAK.lastIndex;
      const before = lead.slice(clause).split(/[^\p{L}'\u2019]+/u).filter(Boolean).slice(-3);
      if (before.some((w) => negators.has(w))) return;
      const hit: ClaimHit = { kind, start, end, rule: `flagged.${kind}`, score: 1 };
      if (removed.size > 0 && isRemoved(removed, hit, m[0], m[0])) return;
      out.push(hit);
      found++;
    });
  });
  return out;
}

const customCache = new BoundedCache<RegExp | null>(32);

function customRegex(add: readonly string[]): RegExp | null {
  return customCache.get(JSON.stringify(add), () => {
    const phrases = add.map((p) => p.trim().toLowerCase()).filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
    if (phrases.length === 0) return null;
    return nativeRegExp(`(?:${phrases.map(phraseToPattern).join('|')})${WA}`, 'gu');
  });
}

export function normalisePhrase(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2019]/g, "'")
    .replace(/[\s\u00a0\-\u2010-\u2014]+/g, ' ')
    .trim();
}

const INFLECTIONS = ['s', 'es', 'd', 'ed', 'ing', 'ly'];

/** Is a trigger removed by `lexicon.remove`? A phrase removes its inflections too ("cure" → "cures"). */
function isRemoved(removed: Set<string>, hit: ClaimHit, trigger: string, span: string): boolean {
  if (removed.has(hit.rule) || removed.has(normalisePhrase(hit.kind))) return true;
  const t = normalisePhrase(trigger);
  if (removed.has(t) || removed.has(normalisePhrase(span))) return true;
  for (const suffix of INFLECTIONS) {
    if (t.endsWith(suffix) && (removed.has(t.slice(0, -suffix.length)) || removed.has(`${t.slice(0, -suffix.length)}e`))) return true;
  }
  return false;
}

/**
 * Prohibited claims in one text, left to right. Overlapping hits of the same kind are merged
 * into the longest span.
 */
export function detectClaims(text: string, options: ClaimDetectOptions = {}, language = 'en'): ClaimHit[] {
  const model = options.model === undefined ? MODELS[language] ?? null : options.model;
  const removed = new Set((options.remove ?? []).map(normalisePhrase).filter((p) => p.length > 0));
  const hits: ClaimHit[] = [];
  // The candidates the context allows and the lexicon does not remove; the model decides whether
  // the text makes a claim at all. Once one candidate passes it, the text is flagged and every
  // allowed candidate is reported: "…works for every single client, and most ditch their insulin",
  // where "most" alone kept the second claim under the threshold (README.md, "What the detectors
  // catch"). A text the model clears gets nothing, so no look-alike gains a finding here.
  const pack = packFor(language);
  const analysed = analyseCached(pack, text);
  // A hit inside a proper name of the pack's namedPhrases ("21st Century Cures Act") is none.
  const named = analysed.length > 0 ? namedRanges(pack, text) : [];
  const outsideNames = (hit: ClaimHit): boolean => !named.some((r) => r.start < hit.end && hit.start < r.end);
  // The sentence reader, over a text with candidates, or over any text when it reads the sentences
  // where the grammar found nothing (its `bareAdd`); otherwise a text without candidates has no hit
  // to check and no sentence the reader may add.
  const chosen = options.reader === undefined ? readerFor(language) : options.reader;
  const reader = analysed.length > 0 || chosen?.file.bareAdd !== undefined ? chosen : null;
  const reading = reader ? readerPassCached(reader, pack, text) : null;
  // A hit in a sentence the reader scores below its `veto` is dropped, before the text is judged flagged.
  const kept = (hit: ClaimHit): boolean => outsideNames(hit) && (!reading || !reader || readsAsClaim(reader, reading, hit));
  // The candidates the context allows, and those of them the reader's veto drops (kept aside for `flaggedVeto`, below).
  const allowed: ClaimHit[] = [];
  const droppedByVeto: ClaimHit[] = [];
  for (const hit of allowedHits(analysed, text, options, removed, model)) {
    if (kept(hit)) allowed.push(hit);
    else if (outsideNames(hit)) droppedByVeto.push(hit);
  }
  // A candidate the model scores below its threshold still flags the text when the reader confirms
  // its sentence (the reader file's `confirm`), unless its context doubts it (CONFIRM_DOUBT).
  const confirm = reader?.file.confirm;
  // The candidates whose context doubts them, by place and rule, found once per text (a page has thousands).
  let doubted: Set<string> | undefined;
  const isDoubted = (hit: ClaimHit): boolean => {
    doubted ??= new Set(analysed.filter((c) => c.features.some((f) => CONFIRM_DOUBT.has(f))).map((c) => `${c.start}:${c.rule.id}`));
    return doubted.has(`${hit.start}:${hit.rule}`);
  };
  const confirmed = (hit: ClaimHit): boolean =>
    confirm !== undefined &&
    reading !== null &&
    hit.score >= confirm.model &&
    reading.sentences.length > 0 &&
    reading.read(reading.indexAt(hit.start)).claim >= confirm.reader &&
    !isDoubted(hit);
  if (model ? allowed.some((hit) => hit.score >= model.threshold || confirmed(hit)) : allowed.length > 0) hits.push(...allowed);
  // A text nothing flags yet: a candidate its context vetoed flags it when the reader is sure of its
  // sentence (the reader file's `overrule`), unless the veto is one the reader may not outvote (OVERRULE_NEVER).
  if (hits.length === 0 && reading && reader?.file.overrule !== undefined) {
    const over = overruledHits(reading, analysed, text, options, removed, reader.file.overrule, OVERRULE_NEVER).filter(outsideNames);
    if (over.length > 0) hits.push(...allowed, ...over);
  }
  // Every candidate the grammar read, with its kind: the reader adds no second kind the grammar judged there.
  const considered: KindSpan[] = analysed.map((c) => ({ start: c.start, end: c.end, kind: c.rule.kind }));
  // What counts once the text is flagged, near its hits.
  const flaggedText = (): void => {
    // The rules that count only in a flagged text (the pack's flaggedTextRules), near the hits.
    const near = nearHits(pack, text, hits, options, removed);
    considered.push(...near.analysed);
    // The grammar's own candidates, vetoed ones included, are left to the context that judged them.
    hits.push(...near.hits.filter(kept), ...flaggedTextHits(pack, text, [...hits, ...near.hits, ...analysed, ...near.analysed], removed).filter(kept));
    if (reading && reader?.file.flaggedOverrule !== undefined) hits.push(...overruledHits(reading, analysed, text, options, removed, reader.file.flaggedOverrule).filter(outsideNames));
  };
  // A flagged text is no look-alike: a candidate its context allows that the reader's veto dropped is kept when its
  // sentence is scored at the reader's `flaggedVeto` or above ("…con el paquete de sueros ya puede suspender su
  // medicamento de la presión. Es un tratamiento natural garantizado."; docs/architecture.md, "The sentence reader").
  const flaggedVeto = reader?.file.flaggedVeto;
  if (hits.length > 0 && reading && flaggedVeto !== undefined && droppedByVeto.length > 0) {
    hits.push(...droppedByVeto.filter((h) => reading.read(reading.indexAt(h.start)).claim >= flaggedVeto));
  }
  if (hits.length > 0) flaggedText();
  if (reading && reader) {
    const read = readerHits(reader, pack, reading, text, hits, analysed, considered, options, removed);
    hits.push(...read);
    // The reader's own findings flagged the text: it is flagged as surely as by a grammar hit, so what
    // counts in a flagged text counts there too, and the reader reads it once more as a flagged text
    // (docs/architecture.md, "The sentence reader").
    if (hits.length === read.length && read.length > 0) {
      flaggedText();
      hits.push(...readerHits(reader, pack, reading, text, hits, analysed, considered, options, removed));
    }
  }
  const custom = customRegex(options.add ?? []);
  if (custom) {
    eachWordMatch(custom, lowerSameLength(text), (m) => {
      if (isNegated(text, m.index)) return;
      hits.push({ kind: 'custom', start: m.index, end: m.index + m[0].length, rule: 'custom', score: 1 });
    });
  }
  return mergeSameKind(hits);
}

/**
 * Context that keeps the reader from confirming a candidate the model held back (`confirm`): a hedge
 * ("most ditch their inhaler within weeks") or clinic logistics ("so you never get sick at the
 * office"); the model weighed them already, and two readings do not outvote them.
 */
const CONFIRM_DOUBT: ReadonlySet<string> = new Set(['hedge', 'hedgeC', 'logistics']);

/**
 * Vetoes the reader's `overrule` never outvotes in a text nothing else flags: a negation of the
 * claim, the supplement disclaimer, a question answered with no, a correct or referenced FDA
 * statement, a claim quoted as words or held up to doubt, and an outcome credited to proven care
 * ("Since starting the CPAP, my snoring is completely gone"), and a harm the illness does ("Mumps
 * can leave a child permanently deaf"). The grammar reads these from the words themselves; the
 * reader may score such a sentence high for the claim words it holds.
 */
const OVERRULE_NEVER: ReadonlySet<string> = new Set([
  'neg', 'negx', 'negPred', 'disc', 'qno', 'qAnswered', 'saidNo', 'approvalReference', 'approvalFact', 'approvalScope',
  'scare', 'mention', 'reportedDoubt', 'quotedClaim', 'inQuotes&refutesText', 'careCredited', 'careSubject', 'harm',
]);

interface ReaderPass {
  sentences: readonly Span[];
  /** The index of the sentence holding `offset` (the last one for an offset past the end). */
  indexAt(offset: number): number;
  /** The reading of sentence `i`, computed once. */
  read(i: number): SentenceReading;
  /** A part of sentence `i` (a clause) read in its place, with the sentence's neighbours. */
  readPart(i: number, part: Span): SentenceReading;
}

/** The reader over the sentences of `text`, each read lazily and once: only the sentences with a candidate are read. */
function sentenceReader(reader: SentenceModel, pack: ClaimPack, text: string): ReaderPass {
  const sents = sentences(text, compilePack(pack).abbreviations);
  const done = new Map<number, SentenceReading>();
  const parts = new Map<string, SentenceReading>();
  const words: WordCache = new Map();
  return {
    sentences: sents,
    indexAt(offset: number): number {
      // Binary search: the first sentence that ends after the offset.
      let lo = 0;
      let hi = sents.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sents[mid] as Span).end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    read(i: number): SentenceReading {
      let r = done.get(i);
      if (!r) {
        r = readSentence(reader, text, sents, i, words);
        done.set(i, r);
      }
      return r;
    },
    readPart(i: number, part: Span): SentenceReading {
      const key = `${part.start}:${part.end}`;
      let r = parts.get(key);
      if (!r) {
        r = readSentence(reader, text, sents, i, words, part);
        parts.set(key, r);
      }
      return r;
    },
  };
}

/**
 * The reader's pass over recent texts, per reader: its readings depend on the text alone, so the
 * gate reuses the sentences the panel read a moment before, as it reuses the grammar's analysis.
 */
const readerCache = new WeakMap<SentenceModel, TextLruCache<ReaderPass>>();

function readerPassCached(reader: SentenceModel, pack: ClaimPack, text: string): ReaderPass {
  let cache = readerCache.get(reader);
  if (!cache) {
    cache = new TextLruCache<ReaderPass>(512, 4_000_000, 200_000);
    readerCache.set(reader, cache);
  }
  return cache.get(text, pack.language, () => sentenceReader(reader, pack, text));
}

/**
 * In a flagged text, the candidates the context vetoed in a sentence the reader scores at
 * `threshold` or above: the text is blocked anyway, and there the reader's reading of the whole
 * sentence outweighs a context read from a few words ("… has no side effects and permanently
 * dissolves gout", where the "no" does not reach the second claim; docs/architecture.md, "The
 * sentence reader"). With `never`, a candidate vetoed by one of those features is left alone (the
 * reader's `overrule`, in a text not yet flagged).
 */
function overruledHits(pass: ReaderPass, analysed: readonly AnalysedCandidate[], text: string, options: ClaimDetectOptions, removed: Set<string>, threshold: number, never?: ReadonlySet<string>): ClaimHit[] {
  const out: ClaimHit[] = [];
  for (const cand of analysed) {
    if (!vetoed(cand.features) || (options.hasReference && cand.rule.kind === 'fda-approval')) continue;
    if (never && cand.features.some((f) => never.has(f))) continue;
    if (pass.sentences.length === 0 || pass.read(pass.indexAt(cand.start)).claim < threshold) continue;
    const hit: ClaimHit = { kind: cand.rule.kind, start: cand.start, end: cand.end, rule: cand.rule.id, score: 1 };
    if (removed.size > 0 && isRemoved(removed, hit, text.slice(cand.triggerStart, cand.triggerEnd), text.slice(cand.start, cand.end))) continue;
    out.push(hit);
  }
  return out;
}

/** Does the reader let a grammar hit stand: its sentence scores at the reader's `veto` or above? */
function readsAsClaim(reader: SentenceModel, pass: ReaderPass, hit: ClaimHit): boolean {
  return pass.sentences.length === 0 || pass.read(pass.indexAt(hit.start)).claim >= reader.file.veto;
}

/**
 * The sentences the reader scores at its `add` or above, reported whole with the kind it names.
 * Only a sentence where the grammar found a candidate its context allows and none it vetoed (in a
 * text of two sentences or more, a candidate of the pack's flaggedTextRules counts): the reader
 * does not overrule a negation, a hedge or a quotation the context read, and a sentence without
 * any candidate ("We treat diabetes, hypertension and asthma") is left to `bareHits`. Not when a
 * hit of that kind is in the sentence already, the kind or the reader's rule is removed, or the
 * kind is an FDA statement of an entry that cites a reference. In a flagged text every sentence
 * is read, at `flaggedAdd`. A reported sentence also names its second kinds (`readerKinds`), and
 * in a flagged text a sentence with a hit that is not reported is read clause by clause
 * (`clauseHits`); docs/architecture.md, "The sentence reader".
 */
function readerHits(reader: SentenceModel, pack: ClaimPack, pass: ReaderPass, text: string, hits: readonly ClaimHit[], analysed: readonly AnalysedCandidate[], considered: readonly KindSpan[], options: ClaimDetectOptions, removed: Set<string>): ClaimHit[] {
  if (pass.sentences.length === 0) return [];
  // Sentence index → whether the reader may add there (false once a vetoed candidate is seen).
  const open = new Map<number, boolean>();
  for (const c of analysed) {
    const i = pass.indexAt(c.start);
    if (vetoed(c.features)) open.set(i, false);
    else if (!open.has(i)) open.set(i, true);
  }
  const out: ClaimHit[] = [];
  // A flagged text: every sentence without a vetoed candidate is read, at the lower flaggedAdd.
  const flaggedAdd = reader.file.flaggedAdd;
  const flagged = hits.length > 0 && flaggedAdd !== undefined;
  const threshold = flagged ? Math.min(flaggedAdd, reader.file.add) : reader.file.add;
  if (flagged) {
    for (let i = 0; i < pass.sentences.length; i++) if (!open.has(i)) open.set(i, true);
  } else if (pass.sentences.length > 1) {
    // A sentence where only a rule of the pack's flaggedTextRules found a candidate its context
    // allows is read at `add` as well: that candidate is the grammar's evidence, weaker than a rule's
    // but more than none, which the reader confirms ("Borra 10 años de tu cara en una sola cita").
    // Those rules are run on the text only once a sentence the grammar left alone scores that high.
    let weak: ReadonlySet<number> | undefined;
    for (let i = 0; i < pass.sentences.length; i++) {
      if (open.has(i) || pass.read(i).claim < threshold) continue;
      weak ??= new Set(allowedHits(analyseCached(pack, text, true), text, options, removed, null).map((h) => pass.indexAt(h.start)));
      if (weak.has(i)) open.set(i, true);
    }
  }
  // Each sentence's hits and candidates, found once: a page has thousands of sentences.
  const hitsIn = bySentence(pass, hits);
  const consideredIn = bySentence(pass, considered);
  const none: never[] = [];
  for (const [i, allowed] of open) {
    if (!allowed) continue;
    const r = pass.read(i);
    const sentenceHits = hitsIn.get(i) ?? none;
    const sentenceConsidered = consideredIn.get(i) ?? none;
    if (r.claim < threshold) {
      if (flagged && sentenceHits.length > 0) out.push(...clauseHits(reader, pack, pass, text, i, sentenceHits, sentenceConsidered, options, removed));
      continue;
    }
    if (options.hasReference && r.kind === 'fda-approval') continue;
    const { start, end } = trimmed(text, pass.sentences[i] as Span);
    const before = out.length;
    for (const kind of readerKinds(reader, r)) {
      if (options.hasReference && kind === 'fda-approval') continue;
      if (sentenceHits.some((h) => h.kind === kind && h.start < end && start < h.end)) continue;
      // A second kind only where the grammar read no candidate of it (it judged that one already)
      // and its hits leave most of the sentence: a second claim needs words of its own.
      if (kind !== r.kind && (sentenceConsidered.some((c) => c.kind === kind && c.start < end && start < c.end) || coveredShare(sentenceHits, start, end) >= SECOND_KIND_COVER)) continue;
      // A cure-all as a second kind names several conditions, or all: "This tea cures arthritis" is a cure.
      if (kind !== r.kind && kind === 'cure-all' && !namesSeveral(pack, text, start, end)) continue;
      const hit: ClaimHit = { kind, start, end, rule: READER_RULE, score: r.claim };
      if (removed.size > 0 && isRemoved(removed, hit, '', '')) continue;
      out.push(hit);
    }
    if (flagged && sentenceHits.length > 0 && out.length === before) out.push(...clauseHits(reader, pack, pass, text, i, sentenceHits, sentenceConsidered, options, removed));
  }
  if (!flagged && reader.file.bareAdd !== undefined) out.push(...bareHits(reader, pack, pass, text, open, reader.file.bareAdd, options, removed));
  return out;
}

/**
 * In a text the grammar does not flag, the sentences where it found no candidate at all, read by a
 * reader with a `bareAdd`: one scored at `bareAdd` or above is reported with the kind the reader
 * names, unless the reader's `bareExceptKinds` hold that kind, when it or, failing that, its text
 * names a health object, a proven treatment or a word of the pack's bareHealth (a claim of health
 * is about one: "Mi hijo tiene asma. Un milagro de la naturaleza, de verdad.") and its
 * context does not speak against a claim (docs/architecture.md, "The sentence reader").
 */
function bareHits(reader: SentenceModel, pack: ClaimPack, pass: ReaderPass, text: string, read: ReadonlyMap<number, boolean>, threshold: number, options: ClaimDetectOptions, removed: Set<string>): ClaimHit[] {
  const out: ClaimHit[] = [];
  let context: { c: CompiledPack; lower: string; view: string; memo: NearMemo; textHealth?: boolean } | undefined;
  for (let i = 0; i < pass.sentences.length; i++) {
    if (read.has(i)) continue;
    const r = pass.read(i);
    if (r.claim < threshold || (options.hasReference && r.kind === 'fda-approval') || reader.file.bareExceptKinds?.includes(r.kind)) continue;
    if (!context) {
      const lower = lowerSameLength(text);
      const view = toView(lower);
      context = { c: compilePack(pack, view !== null), lower, view: view ?? lower, memo: nearMemo() };
    }
    const info = sentenceInfo(context.c, text, context.lower, context.view, pass.sentences as Span[], i, 0, context.memo);
    if (speaksAgainstClaim(info)) continue;
    // A health word in the sentence (already read for its context) or else anywhere in its text, read once:
    // "Mi hijo tiene asma. Un milagro de la naturaleza, de verdad."
    if (!info.health && !info.treatment && !(context.textHealth ??= namesHealth(context.c, context.view))) continue;
    const { start, end } = trimmed(text, pass.sentences[i] as Span);
    const hit: ClaimHit = { kind: r.kind, start, end, rule: READER_RULE, score: r.claim };
    if (removed.size > 0 && isRemoved(removed, hit, '', '')) continue;
    out.push(hit);
  }
  return out;
}

/** Whether a text names a health object, a proven treatment or a word of the pack's bareHealth anywhere. */
function namesHealth(c: CompiledPack, view: string): boolean {
  return firstLexiconMatch(c.health, view) !== null || firstLexiconMatch(c.treatment, view) !== null || (c.bareHealth !== null && firstLexiconMatch(c.bareHealth, view) !== null);
}

/**
 * A sentence whose own context tells against a claim, as the grammar reads it for a candidate: a
 * hedge, a question (asked, answered no, or a later "no"), the supplement disclaimer, a report,
 * refutation or quotation of a claim, clinic logistics.
 */
function speaksAgainstClaim(info: SentenceInfo): boolean {
  return info.hedged || info.question || info.asks || info.answeredNo || info.polarQuestion || info.saidNo || info.disclaimer || info.refutes || info.refutesText || info.quotedClaim || info.logistics;
}

/** A sentence without the white space at either end. */
function trimmed(text: string, s: Span): Span {
  let start = s.start;
  let end = s.end;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** The spans that overlap each sentence of the pass, by sentence index. */
function bySentence<T extends Span>(pass: ReaderPass, spans: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const sp of spans) {
    const last = pass.indexAt(Math.max(sp.start, sp.end - 1));
    for (let i = pass.indexAt(sp.start); i <= last; i++) {
      const list = out.get(i);
      if (list) list.push(sp);
      else out.set(i, [sp]);
    }
  }
  return out;
}

/** A clause shorter than this many words is not read alone: "no needles", "for good". */
const CLAUSE_MIN_WORDS = 3;

/** Per pack: the breaks between clauses, punctuation (emojis and list bullets included) and the pack's clauseWords. */
const clauseBreaks = new WeakMap<ClaimPack, RegExp>();

function clauseBreakOf(pack: ClaimPack): RegExp {
  let re = clauseBreaks.get(pack);
  if (!re) {
    const words = (pack.clauseWords ?? []).map(escapeRegex);
    re = nativeRegExp(`${CLAUSE_PUNCTUATION}${words.length ? `|\\s(?:${words.join('|')})(?=\\s)` : ''}`, 'giu');
    clauseBreaks.set(pack, re);
  }
  return re;
}

/**
 * In a flagged text, the clauses of sentence `i` (which holds a hit) that none of its hits or
 * candidates touches, each read alone (with the sentence's neighbours as context) and reported at
 * the reader's `clauseAdd` or above with the kind it names: "Stop ARVs, our herbal treatment
 * clears the virus from your blood completely" makes two claims, and a sentence the reader
 * reports whole for the first adds nothing for the second.
 */
function clauseHits(reader: SentenceModel, pack: ClaimPack, pass: ReaderPass, text: string, i: number, hits: readonly ClaimHit[], considered: readonly KindSpan[], options: ClaimDetectOptions, removed: Set<string>): ClaimHit[] {
  const threshold = reader.file.clauseAdd;
  if (threshold === undefined) return [];
  const sentence = pass.sentences[i] as Span;
  const clauses: Span[] = [];
  const re = clauseBreakOf(pack);
  const body = text.slice(sentence.start, sentence.end);
  let at = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    clauses.push({ start: sentence.start + at, end: sentence.start + m.index });
    at = m.index + m[0].length;
  }
  if (clauses.length === 0) return [];
  clauses.push({ start: sentence.start + at, end: sentence.end });
  const out: ClaimHit[] = [];
  for (const clause of clauses) {
    let start = clause.start;
    let end = clause.end;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /[\s.!?]/.test(text[end - 1] as string)) end--;
    if (text.slice(start, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < CLAUSE_MIN_WORDS) continue;
    // Not over a candidate the grammar read and judged no claim: the reader does not overrule it.
    if (considered.some((c) => c.start < end && start < c.end && !hits.some((h) => h.start < c.end && c.start < h.end))) continue;
    // A clause its hits mostly cover says what they report.
    const inClause = hits.filter((h) => h.start < end && start < h.end);
    if (inClause.length > 0 && coveredShare(inClause, start, end) >= SECOND_KIND_COVER) continue;
    // The clause in the sentence's place: its neighbours are the context of its reading.
    const r = pass.readPart(i, { start, end });
    if (r.claim < threshold || (options.hasReference && r.kind === 'fda-approval')) continue;
    // Beside a hit, only a claim of another kind: the hit reports its own.
    if (inClause.some((h) => h.kind === r.kind)) continue;
    const hit: ClaimHit = { kind: r.kind, start, end, rule: READER_RULE, score: r.claim };
    if (removed.size > 0 && isRemoved(removed, hit, '', '')) continue;
    out.push(hit);
  }
  return out;
}

/** A reader's second kind is left out of a sentence whose hits cover this share of it or more. */
const SECOND_KIND_COVER = 0.5;

/** The share of [start, end) that hits cover (overlapping hits counted once). */
function coveredShare(hits: readonly Span[], start: number, end: number): number {
  const inside = hits.filter((h) => h.start < end && start < h.end).map((h) => ({ start: Math.max(start, h.start), end: Math.min(end, h.end) })).sort((x, y) => x.start - y.start);
  let covered = 0;
  let at = start;
  for (const h of inside) {
    if (h.end <= at) continue;
    covered += h.end - Math.max(at, h.start);
    at = h.end;
  }
  return end > start ? covered / (end - start) : 1;
}

/**
 * Does the text between start and end name several conditions: a list's punctuation, a word of the
 * pack's severalWords ("opiates, alcohol, nicotine", "todos", "every disease"), or two health
 * objects of the pack's lexicon? Asked only of a sentence the reader reports with a second kind.
 */
function namesSeveral(pack: ClaimPack, text: string, start: number, end: number): boolean {
  const lower = lowerSameLength(text.slice(start, end));
  const view = toView(lower);
  const c = compilePack(pack, view !== null);
  const read = view ?? lower;
  if (c.several.test(read)) return true;
  let n = 0;
  eachLexiconMatch(c.health, read, () => {
    n += 1;
  });
  return n >= 2;
}

/** The kind the reader names, then every other kind its model scores at the file's `kindAdd` or above. */
function readerKinds(reader: SentenceModel, r: SentenceReading): ClaimKind[] {
  const kindAdd = reader.file.kindAdd;
  if (kindAdd === undefined) return [r.kind];
  const out: ClaimKind[] = [r.kind];
  r.kindScores.forEach((p, k) => {
    const kind = reader.kinds[k] as ClaimKind;
    if (p >= kindAdd && kind !== r.kind) out.push(kind);
  });
  return out;
}

const namedLexicons = new WeakMap<ClaimPack, Lexicon | null>();

/**
 * Where the pack's namedPhrases stand in the text (case-insensitive, whole words), on the
 * lower-cased copy: looked for only where a phrase's beginning starts a word (./prefilter.ts), as
 * eachWordMatch would find them, without a regex scanning the whole page.
 */
function namedRanges(pack: ClaimPack, text: string): Span[] {
  let lex = namedLexicons.get(pack);
  if (lex === undefined) {
    const phrases = pack.namedPhrases ?? [];
    lex = phrases.length ? compileLexicon(`(?:${phrases.map((p) => p.toLowerCase().split(/[\s-]+/).map(escapeRegex).join('[\\s\\u00a0-]{1,2}').replace(/'/g, "['\\u2019]")).join('|')})`, '(?![\\p{L}])') : null;
    namedLexicons.set(pack, lex);
  }
  if (!lex) return [];
  const out: Span[] = [];
  eachLexiconMatch(lex, lowerSameLength(text), (m) => out.push({ start: m.index, end: m.index + m[0].length }));
  return out;
}

function mergeSameKind(hits: ClaimHit[]): ClaimHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ClaimHit[] = [];
  // Sorted by start, a hit can only overlap the last kept hit of its kind.
  const last = new Map<ClaimKind, ClaimHit>();
  for (const h of hits) {
    const prev = last.get(h.kind);
    if (prev && h.start < prev.end) {
      prev.end = Math.max(prev.end, h.end);
      prev.score = Math.max(prev.score, h.score);
      continue;
    }
    const kept = { ...h };
    out.push(kept);
    last.set(h.kind, kept);
  }
  return out;
}
