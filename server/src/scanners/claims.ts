/**
 * Health-claim scanners (FDA/FTC health-fraud guidance, FTC Health Products Compliance Guidance):
 * unrealistic-promise phrases, establishment claims ("clinically proven"), general health claims,
 * and the references (DOI, PMID, URL) that back them.
 *
 * The lexicon compiles to one alternation per `add` list (cached by content) and runs on a
 * lower-cased copy of the text; matches in a negated clause ("there is no known cure", "results
 * are not guaranteed") are not claims.
 */
import type { Finding, TextSegment } from './types';
import {
  APOS,
  BoundedCache,
  SP,
  SP0,
  SPH,
  SPH0,
  WA,
  eachMatch,
  eachWordMatch,
  firstGroup,
  firstWordMatch,
  isNegated,
  lowerSameLength,
  phraseToPattern,
  quote,
} from './match-utils';

export type ProhibitedClaimKind =
  | 'cure-claim'
  | 'miracle'
  | 'guarantee'
  | 'absolute-efficacy'
  | 'no-side-effects'
  | 'risk-free'
  | 'fda-approval'
  | 'anti-treatment'
  | 'quick-fix'
  | 'custom';

export interface ProhibitedClaimOptions {
  /** Extra phrases to flag (kind `custom`). */
  add?: string[];
  /** Built-in phrases to stop flagging, by their text ("cure", "guaranteed results"). */
  remove?: string[];
  /** The entry cites a reference, so "FDA approved" can be checked by a reviewer. */
  hasReference?: boolean;
}

interface LexiconEntry {
  kind: ProhibitedClaimKind;
  /** The phrase texts this entry stands for; the first names the entry for `remove`. */
  phrases: string[];
  pattern: string;
  /** A negator just before the match ("not", "no known") means it is not a claim. */
  negatable: boolean;
}

const MEDS = `(?:medications?|medicines?|meds|pills|prescriptions?|drugs|insulin|inhalers?)`;
const TREATMENTS = `(?:chemo(?:therapy)?|surgery|radiation|vaccines?|antibiotics|insulin|medications?|medicines?|prescription${SP}drugs)`;

