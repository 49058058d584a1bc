/**
 * Context of a grammar candidate as classifier features: the rule and kind, negation and its
 * scope, hedges, questions answered with "no", the supplement disclaimer, who speaks, and the
 * words around the trigger. scripts/train-claims.ts and the detector share this one function,
 * so the weights always mean the same thing.
 */
import { compilePack } from './grammar';
import type { CompiledPack } from './grammar';
import { fastTester, firstLexiconMatch } from './prefilter';
import { toView, viewRegExp } from './view';
import { clauseStart, tokens } from './text';
import type { Span, Token } from './text';
import type { Candidate } from './types';

/** What the features of every candidate in one sentence share; computed once per sentence. */
export interface SentenceInfo extends Span {
  hedged: boolean;
  question: boolean;
  answeredNo: boolean;
  /** A yes/no question about a claim, not answered yes in the next sentence (the pack's polarQuestion). */
  polarQuestion: boolean;
  disclaimer: boolean;
  you: boolean;
  firstPerson: boolean;
  clinic: boolean;
  exclaim: boolean;
  /** Clinic logistics (parking, prices, booking): a "guarantee" there is a service promise. */
  logistics: boolean;
  /** The sentence reports or refutes a claim ("Myth:", "people ask me if", "the FDA warned"). */
  refutes: boolean;
  /** A health object or a proven treatment anywhere in the sentence. */
  health: boolean;
  treatment: boolean;
  /** A health object or a proven treatment in the sentence before or after (asked lazily, then remembered). */
  healthNear: () => boolean;
  /** A later sentence of the text says the answer is no ("My doctor said no."). */
  saidNo: boolean;
  /** The sentence asks: an indirect question or one put to others. */
  asks: boolean;
  /** The text around reports or refutes claims (fact-checks, ads quoted to mock them). */
  refutesText: boolean;
  /** A sentence near (three each side, or this one) quotes a claim as someone else's words (the pack's quotedClaim). */
  quotedClaim: boolean;
  /**
   * A sentence near (three each side, or this one) distances the text from what it quotes (the pack's
   * distancing): asked only for a candidate inside quotation marks, then remembered.
   */
  distanced: () => boolean;
  /** The sentence holds a quotation mark (double, single or guillemet): only then can a candidate be in scare quotes. */
  quotes: boolean;
  /** The sentence holds the pack's reportFrame or expectation words anywhere (asked lazily, then remembered). */
  framed: () => boolean;
  expects: () => boolean;
  /**
   * A pattern of the pack tested on the whole sentence, asked lazily and remembered per pattern:
   * once per sentence, not once per candidate, so a long sentence with many candidates stays
   * linear (the attribution to an authority, an approval's scope or reference, a slow pace).
   */
  sentenceHas: (re: RegExp | null) => boolean;
  /** The next sentence hedges ("Gone for good? Stones come back in about half of people."). */
  nextHedged: boolean;
  /** One of the next two sentences distances the text from a claim (the pack's distancing; asked lazily). */
  nextDistanced: () => boolean;
  /** The next sentence answers yes (the pack's answeredYes). */
  nextYes: boolean;
  /** The sentence is a question that offers rather than asks (the pack's invitation: "Tired of…?"). */
  invites: boolean;
  /** Family or pets in the sentence. */
  kin: boolean;
  /** Effort words of weight loss in the sentence. */
  effort: boolean;
  /** Cheap tests once per sentence, so the positional ones below run only where they can match. */
  negator: boolean;
  warned: boolean;
  reports: boolean;
  candidates: number;
}

const LOGISTICS =
  /\b(?:parking|park|price|prices|pricing|price-match|booking|book|(?<!(?:one|single|1|first|just\s{1,3}one)\s{1,3})appointments?|calls?(?!\s{1,3}(?:it|this|that|them|him|her|me|us)\b)|portal|frames|walk-ins?|open(?:s|ing)?|(?:opening|office|clinic|our|extended|holiday|visiting|business|evening|weekend)\s{1,3}hours|hours\s{1,3}(?:are|of\s{1,3}operation)|lab|labs|(?:rapid|lab|blood|strep|flu|covid|hearing|vision|eye|allergy)\s{1,3}tests?|screenings?|x-rays?|fun|menu|caf[eé]|exhibit|archives?|history|shipping|delivery|refund|checkout|coupon|discount|% off|off this|insurance|waitlist|wait times?|schedul\w*|confirmation|unsubscribe|reply|text us|makeup|tattoo|brows|manicures?|nails?|staff|team|welcome|callback|call back|call(?:s|ed)?\s{1,3}(?:me|you|us|them|him|her)\s{1,3}back|fingersticks?|finger\s{1,3}pricks?|swabs?|provider|copay|waived|orders?|remake|lens|lenses|money-back|warrant(?:y|ies)|unopened|satisfaction|spot|slots?|seats?|savings|reservations?|(?<!(?:stopped|quit|never|didn't|don't)\s{1,3})refill\w*|office|closed|department|drive\s{1,3}(?:yourself|you|themselves|herself|himself)\s{1,3}home|(?:a\s{1,3})?ride\s{1,3}home)\b/u;
const REFUTES =
  /\b(?:myths?|fact:|facts?|claim(?:s|ed|ing)?(?!\s{1,3}(?:your|yours|my|now|free|today)\b)|advertis\w*|scams?|fraud\w*|lawsuits?|sued|warn(?:s|ed|ing|ings)?|beware|investigat\w*|attorney|red flags?|wary|debunk\w*|busted|hoax|misinformation|(?<![,\u2014\u2013]\s{0,2})whether|so-called|supposed(?:ly)?|too soon|far from|no evidence|not (?:a|the) (?:cure|miracle)|don'?t believe|fact-check\w*|spam|the ads?|spoiler|nope|honest answer|we get asked|no such thing|we'?d love to|i wish|wish (?:i|we) could|(?:may|might) have heard|heard that|nothing does|none (?:do|does|of them do))\b/u;
