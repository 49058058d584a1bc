/**
 * Shape detectors of the PHI scanner (moved from server/src/scanners/phi.ts): identifiers found by
 * their form and a label or neighbouring words. Precision matters as much as recall, so every
 * pattern is anchored on context and validated in code; durations, doses, prices, years, clock
 * times, scores and version numbers must pass.
 *
 * Linear time: regexes are compiled once and use bounded repeats only. Rare-character detectors
 * ('@', ':', "://") run over the whole text; everything that contains digits is found from the
 * text's digit runs, either by checking a small window around each run (labels, ages, VINs) or
 * by running shape regexes only over the stretches of text near digits.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { BoundedCache, WA, WB, eachMatch, eachWordMatch, escapeRegex, firstGroup } from '../../scanners/match-utils';
import { eachMatchNotAfterLetter } from '../text';
import type { PhiKind } from './kinds';
import { nativeRegExp } from '../../scanners/native-regexp';

export interface Candidate {
  kind: PhiKind;
  start: number;
  end: number;
}

export type Emit = (kind: PhiKind, start: number, end: number) => void;

// ---------------------------------------------------------------------------------------------
// Email: found from each '@' outward instead of by regex, so runs of word characters without an
// '@' cost nothing and each character is visited a bounded number of times.

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const TLD = /\.[A-Za-z]{2,24}$/;

export function findEmails(text: string, emit: Emit, allowedDomains: readonly string[]): void {
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1] as string)) start--;
    while (start < at && text[start] === '.') start++;
    let end = at + 1;
    while (end < text.length && end - at <= 253 && DOMAIN_CHAR.test(text[end] as string)) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const domain = text.slice(at + 1, end);
    if (start < at && domain.includes('.') && TLD.test(domain) && !domainAllowed(domain, allowedDomains)) {
      emit('email', start, end);
    }
    at = text.indexOf('@', at + 1);
  }
}

/** Platforms where a subdomain is one person's site. */
export const HOSTED_SUFFIXES = [
  'wordpress.com',
  'blogspot.com',
  'substack.com',
  'tumblr.com',
  'wixsite.com',
  'squarespace.com',
  'medium.com',
  'github.io',
  'weebly.com',
  'webflow.io',
  'carrd.co',
  'ghost.io',
  'blogger.com',
  'livejournal.com',
  'typepad.com',
  'mystrikingly.com',
  'jimdosite.com',
  'bandcamp.com',
  'micro.blog',
  'neocities.org',
  'tistory.com',
  'gofundme.com',
  'notion.site',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'bearblog.dev',
  'godaddysites.com',
  'site123.me',
  'webnode.com',
  'over-blog.com',
  'hatenablog.com',
  'tripod.com',
];

/** Blogger's country domains ("beatrixandme.blogspot.co.uk", "misdiasconlupus.blogspot.mx"). */
const BLOGSPOT_COUNTRY = /^[a-z0-9-]+\.blogspot\.(?:[a-z]{2}|com?\.[a-z]{2})$/;

/** A blog on a hosting platform: a subdomain of one of HOSTED_SUFFIXES ("danaheals.wordpress.com"). */
export function isHostedSubdomain(host: string): boolean {
  if (BLOGSPOT_COUNTRY.test(host)) return true;
  for (const suffix of HOSTED_SUFFIXES) {
    if (host.endsWith(`.${suffix}`) && host.split('.').length > suffix.split('.').length) return true;
  }
  return false;
}

/** A domain of one name under a top-level domain, or under "com"/"org" of a country ("lupitavence.com.mx"); not .gov or .edu. */
export function isPlainDomain(host: string): boolean {
  const parts = host.split('.');
  if (/\.(?:gov|edu)(?:\.[a-z]{2})?$/.test(host)) return false;
  return parts.length === 2 || (parts.length === 3 && /^(?:com|org|net)$/.test(parts[1] as string) && (parts[2] as string).length === 2);
}