/** Multi-word entries come first: at one position the alternation takes the first that matches. */
const BUILT_IN: LexiconEntry[] = [
  {
    kind: 'anti-treatment',
    phrases: ['no need for surgery'],
    pattern: `no${SP}(?:more${SP})?need${SP}(?:for|of)${SP}(?:surgery|${MEDS}|doctors?|chemo(?:therapy)?)`,
    negatable: true,
  },
  {
    kind: 'anti-treatment',
    phrases: ['stop taking your medication'],
    pattern: `stop${SP}taking${SP}(?:(?:your|all|all${SP}your|those)${SP})?${MEDS}`,
    negatable: true,
  },
  {
    kind: 'anti-treatment',
    phrases: ['throw away your pills'],
    pattern: `(?:throw|toss)${SP}(?:away|out)${SP}(?:(?:your|all|all${SP}your|those)${SP})?${MEDS}`,
    negatable: true,
  },
  {
    kind: 'anti-treatment',
    phrases: ['better than chemotherapy'],
    pattern: `(?:better|safer|more${SP}effective)${SP}than${SP}${TREATMENTS}`,
    negatable: true,
  },
  {
    kind: 'anti-treatment',
    phrases: ['replaces your doctor'],
    pattern: `replac(?:e|es|ing)${SP}(?:your${SP})?(?:doctor|physician|${TREATMENTS})`,
    negatable: true,
  },
  {
    kind: 'anti-treatment',
    phrases: ["doctors don't want you to know"],
    pattern: `(?:doctors?|big${SP}pharma|the${SP}medical${SP}industry)${SP}(?:don${APOS}t|do${SP}not|doesn${APOS}t|does${SP}not)${SP}want${SP}you${SP}to${SP}know`,
    negatable: false,
  },
  {
    kind: 'quick-fix',
    phrases: ['overnight results'],
    pattern: `overnight${SP}(?:results|cure|transformation|success)|results${SP}overnight`,
    negatable: true,
  },
  {
    kind: 'quick-fix',
    phrases: ['instant cure'],
    pattern: `instant(?:ly)?${SP}(?:cure|results|relief|weight${SP}loss)`,
    negatable: true,
  },
  {
    kind: 'quick-fix',
    phrases: ['lose 30 pounds in 30 days'],
    pattern: `lose${SP}(?:up${SP}to${SP})?\\d{1,3}${SPH0}(?:pounds|lbs?|kg|kilos)${SP}in${SP}(?:just${SP}|only${SP})?(?:\\d{1,3}|a|one|two|three|four|five|six|seven|ten)${SPH}(?:days?|weeks?)`,
    negatable: true,
  },
  {
    kind: 'absolute-efficacy',
    phrases: ['100% effective'],
    pattern: `100${SP0}(?:%|percent|per${SP}cent)${SPH}(?:effective|successful|success${SP}rate|cure${SP}rate|safe${SP}and${SP}effective)`,
    negatable: true,
  },
  {
    kind: 'absolute-efficacy',
    phrases: ['works for everyone'],
    pattern: `works?${SP}for${SP}(?:everyone|everybody|all${SP}patients|every${SP}patient)`,
    negatable: true,
  },
  {
    kind: 'absolute-efficacy',
    phrases: ['works every time'],
    pattern: `works?${SP}every${SP}(?:single${SP})?time|always${SP}works`,
    negatable: true,
  },
  {
    kind: 'no-side-effects',
    phrases: ['no side effects'],
    pattern: `(?:no|zero|without${SP}any|without|free${SP}(?:of|from)(?:${SP}any)?)${SP}(?:(?:negative|harmful|bad)${SP})?side${SPH}effects?`,
    negatable: false,
  },
  {
    kind: 'fda-approval',
    phrases: ['fda approved'],
    pattern: `fda${SPH}(?:approved|cleared|certified|registered)|(?:approved|cleared|certified)${SP}by${SP}(?:the${SP})?(?:fda|food${SP}and${SP}drug${SP}administration)`,
    negatable: true,
  },
  {
    kind: 'risk-free',
    phrases: ['risk-free'],
    pattern: `risk${SPH0}free`,
    negatable: true,
  },
  {
    kind: 'risk-free',
    phrases: ['no risk'],
    // "no risk factors" is medical vocabulary, not a promise.
    pattern: `(?:no|zero|without${SP}any)${SP}risks?(?!${SPH}factors?)`,
    negatable: false,
  },
  {
    kind: 'guarantee',
    phrases: ['guaranteed results'],
    pattern: `guaranteed${SP}(?:results|cure|recovery|success|weight${SP}loss)`,
    negatable: true,
  },
  {
    kind: 'guarantee',
    phrases: ['guarantee', 'guarantees', 'guaranteed', 'guaranteeing', 'we guarantee'],
    pattern: `guarantee(?:s|d|ing)?`,
    negatable: true,
  },
  {
    kind: 'miracle',
    phrases: ['miracle', 'miracles', 'miraculous', 'miraculously'],
    pattern: `miracles?|miraculous(?:ly)?`,
    negatable: true,
  },
  {
    kind: 'cure-claim',
    phrases: ['cure', 'cures', 'cured', 'curing'],
    pattern: `cur(?:e|es|ed|ing)`,
    negatable: true,
  },
];

/** "money-back guarantee" is a commercial promise about a refund, not a health outcome. */
const NOT_A_HEALTH_GUARANTEE = /(?:money[\s\-]?back|satisfaction|price|refund|lowest[\s\-]price)[\s\-]{0,3}$/i;

