/**
 * Endorsement disclosures (FTC 16 CFR 255): a material-connection disclosure for paid or gifted
 * endorsements (255.5), outcome statements in testimonials, and the generally-expected-results
 * statement that must accompany them (255.2(b)).
 */
import type { Finding, TextSegment } from './types';
import { APOS, SP, SP0, SPH, WA, isNegated, lowerSameLength, quote } from './match-utils';
import { HEALTH_TERMS } from './claims';
import { findUnnegated, firstWordMatchAt, wordPattern } from './word-scan';
import type { WordPattern } from './word-scan';
import { nativeRegExp } from './native-regexp';

function firstMatch(
  pattern: WordPattern,
  segments: TextSegment[],
  kind: string,
  message: (m: string) => string,
  skip?: (text: string, index: number) => boolean
): Finding | null {
  for (const segment of segments) {
    const text = segment.text;
    const m = firstWordMatchAt(pattern, lowerSameLength(text), (c) => !skip || !skip(text, c.index));
    if (m) {
      const match = text.slice(m.index, m.index + m[0].length);
      return { path: segment.path, match, kind, message: message(match), offset: m.index };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Material connection: hashtags first (they are never negated), then phrases.

const DISCLOSURE_HASHTAG = wordPattern(
  /#(?:ad|ads|advert|advertisement|sponsored|paidpartnership|paidpartner|paidad|paidpost|gifted|partner|brandpartner|affiliate)(?![\p{L}\p{N}_])/gu
);

const I = `(?:i|we|s?he|they)`;
const DISCLOSURE_PHRASE_RE = nativeRegExp(
  `\\b(?:` +
    [
      `paid${SPH}(?:partnership|partner|promotion|endorsement|post|advertisement|ad|sponsorship|collaboration)`,
      `(?:in${SP}partnership|partnered)${SP}with`,
      `sponsor(?:ed|ship)(?:${SP}by)?`,
      `advertisement|advertorial`,
      `(?:${I}${SP}(?:was|were|am|are|have${SP}been|has${SP}been|got|get)|i${APOS}m|(?:we|they)${APOS}re|(?:i|we|they)${APOS}ve${SP}been)${SP}(?:(?:being|also)${SP})?(?:paid|compensated)`,
      `${I}${SP}(?:received|got|was${SP}(?:given|sent|provided)|were${SP}(?:given|sent|provided))[^.!?\\n]{0,80}?(?:in${SP}exchange|for${SP}free|free${SP}of${SP}charge|at${SP}no${SP}(?:cost|charge)|complimentary|as${SP}a${SP}gift)`,
      `(?:provided|given|sent|gifted)${SP}(?:to${SP}(?:me|us)${SP})?(?:for${SP}free|free${SP}of${SP}charge|at${SP}no${SP}(?:cost|charge)|in${SP}exchange${SP}for)`,
      // "gifted" alone is also an adjective ("a gifted surgeon").
      `gifted${SP}(?:by|from|to${SP}(?:me|us))|(?:was|were|been|got|get)${SP}gifted`,
      `affiliate${SP}links?`,
      `${I}${SP}(?:may${SP})?(?:earn|receive|get)${SP}(?:a${SP})?(?:small${SP})?commission`,
    ].join('|') +
    `)${WA}`,
  'gu'
);
const DISCLOSURE_PHRASE = wordPattern(DISCLOSURE_PHRASE_RE);

const DISCLOSURE_MESSAGE = (m: string): string => `Material connection disclosed by ${quote(m)}.`;

/**
 * The first clear disclosure of a material connection, or null. A negated phrase ("this post is
 * not sponsored") is not a disclosure.
 */
export function findMaterialConnectionDisclosure(segments: TextSegment[]): Finding | null {
  return (
    firstMatch(DISCLOSURE_HASHTAG, segments, 'disclosure', DISCLOSURE_MESSAGE) ??
    firstMatch(DISCLOSURE_PHRASE, segments, 'disclosure', DISCLOSURE_MESSAGE, (text, i) => isNegated(text, i))
  );
}

// ---------------------------------------------------------------------------------------------
// Outcome statements in testimonials: "I lost 40 pounds", "my pain is gone", "I was cured".

const N = `\\d{1,4}(?:[.,]\\d{1,2})?`;
const UNIT = `(?:pounds|lbs?|kg|kgs|kilos|kilograms|stone|points|inches|in\\.|cm|sizes|dress${SP}sizes|percent|%|mg\\/dl|mmhg)`;
const OUTCOME_RE = nativeRegExp(
  `\\b(?:` +
    [
      // "I lost 40 pounds", "dropped over 20 lbs", "my A1C dropped 2 points"
      `(?:lost|dropped|shed|gained|lowered|reduced|cut|lose|losing)${SP}(?:(?:over|more${SP}than|almost|nearly|about|around|a${SP}total${SP}of|a${SP}whopping|an${SP}amazing|an${SP}incredible)${SP})?${N}${SP0}${UNIT}`,
      // "40 pounds lighter", "30 lbs down"
      `${N}${SP0}(?:pounds|lbs?|kg|kilos|inches|sizes)${SP}(?:lighter|down|gone|off|thinner|slimmer)`,
      // "I was cured", "I'm pain-free", "I've been off my meds"
      `(?:i|i${APOS}ve|i${SP}have|i${SP}was|i${APOS}m|i${SP}am|i${SP}got|i${SP}have${SP}been|i${APOS}ve${SP}been|i${SP}became|i${SP}feel)${SP}(?:(?:finally|completely|totally|now|fully)${SP})?(?:cured|healed|pain${SPH}free|cancer${SPH}free|symptom${SPH}free|migraine${SPH}free|in${SP}(?:full${SP})?remission|off${SP}(?:all${SP})?(?:of${SP})?(?:my${SP})?(?:meds|medications?|insulin|pills|painkillers))`,
      // "my pain is gone", "my back pain has disappeared", "my skin cleared up"
      `my${SP}(?:[\\p{L}'\\u2019\\-]{1,20}${SP}){0,2}?(?:${HEALTH_TERMS})${SP}(?:(?:is|are|was|were|has|have|had)${SP})?(?:(?:been|completely|totally|finally|all|now|virtually|almost|nearly|entirely)${SP}){0,2}(?:gone|vanished|disappeared|healed|cured|cleared(?:${SP}up)?|clear|resolved|reversed|normal|under${SP}control|went${SP}away|dropped|fell|plummeted|decreased|normali[sz]ed|improved|went${SP}down|came${SP}down|returned${SP}to${SP}normal)`,
      // "I feel 20 years younger"
      `(?:i${SP})?(?:feel|look)${SP}(?:\\d{1,2}|ten|fifteen|twenty|thirty|twenty${SPH}five)?${SP0}years${SP}younger`,
      // "I no longer need", "I don't need my inhaler anymore"
      `i${SP}no${SP}longer${SP}(?:need|take|suffer|have|feel|experience|get|use|struggle)`,
      `i${SP}(?:don${APOS}t|do${SP}not)${SP}(?:even${SP})?(?:need|take)${SP}(?:my${SP}|any${SP})?(?:meds|medications?|insulin|pills|inhalers?|painkillers|glasses)${SP}(?:anymore|any${SP}more)`,
      // "went from a size 16 to a size 8", "went from 250 to 180"
      `went${SP}from${SP}(?:(?:a|an|size)${SP}){0,2}${N}[^\\n.!?\\d]{0,24}?${SP}to${SP}(?:(?:a|an|size)${SP}){0,2}${N}`,
      // "the pain disappeared", "symptoms went away"
      `(?:pain|symptoms|migraines|headaches|acne|rash|swelling|cravings|eczema|psoriasis|anxiety)${SP}(?:(?:completely|totally|finally|all)${SP})?(?:disappeared|vanished|went${SP}away|stopped|is${SP}gone|are${SP}gone|cleared${SP}up)`,
    ].join('|') +
    `)(?![\\p{L}\\p{N}_])`,
  'gu'
);
const OUTCOME = wordPattern(OUTCOME_RE);

export function findOutcomeStatements(segments: TextSegment[]): Finding[] {
  return findUnnegated(segments, [OUTCOME], 'outcome', (quoted) =>
    `${quoted} states a result: the testimonial must also say what results patients generally get (e.g. "Most patients lose 5-10 pounds in 12 weeks").`
  );
}

// ---------------------------------------------------------------------------------------------
// Generally-expected-results statement.

const PEOPLE = `(?:patients?|participants?|customers?|clients?|users?|people|members?)`;
const TYPICAL_RE = nativeRegExp(
  `\\b(?:` +
    [
      `(?:individual${SP}|your${SP}|patient${SP})?results${SP}(?:(?:may|might|will|can|do)${SP})?(?:vary|differ)`,
      `results${SP}(?:are${SP}|were${SP})?not${SP}typical`,
      `(?:not${SP}typical|atypical)${SP}results`,
      `these${SP}results${SP}are${SP}(?:not${SP})?typical`,
      `typical${SP}results${SP}(?:are|were|include|range|show)`,
      `(?:most|typical|the${SP}average|average|the${SP}typical)${SP}${PEOPLE}${SP}(?:(?:can|should|will|generally|typically|usually)${SP})?(?:lose|lost|see|saw|experience|experienced|achieve|achieved|report|reported|expect|gain|gained|improve|improved|get|notice|noticed)`,
      `the${SP}average${SP}(?:patient|participant|customer|client|user|result|weight${SP}loss|improvement|reduction)`,
      `on${SP}average,?${SP}${PEOPLE}`,
      `generally${SP}expected${SP}results`,
      `(?:${PEOPLE}|you)${SP}(?:can|should|may)${SP}(?:generally|typically|usually)${SP}expect`,
    ].join('|') +
    `)${WA}`,
  'gu'
);

const TYPICAL = wordPattern(TYPICAL_RE);

export function findTypicalResultsStatement(segments: TextSegment[]): Finding | null {
  return firstMatch(TYPICAL, segments, 'typical-results', (m) => `Generally-expected-results statement found: ${quote(m)}.`);
}