export function normaliseDomain(d: string): string {
  return d.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

export function domainAllowed(host: string, allowed: readonly string[]): boolean {
  const h = normaliseDomain(host);
  for (const a of allowed) {
    if (a.includes('/')) continue;
    if (h === a || h.endsWith(`.${a}`)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// URLs: scheme- or www-prefixed URLs, and bare links on social networks ("instagram.com/jane"),
// which are found from their ".com/" and checked for a social host just before it.

// The lookbehind sits inside the "www." branch, after the first-character dispatch, so it does
// not slow the scan; checking it in code instead would re-match 2 KB per rejected "www.".
const URL_RE = /(?:https?:\/\/|(?<![\w@./-])www\.)[^\s<>"'`{}|\\^[\]]{1,2048}/gi;
const SOCIAL_TLD_RE = /\.(?:com|net)\//gi;
const SOCIAL_HOST_BEFORE =
  /(?:^|[^\w@./-])((?:www\.|m\.)?(?:facebook|fb|instagram|twitter|x|linkedin|tiktok|youtube|threads|pinterest|snapchat|reddit|strava|medium|patreon|venmo|soundcloud|flickr))$/i;
const URL_REST = /[^\s<>"'`{}|\\^[\]]{0,500}/y;
/** Sentence punctuation after a URL is not part of it. */
const URL_TRAILING_CHARS = '.,;:!?)]}\'"\u2019\u201d';
export const SOCIAL_HOSTS = new Set([
  'facebook.com',
  'fb.com',
  'instagram.com',
  'twitter.com',
  'x.com',
  'linkedin.com',
  'tiktok.com',
  'youtube.com',
  'threads.net',
  'pinterest.com',
  'snapchat.com',
  'reddit.com',
  'strava.com',
  'medium.com',
  'patreon.com',
  'venmo.com',
  'soundcloud.com',
  'flickr.com',
]);
/** First path segments on social hosts that are not somebody's profile. */
export const SOCIAL_NON_PROFILE = new Set([
  '',
  'watch',
  'share',
  'sharer',
  'sharer.php',
  'hashtag',
  'explore',
  'help',
  'about',
  'legal',
  'policies',
  'privacy',
  'terms',
  'search',
  'intent',
  'home',
  'embed',
  'results',
  'tag',
]);
const PERSONAL_PATH = /\/(?:~[^/]|users?\/|profiles?\/|u\/|@|people\/|members?\/)/i;

function trimUrl(url: string): string {
  let length = url.length;
  while (length > 0 && URL_TRAILING_CHARS.includes(url[length - 1] as string)) length--;
  return url.slice(0, length);
}

export function findUrls(
  text: string,
  emit: Emit,
  allowed: readonly string[],
  nameParts: readonly string[],
  ownSiteAt: ((start: number) => boolean) | null = null,
  storyHost: ((host: string) => boolean) | null = null
): void {
  const covered: number[] = []; // flat [start, end, ...] of the URLs found, in order
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text)) !== null) {
    covered.push(m.index, m.index + m[0].length);
    const url = trimUrl(m[0]);
    if (
      isPersonalUrl(url, allowed, nameParts) ||
      (ownSiteAt !== null && isOwnPlainSite(url, allowed) && ownSiteAt(m.index)) ||
      (storyHost !== null && isOwnPlainSite(url, allowed) && storyHost(url.replace(/^https?:\/\//i, '').split(/[/?#:]/)[0] ?? ''))
    ) {
      emit('personal-url', m.index, m.index + url.length);
    }
  }
  // Bare social links; those inside a URL found above were already judged. Each ".com/" is
  // checked once against a bounded window, and both lists are walked in order: linear.
  let c = 0;
  eachMatch(SOCIAL_TLD_RE, text, (t) => {
    const windowStart = Math.max(0, t.index - 24);
    const host = SOCIAL_HOST_BEFORE.exec(text.slice(windowStart, t.index));
    if (!host) return;
    const start = t.index - (host[1] as string).length;
    while (c < covered.length && (covered[c + 1] as number) <= start) c += 2;
    if (c < covered.length && (covered[c] as number) <= start) return;
    URL_REST.lastIndex = t.index + t[0].length;
    const rest = URL_REST.exec(text);
    const url = trimUrl(text.slice(start, t.index + t[0].length + (rest ? rest[0].length : 0)));
    if (isPersonalUrl(url, allowed, nameParts)) emit('personal-url', start, start + url.length);
  });
}

/** A plain domain with no path ("www.lupitavence.com"): personal when the writer calls it their own site. */
function isOwnPlainSite(url: string, allowed: readonly string[]): boolean {
  const noScheme = url.replace(/^https?:\/\//i, '');
  const hostEnd = noScheme.search(/[/?#]/);
  const host = normaliseDomain(hostEnd === -1 ? noScheme : noScheme.slice(0, hostEnd));
  const path = hostEnd === -1 ? '' : noScheme.slice(hostEnd);
  return !domainAllowed(host, allowed) && isPlainDomain(host) && path.length <= 1 && !SOCIAL_HOSTS.has(host);
}

/**
 * Profiles on social networks, personal-looking paths (~user, /profile/), and sites whose host
 * carries the subject's name are personal; reference links (PubMed, DOI, journals) are not.
 */
export function isPersonalUrl(url: string, allowed: readonly string[] = [], nameParts: readonly string[] = []): boolean {
  const noScheme = url.replace(/^https?:\/\//i, '');
  const hostEnd = noScheme.search(/[/?#]/);
  const hostPort = hostEnd === -1 ? noScheme : noScheme.slice(0, hostEnd);
  // Drop a ":port" by hand: a `/:\d+$/` regex is quadratic on hosts like ":1:1:1...".
  const colon = hostPort.lastIndexOf(':');
  const bareHost = colon !== -1 && /^\d*$/.test(hostPort.slice(colon + 1)) ? hostPort.slice(0, colon) : hostPort;
  const host = normaliseDomain(bareHost).replace(/^m\./, '');
  const path = hostEnd === -1 ? '' : noScheme.slice(hostEnd);
  if (domainAllowed(host, allowed)) return false;
  const hostAndPath = `${host}${path}`.toLowerCase();
  for (const a of allowed) if (a.includes('/') && hostAndPath.startsWith(a)) return false;
  const compactHost = host.replace(/[.-]/g, '');
  if (nameParts.some((n) => compactHost.includes(n))) return true;
  if (isHostedSubdomain(host)) return true;
  if (SOCIAL_HOSTS.has(host)) {
    if (host === 'linkedin.com') return /^\/(?:in|pub)\/[^/?#]/i.test(path);
    const first = (path.split(/[/?#]/)[1] ?? '').toLowerCase();
    return !SOCIAL_NON_PROFILE.has(first);
  }
  return PERSONAL_PATH.test(path);
}

// ---------------------------------------------------------------------------------------------
// Digit runs. Most identifiers contain digits, so the text's digit runs are found once and the
// digit-bearing detectors work from them: label, phone-label, age and VIN checks look at a small
// window around a run; the shape regexes run only over the stretches of text near digits.

/** Flat [start0, end0, start1, end1, ...] of the text's ASCII digit runs (one pass, no regex). */
export function digitRuns(text: string): number[] {
  const runs: number[] = [];
  let at = 0;
  while (at < text.length) {
    if (!isDigit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    while (at < text.length && isDigit(text.charCodeAt(at))) at++;
    runs.push(start, at);
  }
  return runs;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isWordChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 95;
}
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029;
}
/** Characters of an identifier token: "W123456789", "SN-8841-XY", "4481-22". */
function isTokenChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 45 || c === 47;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isLetterOrDigitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && LETTER_OR_DIGIT.test(text[i] as string);
}

// --- Labelled identifiers: "MRN: 4481-22", "Member ID W123456789", "account #88213",
// "License No. A12345", "serial number SN-8841-XY", "plate 7ABC123", "VIN 1HGCM82633A004352".

const S = '[\\s\\u00a0]';
const H = '[\\s\\u00a0\\-]';
const NUM = '(?:number|no\\.?|num\\.?|nr\\.?|#|id)';
/** Each label here contains one of the LABEL_ANCHORS words below. */
const LABEL_GROUPS: Array<[PhiKind, string]> = [
  ['ssn', `ssn|social${H}{1,3}security(?:${H}{1,3}${NUM})?`],
  [
    'medical-record-number',
    `mrn|medical${H}{1,3}record(?:${H}{1,3}${NUM})?|patient${H}{1,3}(?:id|number|no\\.?)|chart${H}{1,3}(?:number|no\\.?)|hospital${H}{1,3}(?:number|no\\.?)`,
  ],
  [
    'health-plan-number',
    `(?:member|subscriber|beneficiary|policy(?:holder)?|group|insurance|health${H}{1,3}plan|medicare|medicaid)${H}{1,3}(?:id|number|no\\.?|#)|medicare|medicaid`,
  ],
  ['account-number', `account|acct\\.?`],
  [
    'vehicle-identifier',
    `licen[cs]e${H}{1,3}plate|number${H}{1,3}plate|plate|vin|vehicle${H}{1,3}identification${H}{1,3}number|registration${H}{1,3}(?:plate|number|no\\.?)`,
  ],
  ['certificate-license-number', `driver['\\u2019]?s${H}{1,3}licen[cs]e|licen[cs]e|certificate|passport`],
  [
    'device-identifier',
    `serial(?:${H}{1,3}${NUM})?|s\\/n|sn|device${H}{1,3}(?:id|identifier|serial)|imei|udi|implant${H}{1,3}(?:id|serial)`,
  ],
];
/** Label, optional markers ("No.", "#", ":", "is"), spacing, then the end of the window. */
const LABEL_BEFORE_RE = nativeRegExp(
  `${WB}(?:${LABEL_GROUPS.map(([, p]) => `(${p})`).join('|')})(?![\\p{L}])` +
    `((?:${S}{0,3}(?:(?:number|no\\.|no|nr\\.?|num\\.?|id|is|was)(?![\\p{L}])|[#:=\\-])){0,4})${S}{0,3}$`,
  'iu'
);
const LABEL_WINDOW = 64;
/**
 * Letters every label of LABEL_GROUPS contains, one alternative per label (keep in step with
 * LABEL_GROUPS): a window without any of them cannot end with a label, so LABEL_BEFORE_RE, which
 * tries its whole alternation at each position of the window, is not run on it.
 */
const LABEL_ANCHORS =
  /sn|social|mrn|medical|patient|chart|hospital|member|subscriber|beneficiary|policy|group|insurance|health|medicare|medicaid|account|acct|licen|plate|vin|vehicle|registration|certificate|passport|serial|s\/n|device|imei|udi|implant/;
const LONG_S = /\u017f/g;

/**
 * Can LABEL_BEFORE_RE match in `window`? Its `i` and `u` flags match a letter in either case, "ſ"
 * as "s" and the Kelvin sign as "k": lower case (which makes the Kelvin sign "k") with "ſ" read
 * as "s" covers them.
 */
function mayEndWithLabel(window: string): boolean {
  const lower = window.toLowerCase();
  return LABEL_ANCHORS.test(lower.includes('\u017f') ? lower.replace(LONG_S, 's') : lower);
}
const UNIT_TOKEN = /^\d+(?:[.,]\d+)?(?:mg|mcg|ml|kg|g|lbs?|cm|mm|units?|iu)$/i;
const YEAR_TOKEN = /^(?:19|20)\d\d$/;
const MARKER_AT_END = /(?:id|number|no\.?|#)$/i;

/**
 * Cheap gate before a window regex: skipping separators (spaces, "#", ":", "=", "-", "."), is
 * the character before `at` a letter, as it must be at the end of a label word?
 */
export function letterBefore(text: string, at: number, maxSkip = 6): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= maxSkip) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 35 || c === 58 || c === 61 || c === 45 || c === 46) i--;
    else return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
  }
  return false;
}

function checkLabel(text: string, tokenStart: number, tokenEnd: number, emit: Emit): boolean {
  if (tokenEnd - tokenStart < 3 || !letterBefore(text, tokenStart)) return false;
  let digits = 0;
  for (let i = tokenStart; i < tokenEnd; i++) if (isDigit(text.charCodeAt(i))) digits++;
  if (digits < 2) return false;
  const windowStart = Math.max(0, tokenStart - LABEL_WINDOW);
  const window = text.slice(windowStart, tokenStart);
  if (!mayEndWithLabel(window)) return false;
  const m = LABEL_BEFORE_RE.exec(window);
  if (!m) return false;
  // The window may cut a word in half ("...ving 1234" is not "vin 1234").
  if (m.index === 0 && isLetterOrDigitAt(text, windowStart - 1)) return false;
  const group = firstGroup(m, 1, LABEL_GROUPS.length);
  if (group === 0) return false;
  const kind = (LABEL_GROUPS[group - 1] as [PhiKind, string])[0];
  const label = m[group] as string;
  const markers = m[LABEL_GROUPS.length + 1] ?? '';
  const token = text.slice(tokenStart, tokenEnd);
  if (UNIT_TOKEN.test(token)) return false;
  const hasMarker = /[^\s\u00a0]/.test(markers) || MARKER_AT_END.test(label);
  // Without "#"/"No."/"ID" a weak label ("plate", "account") needs an identifier-looking value.
  if (!hasMarker && (YEAR_TOKEN.test(token) || (digits === token.length && digits < 5))) return false;
  emit(kind, windowStart + m.index, tokenEnd);
  return true;
}

// --- Phone numbers right after a phone label, whatever their format ("call me at 5552013344").

const PHONE_LABEL_BEFORE_RE = nativeRegExp(
  `${WB}(?:phone|tel|telephone|fax|cell|mobile|whatsapp|call(?:${S}{1,3}(?:me|us|him|her))?(?:${S}{1,3}(?:at|on))?|text(?:${S}{1,3}(?:me|us))?(?:${S}{1,3}(?:at|on))?)` +
    `(?:${S}{0,3}(?:number|no\\.?|#))?[\\s\\u00a0:.#]{0,4}$`,
  'iu'
);
const PHONE_VALUE_RE = /\+?[\d(][\d\s\u00a0().-]{5,22}\d(?!\d)/y;
const ISBN_BEFORE = /isbn(?:-1[03])?:?\s{0,3}$/i;

export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Phone numbers compare by digits, ignoring a leading North American country code. */
export function phoneKey(s: string): string {
  const d = digitsOf(s);
  // The country code of the US and Canada (1) and of Spain (34) before a number of that country.
  if (d.length === 11 && d.startsWith('1')) return d.slice(1);
  return d.length === 11 && d.startsWith('34') && /^[6-9]/.test(d.slice(2)) ? d.slice(2) : d;
}

export function acceptPhone(text: string, start: number, match: string, allowed: ReadonlySet<string>, emit: Emit): boolean {
  const digits = digitsOf(match).length;
  if (digits < 7 || digits > 15) return false;
  if (allowed.has(phoneKey(match))) return true;
  if (ISBN_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return false;
  emit('phone', start, start + match.length);
  return true;
}

/** A character PHONE_VALUE_RE's middle class takes: a digit, a space, "(", ")", "." or "-". */
function isPhoneValueChar(code: number): boolean {
  return isDigit(code) || code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 40 || code === 41 || code === 46 || code === 45 || isUnicodeSpace(code);
}

/** The non-ASCII characters `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isUnicodeSpace(code: number): boolean {
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Can PHONE_VALUE_RE match at `at`? It needs an optional "+", a digit or "(", then at least six
 * characters of its middle class (five or more, and the final digit): a cheap test that spares
 * the regex run after most numbers in prose ("200 mg").
 */
function mayStartPhoneValue(text: string, at: number): boolean {
  let index = text.charCodeAt(at) === 43 ? at + 1 : at;
  const first = text.charCodeAt(index);
  if (!isDigit(first) && first !== 40) return false;
  index++;
  for (let count = 0; count < 6; count++, index++) if (!isPhoneValueChar(text.charCodeAt(index))) return false;
  return true;
}

/** Returns the end of the accepted number, or -1. */
function checkPhoneLabel(text: string, valueStart: number, allowed: ReadonlySet<string>, emit: Emit): number {
  if (!letterBefore(text, valueStart)) return -1;
  if (!mayStartPhoneValue(text, valueStart)) return -1;
  PHONE_VALUE_RE.lastIndex = valueStart;
  const m = PHONE_VALUE_RE.exec(text);
  if (!m) return -1;
  if (!PHONE_LABEL_BEFORE_RE.test(text.slice(Math.max(0, valueStart - 40), valueStart))) return -1;
  const value = m[0].replace(/[\s\u00a0.\-(]+$/, '');
  return acceptPhone(text, valueStart, value, allowed, emit) ? valueStart + value.length : -1;
}

// --- Ages over 89: "I'm 92", "she was 95", "aged 91", "at the age of 93", "turned 90",
// "At 92, she ...", "93-year-old", "91-yr-old", "95 years old", "93 years young", "in her 90s".

const AGE_STRONG_BEFORE = nativeRegExp(
  `${WB}(?:i['\\u2019]?m|i${S}{1,3}am|(?:s?he|they)${S}{1,3}(?:is|was|are|were)|s?he['\\u2019]s|aged?|age:|at${S}{1,3}the${S}{1,3}age${S}{1,3}of|turned|turning|turns)${S}{1,3}$`,
  'iu'
);
const AGE_AT_BEFORE = nativeRegExp(`${WB}at${S}{1,3}$`, 'iu');
const AGE_DECADE_BEFORE = nativeRegExp(`${WB}in${S}{1,3}(?:my|his|her|their|our)${S}$`, 'iu');
const AGE_YEARS_AFTER = nativeRegExp(
  `(?:${H}{1,2}(?:years?|yrs?)${H}{1,2}(?:old|young)|${H}{0,2}(?:yo|y\\/o|yrs?${S}{1,3}old))${WA}`,
  'iuy'
);
const AGE_DECADE_AFTER = nativeRegExp(`['\\u2019]?s${WA}`, 'uy');
/** "At 92," — a bare "at" only counts when the number ends the clause. */
const CLAUSE_END_AFTER = /[\s\u00a0]{0,2}(?:[,;!?)]|\.(?!\d)|$)/y;
/** Words that turn "I'm 95" / "turned 100" into a measurement rather than an age. */
const UNIT_AFTER =
  /[\s\u00a0]{0,3}(?:percent|per[\s\u00a0]cent|pounds?|lbs?|kgs?|kilos?|kilograms?|grams?|mg|ml|minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|degrees?|points?|calories|kcal|mph|km|miles?|feet|ft|meters?|metres?|cm|mm|inches|units?|bpm|mmhg|times|steps|people|patients|beats|reps|laps|sessions|over|pages)(?![\p{L}])/iuy;
const AGE_BEFORE_WINDOW = 24;

function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

function checkAge(text: string, start: number, end: number, emit: Emit): void {
  const value = Number(text.slice(start, end));
  if (!(value >= 90 && value <= 125)) return;
  const prev = text.charCodeAt(start - 1);
  if (prev === 46 || prev === 44 || isLetterOrDigitAt(text, start - 1)) return;
  const years = stickyEnd(AGE_YEARS_AFTER, text, end);
  if (years !== -1) return emit('age-over-89', start, years);
  if (!letterBefore(text, start, 3)) return;
  const windowStart = Math.max(0, start - AGE_BEFORE_WINDOW);
  const before = text.slice(windowStart, start);

  const strong = AGE_STRONG_BEFORE.exec(before);
  if (strong) {
    const next = text[end] ?? '';
    if (/[\p{L}\p{N}%/]/u.test(next)) return;
    if ((next === '.' || next === ',' || next === ':') && isDigit(text.charCodeAt(end + 1))) return;
    UNIT_AFTER.lastIndex = end;
    if (UNIT_AFTER.test(text)) return;
    return emit('age-over-89', windowStart + strong.index, end);
  }
  const at = AGE_AT_BEFORE.exec(before);
  if (at && stickyEnd(CLAUSE_END_AFTER, text, end) !== -1) {
    return emit('age-over-89', windowStart + at.index, end);
  }
  const decade = AGE_DECADE_BEFORE.exec(before);
  if (decade && value % 10 === 0) {
    const decadeEnd = stickyEnd(AGE_DECADE_AFTER, text, end);
    if (decadeEnd !== -1) emit('age-over-89', windowStart + decade.index, decadeEnd);
  }
}

/** Ages in words; only run when the cheap literal hint occurs in the text. */
const SPELLED_AGE_HINT = /ninet|hundred|narian/i;
const SPELLED_AGE_RE = nativeRegExp(
  `${WB}in${S}{1,3}(?:my|his|her|their|our)${S}{1,3}nineties${WA}` +
    `|${WB}(?:(?:i['\\u2019]?m|i${S}{1,3}am|aged?)${S}{1,3})?(?:ninety|one${S}{1,3}hundred)(?:${H}{1,2}(?:one|two|three|four|five|six|seven|eight|nine))?${H}{1,2}years?${H}{1,2}old${WA}` +
    // one person ("#centenarian"), not a group ("many centenarians have…")
    `|${WB}(?:nonagenarian|centenarian|supercentenarian)${WA}`,
  'giu'
);

export function findSpelledAges(text: string, emit: Emit): void {
  if (!SPELLED_AGE_HINT.test(text)) return;
  eachMatch(SPELLED_AGE_RE, text, (m) => emit('age-over-89', m.index, m.index + m[0].length));
}

// --- VINs without a label: 17 characters ending in digits (the production sequence) with a
// valid check digit (position 9), which random text essentially never has.

const VIN_SHAPE = /^[A-HJ-NPR-Z0-9]{17}$/;
const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export function isValidVin(vin: string): boolean {
  if (!VIN_SHAPE.test(vin) || !/[A-Z]/.test(vin)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i] as string;
    const v = c >= '0' && c <= '9' ? Number(c) : (VIN_VALUES[c] ?? 0);
    sum += v * (VIN_WEIGHTS[i] as number);
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? 'X' : String(check));
}

function checkVin(text: string, runEnd: number, emit: Emit): void {
  const start = runEnd - 17;
  if (start < 0 || isAsciiAlnum(text.charCodeAt(start - 1)) || isAsciiAlnum(text.charCodeAt(runEnd))) return;
  const vin = text.slice(start, runEnd);
  if (isValidVin(vin)) emit('vehicle-identifier', start, runEnd);
  // A VIN whose check digit fails (a typo, a non-North-American VIN) still counts when the word
  // "VIN" comes shortly before it, in the same sentence or the one before ("the wrong VIN. it's …").
  else if (VIN_SHAPE.test(vin) && /[A-Z]/.test(vin) && /\d{3}$/.test(vin) && VIN_WORD.test(text.slice(Math.max(0, start - 80), start))) emit('vehicle-identifier', start, runEnd);
}
const VIN_WORD = /(?<![\p{L}])VINs?(?![\p{L}])|vehicle[\s\u00a0]identification/u;

/** The run-anchored detectors: one visit per digit run, constant work per visit. */
export function scanDigitRuns(text: string, runs: readonly number[], allowedPhones: ReadonlySet<string>, emit: Emit): void {
  let tokenSeenUntil = -1;
  let phoneUntil = -1;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] as number;
    const end = runs[r + 1] as number;

    if (start >= tokenSeenUntil) {
      // The identifier token around this run, if this is its first run.
      let tokenStart = start;
      while (tokenStart > 0 && start - tokenStart < 32 && isTokenChar(text.charCodeAt(tokenStart - 1))) tokenStart--;
      // Unbounded forward scan, but runs inside this token are skipped, so each character is
      // visited once.
      let tokenEnd = end;
      while (tokenEnd < text.length && isTokenChar(text.charCodeAt(tokenEnd))) tokenEnd++;
      tokenSeenUntil = tokenEnd;
      while (tokenEnd > end && !isAsciiAlnum(text.charCodeAt(tokenEnd - 1))) tokenEnd--;
      const bounded = !isTokenChar(text.charCodeAt(tokenStart - 1)) && !isTokenChar(text.charCodeAt(tokenEnd));
      if (bounded && tokenEnd - tokenStart <= 32) checkLabel(text, tokenStart, tokenEnd, emit);
    }

    if (start >= phoneUntil) {
      let valueStart = start;
      const prev = text.charCodeAt(start - 1);
      if (prev === 40 || prev === 43) valueStart--; // "(" or "+"
      if (text.charCodeAt(valueStart - 1) === 43) valueStart--; // "+(" is rare but valid
      const phoneEnd = checkPhoneLabel(text, valueStart, allowedPhones, emit);
      if (phoneEnd !== -1) phoneUntil = phoneEnd;
    }

    if (end - start === 2 || end - start === 3) checkAge(text, start, end, emit);
    if (end - start >= 3) checkVin(text, end, emit);
  }
}

// ---------------------------------------------------------------------------------------------
// Shape detectors, run over the stretches of text near digits.

// --- IPv4 (IPv6 is driven by ':' below).
const IPV4_RE = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)/g;
/** A software version a few words before: "firmware on my CPAP updated itself to 3.11.204.7". */
export const VERSION_NEAR = /(?:\b(?:version|firmware|software|updated?|upgraded?|release|build|actualizaci[oó]n|actualiz[oó])\b|\bversi[oó]n(?![\p{L}]))[^.!?]{0,30}$/iu;
const VERSION_BEFORE = /(?:\bv|version|versi[oó]n|ver\.?|release|build|firmware|update)\s{0,3}$/i;

/** Public DNS resolvers (Cloudflare, Google, Quad9, OpenDNS): a service's address, the same for everyone. */
const SHARED_RESOLVERS = new Set(['1.1.1.1', '1.0.0.1', '8.8.8.8', '8.8.4.4', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220']);

/**
 * An address that millions of networks share, so it identifies no one: a public resolver, or the
 * gateway of a private range (10/8, 172.16/12, 192.168/16) ending in .1 or .254, as home routers
 * and manuals give it ("your router admin page is at 192.168.0.1"). Any other private address
 * may be one device's ("my cam is at 192.168.1.44") and stays.
 */
function sharedAddress(octets: readonly number[]): boolean {
  if (SHARED_RESOLVERS.has(octets.join('.'))) return true;
  const [a, b, , d] = octets as [number, number, number, number];
  const privateRange = a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  return privateRange && (d === 1 || d === 254);
}

export function findIpv4(text: string, emit: Emit): void {
  eachMatch(IPV4_RE, text, (m) => {
    if (!isIPv4(m[0])) return;
    const octets = m[0].split('.').map(Number);
    // "127.0.0.1", "0.0.0.0": the loopback and the unspecified address are no one's machine.
    if (m[0].startsWith('127.') || m[0] === '0.0.0.0' || sharedAddress(octets)) return;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    if (VERSION_NEAR.test(text.slice(Math.max(0, m.index - 40), m.index))) return;
    emit('ip-address', m.index, m.index + m[0].length);
  });
}

// --- Social Security numbers by shape (123-45-6789); labelled ones are handled with labels.
const SSN_RE = /(?<![\d\-/.])\d{3}([- ])\d{2}\1\d{4}(?!\d|[-/.]\d)/g;

export function findSsns(text: string, emit: Emit): void {
  eachMatch(SSN_RE, text, (m) => {
    const [a, b, c] = m[0].split(/[- ]/);
    if (a === '000' || b === '00' || c === '0000') return;
    emit('ssn', m.index, m.index + m[0].length);
  });
}

// --- Phone and fax numbers by shape: North American 3-3-4, international "+CC ...".
const NANP_RE =
  /(?<![\p{N}\-.+/])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\p{N}|[-./]\p{N})/gu;
// After the first group every group needs a separator, so a long digit run has one parse only.
const INTL_RE =
  /(?<![\p{N}\w+])\+(?:\d{8,15}|\d{1,3}(?:[\s.-]?\(\d{1,4}\))?[\s.-]?\d{1,5}(?:[\s.-]\d{1,5}){1,4})(?!\p{N}|[-./]\p{N})/gu;

/**
 * Mexico's three two-digit area codes (Mexico City 55/56, Guadalajara 33, Monterrey 81) in the
 * 2-4-4 grouping people write: "55 5555 0142", "(33) 2210-4587", "81-2345-6789".
 */
const MX_METRO_RE = /(?<![\p{N}\-.+/])(?:\((?:55|56|33|81)\)|(?:55|56|33|81))[\s.-]?\d{4}[\s.-]\d{4}(?!\p{N}|[-./]\p{N})/gu;

/**
 * Spain's nine-digit numbers (mobiles 6 and 7, landlines 8 and 9) in the groupings people write:
 * 3-3-3 ("611 908 433") and 3-2-2-2 ("953 45 12 09").
 */
const ES_RE = /(?<![\p{N}\-.+/$€])[6-9]\d{2}(?:([\s.-])\d{3}\1\d{3}|([\s.-])\d{2}\2\d{2}\2\d{2})(?!\p{N}|[-./,]\p{N}|[\s\u00a0]?(?:€|euros?\b|pesos\b|dólares\b|usd\b|mxn\b))/giu;

export function findPhones(text: string, emit: Emit, allowedPhones: ReadonlySet<string>): void {
  eachMatch(NANP_RE, text, (m) => acceptPhone(text, m.index, m[0], allowedPhones, emit));
  eachMatch(MX_METRO_RE, text, (m) => acceptPhone(text, m.index, m[0], allowedPhones, emit));
  eachMatch(INTL_RE, text, (m) => {
    if (digitsOf(m[0]).length >= 8) acceptPhone(text, m.index, m[0], allowedPhones, emit);
  });
}

// --- Dates more precise than a year. Month names are matched case-sensitively (capitalised or
// upper case) so the verbs "may" and "march" pass; numeric dates are validated.
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?' +
  '|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})(?!\\p{N})';
/** "March 3, 2021" / "March 3rd" / "March the 3rd" / "March 2021" / "Mar. 2021" / "Feb '22" */
const MONTH_FIRST_RE = nativeRegExp(
  `(?<![\\p{L}\\p{N}])${MONTH}\\.?${S}{1,3}(?:(?:the${S}{1,3})?${DAY}(?![\\p{L}\\p{N}]|[:.]\\p{N})(?:,?${S}{1,3}${YEAR})?|(?:of${S}{1,3})?,?${YEAR}|['\\u2019]\\d\\d(?![\\p{L}\\p{N}]))`,
  'gu'
);
/** "3rd of March" / "14 March 2022" / "11-Nov-2023" */
const DAY_FIRST_RE = nativeRegExp(
  `(?<![\\p{L}\\p{N}.,\\/])${DAY}(?:${S}{1,3}(?:of${S}{1,3})?|-)${MONTH}(?![\\p{L}])\\.?(?:,?${S}{1,3}${YEAR}|-${YEAR})?`,
  'gu'
);
const NUMERIC_DATE_RE = /(?<![\p{N}/.-])(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})(?!\p{N}|[/.-]\p{N})/gu;
const MONTH_YEAR_RE = /(?<![\p{N}/.-])(\d{1,2})\/((?:19|20)\d\d)(?!\p{N}|\/\p{N})/gu;

function validDayMonth(a: number, b: number): boolean {
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (a >= 1 && a <= 31 && b >= 1 && b <= 12);
}

function validYear(y: string | undefined): boolean {
  return y === undefined || (Number(y) >= 1000 && Number(y) <= 2999);
}

/** Every MONTH starts with one of these: a text without them has no date with a month name. */
const MONTH_PREFIX = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/;

export function findDates(text: string, emit: Emit): void {
  if (MONTH_PREFIX.test(text)) findMonthNameDates(text, emit);
  findNumericDates(text, emit);
}

function findMonthNameDates(text: string, emit: Emit): void {
  eachMatch(MONTH_FIRST_RE, text, (m) => {
    const day = m[2];
    if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return;
    if (!validYear(m[3] ?? m[4])) return;
    emit('date', m.index, m.index + m[0].length);
  });
  eachMatch(DAY_FIRST_RE, text, (m) => {
    if (Number(m[1]) < 1 || Number(m[1]) > 31 || !validYear(m[3])) return;
    emit('date', m.index, m.index + m[0].length);
  });
}

function findNumericDates(text: string, emit: Emit): void {
  eachMatch(NUMERIC_DATE_RE, text, (m) => {
    const p1 = m[1] as string;
    const sep = m[2] as string;
    const p2 = m[3] as string;
    const p3 = m[4] as string;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    if (p1.length === 4) {
      // ISO year-month-day
      if (p3.length > 2 || Number(p2) < 1 || Number(p2) > 12 || Number(p3) < 1 || Number(p3) > 31) return;
    } else {
      if (p1.length === 3 || p3.length === 3) return;
      if (sep === '.' && p3.length !== 4) return;
      if (!validDayMonth(Number(p1), Number(p2))) return;
    }
    emit('date', m.index, m.index + m[0].length);
  });
  eachMatch(MONTH_YEAR_RE, text, (m) => {
    const month = Number(m[1]);
    if (month >= 1 && month <= 12) emit('date', m.index, m.index + m[0].length);
  });
}

// --- Street addresses: a house number, one to three capitalised name words, a street suffix.
// Case-sensitive on purpose: "walked 3 blocks down the road" is not an address.
export const STREET_SUFFIX =
  '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Terr|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Alley|Crescent|Plaza|Close|Concourse|Loop|Pike|Row|Trace|Cove|Cv|Bend|Ridge|Crossing|Xing|Glen|Hollow|Landing|Expressway|Expy|Freeway|Fwy|Turnpike|street|avenue|road|boulevard|lane|drive)';
const STREET_RE = nativeRegExp(
  `(?<![\\p{L}\\p{N},.\\-\\/$€£])\\d{1,6}[A-Za-z]?${S}{1,3}(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?${S}{1,3})?` +
    `(?:(?:\\p{Lu}[\\p{L}'\\u2019\\-]{0,20}|\\d{1,3}(?:st|nd|rd|th))\\.?${S}{1,3}){1,3}${STREET_SUFFIX}(?![\\p{L}])`,
  'gu'
);
/** Not after a letter: matched with eachMatchNotAfterLetter (../text). */
const PO_BOX_RE = /(?:p\.?[\s\u00a0]?o\.?|post[\s\u00a0]{1,3}office)[\s\u00a0]{1,3}box[\s\u00a0]{1,3}\d{1,6}(?!\p{N})/giu;

/** Rural addresses: "Rural Route 2, Box 118", "RR 2 Box 41", "HC 65 Box 12"; county roads: "County Road 14", "Co. Rd. 9". */
const RURAL_RE = /\b(?:Rural[\s\u00a0]Route|RR|HC|Star[\s\u00a0]Route)[\s\u00a0]?\d{1,3},?[\s\u00a0]{1,2}Box[\s\u00a0]\d{1,5}\b|\b(?:Rural|Star)[\s\u00a0]Route[\s\u00a0]\d{1,3}\b|\b(?:County[\s\u00a0]Road|Co\.[\s\u00a0]?Rd\.?|County[\s\u00a0]Rd\.?)[\s\u00a0]\d{1,4}[A-Z]?\b/g;
/** A house number on a numbered road: "20487 Hwy 12", "300 N. Highway 89", "5120 FM 1960", "88 Old Route 9". */
const NUMBERED_ROAD_RE = nativeRegExp(
  `(?<![\\p{L}\\p{N},.\\-\\/$€£])\\d{1,6}${S}{1,2}(?:(?:N|S|E|W|North|South|East|West)\\.?${S}{1,2})?(?:(?:Old|US|U\\.S\\.|State)${S}{1,2})?(?:Highway|Hwy|Route|Rte|FM|State${S}Road|SR)\\.?${S}{1,2}\\d{1,4}[A-Z]?(?![\\p{L}\\p{N}])`,
  'gu'
);
const ROAD_WORDS = /Highway|Hwy|Route|Rte|FM|SR/;
/**
 * A block named by its hundred: "the 900 block of Larkin Street", "the 1200 block of W. 3rd Ave",
 * and without a suffix, "the 1100 block of W Delmar" (one to three capitalised words or an ordinal).
 */
const BLOCK_RE = nativeRegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,3}00${S}block${S}of${S}(?:(?:N|S|E|W|North|South|East|West)\\.?${S})?(?:\\p{Lu}[\\p{L}'\\-]{0,20}|\\d{1,3}(?:st|nd|rd|th))(?:${S}(?!${STREET_SUFFIX}(?![\\p{L}]))(?:\\p{Lu}[\\p{L}'\\-]{0,20}|\\d{1,3}(?:st|nd|rd|th))){0,2}(?:${S}${STREET_SUFFIX}(?![\\p{L}]))?(?![\\p{L}])`,
  'gu'
);
/** An apartment or unit after an address: "…, Unit 12C", "Apt 4B". */
const APARTMENT_AFTER = /^,?[\s\u00a0]{1,2}(?:Apt\.?|Apartment|Unit|#)[\s\u00a0]?#?[0-9][0-9A-Z-]{0,5}\b/;
/** Intersections where somebody lives: "the house on 5th and Elm", "her house is on the corner of Maple and 5th" (not "the urgent care on Pine & 9th"). */
const CORNER_RE = /\b(?:house|home|apartment|place|live|lives|living)\b[^.!?\d]{0,12}\b(?:on|at)[\s\u00a0](?:the[\s\u00a0]corner[\s\u00a0]of[\s\u00a0])?((?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]{2,15})[\s\u00a0](?:and|&)[\s\u00a0](?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]{2,15}))\b/g;
/** "my corner (Sycamore & 12th)", "our corner of Pine and 5th": a corner named as the writer's (only where "corner" occurs). */
const MY_CORNER_RE = /\b(?:my|our)[\s\u00a0]corner(?:[\s\u00a0]of)?[\s\u00a0]{1,2}\(?((?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]{2,15})[\s\u00a0](?:and|&)[\s\u00a0](?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]{2,15}))\b/g;
/** A numbered street after a direction, without a house number: "we're on NE 41st", "lives off W. 3rd Street". */
const DIRECTIONAL_STREET_RE = /\b(?:on|off)[\s\u00a0]((?:N|S|E|W|NE|NW|SE|SW)\.?[\s\u00a0]\d{1,3}(?:st|nd|rd|th)(?:[\s\u00a0](?:Street|St|Avenue|Ave|Place|Pl|Terrace|Ter|Way|Drive|Dr|Court|Ct)\b\.?)?)(?![\p{L}\p{N}])/gu;
/** A street without a number after "on"/"off": "grew up on Cherry Street". */
/**
 * A street without a number after "on"/"off": "grew up on Cherry Street", "lives on Whitmore Rd",
 * "the fire hall on Depot St", and the cross street that makes it a corner ("off Glenhaven Blvd and
 * Fifth"). "Dr" is left out (a title before a name); "St." before a capital is a saint.
 */
const NAMED_STREET_RE =
  /\b(?:on|off|lives on|grew up on)[\s\u00a0]((?:[A-Z][a-z]{2,15}[\s\u00a0]){1,2}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Terrace|Parkway|Rd|Ave|Blvd|Ln|Ct|Pkwy|St(?!\.?[\s\u00a0]{1,2}[A-Z]))\b(?:\.?[\s\u00a0](?:and|&)[\s\u00a0](?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]{2,15})\b)?)/g;

/** Cheap tests that a text holds what each street regex needs: a suffix, "Box"/"County"/"Co.", "box" in any case. */
const ANY_STREET_SUFFIX = nativeRegExp(STREET_SUFFIX);
const RURAL_WORDS = /Box|County|Co\.|Route/;
const BOX_WORD = /box/i;

export function findStreets(text: string, emit: Emit): void {
  if (ANY_STREET_SUFFIX.test(text)) {
    eachMatch(STREET_RE, text, (m) => {
      let end = m.index + m[0].length;
      const unit = APARTMENT_AFTER.exec(text.slice(end, end + 16));
      if (unit) end += unit[0].length;
      emit('street-address', m.index, end);
    });
  }
  if (RURAL_WORDS.test(text)) eachMatch(RURAL_RE, text, (m) => emit('street-address', m.index, m.index + m[0].length));
  if (text.includes(' block of')) eachMatch(BLOCK_RE, text, (m) => emit('street-address', m.index, m.index + m[0].length));
  if (ROAD_WORDS.test(text)) eachMatch(NUMBERED_ROAD_RE, text, (m) => emit('street-address', m.index, m.index + m[0].length));
  if (BOX_WORD.test(text)) eachMatchNotAfterLetter(PO_BOX_RE, text, (m) => emit('street-address', m.index, m.index + m[0].length));
}

/** Street shapes without digits (run over the whole text; both start with a literal word). */
export function findNamedStreets(text: string, emit: Emit): void {
  const group = (m: RegExpExecArray): void => {
    const inner = m[1] as string;
    const start = m.index + m[0].length - inner.length;
    emit('street-address', start, start + inner.length);
  };
  eachMatch(CORNER_RE, text, group);
  if (text.includes('corner')) eachMatch(MY_CORNER_RE, text, group);
  eachMatch(NAMED_STREET_RE, text, group);
  eachMatch(DIRECTIONAL_STREET_RE, text, group);
}

// --- ZIP codes: only where context makes a 5-digit number a ZIP: after a state code
// ("CA 90210"), after a label ("ZIP: 02139"), or in ZIP+4 form. The match is the ZIP itself.
const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
/** Not after a letter, as ZIP_LABEL_RE: matched with eachMatchNotAfterLetter (../text). */
const ZIP_STATE_RE = nativeRegExp(`(?:${STATES})\\.?,?${S}{1,2}(\\d{5}(?:-\\d{4})?)(?!\\p{N}|-\\p{N})`, 'gu');
const ZIP_LABEL_RE =
  /(?:zip(?:[\s\u00a0]{0,2}code)?|postal[\s\u00a0]{1,3}code|post[\s\u00a0]?code|c[oó]d(?:igo|\.)?[\s\u00a0]{1,3}postal|(?<![\p{L}.])c\.[\s\u00a0]?p\.)[\s\u00a0:#.-]{0,4}(\d{5}(?:-\d{4})?)(?!\p{N}|-\p{N})/giu;
const ZIP4_RE = /(?<![\p{N}\-./])\d{5}-\d{4}(?!\p{N}|[-./]\p{N})/gu;

export function findZips(text: string, emit: Emit): void {
  const zipAt = (m: RegExpExecArray): void => {
    const zip = m[1] as string;
    const start = m.index + m[0].length - zip.length;
    emit('zip-code', start, start + zip.length);
  };
  eachMatchNotAfterLetter(ZIP_STATE_RE, text, zipAt);
  eachMatchNotAfterLetter(ZIP_LABEL_RE, text, zipAt);
  eachMatch(ZIP4_RE, text, (m) => emit('zip-code', m.index, m.index + m[0].length));
}

/**
 * Postcodes of the UK ("Pontypridd CF37 4LP"), Canada ("Ottawa, ON K1A 0B1") and Australia
 * ("Wondai QLD 4606") after the town, which they make a place too: their shapes are distinctive
 * only there. A post-office box's postcode is an organisation's mail address.
 */
const TOWN_BEFORE = `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Ll}'\\u2019-]{2,30}(?:[\\s\\u00a0]\\p{Lu}[\\p{Ll}'\\u2019-]{2,30})?),?[\\s\\u00a0]{1,2}`;
const UK_POSTCODE_RE = nativeRegExp(`${TOWN_BEFORE}([A-PR-UWYZ][A-HK-Y]?\\d[A-HJKPS-UW\\d]?[\\s\\u00a0]\\d[ABD-HJLNP-UW-Z]{2})(?![\\p{L}\\p{N}])`, 'gu');
const CA_POSTCODE_RE = nativeRegExp(`${TOWN_BEFORE}(?:(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT),?[\\s\\u00a0]{1,2})?([ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][\\s\\u00a0]?\\d[ABCEGHJ-NPRSTV-Z]\\d)(?![\\p{L}\\p{N}])`, 'gu');
const AU_POSTCODE_RE = nativeRegExp(`${TOWN_BEFORE}(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[\\s\\u00a0]{1,2}(\\d{4})(?![\\p{L}\\p{N}])`, 'gu');
const PO_BOX_BEFORE = /\b(?:p\.?[\s\u00a0]?o\.?[\s\u00a0]{0,2}box|gpo[\s\u00a0]box|locked[\s\u00a0]bag)\b/i;

/** The postcode regexps need a capital letter before a digit (UK, Canada) or a state before four digits (Australia). */
const FOREIGN_POSTCODE_HINT = /\p{Lu}\d|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[\s\u00a0]{1,2}\d{4}/u;

export function mayForeignPostcode(region: string): boolean {
  return FOREIGN_POSTCODE_HINT.test(region);
}

export function findForeignPostcodes(text: string, emit: Emit): void {
  const at = (m: RegExpExecArray): void => {
    if (PO_BOX_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return;
    const town = m[1] as string;
    const code = m[2] as string;
    const codeStart = m.index + m[0].length - code.length;
    emit('place', m.index, m.index + town.length);
    emit('zip-code', codeStart, codeStart + code.length);
  };
  eachMatch(UK_POSTCODE_RE, text, at);
  eachMatch(CA_POSTCODE_RE, text, at);
  eachMatch(AU_POSTCODE_RE, text, at);
}

/** Context a shape can need around its digits ("March 3", "123 North Martin Luther King Blvd"). */
const CONTEXT_BEFORE = 24;
const CONTEXT_AFTER = 64;

/**
 * The digit runs of a region, summed up: enough to tell that a shape cannot occur in it. A region
 * holds exactly the runs merged into it (the next run starts beyond its widened end).
 */
export interface RegionDigits {
  /** How many digit runs. */
  runs: number;
  /** Bit n set: a run of exactly n digits (bit 31: 31 digits or more). */
  lengths: number;
  /** Runs of one to three digits. */
  shortRuns: number;
}

function hasRunOf(digits: RegionDigits, length: number): boolean {
  return (digits.lengths & (1 << length)) !== 0;
}

/** SSN_RE needs runs of exactly 3, 2 and 4 digits ("123-45-6789"). */
export function maySsn(digits: RegionDigits): boolean {
  return hasRunOf(digits, 3) && hasRunOf(digits, 2) && hasRunOf(digits, 4);
}

/** IPV4_RE needs four runs of one to three digits. */
export function mayIpv4(digits: RegionDigits): boolean {
  return digits.shortRuns >= 4;
}

/** NANP_RE needs three runs, the last of exactly four digits; INTL_RE needs a "+". */
export function mayPhone(region: string, digits: RegionDigits): boolean {
  return (digits.runs >= 3 && hasRunOf(digits, 4)) || region.includes('+');
}

/** ES_RE needs three runs of three digits, or a run of three and three of two. */
export function maySpanishPhone(digits: RegionDigits): boolean {
  return digits.runs >= 3 && hasRunOf(digits, 3);
}

/** Spain's nine-digit numbers by shape (ES_RE). */
export function findSpanishPhones(text: string, emit: Emit, allowedPhones: ReadonlySet<string>): void {
  eachMatch(ES_RE, text, (m) => acceptPhone(text, m.index, m[0], allowedPhones, emit));
}

/** Is `number`, written in a national format, a valid number of one of `countries` (libphonenumber-js)? */
function validIn(number: string, countries: readonly CountryCode[]): boolean {
  return countries.some((country) => parsePhoneNumberFromString(number, country)?.isValid() === true);
}

/**
 * Mobile numbers written in the national format of the English-speaking countries outside North
 * America (a trunk "0" and the mobile prefix): the UK's "07700 900731", Australia's "0491 570 156",
 * New Zealand's "021 555 0142", Ireland's "087 555 0142", South Africa's "082 555 1234", the
 * Philippines' "0917 555 0142", and India's ten digits in two groups of five ("98450 55512").
 * Each is checked with libphonenumber-js for its country, except the UK's, whose 07 prefix with
 * eleven digits is mobile by itself (Ofcom's range for fiction, 07700 900xxx, is not "valid").
 */
const NATIONAL_MOBILE_RE =
  /(?<![\p{N}\p{L}\-.+/$€£#])(?:(07\d{3}(?:[\s\u00a0]?\d{6}|[\s\u00a0]\d{3}[\s\u00a0]\d{3}))|(04\d{2}[\s\u00a0-]?\d{3}[\s\u00a0-]?\d{3})|(02[0-9][\s\u00a0-]?\d{3}[\s\u00a0-]?\d{3,4})|(08[3-9][\s\u00a0-]?\d{3}[\s\u00a0-]?\d{4})|(0(?:6\d|7\d|8[1-4])[\s\u00a0-]?\d{3}[\s\u00a0-]?\d{4})|(09\d{2}[\s\u00a0-]?\d{3}[\s\u00a0-]?\d{4})|([6-9]\d{4}[\s\u00a0-]\d{5})|(01\d{2,3}[\s\u00a0-]?\d{3}[\s\u00a0-]?\d{3,4}|02\d[\s\u00a0-]\d{4}[\s\u00a0-]\d{4}))(?![\p{N}]|[-./,]\p{N}|[\s\u00a0]\d)/gu;
/** The countries each group of NATIONAL_MOBILE_RE is checked for (the first is the UK, by shape; the last, landlines of the UK and Ireland). */
const NATIONAL_MOBILE_COUNTRIES: ReadonlyArray<readonly CountryCode[]> = [[], ['AU'], ['NZ'], ['IE'], ['ZA'], ['PH'], ['IN'], ['GB', 'IE']];

/** NATIONAL_MOBILE_RE needs two digit runs, one of three to five digits, or one run of ten or eleven digits. */
export function mayNationalMobile(digits: RegionDigits): boolean {
  return (digits.runs >= 2 && (hasRunOf(digits, 4) || hasRunOf(digits, 5) || hasRunOf(digits, 3))) || hasRunOf(digits, 10) || hasRunOf(digits, 11);
}

/** A word that introduces a contact right before a number written without spaces ("her number 0837720146", "on 0412555783"). */
const NATIONAL_CONTACT_BEFORE = /(?:\b(?:on|call|ring|text|txt|whatsapp|contact)|\b(?:cell|mobile|mob|phone|ph|tel|number|no|nr|num)\.?(?:[\s\u00a0]+is)?)[\s\u00a0:.#-]{0,3}$/i;

export function findNationalMobiles(text: string, emit: Emit, allowedPhones: ReadonlySet<string>): void {
  eachMatch(NATIONAL_MOBILE_RE, text, (m) => {
    const group = firstGroup(m);
    // Written without spaces, a national number is a phone only after a word that introduces a contact.
    if (/^\d+$/.test(m[0]) && !NATIONAL_CONTACT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
    if (group > 1 && !validIn(m[0], NATIONAL_MOBILE_COUNTRIES[group - 1] ?? [])) return;
    acceptPhone(text, m.index, m[0], allowedPhones, emit);
  });
}

/**
 * Mobile numbers of Latin America written without the country code: Chile's "9 8841 2273" and
 * Cuba's "5 334 8821" by their grouping, checked with libphonenumber-js; Central America's eight
 * digits in two groups of four ("5521-9087"), a shape many codes share, only after a word that
 * introduces a contact ("al", "llamar", "tel.", "cel.", "WhatsApp") and never a span of years;
 * mobile numbers with the trunk "0" of Venezuela ("0416.675.20.18", "0424 218 3377": 04 and the
 * operator's 12, 14, 16, 24 or 26, eleven digits) and of Ecuador, Paraguay and Uruguay ("0987654321",
 * "0982 334 190", "099 123 456": 09, nine to ten digits), checked with libphonenumber-js (an
 * eleven-digit 09 number is the Philippines', NATIONAL_MOBILE_RE's).
 */
const LATIN_MOBILE_RE =
  /(?<![\p{N}\p{L}\-.+/$€#])(?:(9[\s\u00a0]\d{4}[\s\u00a0]\d{4})|(5[\s\u00a0]\d{3}[\s\u00a0]\d{4})|([2-8]\d{3}-\d{4})|(04(?:1[246]|2[46])[\s\u00a0.-]?\d{3}[\s\u00a0.-]?(?:\d{4}|\d{2}[\s\u00a0.-]\d{2}))|(09\d{1,2}[\s\u00a0.-]?\d{3}[\s\u00a0.-]?\d{3,4}))(?![\p{N}]|[-./,]\p{N}|[\s\u00a0]\d)/gu;
const LATIN_MOBILE_COUNTRIES: ReadonlyArray<readonly CountryCode[]> = [['CL'], ['CU'], ['GT', 'SV', 'HN', 'NI', 'CR', 'PA'], ['VE'], ['EC', 'PY', 'UY']];
const CONTACT_BEFORE = /(?:\bal|\bllam(?:ar|e|en|ame|eme|enos)|\btel(?:[eé]fono)?\.?|\bcel(?:ular)?\.?|\bm[oó]vil|\bwhats(?:app)?|\bwsp|\bcontacto|\bcomunic(?:arse|ate|arte)\s(?:al|con)|\bn[uú]mero|\bmarc(?:ar|a|e)|\bcall|\btext|\bphone)[\s\u00a0:.]{0,3}$/i;

/** LATIN_MOBILE_RE needs runs of four digits (with one of one digit for Chile's and Cuba's), three runs of three, or a run of ten. */
export function mayLatinMobile(digits: RegionDigits): boolean {
  return (digits.runs >= 2 && hasRunOf(digits, 4)) || (digits.runs >= 3 && hasRunOf(digits, 3)) || hasRunOf(digits, 10);
}

export function findLatinMobiles(text: string, emit: Emit, allowedPhones: ReadonlySet<string>): void {
  eachMatch(LATIN_MOBILE_RE, text, (m) => {
    const group = firstGroup(m);
    if (group === 3) {
      if (/^(?:19|20)\d\d-(?:19|20)\d\d$/.test(m[0]) || !CONTACT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
    }
    if (!validIn(m[0], LATIN_MOBILE_COUNTRIES[group - 1] ?? [])) return;
    acceptPhone(text, m.index, m[0], allowedPhones, emit);
  });
}

/** BARE_PHONE (contact.ts) needs a run of ten digits, or eleven with the leading "1". */
export function mayBarePhone(digits: RegionDigits): boolean {
  return hasRunOf(digits, 10) || hasRunOf(digits, 11);
}

/** ZIP_STATE_RE, ZIP_LABEL_RE and ZIP4_RE all need a run of exactly five digits. */
export function mayZip(digits: RegionDigits): boolean {
  return hasRunOf(digits, 5);
}

/**
 * Calls `fn` with each stretch of text within reach of a digit run, merged so stretches do not
 * overlap, and widened to whitespace so boundary checks at the edges behave as on the whole
 * text. On prose this is part of the text; on digit-dense text it is the whole text, once.
 */
export function forEachDigitRegion(text: string, runs: readonly number[], fn: (region: string, base: number, digits: RegionDigits) => void): void {
  let from = -1;
  let to = -1;
  let digits: RegionDigits = { runs: 0, lengths: 0, shortRuns: 0 };
  const flush = (): void => {
    let a = from;
    const aLimit = Math.max(0, a - 32);
    while (a > aLimit && !isSpace(text.charCodeAt(a - 1))) a--;
    let b = to;
    const bLimit = Math.min(text.length, b + 32);
    while (b < bLimit && !isSpace(text.charCodeAt(b))) b++;
    fn(a === 0 && b === text.length ? text : text.slice(a, b), a, digits);
  };
  for (let r = 0; r < runs.length; r += 2) {
    const start = Math.max(0, (runs[r] as number) - CONTEXT_BEFORE);
    const end = Math.min(text.length, (runs[r + 1] as number) + CONTEXT_AFTER);
    if (from === -1) {
      from = start;
      to = end;
    } else if (start <= to + 32) {
      // Close stretches are merged: one longer regex pass beats many short ones.
      to = end;
    } else {
      flush();
      from = start;
      to = end;
      digits = { runs: 0, lengths: 0, shortRuns: 0 };
    }
    const length = (runs[r + 1] as number) - (runs[r] as number);
    digits.runs++;
    digits.lengths |= 1 << Math.min(length, 31);
    if (length <= 3) digits.shortRuns++;
  }
  if (from !== -1) flush();
}

// ---------------------------------------------------------------------------------------------
// IPv6: driven by ':' (rare in prose). Each run of hex digits and colons is visited once, then
// validated; clock times ("10:30:45") and ratios ("1:2:3") do not have the shape.

function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

export function findIpv6(text: string, emit: Emit): void {
  let colon = text.indexOf(':');
  while (colon !== -1) {
    let start = colon;
    while (start > 0 && colon - start < 40 && isHexOrColon(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && end - start < 45 && isHexOrColon(text.charCodeAt(end))) end++;
    const bounded = !isWordChar(text.charCodeAt(start - 1)) && !isWordChar(text.charCodeAt(end));
    if (bounded && isIpv6(text.slice(start, end))) emit('ip-address', start, end);
    colon = text.indexOf(':', Math.max(end, colon + 1));
  }
}

/**
 * A valid IPv6 address (`node:net`) that looks like one in prose: eight groups, or a "::" with a
 * hex letter or at least three groups ("10::30" is a time, not an address).
 */
function isIpv6(s: string): boolean {
  if (!isIPv6(s)) return false;
  const groups = s.split(/:+/).filter((g) => g.length > 0);
  if (groups.length === 8) return true;
  return /[a-f]/i.test(s) || groups.length >= 3;
}

// ---------------------------------------------------------------------------------------------
// The subject's own name: full name, and each part of at least three letters.

const nameRegexCache = new BoundedCache<RegExp | null>(64);

const ACCENT_CLASS: Record<string, string> = {
  a: '[aá]', á: '[aá]', e: '[eé]', é: '[eé]', i: '[ií]', í: '[ií]', o: '[oó]', ó: '[oó]', u: '[uúü]', ú: '[uúü]', ü: '[uúü]', n: '[nñ]', ñ: '[nñ]',
};

/** A name written with or without its accents ("Solis" for "Solís", "José" for "Jose"); `escaped` is a literal escaped by escapeRegex. */
function accentLoose(escaped: string): string {
  let out = '';
  for (let i = 0; i < escaped.length; i++) {
    const ch = escaped[i] as string;
    if (ch === '\\') {
      out += ch + (escaped[i + 1] ?? '');
      i++;
      continue;
    }
    out += ACCENT_CLASS[ch.toLowerCase()] ?? ch;
  }
  return out;
}

export function nameRegex(names: readonly string[]): RegExp | null {
  return nameRegexCache.get(names.join('\u0000'), () => {
    const alternatives = new Set<string>();
    for (const name of names) {
      const parts = name.trim().split(/[\s\u00a0]+/).filter((p) => p.length > 0);
      if (parts.length === 0) continue;
      const esc = (s: string): string => accentLoose(escapeRegex(s));
      alternatives.add(parts.map(esc).join(`${S}{1,3}`));
      for (const p of parts) {
        const bare = p.replace(/[.,]/g, '');
        if (bare.length >= 3) alternatives.add(esc(bare));
        // Short forms of a long name ("Sofi" for "Sofia", "Chris" for "Christine").
        for (let k = 4; k < bare.length && bare.length >= 5; k++) alternatives.add(esc(bare.slice(0, k)));
      }
    }
    if (alternatives.size === 0) return null;
    // Longest first so "Jane Doe" wins over "Jane" at the same position.
    const sorted = [...alternatives].sort((a, b) => b.length - a.length);
    return nativeRegExp(`(?:${sorted.join('|')})${WA}`, 'giu');
  });
}

export function findNames(text: string, emit: Emit, re: RegExp): void {
  eachWordMatch(re, text, (m) => emit('subject-name', m.index, m.index + m[0].length));
}

// ---------------------------------------------------------------------------------------------