const MESSAGES: Record<ProhibitedClaimKind, (m: string) => string> = {
  'cure-claim': (m) =>
    `${quote(m)} promises a cure, a classic health-fraud claim: describe what the treatment can do, with evidence, or remove it.`,
  miracle: (m) => `${quote(m)} is an unrealistic promise (FDA/FTC health-fraud red flag): remove it.`,
  guarantee: (m) =>
    `${quote(m)} guarantees a health outcome, which no treatment can: remove it or state the results patients generally get.`,
  'absolute-efficacy': (m) =>
    `${quote(m)} claims the treatment always works: no treatment does; remove it or give the actual success rate with a source.`,
  'no-side-effects': (m) =>
    `${quote(m)} claims the treatment has no side effects: every treatment has risks; remove it or describe them.`,
  'risk-free': (m) => `${quote(m)} claims there is no risk: every treatment has risks; remove it or describe them.`,
  'fda-approval': (m) =>
    `${quote(m)} claims FDA approval or clearance without a reference: cite the FDA listing (URL) or remove the claim.`,
  'anti-treatment': (m) =>
    `${quote(m)} discourages proven medical treatment, which can harm patients: remove it.`,
  'quick-fix': (m) => `${quote(m)} promises unrealistically fast results: remove it or state realistic timelines.`,
  custom: (m) => `${quote(m)} is on this site's list of prohibited phrases: remove or rephrase it.`,
};

interface CompiledLexicon {
  regex: RegExp;
  entries: LexiconEntry[];
}

function normalisePhrase(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2019]/g, "'")
    .replace(/[\s\u00a0\-\u2010-\u2014]+/g, ' ')
    .trim();
}

const lexiconCache = new BoundedCache<CompiledLexicon>(32);

/**
 * Removed entries stay in the regex and their matches are dropped: at a position where a removed
 * "guaranteed results" matches, the broader "guarantee" must not take over.
 */
function compileLexicon(add: readonly string[]): CompiledLexicon {
  return lexiconCache.get(JSON.stringify(add), () => {
    const custom: LexiconEntry[] = add
      .map((p) => p.trim().toLowerCase())
      .filter((p) => p.length > 0)
      .sort((a, b) => b.length - a.length)
      .map((p) => ({ kind: 'custom', phrases: [p], pattern: phraseToPattern(p), negatable: true }));
    // Entries starting with a letter or digit go behind one fast `\b`; others ("#detox") after.
    const all = [...custom, ...BUILT_IN];
    const startsWord = (e: LexiconEntry): boolean => /^[a-z0-9]/i.test(e.phrases[0] as string);
    const entries = [...all.filter(startsWord), ...all.filter((e) => !startsWord(e))];
    const wordCount = all.filter(startsWord).length;
    const group = (e: LexiconEntry): string => `(${e.pattern})`;
    const branches: string[] = [];
    if (wordCount > 0) branches.push(`\\b(?:${entries.slice(0, wordCount).map(group).join('|')})`);
    if (wordCount < entries.length) branches.push(entries.slice(wordCount).map(group).join('|'));
    // An empty lexicon gets a regex that never matches.
    const regex = new RegExp(branches.length > 0 ? `(?:${branches.join('|')})${WA}` : '(?!)', 'gu');
    return { regex, entries };
  });
}

