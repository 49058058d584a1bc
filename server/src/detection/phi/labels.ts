/**
 * Labelled identifiers written the way people write them: the label a few words before an
 * identifier-shaped token, in the same sentence ("my Tricare ID is 10293847561", "Ohio plate
 * HZT 4471", "the serial over the phone (NX-88217-Q)", "chart (#HMC-558213)"). The label words
 * are the language pack's (`idLabels`); the token shapes are language-independent. Medicare
 * Beneficiary Identifiers are recognised by their shape alone.
 */
import { isDigitCode, norm, overlapIndex, sentenceAround, tokenize } from '../text';
import { perPack } from './compile';
import type { CompiledPack } from './compile';
import type { PhiKind } from './kinds';
import type { Candidate, Emit } from './shapes';
import { nativeRegExp } from '../../scanners/native-regexp';

/** Identifier tokens are found from their first digit ("E-774019", "SA.0681142", "1EG4-TE5-MK72"). */
function nextDigit(text: string, from: number): number {
  for (let at = from; at < text.length; at++) if (isDigitCode(text.charCodeAt(at))) return at;
  return -1;
}
/** Space-separated groups continuing a token: "558 214 907", "4471 0092 3318", "HZT 4471". */
const DIGIT_GROUP_AFTER = /^[\s\u00a0]\d{2,6}(?![\p{L}\p{N}])/u;
const LETTER_GROUP_BEFORE = /(?<![\p{L}\p{N}])([A-Z]{2,4})[\s\u00a0]$/u;
/** Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z). */
const MBI = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}$/;
const YEAR = /^(?:19|20)\d\d$/;
const PHONE_SHAPE = /^\+?[\d\s().-]{7,20}$/;
const PHONE_WORDS = new Set(['call', 'phone', 'text', 'fax', 'cell', 'mobile', 'tel', 'at', 'on']);
const MAX_LABEL_WORDS = 12;
const VANITY_NUMBER = /^(?:1-)?8(?:00|88|77|66|55|44|33)-[A-Z]{3,}/;
const TOLL_FREE_TOKEN = /^(?:1[-. ]?)?8(?:00|88|77|66|55|44|33)[-. ]\d{3}[-. ]\d{4}$/;
const CODE_SYSTEM = /^(?:ICD|CPT|HCPCS|DSM|NDC)-?\d{1,2}(?:-[A-Z]{2})?$/;
const WINDOW = 64;
/** How far back a label in the sentence before may sit, for a strongly shaped token (see `strongShape`). */
const WIDE_WINDOW = 160;

interface Compiled {
  /** Any label word, to find where labels are before looking at tokens. */
  any: RegExp;
  labels: Map<string, PhiKind>;
  generic: Map<string, PhiKind>;
  notId: Set<string>;
  /** The plate labels, lower case as the pack writes them. */
  vehicle: Set<string>;
}
const labelsOf = perPack((c): Compiled => {
  const all = [...Object.keys(c.pack.idLabels), ...Object.keys(c.pack.genericIdLabels)].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    any: nativeRegExp(`\\b(?:${all.sort((a, b) => b.length - a.length).join('|')})`, 'gi'),
    labels: new Map(Object.entries(c.pack.idLabels).map(([k, v]) => [norm(k), v as PhiKind])),
    generic: new Map(Object.entries(c.pack.genericIdLabels).map(([k, v]) => [norm(k), v as PhiKind])),
    notId: new Set(c.pack.notIdContext.map(norm)),
    vehicle: new Set(Object.entries(c.pack.idLabels).filter(([, v]) => v === 'vehicle-identifier').map(([k]) => k.toLowerCase())),
  };
});

/** The pack's words that label a number as no identifier (`notIdContext`: "model", "batch", "version"), normalised. */
export const notIdWords = (c: CompiledPack): Set<string> => labelsOf(c).notId;

function countDigits(s: string): number {
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 48 && ch <= 57) d++;
  }
  return d;
}

