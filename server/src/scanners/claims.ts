/**
 * Health-claim scanners (FDA/FTC health-fraud guidance, FTC Health Products Compliance Guidance):
 * prohibited claims (an adapter over the claim detector in server/src/detection/claims),
 * establishment claims ("clinically proven"), general health claims, and the references (DOI,
 * PMID, URL) that back them. What counts as evidence is decided in
 * server/src/detection/claims/evidence.ts.
 */
import { detectClaims, kindMeta } from '../detection/claims';
import type { ClaimKind } from '../detection/claims';
import type { Finding, TextSegment } from './types';
import { SP, SP0, SPH, WA, eachMatch, firstWordMatch, isNegated, lowerSameLength, quote, wordCount } from './match-utils';
import { candidateStarts, eachWordMatchAt, findUnnegated, wordPattern } from './word-scan';
import { nativeRegExp } from './native-regexp';

export type ProhibitedClaimKind = ClaimKind;

export interface ProhibitedClaimOptions {
  /** Extra phrases to flag (kind `custom`). */
  add?: string[];
  /** Built-in triggers to stop flagging: a phrase ("cure", "guaranteed results"), a kind or a rule id. */
  remove?: string[];
  /** The entry cites a reference, so "FDA approved" can be checked by a reviewer. */
  hasReference?: boolean;
  /** Language pack of the claim grammar (server/src/detection/language.ts); default "en". */
  language?: string;
}

const MESSAGES: Record<ProhibitedClaimKind, string> = {
  cure: 'promises a cure',
  miracle: 'is a "miracle" promise',
  guarantee: 'guarantees a health outcome',
  'universal-efficacy': 'claims the treatment works for everyone',
  'zero-risk': 'claims there is no risk or side effect',
  permanence: 'promises permanent results',
  'treatment-replacement': 'tells patients to stop or replace proven treatment',
  'instant-results': 'promises instant results',
  'effortless-weight-loss': 'promises weight loss without diet or exercise',
  'cure-all': 'claims to treat many unrelated conditions',
  'disease-reversal': 'claims to reverse a disease or regrow tissue',
  'vaccine-alternative': 'presents an alternative to vaccines',
  'suppressed-knowledge': 'appeals to knowledge "they" hide',
  'fda-approval': 'claims FDA approval or clearance without a reference',
  custom: "is on this site's list of prohibited phrases",
};

/**
 * Prohibited health claims (FTC/FDA health-fraud red flags): an adapter over the claim detector
 * in server/src/detection/claims, which names the kind, why it matters, the reference and a
 * suggested rewrite of each finding.
 */