export function scanProhibitedClaims(segments: TextSegment[], options: ProhibitedClaimOptions = {}): Finding[] {
  const { regex, entries } = compileLexicon(options.add ?? []);
  const removed = new Set((options.remove ?? []).map(normalisePhrase).filter((p) => p.length > 0));
  const findings: Finding[] = [];
  for (const segment of segments) {
    const text = segment.text;
    eachWordMatch(regex, lowerSameLength(text), (m) => {
      const group = firstGroup(m, 1, entries.length);
      const entry = entries[group - 1];
      if (!entry) return;
      const match = text.slice(m.index, m.index + m[0].length);
      if (removed.size > 0 && (removed.has(normalisePhrase(entry.phrases[0] as string)) || removed.has(normalisePhrase(match)))) {
        return;
      }
      if (entry.kind === 'fda-approval' && options.hasReference) return;
      if (entry.negatable && isNegated(text, m.index)) return;
      if (entry.kind === 'guarantee' && NOT_A_HEALTH_GUARANTEE.test(text.slice(Math.max(0, m.index - 24), m.index))) {
        return;
      }
      findings.push({ path: segment.path, match, kind: entry.kind, message: MESSAGES[entry.kind](match), offset: m.index });
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Establishment claims: the ad says there is scientific proof, so that proof must be cited.

const ESTABLISHMENT_RE = new RegExp(
  `(?:#${SP0}1${SPH}(?:doctor|physician|dermatologist|dentist)${SPH}recommended|\\b(?:` +
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
    `))${WA}`,
  'gu'
);

export function findEstablishmentClaims(segments: TextSegment[]): Finding[] {
  const findings: Finding[] = [];
  for (const segment of segments) {
    const text = segment.text;
    eachWordMatch(ESTABLISHMENT_RE, lowerSameLength(text), (m) => {
      if (isNegated(text, m.index)) return;
      const match = text.slice(m.index, m.index + m[0].length);
      findings.push({
        path: segment.path,
        match,
        kind: 'establishment-claim',
        message: `${quote(match)} says there is scientific proof: cite it (DOI, PMID or URL) in the references, or remove the claim.`,
        offset: m.index,
      });
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Health claims: a verb of effect followed, within the same clause, by a health term.

const HEALTH_VERB_RE = new RegExp(
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
/** Health terms; exported so other scanners share one vocabulary. */
export const HEALTH_TERMS =
  "pain|aches?|inflammation|blood[\\s\\u00a0]{1,3}(?:pressure|sugar|glucose)|cholesterol|diabet(?:es|ic)|cancers?|tumou?rs?|heart[\\s\\u00a0]{1,3}(?:disease|attacks?|health)|cardiovascular|strokes?|immun(?:e|ity)|infections?|viral|virus(?:es)?|covid(?:-19)?|flu|colds?|anxiety|depression|arthritis|symptoms?|diseases?|disorders?|conditions?|risk|weight|obesity|insomnia|sleep|acne|eczema|psoriasis|rosacea|wrinkles|aging|ageing|migraines?|headaches?|fatigue|stress|memory|cognitive|cognition|digestion|digestive|metabolism|hair[\\s\\u00a0]{1,3}loss|asthma|allerg(?:y|ies)|dementia|alzheimer['\\u2019]?s|injur(?:y|ies)|wounds?|scars?|bones?|joints?|toxins|cellulite|libido|fertility|menopause|hormones?|gut|skin|illness(?:es)?|health|healing|recovery|neuropathy|sciatica|knees?|muscles?|energy|mood";
const HEALTH_TERM_RE = new RegExp(`\\b(?:${HEALTH_TERMS})${WA}`, 'gu');
/** A second term right after the first ("joint pain", "heart disease risk") belongs to the match. */
const NEXT_HEALTH_TERM_RE = new RegExp(`[\\s\\u00a0]{1,3}(?:${HEALTH_TERMS})${WA}`, 'uy');
/** How far after the verb a health term may sit ("reduces the risk of heart disease"). */
const CLAIM_WINDOW = 60;
/** Words allowed between verb and term: "lowers [your] blood pressure", "eases [joint] pain". */
const MAX_GAP_WORDS = 4;
const MAX_GAP_WORDS_WEAK_VERB = 1;
const CLAUSE_END = /[.!?;\n]/;
const GAP_WORD = /[\p{L}\p{N}'\u2019\-]+/gu;

function wordCount(s: string): number {
  let n = 0;
  GAP_WORD.lastIndex = 0;
  while (GAP_WORD.exec(s) !== null) n++;
  return n;
}

export function findHealthClaims(segments: TextSegment[]): Finding[] {
  const findings: Finding[] = [];
  for (const segment of segments) {
    const text = segment.text;
    const lower = lowerSameLength(text);
    let coveredUntil = -1;
    eachWordMatch(HEALTH_VERB_RE, lower, (m) => {
      if (m.index < coveredUntil) return;
      const verbEnd = m.index + m[0].length;
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
  /(?:https?:\/\/|(?<![\w@.\/\-])www\.)[^\s<>"'`]{1,2048}|(?<![\w.\/])10\.\d{4,9}\/[^\s<>"'`]{1,300}|(?<![\p{L}\p{N}])(?:pmid|pubmed(?:[\s\u00a0]{1,3}id)?)[\s\u00a0]{0,3}:?[\s\u00a0]{0,3}\d{1,9}(?!\p{N})|(?<![\p{L}\p{N}])pmc\d{4,9}(?!\p{N})/giu;
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