/** Negators that deny, whose phrases of the pack's notNegations still yield to an imperative ("Never tell customers…"). */
const DENIALS = new Set(['no', 'not', 'never', 'nothing', 'none', 'nobody', 'without', 'cannot', 'neither', 'nor', 'nunca', 'jamás', 'sin', 'ni', 'nadie', 'nada', 'tampoco', 'ningún', 'ninguna', 'ninguno']);
const SAID_NO = /\b(?:said|says|say|answer(?:ed)?|verdict|replied|told me)\b[^.?!]{0,30}?[\s:,]\s{0,2}(?:a\s{1,3}(?:firm|clear)\s{1,3})?(?:no|nope)\b(?!\s{1,3}to\b)/u;
/** An indirect question ("people ask me if", "wondering whether") or one put to others ("has anyone"). */
const ASKS = /\b(?:ask(?:s|ed|ing)?(?:\s{1,3}(?:me|us|my|our|if))?|wonder(?:s|ed|ing)?|question)\b[^.?!]{0,20}?\b(?:if|whether)\b|\b(?:has|does|did|is|will|can)\s{1,3}(?:anyone|anybody)\b|\banyone\s{1,3}else\b/u;

/** A capitalised word right after the trigger: the trigger may begin a name. */
const ORG_NAME = /^[\s'’-]{0,3}\p{Lu}|^[\s-]{1,3}\p{L}+[\s'’-]{1,3}[\p{Lu}\d]/u;
/** The capitalised words of a name right before a trigger, short joiners between ("Especias La ", "Dr. Miles' "). */
const CAPITALISED_RUN_BEFORE = /\p{Lu}[\p{L}'’.&-]*(?:[\s\u00a0]+(?:\p{Lu}[\p{L}'’.&-]*|y|de|del|la|el|&|and|of|the))*[\s\u00a0]+$/u;