/** Identifier-shaped: at least 4 characters and 2 digits, and mixed letters and digits, 5+ digits, or grouped digits. */
function idShaped(token: string, hasMarker: boolean): boolean {
  const alnum = token.replace(/[^A-Za-z0-9]/g, '');
  const digits = countDigits(alnum);
  if (alnum.length < 4 || digits < 2) return false;
  if (YEAR.test(token) && !hasMarker) return false;
  if (/^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(token)) return false; // a date
  if (/^\d+\.\d+$/.test(token)) return false; // a decimal
  if (/^\d+(?:[.,]\d+)?(?:mg|mcg|ml|g|kg|lbs?|mm|cm|iu|ui|mmol|meq)$/i.test(token)) return false; // a dose or a measure ("20mg")
  if (/^[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?$/.test(token)) return false; // an ICD-10 code ("Z79.4")
  if (/^\d{1,4}-\p{Ll}{3,}$/u.test(token)) return false; // a measure compound ("100-mile", "30-day")
  // A placeholder ("XXX000000000", "0000-0000"), not somebody's number.
  if (/^0+$/.test(alnum.replace(/\D/g, '')) || /^(\d)\1+$/.test(alnum)) return false;
  const letters = alnum.length - digits;
  return (letters > 0 && letters <= alnum.length - 2) || digits >= 5 || (/[-./ ]/.test(token) && digits >= 4) || hasMarker;
}

/**
 * A token shaped like nothing but an identifier: six digits or more with letters or separators
 * inside ("CH-0093315", "D412-5530-8817", "0923 8812 4470 01"), not a phone's shape.
 */
function strongShape(token: string): boolean {
  const digits = countDigits(token);
  return digits >= 6 && /[A-Za-z]|[-. ]\d/.test(token) && !PHONE_GROUPS.test(token);
}
/** The groups of a phone number ("555-201-3344", "(956) 555 0137", "+1 305 555 0148"): the phone detector's. */
const PHONE_GROUPS = /^(?:\+?1[-. ]?)?(?:\(?\d{3}\)?[-. ]?)?\d{3}[-. ]\d{4}$/;

/**
 * A label in the sentence right before the token's, when the token's own sentence speaks of the
 * writer's or a relative's number: "have the chart number ready. My son's was CH-0093315", "¿da
 * el número de expediente? a mi mamá le pusieron 4417-88-1203".
 */
function labelInSentenceBefore(text: string, start: number, c: CompiledPack, l: Compiled): { kind: PhiKind; marker: boolean } | null {
  const { start: sentenceStart } = sentenceAround(text, start, WINDOW);
  if (sentenceStart <= 0 || start - sentenceStart > WINDOW) return null;
  // The writer's or a relative's number: in the token's sentence or the one before ("They needed my driver's license?? Fine, D412-…").
  let last = sentenceStart - 1;
  while (last > 0 && /[\s\u00a0?!.\n"\u201c\u201d]/.test(text.charAt(last))) last--;
  const previousStart = sentenceAround(text, last, WIDE_WINDOW).start;
  const own = tokenize(text.slice(previousStart, start)).map((w) => w.lower);
  const self = c.pack.firstPersonWords ?? ['my', 'i', 'me', 'mine'];
  if (!own.some((w) => self.includes(w) || /['\u2019]s$/.test(w) || w === 'mine' || w === 'mía' || w === 'mío')) return null;
  const from = Math.max(0, start - WIDE_WINDOW);
  const words = tokenize(text.slice(Math.max(from, previousStart), sentenceStart).toLowerCase()).map((w) => w.lower);
  if (words.some((w) => l.notId.has(w))) return null;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    const two = k > 0 ? `${words[k - 1]} ${w}` : '';
    const kind = (two && l.labels.get(two)) || l.labels.get(w);
    if (kind && kind !== 'phone' && kind !== 'zip-code') return { kind, marker: true };
  }
  return null;
}

/** Words that present an example right before a number: "for example,", "e.g.", "such as", "por ejemplo:", "p. ej.". */
const EXAMPLE_BEFORE = /(?:\bfor[\s\u00a0]example|\be\.g\.|\bsuch[\s\u00a0]as|\bpor[\s\u00a0]ejemplo|\bp\.[\s\u00a0]?ej\.|\bejemplo)[\s\u00a0]{0,3}[,:]?[\s\u00a0]{0,3}["'\u201c\u2018(]?$/i;

/** Words before the last digits of a masked number: "ending in", "terminación", "terminada en". */
const MASKED_MARKER = /(?:\bending(?:[\s\u00a0]+(?:in|with))?|\bterminaci[oó]n(?:[\s\u00a0]+en)?|\bterminad[oa][\s\u00a0]+en|\btermina[\s\u00a0]+en)[\s\u00a0:]*$/i;

/** The label before `start`: nearest first, two-word labels before one-word ones; stops at a sentence or clause end. */
function labelBefore(text: string, start: number, c: CompiledPack, l: Compiled, phoneShaped: boolean): { kind: PhiKind; marker: boolean; masked?: boolean } | null {
  let from = Math.max(0, start - WINDOW);
  const window = text.slice(from, start);
  // Stop at the last sentence end before the token.
  const { start: sentenceStart } = sentenceAround(text, start, WINDOW);
  const cut = Math.max(-1, sentenceStart - from - 1);
  const scope = window.slice(cut + 1).toLowerCase();
  from += cut + 1;
  // The last digits of a masked number mark it as one too ("account ending in 6620", "cuenta con
  // terminación 4471"), but never make an identifier of a year ("policy year ending in 2025").
  const masked = MASKED_MARKER.test(scope);
  const marker = masked || /(?:#|\bno\.?|\bnumber|\bnum\.?|\bnr\.?)[\s\u00a0:]*$/i.test(scope) || /#[\s\u00a0]*$/.test(scope);
  // A clause ends at ";": "MRN: 4481-22 …; call 555-201-3344" is a phone number, not the MRN.
  const words = tokenize(scope.slice(scope.lastIndexOf(';') + 1)).map((w) => w.lower);
  // A phone-shaped number right after "call", "text" or "phone" is the phone detector's.
  if (phoneShaped && PHONE_WORDS.has(words[words.length - 1] ?? '')) return null;
  let generic: PhiKind | null = null;
  // A word of the context that is no identifier's ("sanitaria") does not count inside a two-word label ("tarjeta sanitaria").
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < MAX_LABEL_WORDS; k--, seen++) {
    if (l.notId.has(words[k] as string) && !(k > 0 && l.labels.has(`${words[k - 1]} ${words[k]}`))) return null;
  }
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < MAX_LABEL_WORDS; k--, seen++) {
    const w = words[k] as string;
    const two = k > 0 ? `${words[k - 1]} ${w}` : '';
    const hash = scope.includes(`${w}#`) ? `${w}#` : '';
    const kind = (two && l.labels.get(two)) || (hash && l.labels.get(hash)) || l.labels.get(w);
    if (kind) return { kind, marker, masked };
    const g = (two && l.generic.get(two)) || l.generic.get(w);
    if (g && !generic) generic = g;
  }
  return generic ? { kind: generic, marker: true, masked } : null;
}

function isTokenChar(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 45 || ch === 46 || ch === 47;
}
function isAlnum(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
}
const OTHER_LETTER = /[\p{L}\p{N}_]/u;

/** `OTHER_LETTER.test(text.charAt(at))`, without the regex for ASCII characters. */
function isOtherLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isAlnum(code) || code === 95;
  return OTHER_LETTER.test(text.charAt(at));
}

/** Can DIGIT_GROUP_AFTER match at `at`? It starts with one space and a digit. */
function mayStartDigitGroup(text: string, at: number): boolean {
  return isDigitCode(text.charCodeAt(at + 1));
}

/** Can LETTER_GROUP_BEFORE match right before `at`? It ends with a capital letter and one space. */
function mayEndLetterGroup(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 2);
  return code >= 65 && code <= 90;
}

/**
 * After a plate label, at most three lower-case words ("is literally", "that read"), then capitals:
 * "license plate is literally KNEE NU", "plate CNCR SVR", "tags LKP-8832". A vanity plate has
 * no digit, so the digit-driven search below never sees it; four to eight letters and digits.
 */
const plateRegex = perPack((c): RegExp | null => {
  const words = Object.entries(c.pack.idLabels)
    .filter(([k, v]) => v === 'vehicle-identifier' && k !== 'vin' && /^\p{L}+$/u.test(k))
    .map(([k]) => `[${k.charAt(0).toUpperCase()}${k.charAt(0)}]${k.slice(1)}`);
  return words.length
    ? nativeRegExp(
        `(?:${words.join('|')})(?![\\p{L}])(?:[\\s\\u00a0:#]{1,3}(?:\\p{Ll}{1,10}[\\s\\u00a0]{1,2}){0,3})?[\\s\\u00a0:#"\\u201c]{0,3}([A-Z0-9]{2,8}(?:[ -][A-Z0-9]{1,7})?)(?![\\p{L}\\p{N}])`,
        'uy'
      )
    : null;
});

/** A vanity plate read from a label word the label search found at `at` ("plate" at the start of "plate CNCR SVR"). */
function vanityPlateAt(text: string, at: number, emit: Emit, c: CompiledPack): void {
  const re = plateRegex(c);
  if (!re) return;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return;
  const plate = m[1] as string;
  const alnum = plate.replace(/[ -]/g, '');
  if (alnum.length < 4 || alnum.length > 8 || !/[A-Z]/.test(alnum)) return;
  // "name tag READY": a tag is a plate only with digits in it.
  if (/^[Tt]ag/.test(m[0]) && !/\d/.test(alnum)) return;
  const start = m.index + m[0].length - plate.length;
  emit('vehicle-identifier', start, start + plate.length);
}

/** The letters of a Spanish plate after its four digits: a space or a dash, three consonants (no vowel, no Ñ or Q). */
const SPANISH_PLATE_LETTERS = /^[ \u00a0-]?[BCDFGHJKLMNPRSTVWXYZ]{3}(?![\p{L}\p{N}])/u;

/** A three-digit service line, its letters before it or not: "911", "CALL 911", "TTY 711", "988". */
const SERVICE_LINE = /^(?:[A-Za-z]{2,6}[ \u00a0-]?)?(?:[2-9]11|988)$/;

export function findLabelledIds(text: string, emit: Emit, c: CompiledPack): void {
  const l = labelsOf(c);
  // Where label words end; a token is only looked at when one ends within WINDOW before it.
  const labelEnds: number[] = [];
  l.any.lastIndex = 0;
  let a: RegExpExecArray | null;
  while ((a = l.any.exec(text)) !== null) {
    labelEnds.push(a.index + a[0].length);
    // "license plate": the plate regex reads from the label's last word.
    if (l.vehicle.has(a[0].toLowerCase())) vanityPlateAt(text, a.index + a[0].lastIndexOf(' ') + 1, emit, c);
  }
  let next = 0;
  // Where the search for the next digit resumes.
  let resumeAt = 0;
  let digitAt: number;
  while ((digitAt = nextDigit(text, resumeAt)) !== -1) {
    // The token around this digit: letters, digits and inner "-", ".", "/" (bounded each way).
    let start = digitAt;
    while (start > 0 && digitAt - start < 32 && isTokenChar(text.charCodeAt(start - 1))) start--;
    while (start < digitAt && !isAlnum(text.charCodeAt(start))) start++;
    let end = digitAt + 1;
    while (end < text.length && end - digitAt < 40 && isTokenChar(text.charCodeAt(end))) end++;
    resumeAt = end;
    while (end > start && !isAlnum(text.charCodeAt(end - 1))) end--;
    if (isOtherLetterAt(text, start - 1) || isOtherLetterAt(text, end)) continue;
    if (text.charAt(start - 1) === '$' || text.charAt(end) === '%' || (text.charAt(end) === ':' && isDigitCode(text.charCodeAt(end + 1))) || text.charAt(start - 1) === '/') continue;
    // Grouped digits: "558 214 907", "4471 0092 3318"
    let groups = 0;
    let g: RegExpExecArray | null;
    while (groups < 4 && end > start && isDigitCode(text.charCodeAt(end - 1)) && mayStartDigitGroup(text, end) && (g = DIGIT_GROUP_AFTER.exec(text.slice(end, end + 8))) !== null) {
      end += g[0].length;
      groups++;
    }
    resumeAt = Math.max(resumeAt, end);
    // "llame al 1-800-633-4227" after "seguro social", "TTY 1-877-…" after "Medicare": a toll-free line is the phone detector's.
    if (TOLL_FREE_TOKEN.test(text.slice(start, end))) continue;
    const prefix = mayEndLetterGroup(text, start) ? LETTER_GROUP_BEFORE.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (prefix && /^\d/.test(text.charAt(start)) && !l.labels.has(norm(prefix[1] as string)) && !l.generic.has(norm(prefix[1] as string))) {
      // "CPT 70553", "ICD 10": a code system's letters name a code, not an identifier.
      if (l.notId.has(norm(prefix[1] as string))) continue;
      start -= prefix[0].length;
    }
    // A Spanish plate, four digits then three consonants ("matrícula 2749 HBZ"): the letters belong to it.
    const spanishPlate = end - start === 4 && /^\d{4}$/.test(text.slice(start, end)) ? SPANISH_PLATE_LETTERS.exec(text.slice(end, end + 6)) : null;
    if (spanishPlate) {
      end += spanishPlate[0].length;
      resumeAt = Math.max(resumeAt, end);
    }
    const token = text.slice(start, end);
    // "(for example, ABC123456789)", "p. ej. 1EG4-TE5-MK72": a format shown to the reader, nobody's number.
    if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    // "1-800-MEDICARE": a toll-free number spelled in letters; "ICD-10": a code system.
    if (VANITY_NUMBER.test(token) || CODE_SYSTEM.test(token)) continue;
    // "CALL 911", "TTY 711", "988": a three-digit service line (N11, the crisis line) is nobody's number.
    if (SERVICE_LINE.test(token)) continue;
    if (MBI.test(token)) {
      emit('health-plan-number', start, end);
      continue;
    }
    while (next < labelEnds.length && (labelEnds[next] as number) < start - WIDE_WINDOW) next++;
    if (next >= labelEnds.length || (labelEnds[next] as number) > start) continue;
    const near = (labelEnds[next] as number) >= start - WINDOW || labelEnds.some((e, k) => k > next && e >= start - WINDOW && e <= start);
    let label = near ? labelBefore(text, start, c, l, PHONE_SHAPE.test(token)) : null;
    if (!label && strongShape(token)) label = labelInSentenceBefore(text, start, c, l);
    if (!label || !idShaped(token, label.marker) || (label.masked && YEAR.test(token))) continue;
    // A plate after "matrícula" (a car's in Spain, a professional's licence in Mexico) by its shape.
    emit(spanishPlate && (label.kind === 'certificate-license-number' || label.kind === 'vehicle-identifier') ? 'vehicle-identifier' : label.kind, start, end);
  }
}

/** Record numbers looked around for twins, at most. */
const MAX_TWIN_SOURCES = 64;
/** Kinds of numbers a twin of the same shape may be found for. */
const TWIN_KINDS = new Set(['medical-record-number', 'health-plan-number', 'account-number', 'certificate-license-number', 'vehicle-identifier', 'device-identifier', 'ssn']);
/** A token of letters, digits and inner separators. */
const TOKEN = /(?<![\p{L}\p{N}])[\p{L}\p{N}](?:[\p{L}\p{N}]|[-./](?=[\p{L}\p{N}])| (?=\p{N})){4,30}(?![\p{L}\p{N}])/gu;

/** The shape of an identifier: digits as 9, letters as A, separators kept ("D160-4428-7713" → "A999-9999-9999"). */
function shapeOf(token: string): string {
  return token.replace(/\p{N}/gu, '9').replace(/\p{L}/gu, 'A');
}

/**
 * Twins of the record numbers found (README.md, "What the detectors catch"): a token of exactly
 * the same shape within 80 characters of one, with at least four digits, is the same kind of
 * number: "it's D160-4428-7731 not D160-4428-7713", "the req says H4829 1103 7 but the card
 * says H4829 1103 2". Runs on the findings only, so no text without a finding gains one.
 */
export function findTwinNumbers(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // A long text has thousands of findings: overlapIndex answers by a binary search, and at most
  // MAX_TWIN_SOURCES record numbers are looked around.
  const overlapsFound = overlapIndex(found);
  let looked = 0;
  for (const f of found) {
    if (!TWIN_KINDS.has(f.kind) || out.length >= 16 || ++looked > MAX_TWIN_SOURCES) continue;
    const value = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[-./](?=[\p{L}\p{N}])| (?=\p{N}))*$/u.exec(text.slice(f.start, f.end))?.[0];
    if (!value || (value.match(/\p{N}/gu) ?? []).length < 4) continue;
    const shape = shapeOf(value);
    const from = Math.max(0, f.start - 80);
    const to = Math.min(text.length, f.end + 80);
    TOKEN.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(text)) !== null && m.index < to) {
      const start = m.index;
      const end = start + m[0].length;
      // The number itself, or the same number written again, is no twin to add.
      if (end > to || (start < f.end && f.start < end) || m[0] === value) continue;
      if (shapeOf(m[0]) !== shape || overlapsFound(start, end) || out.some((g) => g.start === start)) continue;
      out.push({ kind: f.kind, start, end });
    }
  }
  return out;
}