export function scanProhibitedClaims(segments: TextSegment[], options: ProhibitedClaimOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const segment of segments) {
    for (const hit of detectClaims(segment.text, options, options.language)) {
      const match = segment.text.slice(hit.start, hit.end);
      const meta = kindMeta(hit.kind, options.language);
      findings.push({
        path: segment.path,
        match,
        kind: hit.kind,
        message: `${quote(match)} ${MESSAGES[hit.kind]}: ${meta.suggestion ? `${meta.suggestion}, or remove it` : 'remove or rephrase it'}.`,
        offset: hit.start,
        family: 'claim',
        why: meta.why,
        reference: meta.reference,
        ...(meta.suggestion ? { suggestion: meta.suggestion } : {}),
      });
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Establishment claims: the ad says there is scientific proof, so that proof must be cited.

const ESTABLISHMENT_WORD_RE = nativeRegExp(
  `\\b(?:` +
    [
      `(?:number${SP}one|no\\.?${SP}1)${SPH}(?:doctor|physician|dermatologist|dentist)${SPH}recommended`,
      `clinically${SPH}(?:proven|tested|shown|validated|studied|demonstrated)`,
      `scientifically${SPH}(?:proven|tested|shown|validated|formulated)`,
      `(?:clinical${SP}|scientific${SP}|independent${SP}|published${SP})?(?:studies|research|trials|evidence|data|science)${SP}(?:shows?|has${SP}shown|have${SP}shown|proves?|has${SP}proven|have${SP}proven|confirms?|demonstrates?|suggests?)`,
      `(?:a${SP}|one${SP}|the${SP})?(?:clinical${SP})?(?:study|trial)${SP}(?:shows?|showed|found|proves?|proved|confirms?|confirmed|demonstrated)`,
      `(?:doctor|physician|dermatologist|dentist)s?${SPH}(?:recommended|approved|tested)`,
      `proven${SP}to`,
      `backed${SP}by${SP}(?:science|research|studies|clinical${SP}(?:studies|research|trials|evidence)|scientific${SP}(?:evidence|research))`,
    ].join('|') +
    `)${WA}`,
  'gu'
);
/** "#1 doctor recommended": its own regex (see eachWordMatchOfAllAt); it ends where the word branch inside it would. */
const ESTABLISHMENT_HASH_RE = nativeRegExp(`#${SP0}1${SPH}(?:doctor|physician|dermatologist|dentist)${SPH}recommended${WA}`, 'gu');
const ESTABLISHMENT_PATTERNS = [wordPattern(ESTABLISHMENT_HASH_RE), wordPattern(ESTABLISHMENT_WORD_RE)];

export function findEstablishmentClaims(segments: TextSegment[]): Finding[] {
  return findUnnegated(segments, ESTABLISHMENT_PATTERNS, 'establishment-claim', (quoted) =>
    `${quoted} says there is scientific proof: cite it (DOI, PMID or URL) in the references, or remove the claim.`
  );
}

// ---------------------------------------------------------------------------------------------
// Health claims: a verb of effect followed, within the same clause, by a health term.

const HEALTH_VERB_RE = nativeRegExp(
  `\\b(?:` +
    [
      'treat(?:s|ing)?',
      'prevent(?:s|ing)?',
      'reduc(?:e|es|ing)',
      'improv(?:e|es|ing)',
      'reliev(?:e|es|ing)',
      'boost(?:s|ing)?',
      'lower(?:s|ing)?',
      'heal(?:s|ing)?',
      'cur(?:e|es|ing)',
      'fight(?:s|ing)?',
      'revers(?:e|es|ing)',
      'eliminat(?:e|es|ing)',
      'alleviat(?:e|es|ing)',
      'strengthen(?:s|ing)?',
      `protect(?:s|ing)?${SP}against`,
      'combat(?:s|ing)?',
      'regulat(?:e|es|ing)',
      'restor(?:e|es|ing)',
      'repair(?:s|ing)?',
      'kill(?:s|ing)?',
      'shrink(?:s|ing)?',
      'detox(?:es|ing|ifies|ify)?',
      'normali[sz](?:e|es|ing)',
      'enhanc(?:e|es|ing)',
      'decreas(?:e|es|ing)',
      `relief${SP}(?:from|of|for)`,
      `protection${SP}against`,
    ].join('|') +
    // Common verbs with other meanings ("stop by", "clear the table") form group 1: their
    // health term must follow at once ("supports heart health", "eases joint pain").
    `|(support(?:s|ing)?|promot(?:e|es|ing)|slow(?:s|ing)?|stop(?:s|ping)?|clear(?:s|ing)?|eas(?:e|es|ing)|balanc(?:e|es|ing)))${WA}`,
  'gu'
);
const HEALTH_VERB = wordPattern(HEALTH_VERB_RE);
/** Health terms; exported so other scanners share one vocabulary. */
export const HEALTH_TERMS =
  "pain|aches?|inflammation|blood[\\s\\u00a0]{1,3}(?:pressure|sugar|glucose)|cholesterol|diabet(?:es|ic)|cancers?|tumou?rs?|heart[\\s\\u00a0]{1,3}(?:disease|attacks?|health)|cardiovascular|strokes?|immun(?:e|ity)|infections?|viral|virus(?:es)?|covid(?:-19)?|flu|colds?|anxiety|depression|arthritis|symptoms?|diseases?|disorders?|conditions?|risk|weight|obesity|insomnia|sleep|acne|eczema|psoriasis|rosacea|wrinkles|aging|ageing|migraines?|headaches?|fatigue|stress|memory|cognitive|cognition|digestion|digestive|metabolism|hair[\\s\\u00a0]{1,3}loss|asthma|allerg(?:y|ies)|dementia|alzheimer['\\u2019]?s|injur(?:y|ies)|wounds?|scars?|bones?|joints?|toxins|cellulite|libido|fertility|menopause|hormones?|gut|skin|illness(?:es)?|health|healing|recovery|neuropathy|sciatica|knees?|muscles?|energy|mood";
const HEALTH_TERM_RE = nativeRegExp(`\\b(?:${HEALTH_TERMS})${WA}`, 'gu');
/** The terms are found with the other word patterns: a verb with no term start in its window is passed over at once. */
const HEALTH_TERM = wordPattern(HEALTH_TERM_RE);
/** A second term right after the first ("joint pain", "heart disease risk") belongs to the match. */
const NEXT_HEALTH_TERM_RE = nativeRegExp(`[\\s\\u00a0]{1,3}(?:${HEALTH_TERMS})${WA}`, 'uy');
/** How far after the verb a health term may sit ("reduces the risk of heart disease"). */
const CLAIM_WINDOW = 60;
/** Words allowed between verb and term: "lowers [your] blood pressure", "eases [joint] pain". */
const MAX_GAP_WORDS = 4;
const MAX_GAP_WORDS_WEAK_VERB = 1;
const CLAUSE_END = /[.!?;\n]/;

/** End of the claim window after a verb: CLAIM_WINDOW characters, cut at the first clause end. */
function claimWindowEnd(lower: string, verbEnd: number): number {
  const limit = Math.min(lower.length, verbEnd + CLAIM_WINDOW);
  for (let at = verbEnd; at < limit; at++) {
    const code = lower.charCodeAt(at);
    // . ! ? ; and a line feed (CLAUSE_END)
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 10) return at;
  }
  return limit;
}

export function findHealthClaims(segments: TextSegment[]): Finding[] {
  const findings: Finding[] = [];
  for (const segment of segments) {
    const text = segment.text;
    const lower = lowerSameLength(text);
    const termStarts = candidateStarts(HEALTH_TERM, lower);
    let nextTerm = 0;
    let coveredUntil = -1;
    eachWordMatchAt(HEALTH_VERB, lower, (m) => {
      if (m.index < coveredUntil) return;
      const verbEnd = m.index + m[0].length;
      // A term in the window starts where the shared pass found one could (verbs come in text order).
      if (termStarts !== null) {
        while (nextTerm < termStarts.length && (termStarts[nextTerm] as number) < verbEnd) nextTerm++;
        if (nextTerm === termStarts.length || (termStarts[nextTerm] as number) >= claimWindowEnd(lower, verbEnd)) return;
      }
      let window = lower.slice(verbEnd, verbEnd + CLAIM_WINDOW);
      const stop = window.search(CLAUSE_END);
      if (stop !== -1) window = window.slice(0, stop);
      const term = firstWordMatch(HEALTH_TERM_RE, window);
      if (!term) return;
      const maxGap = m[1] === undefined ? MAX_GAP_WORDS : MAX_GAP_WORDS_WEAK_VERB;
      if (wordCount(window.slice(0, term.index)) > maxGap) return;
      if (isNegated(text, m.index)) return;
      let end = verbEnd + term.index + term[0].length;
      for (let extra = 0; extra < 2; extra++) {
        NEXT_HEALTH_TERM_RE.lastIndex = end;
        const next = NEXT_HEALTH_TERM_RE.exec(lower);
        if (!next) break;
        end += next[0].length;
      }
      coveredUntil = end;
      const match = text.slice(m.index, end);
      findings.push({
        path: segment.path,
        match,
        kind: 'health-claim',
        message: `${quote(match)} is a health claim: back it with competent and reliable scientific evidence (DOI, PMID or URL in the references), or remove it.`,
        offset: m.index,
      });
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// References: DOI, PMID/PMCID, and http(s) or www URLs.

const REFERENCE_RE =
  /(?:https?:\/\/|(?<![\w@./-])www\.)[^\s<>"'`]{1,2048}|(?<![\w./])10\.\d{4,9}\/[^\s<>"'`]{1,300}|(?<![\p{L}\p{N}])(?:pmid|pubmed(?:[\s\u00a0]{1,3}id)?)[\s\u00a0]{0,3}:?[\s\u00a0]{0,3}\d{1,9}(?!\p{N})|(?<![\p{L}\p{N}])pmc\d{4,9}(?!\p{N})/giu;
const REFERENCE_TRAILING = '.,;:!?)]}\'"\u2019\u201d';

function trimTrailing(s: string): string {
  let open = countChar(s, '(');
  let close = countChar(s, ')');
  let end = s.length;
  while (end > 0 && REFERENCE_TRAILING.includes(s[end - 1] as string)) {
    if (s[end - 1] === ')') {
      // Keep a ")" that closes a "(" inside the reference: DOIs contain parentheses.
      if (open >= close) break;
      close--;
    } else if (s[end - 1] === '(') {
      open--;
    }
    end--;
  }
  return s.slice(0, end);
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === c) n++;
  return n;
}

function referencesInText(text: string, out: string[]): void {
  eachMatch(REFERENCE_RE, text, (m) => {
    const ref = trimTrailing(m[0]);
    if (ref.length > 0) out.push(/^pm/i.test(ref) ? ref.replace(/\s+/g, ' ') : ref);
  });
}

export function hasReferenceText(text: string): boolean {
  REFERENCE_RE.lastIndex = 0;
  return REFERENCE_RE.test(text);
}

/** Bounds for walking arbitrary JSON (a references component, a repeatable list, a string). */
const MAX_REFERENCE_DEPTH = 8;
const MAX_REFERENCE_STRINGS = 10_000;

/**
 * Finds references in a field value: a string, an array of strings, an array of objects (any of
 * their string fields) or an object. Returns DOIs, PMIDs/PMCIDs and URLs in order, de-duplicated.
 */
export function extractReferences(value: unknown): string[] {
  const strings: string[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, depth: number): void => {
    if (strings.length >= MAX_REFERENCE_STRINGS || depth > MAX_REFERENCE_DEPTH) return;
    if (typeof v === 'string') {
      if (v.length > 0) strings.push(v);
    } else if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) return;
      seen.add(v);
      const children = Array.isArray(v) ? (v as unknown[]) : Object.values(v as Record<string, unknown>);
      for (const child of children) walk(child, depth + 1);
    }
  };
  walk(value, 0);
  const refs: string[] = [];
  for (const s of strings) referencesInText(s, refs);
  return [...new Set(refs)];
}