const WINDOW_WORDS = 6;
const WINDOW_CHARS = 80;
const YOU = new Set(['you', 'your', "you're", "you'll", 'yourself']);
const FIRST = new Set(['i', 'my', 'me', "i'm", "i've", "i'd", 'mine', 'myself']);
const CLINIC = new Set(['we', 'our', 'us', "we're", "we've", "we'll"]);
const SPEAKER = new Set([...FIRST, ...CLINIC, "i'll", "we'd"]);
/** Nothing but the start of the sentence or a clause mark (and "please" or "so") before a negator: an imperative. */
const IMPERATIVE_OPEN = /(?:^|[:;\u2014\u2013])\s*(?:(?:please|so)\s{1,3})?$/u;
/** The two words before `at` in `lower` (within 40 characters), '' where there is none. */
function twoWordsBefore(lower: string, at: number): [string, string] {
  const m = /(?:([\p{L}'’]+)\s{1,3})?([\p{L}'’]+)\s{1,3}$/u.exec(lower.slice(Math.max(0, at - 40), at));
  return [m?.[1] ?? '', m?.[2] ?? ''];
}
/** The word before a negator, past a modal ("they will never"): its subject. */
const SUBJECT = /([\p{L}']+)\s{1,3}(?:(?:will|would|can|could)\s{1,3})?$/u;

/**
 * Per-text memo of the tests `sentenceInfo` runs on the sentences around each one (a sentence is
 * the neighbour of up to six others): each runs once per sentence.
 */
export interface NearMemo {
  refutes: Array<boolean | undefined>;
  saidNo: Array<boolean | undefined>;
  hedged: Array<boolean | undefined>;
  quoted: Array<boolean | undefined>;
  distanced: Array<boolean | undefined>;
  health: Array<boolean | undefined>;
  altCare: Array<boolean | undefined>;
}

export const nearMemo = (): NearMemo => ({ refutes: [], saidNo: [], hedged: [], quoted: [], distanced: [], health: [], altCare: [] });

const testers = new WeakMap<RegExp, (s: string) => boolean>();

/** `re.test(s)` through its fastTester (./prefilter.ts), built once per pattern. */
function has(re: RegExp, s: string): boolean {
  let tester = testers.get(re);
  if (tester === undefined) testers.set(re, (tester = fastTester(re)));
  return tester(s);
}

/**
 * `lower` is the lower-cased text, `view` what the pack's patterns run on: its one-byte view when
 * `c.view` (./view.ts), else `lower` itself. Words and clauses are read from `lower`.
 */
export function sentenceInfo(c: CompiledPack, text: string, lower: string, view: string, sents: readonly Span[], i: number, candidates: number, memo: NearMemo = nearMemo()): SentenceInfo {
  const s = sents[i] as Span;
  // Bounded look-around: three sentences each side, each cut to 200 characters.
  const near = (j: number): string => {
    const p = sents[j] as Span;
    return view.slice(p.start, Math.min(p.end, p.start + 200));
  };
  const lit = c.view ? VIEW_LITERALS : TEXT_LITERALS;
  const test = (cache: Array<boolean | undefined>, re: RegExp, j: number): boolean => (cache[j] ??= has(re, near(j)));
  const later = (re: RegExp, cache: Array<boolean | undefined>): boolean => {
    for (let j = i + 1; j < Math.min(sents.length, i + 4); j++) if (test(cache, re, j)) return true;
    return false;
  };
  const earlier = (re: RegExp, cache: Array<boolean | undefined>): boolean => {
    for (let j = Math.max(0, i - 3); j < i; j++) if (test(cache, re, j)) return true;
    return false;
  };
  const body = view.slice(s.start, s.end);
  const next = sents[i + 1];
  const nextYes = next !== undefined && c.answeredYes !== null && c.answeredYes.test(view.slice(next.start, Math.min(next.end, next.start + 40)));
  const words = tokens(lower, s.start, Math.min(s.end, s.start + 400)).map((t) => t.word);
  // One pass over the words for the word-list tests (a word, or two words, in a set).
  let negator = false;
  let kin = false;
  let effort = false;
  let reports = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    // "Claim your free bottle": a negator that reports rather than denies is none in a phrase of the pack's notNegations.
    negator ||= isNegator(c, w) && !(reportsOnly(c, w) && c.notNegation.has(`${w} ${words[k + 1] ?? ''}`));
    kin ||= c.kin.has(w);
    let eff = c.effort.has(w);
    reports ||= c.reportingVerb.has(w);
    if (c.pairFirst.has(w)) {
      const pair = `${w} ${words[k + 1] ?? ''}`;
      kin ||= c.kin.has(pair);
      eff ||= c.effort.has(pair);
    }
    // Effort that is denied ("no gym, no diet") is the effortless promise, not effort.
    // (also coordinated: "without dieting or exercise")
    if (eff && !effort) effort = !isNegator(c, words[k - 1] ?? '') && !isNegator(c, words[k - 2] ?? '') && !isNegator(c, words[k - 3] ?? '');
  }
  const healthAt = (j: number): boolean => {
    if (j < 0 || j >= sents.length) return false;
    if (memo.health[j] === undefined) {
      const w = near(j);
      memo.health[j] = firstLexiconMatch(c.health, w) !== null || firstLexiconMatch(c.treatment, w) !== null;
    }
    return memo.health[j] as boolean;
  };
  let framed: boolean | undefined;
  let expects: boolean | undefined;
  const sentenceTests = new Map<RegExp, boolean>();
  // Properties written out: a spread followed by many properties is a slow path in V8 (~25 µs).
  return {
    start: s.start,
    end: s.end,
    hedged: has(c.hedge, body),
    question: lit.questionEnd.test(body.trimEnd()) || /\?\s*$/.test(text.slice(s.start, s.end).trimEnd()),
    answeredNo: next !== undefined && c.answeredNo.test(view.slice(next.start, Math.min(next.end, next.start + 40))),
    saidNo: later(SAID_NO, memo.saidNo),
    polarQuestion: c.polarQuestion !== null && has(c.polarQuestion, body) && !nextYes,
    nextYes,
    asks: has(ASKS, body),
    nextHedged: next !== undefined && test(memo.hedged, c.hedge, i + 1),
    nextDistanced: () => c.distancing !== null && ((i + 1 < sents.length && test(memo.distanced, c.distancing, i + 1)) || (i + 2 < sents.length && test(memo.distanced, c.distancing, i + 2))),
    invites: c.invitation !== null && has(c.invitation, body),
    kin,
    effort,
    negator,
    warned: c.warning !== null && has(c.warning, body),
    reports,
    refutesText: later(lit.refutes, memo.refutes) || earlier(lit.refutes, memo.refutes),
    quotes: lit.quoteMark.test(body),
    framed: () => (framed ??= c.reportFrame !== null && has(c.reportFrame, body)),
    expects: () => (expects ??= c.expectation !== null && has(c.expectation, body)),
    sentenceHas: (re) => {
      if (re === null) return false;
      let found = sentenceTests.get(re);
      if (found === undefined) sentenceTests.set(re, (found = has(re, body)));
      return found;
    },
    distanced: () => c.distancing !== null && (test(memo.distanced, c.distancing, i) || later(c.distancing, memo.distanced) || earlier(c.distancing, memo.distanced)),
    quotedClaim: c.quotedClaim !== null && (test(memo.quoted, c.quotedClaim, i) || later(c.quotedClaim, memo.quoted) || earlier(c.quotedClaim, memo.quoted)),
    health: firstLexiconMatch(c.health, body) !== null,
    healthNear: () => healthAt(i - 1) || healthAt(i + 1),
    treatment: firstLexiconMatch(c.treatment, body) !== null,
    // A provider's list of what it treats is information too, unless an alternative provider or method is named near it.
    disclaimer: has(c.disclaimer, body) || (c.serviceList !== null && has(c.serviceList, body) && !(c.altCare !== null && (test(memo.altCare, c.altCare, i) || later(c.altCare, memo.altCare) || earlier(c.altCare, memo.altCare)))),
    you: words.some((w) => YOU.has(w)),
    firstPerson: words.some((w) => FIRST.has(w)),
    clinic: words.some((w) => CLINIC.has(w)),
    exclaim: body.includes('!'),
    logistics: has(LOGISTICS, body),
    refutes: has(lit.refutes, body) && (c.dismissedTreatment === null || has(lit.refutes, body.replace(c.dismissedTreatment, ' '))),
    candidates,
  };
}

/**
 * The small literal patterns that name characters above U+00FF, for the lower-cased text and for
 * its one-byte view (./view.ts).
 */
const TEXT_LITERALS = {
  refutes: REFUTES,
  quoteMark: /["'\u201c\u201d\u00ab\u00bb\u2018\u2019]/u,
  questionEnd: /\?["'\u201d\u2019)]*\s*$/,
  /** Where the clause after a trigger ends, for the warning test. */
  clauseEnd: /[,;:!?.\u2014\u2013]|\s(?:because|since|but|they|it|these|those|which)\s/u,
  dashStop: /[,;:!?.\u2014\u2013]/u,
};
const VIEW_LITERALS: typeof TEXT_LITERALS = {
  refutes: viewRegExp(TEXT_LITERALS.refutes),
  quoteMark: viewRegExp(TEXT_LITERALS.quoteMark),
  questionEnd: viewRegExp(TEXT_LITERALS.questionEnd),
  clauseEnd: viewRegExp(TEXT_LITERALS.clauseEnd),
  dashStop: viewRegExp(TEXT_LITERALS.dashStop),
};

/**
 * A pattern of the pack on the trigger's own text, lower-cased by toLowerCase: through the view
 * when the pack runs on it, or with the original patterns when the view cannot stand for it.
 */
function testRaw(c: CompiledPack, name: 'gerund' | 'weightLoss' | 'pastTrigger', raw: string): boolean {
  const lowered = raw.toLowerCase();
  const view = c.view ? toView(lowered) : lowered;
  const re = view === null ? compilePack(c.pack, false)[name] : c[name];
  return re?.test(view ?? lowered) ?? false;
}

/** A negator that reports or doubts a claim rather than denying it ("claim", "myth"): not "no", "never", "without" or a "-n't" word. */
function reportsOnly(c: CompiledPack, w: string): boolean {
  return !c.nounNegator.has(w) && !w.endsWith("n't") && !DENIALS.has(w);
}

function isNegator(c: CompiledPack, w: string): boolean {
  return c.negator.has(w) || w.endsWith("n't");
}

/** "name&k=kind" feature names, made once: a candidate has a dozen of them, and new strings cost collections. */
const KIND_FEATURES = new Map<string, string>();
function kf(name: string, kind: string): string {
  const key = `${name}\u0000${kind}`;
  let f = KIND_FEATURES.get(key);
  if (f === undefined) {
    f = `${name}&k=${kind}`;
    KIND_FEATURES.set(key, f);
  }
  return f;
}

/** Binary features of one candidate (names only; a present feature has value 1). */
/** `lower` and `view` as for sentenceInfo. */
export function candidateFeatures(c: CompiledPack, text: string, lower: string, view: string, cand: Candidate, info: SentenceInfo): string[] {
  const kind = cand.rule.kind;
  const raw = text.slice(cand.triggerStart, cand.triggerEnd);
  const f: string[] = [`r=${cand.rule.id}`, `k=${kind}`];
  const lit = c.view ? VIEW_LITERALS : TEXT_LITERALS;
  const clause = clauseStart(lower, info.start, cand.triggerStart);
  const left: Token[] = tokens(lower, Math.max(info.start, cand.triggerStart - WINDOW_CHARS), cand.triggerStart).slice(-WINDOW_WORDS);
  const right: Token[] = tokens(lower, cand.triggerEnd, Math.min(info.end, cand.triggerEnd + WINDOW_CHARS)).slice(0, WINDOW_WORDS);
  const inside: Token[] = tokens(lower, cand.triggerStart, cand.triggerEnd).slice(0, 4);
  for (const t of left) f.push(`L:${t.word}`);
  for (const t of right) f.push(`R:${t.word}`);
  for (const t of inside) f.push(`T:${t.word}`);
  const l1 = left[left.length - 1];
  const r1 = right[0];
  f.push(`L1:${l1 ? l1.word : '^'}`, `R1:${r1 ? r1.word : '$'}`);
  if (l1 && left.length > 1) f.push(`L2:${(left[left.length - 2] as Token).word}_${l1.word}`);
  if (cand.start < cand.triggerStart || cand.end > cand.triggerEnd) f.push('obj');
  // "nothing short of miraculous", "no doubt", "not only": intensifiers and additions, not negation (the pack's notNegations).
  const notNegation = (k: number): boolean => {
    if (c.notNegation.size === 0) return false;
    const t = left[k] as Token;
    const w1 = `${t.word} ${left[k + 1]?.word ?? ''}`;
    // A negator that reports rather than denies ("claim"): the pack's phrase decides, imperative or not ("Claim yours now").
    if (reportsOnly(c, t.word) && c.notNegation.has(w1)) return true;
    // The speaker's own refusal ("I'll never tell you…", "we will not tell you…") stays a negation.
    const subject = SUBJECT.exec(lower.slice(Math.max(info.start, t.start - 24), t.start));
    if (subject && SPEAKER.has(subject[1] as string)) return false;
    // An imperative with no subject ("Never tell customers a product cures…", "Don't say it cures…"): an instruction not to claim.
    if (IMPERATIVE_OPEN.test(lower.slice(Math.max(info.start, t.start - 12), t.start))) return false;
    if (c.notNegation.has(w1) || c.notNegation.has(`${w1} ${left[k + 2]?.word ?? ''}`)) return true;
    // A negator that ends such a phrase ("no doubt", "without a doubt": "doubt" is a negator of its own),
    // its words read from the text when the window starts inside the phrase ("jamás nos dicen").
    const [b2, b1] = k >= 2 ? [(left[k - 2] as Token).word, (left[k - 1] as Token).word] : twoWordsBefore(lower, t.start);
    const p1 = `${b1} ${t.word}`;
    return c.notNegation.has(p1) || c.notNegation.has(`${b2} ${p1}`);
  };
  // A trigger that is itself negated ("no risk", "zero complications", "never come back") is an item of its own:
  // a noun negator before it ("no needles, no pain and absolutely no risk") negates only its own item.
  const ownNegation = inside[0] !== undefined && (isNegator(c, inside[0].word) || c.nounNegator.has(inside[0].word));
  // A negator whose scope ends before the trigger (the pack's scopeBreak) does not negate it.
  const scoped = (t: Token): boolean => {
    if (c.scopeBreak?.test(view.slice(t.end, cand.triggerEnd))) return false;
    // A negator of a noun phrase ("without them", "no pain") does not reach a phrase after that noun phrase.
    return !(c.nounNegator.has(t.word) && (ownNegation || c.nounScopeEnd?.test(view.slice(t.end, cand.triggerEnd))));
  };
  // A guarantee after a negated condition ("if it doesn't stop we guarantee…", "si no bajas 5 kilos te devolvemos el dinero"):
  // the negator at most five words after a conditional (the pack's conditionals) negates only the condition.
  // So does any claim in the condition of a refund promised after it (the pack's refundAfter).
  let refund: boolean | undefined;
  const inCondition = (t: Token): boolean =>
    c.conditional.size > 0 &&
    (kind === 'guarantee' || (refund ??= c.refundAfter !== null && c.refundAfter.test(view.slice(cand.triggerEnd, info.end)))) &&
    tokens(lower, Math.max(info.start, t.start - 60), t.start).slice(-5).some((w) => c.conditional.has(w.word));
  // "Muchos papás ya no necesitan antibióticos": how many, not whether (the pack's quantityNegators), for a treatment no
  // longer needed ("ya no", "ya ni"); not what many patients do ("muchos pacientes dejan la insulina por miedo") or a
  // help without it ("ayuda a muchos pacientes a dormir sin medicamentos").
  // So is a stop credited to the writer's own clients ("many of our members have stopped dialysis", "muchas de mis alumnas
  // cancelaron su FIV", "muchos clientes dejaron la insulina") or already done ("muchas ya cancelaron la cirugía"): a count of
  // the seller's results, not a hedge.
  const noLonger =
    kind === 'treatment-replacement' &&
    c.quantityNegator.size > 0 &&
    (NO_LONGER.test(lower.slice(cand.triggerStart, cand.triggerEnd)) || OWN_GROUP.test(lower.slice(Math.max(clause, cand.triggerStart - 80), cand.triggerStart)));
  const quantityOnly = (t: Token): boolean => noLonger && c.quantityNegator.has(t.word);
  // The same words as hedges ("many of our patients no longer need their inhalers"): how many, not whether.
  const quantityLed = noLonger && left.some((t) => t.start >= clause && c.quantityNegator.has(t.word));
  const isNeg = (t: Token, k: number): boolean => isNegator(c, t.word) && !notNegation(k) && scoped(t) && !inCondition(t) && !quantityOnly(t);
  const negInClause = left.some((t, k) => t.start >= clause && isNeg(t, k));
  if (negInClause) f.push('neg', kf('neg', kind));
  else if (left.some((t, k) => isNeg(t, k))) f.push('negS');
  if (left.some((t, k) => k >= left.length - 3 && t.start >= clause && isNeg(t, k))) f.push('neg3');
  if (right.slice(0, 3).some((t) => isNegator(c, t.word))) f.push('negR');
  // Scope beyond the word window: a clause-wide negation ("there is no pill on the market that…").
  const before = view.slice(clause, cand.triggerStart);
  if (info.negator && c.clauseNegation?.test(before)) f.push('negx');
  // Hedge or modality in the claim's own clause ("can usually be reversed"), stronger than one elsewhere in the sentence.
  const after = view.slice(cand.triggerEnd, Math.min(info.end, cand.triggerEnd + WINDOW_CHARS));
  // "every patient is offered a navigator": a quantifier over patients with a service as its predicate.
  if (kind === 'universal-efficacy' && c.serviceAfter?.test(after)) f.push('serviceAfter');
  // "we treat every patient with respect": the quantifier is the object of the clinic's own care verb (the pack's service), a service.
  if (kind === 'universal-efficacy' && info.clinic && c.service !== null) {
    const lead = view.slice(Math.max(clause, cand.triggerStart - 60), cand.triggerStart);
    const m = c.service.exec(lead);
    if (m && /^[\s\u00a0]{0,3}$/u.test(lead.slice(m.index + m[0].length))) f.push('serviceObject');
  }
  // Also a hedge right after the object the claim needed ("help with diabetes, weight and heart risk for some people").
  if (!quantityLed && info.hedged && (c.hedge.test(before) || c.hedge.test(after.slice(0, 30)) || (cand.end > cand.triggerEnd && c.hedge.test(view.slice(cand.end, Math.min(info.end, cand.end + 30))))))
    f.push('hedgeC', kf('hedgeC', kind));
  // The trigger as the subject of a negated verb ("Big Pharma isn't hiding…", "healing doesn't always look like…"):
  // at most a few words open its clause before it, and the pack's negatedAfter follows it.
  if (info.negator && c.negatedAfter !== null && tokens(lower, clause, cand.triggerStart).length <= 3 && c.negatedAfter.test(view.slice(cand.triggerEnd, Math.min(info.end, cand.triggerEnd + 40))))
    f.push('negPred');
  // A claim limited to some of the people it concerns, at the start of its sentence or clause or right after its span.
  if (
    (!quantityLed && c.limitedBefore !== null && (c.limitedBefore.test(view.slice(clause, cand.start)) || c.limitedBefore.test(view.slice(info.start, cand.start)))) ||
    (c.limitedAfter !== null && c.limitedAfter.test(view.slice(cand.end, Math.min(info.end, cand.end + 50))))
  )
    f.push('limited');
  // Permanence of a harm ("can cause permanent vision loss", "leave children permanently deaf"): a warning, not a promise.
  if (kind === 'permanence' && ((c.harmBefore?.test(before) ?? false) || (c.harmAfter?.test(view.slice(cand.triggerEnd, Math.min(info.end, cand.triggerEnd + 40))) ?? false)))
    f.push('harm');
  // Someone's words in a condition or a generic situation ("if anyone tells you…", "when the dentist says '…'"): a warning about them.
  if (c.reportCondition !== null && c.reportCondition.test(view.slice(Math.max(clause, cand.triggerStart - 100), cand.triggerStart))) f.push('reportCondition');
  // A topic announced with an embedded question ("will explain palpitations, when they're harmless"): taught, not promised.
  if (c.lesson !== null && c.lesson.test(view.slice(Math.max(info.start, cand.triggerStart - 120), cand.triggerStart))) f.push('lesson');
  // An FDA approval stated with what it does not cover ("…; it is not approved for autism").
  if (kind === 'fda-approval' && info.sentenceHas(c.approvalScope)) f.push('approvalScope');
  // An FDA statement with its reference in the text ("510(k) K123456"), as an entry's references field (hasReference).
  if (kind === 'fda-approval' && info.sentenceHas(c.approvalReference)) f.push('approvalReference');
  // An approval stated as a fact about named drugs or a class of them ("… is Epidiolex (2018)", "FDA-approved medications").
  if (kind === 'fda-approval' && info.sentenceHas(c.approvalFact)) f.push('approvalFact');
  // Proven care as the subject of a modal ("knee replacement can restore movement…", "antibiotics usually clear…"): what care can do in general.
  if ((kind === 'cure' || kind === 'disease-reversal' || kind === 'permanence' || kind === 'instant-results') && c.careModal?.test(before)) f.push('careModal');
  // Proven care as the subject of the claim's clause ("the antibiotics cleared my pneumonia"): a patient's story, like careCredited.
  // The trigger in the past tense: what the care did, not what a product does ("LASIK cures nearsightedness" stays a claim).
  if ((kind === 'cure' || kind === 'disease-reversal') && c.careSubject?.test(before) && testRaw(c, 'pastTrigger', raw)) f.push('careSubject');
  // A claim attributed to a health authority in its sentence ("…, according to the ADA").
  if (info.sentenceHas(c.attribution)) f.push('attributed');
  // The claim refuted right after it in its clause ("miracle cures don't exist").
  if (c.refutedAfter !== null && info.negator) {
    const stop = after.search(lit.dashStop);
    if (c.refutedAfter.test(stop === -1 ? after : after.slice(0, stop))) f.push('refutedAfter');
  }
  // A warning in the claim's own clause ("stopping a statin on your own can raise your risk").
  const clauseAfter = info.warned ? after.slice(0, after.search(lit.clauseEnd) >>> 0) : '';
  if (info.warned && c.warning?.test(clauseAfter)) {
    f.push('warn', kf('warn', kind));
    // The act named as the subject of the warning, not an order: a caution, never a claim.
    // (at most one word before it in its clause: "It doesn't, and skipping insulin is dangerous")
    if (kind === 'treatment-replacement' && testRaw(c, 'gerund', raw) && tokens(lower, clause, cand.triggerStart).length <= 1) f.push('warnedAct');
  }
  // A referral right before the treatment the claim names ("let a dermatologist take a look instead"): care, not its replacement.
  if (kind === 'treatment-replacement' && cand.start < cand.triggerStart && c.referral?.test(view.slice(Math.max(info.start, cand.start - 40), cand.start)))
    f.push('referral');
  // A health object in the trigger's clause when the rule needed none ("normalises your blood sugar in 72 hours").
  if (info.health && cand.start === cand.triggerStart && cand.end === cand.triggerEnd && firstLexiconMatch(c.health, view.slice(clause, Math.min(info.end, cand.triggerEnd + 60))) !== null)
    f.push('hobjC', kf('hobjC', kind));
  // Logistics in the claim's own clause ("free adjustments for life") weigh more than elsewhere in the sentence.
  if (info.logistics) {
    const stop = view.slice(cand.triggerEnd, Math.min(info.end, cand.triggerEnd + WINDOW_CHARS)).search(/[,;:!?.]/u);
    const clauseEnd = stop === -1 ? Math.min(info.end, cand.triggerEnd + WINDOW_CHARS) : cand.triggerEnd + stop;
    if (LOGISTICS.test(view.slice(clause, clauseEnd))) f.push('logistics', kf('logistics', kind));
    else f.push('logisticsS');
  }
  if (info.refutes) f.push('refutes', kf('refutes', kind));
  if (info.refutesText) f.push('refutesText');
  if (info.saidNo) f.push('saidNo');
  if (info.quotedClaim) f.push('quotedClaim');
  // Scare quotes: the claim quoted as someone else's words, held up to doubt near it (the pack's
  // distancing) or questioned right after the quote ("'Never fails'? …").
  const quoted = info.quotes ? quotation(text, info.start, info.end, cand.triggerStart, cand.triggerEnd) : null;
  const closing = quoted === null ? -1 : quoted.close;
  // The quotation named as words, not used: "the 'one weird trick' ads", "'X' is the biggest tell" (the pack's quotedMention, quotedSubject).
  if (quoted !== null && isMention(c, text, view, info, quoted)) f.push('mention');
  // The trigger is itself the cue and its object the quotation ("eliminen “cura la diabetes”", "remove 'cures'").
  else if (
    c.quotedMentionBefore !== null &&
    cand.end > cand.triggerEnd &&
    /^[\s\u00a0]{0,2}["'\u2018\u201c\u00ab]/u.test(text.slice(cand.triggerEnd, cand.triggerEnd + 4)) &&
    c.quotedMentionBefore.test(view.slice(Math.max(info.start, cand.triggerStart - 300), cand.triggerEnd))
  )
    f.push('mention');
  if (closing !== -1 && (/^[\s\u00a0]{0,2}\?/u.test(text.slice(closing + 1, closing + 4)) || info.distanced())) f.push('scare');
  // The same for a claim reported as someone else's words in its own clause ("posts saying garlic cures everything. Spoiler: it doesn't.").
  else if (c.reportFrame !== null && info.framed() && c.reportFrame.test(view.slice(Math.max(clause, cand.triggerStart - 100), cand.triggerStart)) && info.distanced()) f.push('reportedDoubt');
  if (info.health) f.push('healthS', kf('healthS', kind));
  // Fragments ("Just one capsule. Arthritis pain gone."): the health object in the sentence before or after.
  else if (info.healthNear()) f.push('healthN', kf('healthN', kind));
  if (info.treatment) f.push('treatS');
  if (insideQuotes(text, info.start, cand.triggerStart)) {
    f.push('inQuotes', kf('inQuotes', kind));
    if (info.refutesText) f.push('inQuotes&refutesText');
  }
  // A capitalised trigger inside a sentence, or before another capitalised word: a name ("Miracle-Ear").
  const next = text.slice(cand.triggerEnd, cand.triggerEnd + 3);
  if (/^\p{Lu}/u.test(raw) && (cand.triggerStart - info.start > 2 || /^[\s-]\p{Lu}/u.test(next))) {
    f.push('name');
    // An organisation named after the word: a capitalised organisation word within three words ("Cure Alzheimer's Fund").
    const named = text.slice(cand.triggerEnd, Math.min(info.end, cand.triggerEnd + 40));
    const orgWordAt = (t: Token): boolean => c.orgWord.has(t.word) && /^\p{Lu}|^\d/u.test(text.charAt(t.start));
    if (ORG_NAME.test(named) && right.slice(0, 3).some(orgWordAt)) f.push('org');
    // …or before it, the capitalised words of the name running up to the trigger ("Hierbas y Especias La Milagrosa", "Cure Coffee Co.").
    else if (left.slice(-4).some(orgWordAt) && CAPITALISED_RUN_BEFORE.test(text.slice(Math.max(info.start, cand.triggerStart - 48), cand.triggerStart))) f.push('org');
  }
  // Proven care credited in the sentence ("shrank after her embolization"): a patient's story, not a promise.
  // A treatment given up after proven care ("traded my walker for hiking boots after the knee replacement") is its result too.
  // Nobody falling ill credited to a vaccine or care ("since my flu shot", "desde que me vacuné") needs no treatment noun in the sentence.
  const credits = ((kind === 'cure' || kind === 'disease-reversal' || kind === 'treatment-replacement') && info.treatment) || cand.rule.id === 'universal.neversick';
  if (credits && c.creditedCare?.test(view.slice(info.start, Math.min(info.end, info.start + 400)))) f.push('careCredited');
  if (info.hedged && !quantityLed) f.push('hedge', kf('hedge', kind));
  if (info.question) f.push('q');
  if (info.question && info.answeredNo) f.push('qno');
  if (info.question && info.polarQuestion) f.push('polarQ');
  if (info.question && info.nextHedged) f.push('q&nextHedge');
  // A claim asked about and answered with a hedge or doubt in the next two sentences ("A miracle drug for obesity? … help many people…"),
  // unless the question offers rather than asks ("Tired of…?").
  if (info.question && !info.invites && !info.nextYes && (info.nextHedged || info.nextDistanced())) f.push('qAnswered');
  if (info.kin) {
    f.push('kin', kf('kin', kind));
    // "our NICU babies are little miracles", "the miracle I needed after my divorce": family or a pet, no illness or care in the sentence.
    if (kind === 'miracle' && !info.health && !info.treatment) f.push('kinMiracle');
    // "my dog is the only guaranteed thing in my life": a guarantee about family or a pet, no illness or care in the sentence.
    if (kind === 'guarantee' && !info.health && !info.treatment) f.push('kinPromise');
  }
  if (info.effort) f.push('effort', kf('effort', kind));
  // A weight loss stated with the effort behind it or at a realistic pace: the effort is the point.
  if (kind === 'effortless-weight-loss' && testRaw(c, 'weightLoss', raw) && (info.effort || info.sentenceHas(c.slowPace))) f.push('effortful');
  // The clinic offering care just before the trigger ("our neurology department treats …").
  if (info.clinic && c.service?.test(view.slice(Math.max(info.start, cand.triggerStart - 60), cand.triggerEnd))) {
    f.push('service', kf('service', kind));
    // Specialists listing what they treat: the services of a clinic, not a cure-all ("our cardiologists treat …").
    if (kind === 'cure-all' && !/(?:^|[^\p{L}])we\s{1,3}(?:also\s{1,3})?\p{L}+\s*$/u.test(view.slice(Math.max(info.start, cand.triggerStart - 20), cand.triggerEnd))) f.push('staffService');
  }
  // A named specialist or a service listing conditions with no "we" or "our" in the sentence ("Dr. Patel specializes in migraines, epilepsy…").
  else if (kind === 'cure-all' && c.service?.test(view.slice(Math.max(info.start, cand.triggerStart - 60), cand.triggerEnd))) f.push('staffService');
  // Hoped for, not delivered: an expectation before the claim in its clause, a let-down after it ("I had hoped X would…, but…").
  if (c.expectation !== null && info.expects() && c.expectation.test(view.slice(Math.max(clause, cand.triggerStart - 80), cand.triggerStart)) && c.letDown?.test(view.slice(cand.triggerEnd, Math.min(view.length, cand.triggerEnd + 200))))
    f.push('expectation');
  // Someone else's words, reported in the claim's sentence before it.
  if (info.reports && c.reported?.test(view.slice(Math.max(info.start, cand.triggerStart - 80), cand.triggerStart))) f.push('reported', kf('reported', kind));
  // A treatment or vaccine before the trigger in its clause: proven care compared with proven care ("the nasal spray vaccine is an alternative to the shot").
  if ((kind === 'treatment-replacement' || kind === 'vaccine-alternative') && (firstLexiconMatch(c.treatment, before) !== null || firstLexiconMatch(c.vaccine, before) !== null))
    f.push('treatBefore', kf('treatBefore', kind));
  // A vaccine named as the alternative to a vaccine ("the nasal spray vaccine is an alternative to the shot"): one vaccine for another.
  if ((kind === 'treatment-replacement' || kind === 'vaccine-alternative') && cand.end > cand.triggerEnd && firstLexiconMatch(c.vaccine, before) !== null && firstLexiconMatch(c.vaccine, view.slice(cand.triggerEnd, cand.end)) !== null)
    f.push('vaccineForVaccine');
  // Diseases listed next to a vaccine word name the shots offered ("flu and shingles shots today"), not a cure-all.
  if (cand.rule.id === 'cureall.bare' && firstLexiconMatch(c.vaccine, view.slice(info.start, info.end)) !== null) f.push('vaccineList');
  if ((info.question || info.asks) && info.saidNo) f.push('saidNo&q');
  if (info.asks) f.push('asks');
  if (info.disclaimer) f.push('disc');
  if (info.you) f.push('you');
  if (info.firstPerson) f.push('i');
  if (info.clinic) f.push('we');
  if (info.exclaim) f.push('excl');
  if (info.candidates > 1) f.push('multi');
  if (text.charAt(cand.triggerStart) === '#') f.push('hash');
  if (raw.length > 2 && raw === raw.toUpperCase() && /\p{Lu}/u.test(raw)) f.push('caps');
  if (cand.triggerStart - info.start < 3) f.push('first');
  return f;
}

/**
 * The quotation holding the trigger named as words: a noun or the writer's having seen it right after
 * the closing mark (the pack's quotedMention), or, opening its sentence, the subject of a copula (quotedSubject).
 */
function isMention(c: CompiledPack, text: string, view: string, info: SentenceInfo, q: { open: number; close: number }): boolean {
  const after = view.slice(q.close + 1, Math.min(info.end, q.close + 61));
  if (c.quotedMention?.test(after)) return true;
  if (c.quotedMentionBefore?.test(view.slice(Math.max(info.start, q.open - 300), q.open))) return true;
  return c.quotedSubject !== null && !/[\p{L}\p{N}]/u.test(text.slice(info.start, q.open)) && c.quotedSubject.test(after);
}

/** Is `offset` inside a quotation opened earlier in its sentence? */
function insideQuotes(text: string, from: number, offset: number): boolean {
  let open = false;
  for (let i = Math.max(from, offset - 200); i < offset; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x201c) open = true;
    else if (ch === 0x201d) open = false;
    else if (ch === 34) open = !open;
  }
  return open;
}


/** A letter or digit at `i` (false outside the text). */
function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text.charAt(i));
}

/**
 * A single quotation mark at `i` ("'" or the curly ones) that opens or closes a quotation: an
 * apostrophe between letters ("don't", "ppl’s") does neither.
 */
function singleQuote(text: string, i: number): 'open' | 'close' | null {
  const ch = text.charCodeAt(i);
  if (ch === 0x2018) return 'open';
  if (ch !== 0x27 && ch !== 0x2019) return null;
  const before = isWordChar(text, i - 1);
  const after = isWordChar(text, i + 1);
  if (!before && after && !/[.!?,\p{L}\p{N}]/u.test(text.charAt(i - 1))) return 'open';
  if (!after && i > 0 && !/[\s\u00a0]/u.test(text.charAt(i - 1))) return 'close';
  return null;
}

/**
 * Is the trigger [start, end) inside a quotation of its sentence (double or single quotation marks,
 * straight or curly, or guillemets), opened before it and closed after it? Returns the offsets of the
 * opening and closing marks, or null. Looks at most 200 characters each side.
 */
function quotation(text: string, from: number, to: number, start: number, end: number): { open: number; close: number } | null {
  let double = -1;
  let single = -1;
  for (let i = Math.max(from, start - 200); i < start; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) double = double === -1 ? i : -1;
    else if (ch === 0x201c || ch === 0xab) double = i;
    else if (ch === 0x201d || ch === 0xbb) double = -1;
    else {
      const q = singleQuote(text, i);
      if (q !== null) single = q === 'open' ? i : -1;
    }
  }
  if (double === -1 && single === -1) return null;
  for (let i = end; i < Math.min(to, end + 200); i++) {
    const ch = text.charCodeAt(i);
    if (double !== -1 && (ch === 0x22 || ch === 0x201d || ch === 0xbb)) return { open: double, close: i };
    if (single !== -1 && singleQuote(text, i) === 'close') return { open: single, close: i };
  }
  return null;
}

/**
 * Context that rules a candidate out whatever the classifier says (README, "Checklist":
 * claims.prohibited): a negator before the trigger in its clause ("it won't melt fat", "no
 * procedure comes with a guarantee"), a question answered with "no" ("A miracle cure? No."), a
 * later "my doctor said no", a question put to others ("has anyone…?"), a sentence that reports
 * or refutes a claim ("Myth:", "fact-checking those … videos"), a quoted claim in a text that
 * refutes it, a clause-wide negation ("there is no pill that…", "no such thing as…"), stopping a
 * treatment named as the subject of a warning ("stopping a statin on your own can raise your
 * risk"), a referral to the professional the claim names, the supplement disclaimer, a text that
 * discusses quoted claims as someone else's words (the pack's quotedClaim), a yes/no question
 * about the claim not answered yes, a claim refuted right after it, a list of diseases next to a
 * vaccine word, a weight loss stated with its effort or a realistic pace, a quantifier over
 * patients whose predicate is a service, or a claim in scare quotes or reported in its clause as someone else's words, and held up to doubt near it,
 * or a claim hoped for and let down ("I had hoped it would…, but"), or a cure or reversal credited to proven care
 * in its sentence (the pack's creditedCare: "shrinking after six weeks of radiation", "se cura con antibióticos").
 */
export function vetoed(features: readonly string[]): boolean {
  return features.some((f) => VETOES.has(f));
}

/** A treatment no longer needed: "no longer need", "ya no", "ya ni" (the trigger's own words). */
const NO_LONGER = /^(?:ya[\s\u00a0]+n[io]|no[\s\u00a0]+longer)\b/;
/** A quantity of the writer's own clients: "many of our members", "most of my clients", "muchas de mis alumnas", "la mayoría de nuestros pacientes". */
const OWN_GROUP =
  /(?:^|[^\p{L}])(?:many|most|lots|plenty|countless|dozens|hundreds|thousands|muchos|muchas|mayoría|mayoria|cientos|miles)[\s\u00a0]+(?:(?:of|de)[\s\u00a0]+(?:our|my|nuestros|nuestras|mis)[\s\u00a0]|(?:de[\s\u00a0]+)?(?:clientes|clientas|customers|clients|buyers|compradores|compradoras|usuari[oa]s|seguidor[ae]s)(?![\p{L}])|(?:\p{L}{3,15}[\s\u00a0]+)?ya[\s\u00a0]+)/u;

const VETOES = new Set(['neg', 'negx', 'warnedAct', 'referral', 'org', 'staffService', 'serviceObject', 'kinMiracle', 'qno', 'disc', 'saidNo', 'asks', 'refutes', 'inQuotes&refutesText', 'quotedClaim', 'vaccineList', 'polarQ', 'effortful', 'refutedAfter', 'serviceAfter', 'scare', 'reportedDoubt', 'expectation', 'careCredited',
  'mention', 'careSubject', 'harm', 'limited', 'vaccineForVaccine', 'negPred', 'approvalReference', 'approvalFact', 'careModal', 'attributed', 'reportCondition', 'lesson', 'approvalScope', 'qAnswered', 'kinPromise']);
