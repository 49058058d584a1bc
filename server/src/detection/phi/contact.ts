/**
 * Contact identifiers beyond the shapes in shapes.ts, language-independent:
 * - emails written out or obfuscated ("name at provider dot com", "[at]", "(dot)", "j @ icloud . com");
 * - social handles ("@my_recovery_diary", "u/throwaway_kneecap"), not emails;
 * - personal sites without a scheme: blogs on hosted subdomains (wordpress, blogspot, substack…),
 *   profile and fundraiser links (linktr.ee, caringbridge, flickr…), parsed with the built-in URL;
 * - bare phone numbers (ten digits, no separators), validated with libphonenumber-js.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { SOCIAL_HOSTS, SOCIAL_NON_PROFILE, domainAllowed, isHostedSubdomain, isPlainDomain } from './shapes';
import type { Emit } from './shapes';
import { escapeRegex } from '../../scanners/match-utils';
import { isGivenName, perPack } from './compile';
import type { CompiledPack } from './compile';
import { nativeRegExp } from '../../scanners/native-regexp';

// ---------------------------------------------------------------------------------------------
// Obfuscated emails. Driven by the at-separator, then matched in a bounded window.

// At- and dot-words are language-independent: English "at"/"dot", Spanish "arroba"/"punto", and
// the Spanish "en" before a free-mail domain ("g.paredes1961 en gmail.com").
const AT_HINT = /[\s\u00a0](?:at|AT|At|arroba|ARROBA|Arroba|en)[\s\u00a0]|[[({<][\s\u00a0]?(?:at|AT|arroba|ARROBA)[\s\u00a0]?[\])}>]|[\s\u00a0]@|@[\s\u00a0]/g;
const PART = '[A-Za-z0-9_%+\\-]{1,40}';
const DOT_WORD = '(?:dot|DOT|Dot|punto|PUNTO|Punto)';
const DOT = `(?:[\\s\\u00a0]{0,2}[[({<][\\s\\u00a0]?(?:dot|DOT|punto|PUNTO|\\.)[\\s\\u00a0]?[\\])}>][\\s\\u00a0]{0,2}|[\\s\\u00a0]{1,2}${DOT_WORD}[\\s\\u00a0]{1,2}|[\\s\\u00a0]?\\.[\\s\\u00a0]?)`;
/** Separators that can only mean "@": the sign itself, "arroba", or a bracketed at-word. */
const STRONG_AT = '(?:[\\s\\u00a0]{0,2}[[({<][\\s\\u00a0]?(?:at|AT|arroba|ARROBA)[\\s\\u00a0]?[\\])}>][\\s\\u00a0]{0,2}|[\\s\\u00a0]{1,2}(?:arroba|ARROBA|Arroba)[\\s\\u00a0]{1,2}|[\\s\\u00a0]{0,2}@[\\s\\u00a0]{0,2})';
const AT = `(?:${STRONG_AT}|[\\s\\u00a0]{1,2}(?:at|AT|At|en)[\\s\\u00a0]{1,2})`;
const TLDS = '(?:com|net|org|edu|gov|io|co|us|me|info|biz|uk|ca|mail|mx|es|pr|ar|cl|pe|ve|do|gt|hn|sv|ni|cr|pa|ec|bo|py|uy|cu)';
/** Local part (dots allowed), separator, domain labels, TLD; anchored at the window's end of local part. */
const OBFUSCATED_EMAIL = nativeRegExp(`(${PART}(?:${DOT}${PART}){0,3})(${AT})(${PART}(?:${DOT}${PART}){0,2})${DOT}(${TLDS})(?![A-Za-z0-9])`, 'iy');
const DOMAIN_AHEAD = nativeRegExp(`[\\s\\u00a0]{0,2}(?:${PART}${DOT}){1,3}${TLDS}(?![A-Za-z0-9])`, 'iy');
const LOCAL_BACK = nativeRegExp(`(?:${PART}(?:${DOT}${PART}){0,3})$`, 'i');
/** Free mail providers: "name at gmail dot com" is an address even without brackets. */
const PROVIDERS = new Set(
  'gmail googlemail yahoo ymail aol outlook hotmail live msn icloud me mac protonmail proton pm fastmail gmx zoho mail frontiernet comcast att sbcglobal verizon bellsouth earthlink cox charter optonline juno netzero tutanota hey'.split(
    ' '
  )
);

/** Words before a spelled "at" that are no mailbox: "the portal is at …", "find it at …". */
const NOT_MAILBOX = new Set(['is', 'are', 'was', 'were', 'be', 'it', 'us', 'them', 'him', 'her', 'me', 'online', 'here', 'there', 'now', 'live', 'found', 'located']);

export function findObfuscatedEmails(text: string, emit: Emit, allowedDomains: readonly string[]): void {
  AT_HINT.lastIndex = 0;
  let h: RegExpExecArray | null;
  let coveredUntil = -1;
  while ((h = AT_HINT.exec(text)) !== null) {
    const sepStart = h.index;
    if (sepStart < coveredUntil) continue;
    // Cheap test first: a domain and a top-level domain must follow the separator.
    DOMAIN_AHEAD.lastIndex = h.index + h[0].length;
    if (!DOMAIN_AHEAD.test(text)) continue;
    const windowStart = Math.max(0, sepStart - 120);
    const back = LOCAL_BACK.exec(text.slice(windowStart, sepStart).trimEnd());
    if (!back) continue;
    const start = windowStart + back.index;
    OBFUSCATED_EMAIL.lastIndex = start;
    const m = OBFUSCATED_EMAIL.exec(text);
    if (!m) continue;
    const at = (m[2] as string).trim().toLowerCase();
    const domain = (m[3] as string).split(/[^A-Za-z0-9_%+-]+/).filter(Boolean);
    const tld = (m[4] as string).toLowerCase();
    const plain = at === '@' && !/dot|\[|\(/i.test(m[0].slice((m[1] as string).length));
    // A plain "a@b.com" is the shape detector's; "at"/"dot" in words need a known provider or brackets.
    if (plain && !/[\s\u00a0]/.test(m[0])) continue;
    const bracketed = /[[({<]/.test(m[0]);
    const spelledDot = /(?:^|[\s\u00a0[({<])(?:dot|punto)(?:[\s\u00a0\])}>]|$)/i.test(m[0]);
    const provider = PROVIDERS.has((domain[0] ?? '').toLowerCase());
    if (at === 'at' && !bracketed && !provider && !spelledDot) continue;
    // "the portal is at mychart dot example dot org": a verb or a pronoun is no mailbox.
    if (at === 'at' && !bracketed && NOT_MAILBOX.has((m[1] as string).trim().toLowerCase())) continue;
    // "en" is a preposition: only before a free-mail domain, after a mailbox-like local part.
    if (at === 'en' && !(provider && /[\d._]/.test(m[1] as string))) continue;
    const host = `${domain.join('.')}.${tld}`.toLowerCase();
    if (domainAllowed(host, allowedDomains)) continue;
    // The local part must not run into the sentence: take the last word-like run before the separator.
    let localStart = start;
    const local = m[1] as string;
    if (/[\s\u00a0]/.test(local) && !/dot|punto|\[|\(/i.test(local)) {
      const lastSpace = Math.max(local.lastIndexOf(' '), local.lastIndexOf('\u00a0'));
      localStart = start + lastSpace + 1;
    }
    emit('email', localStart, start + m[0].length);
    coveredUntil = start + m[0].length;
  }
  findProviderOnlyEmails(text, emit);
}

/** "jose arroba gmail", "ana [at] yahoo": an unambiguous at-word before a free-mail provider, no TLD. */
const PROVIDER_ONLY = nativeRegExp(`(${PART})${STRONG_AT}(${[...PROVIDERS].filter((p) => p.length > 3).join('|')})(?![A-Za-z0-9@])`, 'giy');
const STRONG_AT_HINT = /[\s\u00a0](?:arroba|ARROBA|Arroba)[\s\u00a0]|[[({<][\s\u00a0]?(?:at|AT|arroba|ARROBA)[\s\u00a0]?[\])}>]|[\s\u00a0]@[\s\u00a0]/g;

function findProviderOnlyEmails(text: string, emit: Emit): void {
  STRONG_AT_HINT.lastIndex = 0;
  let h: RegExpExecArray | null;
  while ((h = STRONG_AT_HINT.exec(text)) !== null) {
    const back = /[A-Za-z0-9_%+-]{1,40}[\s\u00a0]{0,2}$/.exec(text.slice(Math.max(0, h.index - 44), h.index + 1));
    if (!back) continue;
    const start = h.index + 1 - back[0].length;
    PROVIDER_ONLY.lastIndex = start;
    const m = PROVIDER_ONLY.exec(text);
    if (m) emit('email', start, start + m[0].length);
  }
}

// ---------------------------------------------------------------------------------------------
// Social handles: "@name" not part of an email, and "u/name" (Reddit).

const HANDLE = /@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?)/y;
const BEFORE_HANDLE = /[\p{L}\p{N}_.@/]/u;
/** The next "@handle" from HANDLE.lastIndex, found with indexOf (a regex with a look-behind first scans slowly). */
function nextHandle(text: string): RegExpExecArray | null {
  let at = text.indexOf('@', HANDLE.lastIndex);
  while (at !== -1) {
    if (at === 0 || !BEFORE_HANDLE.test(text.charAt(at - 1))) {
      HANDLE.lastIndex = at;
      const m = HANDLE.exec(text);
      if (m) return m;
    }
    at = text.indexOf('@', at + 1);
  }
  return null;
}
const REDDIT_USER = /(?<![\p{L}\p{N}_/])u\/([A-Za-z0-9_-]{3,20})/gu;
/** "on Instagram at the_ostomy_cowgirl": a handle without "@" needs an underscore or dot inside. */
const PLATFORM_HINT = /instagram|insta|\big\b|tiktok|twitter|threads|venmo|snap|youtube|\bfb\b|facebook|discord|telegram|twitch|strava|pinterest|bluesky|bsky|cash[\s\u00a0-]?app/i;
/** A handle named after its platform: "IG: jen.runs", "tiktok @ scarsandsunflowers" (a space after the at sign). */
const NAMED_HANDLE =
  /\b(?:instagram|insta|ig|tiktok|twitter|threads|venmo|snapchat|snap|youtube|fb|facebook|discord|telegram|twitch|strava|pinterest|bluesky|bsky|cash[\s\u00a0-]?app)(?:(?:,?[\s\u00a0]{1,2}(?:at|is|as|@|it['\u2019]s|its))?[\s\u00a0:]{1,3}([a-z0-9]+(?:[._-][a-z0-9]+){1,4})|[\s\u00a0:]{1,3}@[\s\u00a0]{1,2}([a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_])))(?![A-Za-z0-9_])/gi;

/** Sponsorship or "follow us" context: the handles in it are a brand's or the clinic's. */
const BRAND_CONTEXT = /#(?:ad|sponsored|partner|gifted|collab)\b|\b(?:follow|tag) us\b|\bcode [A-Z0-9]{3,}/i;

/**
 * Does a handle, a social profile's name or an email domain's first label name an organisation? A
 * business word as a part ("lashlab_official") or at either end of a long one ("mayoclinic"), or a
 * government agency's form (session 34): "gov"/"gob" at its end ("CDPHgov"), or an acronym beside
 * its country ("SUNAFIL_Peru", "stps_mx").
 */
export function isBusinessName(name: string, businessWords: readonly string[]): boolean {
  const h = name.toLowerCase();
  // Parts split at separators and at capitals ("CDCespanol" → cdc, espanol; "LupusFoundation").
  const parts = /[A-Z]/.test(name)
    ? name.split(/[._-]+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u).map((p) => p.toLowerCase())
    : h.split(/[._-]+/);
  // An acronym before a lower-case word ("CDCespanol").
  const acronym = /^\p{Lu}{2,}(?=\p{Ll})/u.exec(name);
  if (acronym) parts.push(acronym[0].toLowerCase());
  // A government agency's handle: "gov"/"gob" at its end ("CDPHgov", "SaludGob"), or an acronym (in capitals, or
  // without a vowel) beside its country ("SUNAFIL_Peru", "stps_mx"); a person's "lupita_mx" has no acronym.
  if (h.length >= 6 && /(?:gov|gob)$/.test(h)) return true;
  const segments = name.split(/[._-]+/);
  if (segments.some((p) => AGENCY_COUNTRIES.has(p.toLowerCase())) && segments.some((p) => (ACRONYM_PART.test(p) && !isGivenName(p.charAt(0) + p.slice(1).toLowerCase())) || (/^[a-z]{3,}$/.test(p) && !/[aeiouy]/.test(p)))) return true;
  // Long business words anywhere inside ("mercyhealthnw"); short ones as a part or at an end.
  return businessWords.some((w) => parts.includes(w) || (w.length >= 4 && (h.startsWith(w) || h.endsWith(w))) || (w.length >= 6 && h.includes(w)));
}

/** A part of a handle written wholly in capitals, three letters or more: an acronym ("SUNAFIL", "IMSS"). */
const ACRONYM_PART = /^\p{Lu}{3,}$/u;
/** Countries as agencies' handles end in them ("_Peru", "_mx", "_uk"). */
const AGENCY_COUNTRIES = new Set(['mx', 'mex', 'mexico', 'peru', 'pe', 'col', 'co', 'arg', 'ar', 'chile', 'cl', 'ec', 'bo', 'py', 'uy', 've', 'cr', 'gt', 'hn', 'sv', 'ni', 'pa', 'do', 'pr', 'cu', 'es', 'usa', 'us', 'uk', 'ca', 'au', 'nz', 'ie', 'in', 'ng', 'ke', 'gh', 'za', 'ph']);

/** The profile name of a social link ("facebook.com/clinicasaludfamiliar" → "clinicasaludfamiliar"), or null. */
export function socialProfileName(url: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.|m\.)?([a-z0-9.-]+)\/@?([A-Za-z0-9._-]{2,60})/i.exec(url);
  return m && SOCIAL_HOSTS.has((m[1] as string).toLowerCase()) ? (m[2] as string) : null;
}

export function findHandles(
  text: string,
  emit: Emit,
  allowedHandles: ReadonlySet<string>,
  businessWords: readonly string[] = [],
  sponsored = false,
  kin?: { possessives: ReadonlySet<string>; relations: ReadonlySet<string> }
): void {
  const brandText = sponsored || BRAND_CONTEXT.test(text);
  const isBusiness = (handle: string): boolean => isBusinessName(handle, businessWords);
  // "sigan a mi prima @karla_enfermera_gdl": a relative's handle (the pack's possessive and relation right before it) is
  // theirs, whatever its words.
  const relativeBefore = (lead: string): boolean => {
    const words = TWO_WORDS_BEFORE.exec(lead);
    return !!kin && words !== null && kin.possessives.has((words[1] as string).toLowerCase()) && kin.relations.has((words[2] as string).toLowerCase());
  };
  if (text.includes('@')) {
    HANDLE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = nextHandle(text)) !== null) {
      const name = (m[1] as string).replace(/[.-]+$/, '');
      if (name.length < 2 || /^\d+$/.test(name) || allowedHandles.has(name.toLowerCase())) continue;
      // "@ 5pm", "@home" (a place), "@the clinic": a handle has a letter and is not a common word.
      if (COMMON_AT_WORDS.has(name.toLowerCase())) continue;
      const lead = text.slice(Math.max(0, m.index - 40), m.index);
      // "sígueme @lupus.y.yo.oficial": the writer's own handle, whatever its words.
      if (!FOLLOW_ME_BEFORE.test(lead) && (isBusiness(name) || (brandText && !FIRST_PERSON_BEFORE.test(lead))) && !relativeBefore(lead)) continue;
      emit('social-handle', m.index, m.index + 1 + name.length);
    }
  }
  if (text.includes('u/')) {
    REDDIT_USER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REDDIT_USER.exec(text)) !== null) emit('social-handle', m.index, m.index + m[0].length);
  }
  findLabelledUsernames(text, emit, allowedHandles);
  if (!PLATFORM_HINT.test(text)) return;
  NAMED_HANDLE.lastIndex = 0;
  let n: RegExpExecArray | null;
  while ((n = NAMED_HANDLE.exec(text)) !== null) {
    const handle = (n[1] ?? n[2]) as string;
    const start = n.index + n[0].length - handle.length;
    if (!/[a-z]/i.test(handle) || /\.(?:com|net|org)$/i.test(handle) || allowedHandles.has(handle.toLowerCase())) continue;
    // "well-known", "follow-up": a hyphen joins words, unless the handle holds a digit ("Carla-Mendez-22").
    if (handle.includes('-') && !/\d/.test(handle)) continue;
    emit('social-handle', start, start + handle.length);
  }
  findCashtags(text, emit, allowedHandles);
}

/**
 * A username after its label, quoted or not: "Author: healing_with_hannah", "usuario
 * 'mamadeluz2019'", "jugador 'CarlitosElCrack'". Only a name shaped like a username: a letter,
 * and a digit, an underscore, a dot or a capital inside ("CarlitosElCrack"), so "user Maria" and
 * "Author: Dr" pass.
 */
const LABELLED_USERNAME =
  /(?<![\p{L}])(?:user(?:name)?|author|gamertag|handle|screen[\s\u00a0]name|nick(?:name)?|usuario|jugador(?:a)?|player|alias|cuentas?|account)[\s\u00a0]{0,2}[:=]?[\s\u00a0]{0,2}['"\u2018\u201c]?([A-Za-z0-9](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))['"\u2019\u201d]?(?![\p{L}\p{N}_@])/giu;

function findLabelledUsernames(text: string, emit: Emit, allowedHandles: ReadonlySet<string>): void {
  LABELLED_USERNAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABELLED_USERNAME.exec(text)) !== null) {
    const name = m[1] as string;
    if (!/[A-Za-z]/.test(name) || !/\d|_|\.|[a-z][A-Z]/.test(name) || /^\d/.test(name) || allowedHandles.has(name.toLowerCase())) continue;
    // "acct 0031-556812", "account 4471.22": a number with letters before it is the account detectors'.
    if (/^[A-Za-z]{0,3}[\d.]+$/.test(name) || /\.(?:com|net|org|es|mx)$/i.test(name)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    // A name shaped only by its capitals ("FasTrak", "CarlitosElCrack") is a username in quotes only.
    if (!/\d|_|\./.test(name) && !/['"\u2018\u201c]$/.test(text.slice(m.index, start))) continue;
    emit('social-handle', start, start + name.length);
  }
}

/** A payment app named in the text: its "$name" tags are people's ("her Cash App $RochelleStrong"). */
const CASH_APP = /cash[\s\u00a0-]?app/i;
/** "$RochelleStrong", "$jaylas-mom": a letter first, then letters, digits, "_" or "-" (not "$20", not "$AAPL"). */
const CASHTAG = /\$([A-Za-z][A-Za-z0-9_-]{2,19})(?![A-Za-z0-9_-])/g;

function findCashtags(text: string, emit: Emit, allowedHandles: ReadonlySet<string>): void {
  if (!text.includes('$') || !CASH_APP.test(text)) return;
  CASHTAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CASHTAG.exec(text)) !== null) {
    const name = (m[1] as string).replace(/-+$/, '');
    if (!/\p{Ll}/u.test(name) || allowedHandles.has(name.toLowerCase())) continue;
    emit('social-handle', m.index, m.index + 1 + name.length);
  }
}

/** The two words right before a handle ("mi prima @…", "my sister @…"). */
const TWO_WORDS_BEFORE = /(?:^|[^\p{L}])(\p{L}+)[\s\u00a0]{1,2}(\p{L}+)[\s\u00a0,:]{1,3}$/u;
/** "my account @x", "follow me @x", "which is me": the writer's own handle even in a sponsored post. */
const FIRST_PERSON_BEFORE = /\b(?:my|me|i'm|i am|mine)\b[^.!?]{0,30}$/i;
/** "follow me", "sígueme", "síganme en tiktok": the handle after it is the writer's. */
const FOLLOW_ME_BEFORE = /(?:\bfollow[\s\u00a0]me|\bs[ií]g(?:ue|a)n?me)(?:[\s\u00a0](?:on|en)[\s\u00a0]\w{2,12})?[\s\u00a0:]{0,3}$/i;
const COMMON_AT_WORDS = new Set(['home', 'work', 'night', 'noon', 'midnight', 'the', 'a', 'an', 'my', 'our', 'all', 'everyone', 'here']);

// ---------------------------------------------------------------------------------------------
// Personal sites without a scheme or "www.": found from their top-level domain.

const BARE_TLD = /\.(?:com|net|org|ee|io|co|me|blog|site|page|app|us|info|ly|mx|lat)(?![A-Za-z0-9-])/gi;
const HOST_CHAR = /[A-Za-z0-9.-]/;
const PATH_CHARS = /[^\s<>"'`{}|\\^[\]()]/;
/** Sites whose paths are one person's page: profiles, link pages, journals, fundraisers, photos. */
const PROFILE_HOSTS = new Set([
  'linktr.ee',
  'myspace.com',
  'caringbridge.org',
  'flickr.com',
  'gofundme.com',
  // GoFundMe's and PayPal's short links: each path is one person's fundraiser or account.
  'gofund.me',
  'paypal.me',
  // meal trains, gift registries and fundraisers for one family
  'mealtrain.com',
  'takethemameal.com',
  'lotsahelpinghands.com',
  'babylist.com',
  'justgiving.com',
  'fundly.com',
  'plumfund.com',
  'giveforward.com',
  'patreon.com',
  'medium.com',
  'venmo.com',
  'cash.app',
  'ko-fi.com',
  'buymeacoffee.com',
  'about.me',
  'vimeo.com',
  'soundcloud.com',
  'twitch.tv',
  'bsky.app',
  'mastodon.social',
  ...SOCIAL_HOSTS,
]);
const NON_PROFILE_FIRST = new Set([...SOCIAL_NON_PROFILE, 'discover', 'start', 'sign-in', 'login']);

/** Is a scheme-less link personal? Hosted subdomains and profile paths are; plain organisation sites are not. */
export function isPersonalBareUrl(link: string, allowedDomains: readonly string[], firstPerson: boolean): boolean {
  let url: URL;
  try {
    url = new URL(`https://${link}`);
  } catch {
    return false;
  }
  const host = url.hostname.replace(/^(?:www|m)\./, '');
  if (domainAllowed(host, allowedDomains)) return false;
  for (const a of allowedDomains) if (a.includes('/') && `${host}${url.pathname}`.toLowerCase().startsWith(a)) return false;
  if (isHostedSubdomain(host)) return true;
  const first = (url.pathname.split('/')[1] ?? '').toLowerCase();
  if (PROFILE_HOSTS.has(host)) return !NON_PROFILE_FIRST.has(first);
  // Anyone's own ".com" reads as personal only when the writer says it is their blog or page.
  return firstPerson && isPlainDomain(host) && url.pathname.length <= 1;
}

/** Words that make a plain domain somebody's own site: "my blog", "followed along at", "updates at". */
const OWN_SITE_BEFORE = /\b(?:blog|site|website|page|journal|diary|vlog|channel|follow(?:ed|ing)? along|updates|story)\b[^.!?]{0,24}$/i;

/** A language pack's own-site words ("mi blog", "sigan mi proceso") and organisation words ("nuestro", "síguenos"). */
export interface OwnSiteCues {
  before: RegExp;
  org: ReadonlySet<string>;
}

const ownSiteCache = new WeakMap<readonly string[], RegExp>();

export function ownSiteCues(words: readonly string[] | undefined, org: ReadonlySet<string>): OwnSiteCues | null {
  if (!words || words.length === 0) return null;
  let before = ownSiteCache.get(words);
  if (!before) {
    before = nativeRegExp(`(?<![\\p{L}])(?:${words.map(escapeRegex).join('|')})(?![\\p{L}])[^.!?]{0,24}$`, 'iu');
    ownSiteCache.set(words, before);
  }
  return { before, org };
}

/** Does the lead before a link say it is the writer's own site? */
export function isOwnSiteLead(lead: string, firstPerson: boolean, cues: OwnSiteCues | null): boolean {
  if (OWN_SITE_BEFORE.test(lead) && !/\bour\b/i.test(lead) && (firstPerson || /\bfollow(?:ed|ing)?\b/i.test(lead))) return true;
  if (!cues || !firstPerson || !cues.before.test(lead)) return false;
  for (const w of lead.toLowerCase().split(/[^\p{L}]+/u)) if (cues.org.has(w)) return false;
  return true;
}

/**
 * Is a plain domain a person's story site: its first label holds one of the pack's story words
 * (`personalSiteWords`: "strong", "brave", "fights", "runwith") with a given name of the lexicons
 * right before it, a possessive "s" allowed, or right after a word ending in "with" or "for"
 * ("elianastrong.org", "gigisbraveheart.com", "runwithrachel.org")? Bounded: a label of at most 40
 * letters.
 */
export function isStoryHost(host: string, storyWords: readonly string[]): boolean {
  if (storyWords.length === 0) return false;
  const label = host.toLowerCase().replace(/^www\./, '').split('.')[0] ?? '';
  if (label.length < 6 || label.length > 40 || !/^[a-z]+$/.test(label)) return false;
  const word = storyWords.find((w) => label.includes(w));
  if (!word) return false;
  const rest = label.replace(word, ' ');
  const [head = '', tail = ''] = rest.split(' ');
  // The whole part before the story word is the name, a possessive "s" allowed ("gigisbraveheart");
  // after a story word ending in "with" or "for" ("runwithrachel"), the whole part after it.
  const named = (part: string): boolean => part.length >= 3 && part.length <= 13 && isGivenName(part);
  return named(head) || (head.endsWith('s') && named(head.slice(0, -1))) || (/(?:with|for)$/.test(word) && named(tail));
}

export function findBareUrls(
  text: string,
  emit: Emit,
  allowedDomains: readonly string[],
  isFirstPersonAt: (offset: number) => boolean,
  cues: OwnSiteCues | null = null,
  storyWords: readonly string[] = []
): void {
  if (!text.includes('.')) return;
  BARE_TLD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let coveredUntil = -1;
  while ((m = BARE_TLD.exec(text)) !== null) {
    let start = m.index;
    // Not before the text's start: text[-1] is undefined, which a regex test reads as the word "undefined".
    const limit = Math.max(coveredUntil, m.index - 120, 0);
    while (start > limit && HOST_CHAR.test(text[start - 1] as string)) start--;
    while (start < m.index && (text[start] === '.' || text[start] === '-')) start++;
    if (start === m.index) continue;
    // A scheme, "www." or "@" before: URL_RE or the email detector has it.
    const before = text.slice(Math.max(0, start - 3), start);
    if (/[/@:]$/.test(before)) continue;
    let end = m.index + m[0].length;
    if (text[end] === '/') {
      const pathLimit = Math.min(text.length, end + 300);
      while (end < pathLimit && PATH_CHARS.test(text[end] as string)) end++;
    }
    while (end > m.index && '.,;:!?\'"\u2019\u201d'.includes(text[end - 1] as string)) end--;
    coveredUntil = end;
    BARE_TLD.lastIndex = Math.max(BARE_TLD.lastIndex, end);
    const link = text.slice(start, end);
    if (!/^[A-Za-z0-9]/.test(link) || !link.slice(0, link.indexOf('.')).length) continue;
    const lead = text.slice(Math.max(0, start - 48), start);
    const ownSite = isOwnSiteLead(lead, isFirstPersonAt(start), cues) || isStoryHost(link.split('/')[0] ?? '', storyWords);
    if (isPersonalBareUrl(link, allowedDomains, ownSite)) emit('personal-url', start, end);
  }
}

// ---------------------------------------------------------------------------------------------
// Bare phone numbers: ten digits (or 1 + ten) with no separators, valid for the US.

const BARE_PHONE = /(?<![\p{N}\p{L}#\-/.$])(?:\+?1)?\d{10}(?![\p{N}\p{L}]|[-/.]\p{N})/gu;

/** Order, tracking and reference numbers are not phones: "Order 12345678901". */
const NOT_PHONE_BEFORE = /(?:order|confirmation|tracking|invoice|ref(?:erence)?|ticket|isbn|account|acct|member|policy|id|#)[\s\u00a0:#.]{0,4}(?:no\.?|number|is)?[\s\u00a0:#]{0,3}$/i;

export function findBarePhones(text: string, emit: Emit, allowedPhones: ReadonlySet<string>, phoneKey: (s: string) => string): void {
  BARE_PHONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_PHONE.exec(text)) !== null) {
    if (NOT_PHONE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const number = parsePhoneNumberFromString(m[0], 'US');
    if (!number || !number.isValid() || allowedPhones.has(phoneKey(m[0]))) continue;
    emit('phone', m.index, m.index + m[0].length);
  }
}

/** Phone numbers spelled digit by digit: "three one zero, five five two, eight eight one four", "tres cero cinco…". */
const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
};
const SPELLED_DIGITS =
  /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)(?:[\s\u00a0,-]{1,3}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\b){6,14}/gi;

/** Digits typed one by one with spaces, to slip past filters: "6 0 9 - 4 4 - 1 1 2 0". */
const SPACED_DIGITS = /(?<![\p{N}\p{L}])\d(?:(?:[\s\u00a0]|[\s\u00a0]?[-.][\s\u00a0]?)\d){8,10}(?![\p{N}]|[\s\u00a0]\d)/gu;

/** Spelled-out digit strings: 9 digits read as an SSN (3-2-4), 10 or 11 as a phone number. */
export function findSpelledNumbers(text: string, emit: Emit): void {
  if (/\d[\s\u00a0]\d[\s\u00a0]\d/.test(text)) {
    SPACED_DIGITS.lastIndex = 0;
    let d: RegExpExecArray | null;
    while ((d = SPACED_DIGITS.exec(text)) !== null) {
      // Only single digits between separators, most of them spaces.
      if ((d[0].match(/\s/g) ?? []).length < 6) continue;
      const n = d[0].replace(/\D/g, '').length;
      if (n === 9) emit('ssn', d.index, d.index + d[0].length);
      else if (n === 10 || n === 11) emit('phone', d.index, d.index + d[0].length);
    }
  }
  SPELLED_DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPELLED_DIGITS.exec(text)) !== null) {
    const digits = m[0]
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean)
      .map((w) => DIGIT_WORDS[w] ?? '')
      .join('');
    if (digits.length === 9) emit('ssn', m.index, m.index + m[0].length);
    else if (digits.length === 10 || digits.length === 11) emit('phone', m.index, m.index + m[0].length);
  }
}

/**
 * The pair regex of a pack; `tens`, its two-digit words (10–99) wherever they end a word; `words`,
 * the words a read-out number is made of in ASCII (number words 0–99 and coordinators), for
 * `forEachPairRun`. `tens` is null when a word is not all letters: then the pair regex runs over
 * the whole text.
 */
interface PairScan {
  re: RegExp;
  tens: RegExp | null;
  words: Set<string>;
}

/**
 * A letter as `\p{L}` reads it (a surrogate half is none). Latin-1, surrogates and general
 * punctuation (curly quotes, dashes) are answered without the regex.
 */
const LETTER = /\p{L}/u;
function isPairLetter(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  if (code < 256) return code >= 0xc0 ? code !== 0xd7 && code !== 0xf7 : code === 0xaa || code === 0xb5 || code === 0xba;
  if ((code >= 0xd800 && code <= 0xdfff) || (code >= 0x2000 && code <= 0x206f)) return false;
  return LETTER.test(String.fromCharCode(code));
}

const pairScan = perPack((c): PairScan | null => {
  const entries = [...c.numberWords].filter(([, v]) => v >= 0 && v < 100);
  const alt = (list: string[]): string => list.sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  const units = alt(entries.filter(([, v]) => v < 10).map(([k]) => k));
  const tens = alt(entries.filter(([, v]) => v >= 30 && v % 10 === 0).map(([k]) => k));
  const two = alt(entries.filter(([, v]) => v >= 10).map(([k]) => k));
  const coordinators = [...c.coordinators].filter((w) => /^\p{L}+$/u.test(w));
  const and = alt(coordinators);
  const token = `(?:(?:${tens})[\\s\\u00a0]{1,2}(?:${and || '(?!)'})[\\s\\u00a0]{1,2}(?:${units})|${two}|${units})`;
  const words = [...entries.map(([k]) => k), ...coordinators];
  return two && units
    ? {
        re: nativeRegExp(`(?<![\\p{L}])${token}(?:[\\s\\u00a0,.-]{1,3}${token}){4,10}(?![\\p{L}])`, 'giu'),
        // The same words and flags as the pair regex, so it finds each of them the pair regex could read.
        tens: words.every((w) => /^\p{L}+$/u.test(w)) ? nativeRegExp(`(?:${two})(?![\\p{L}])`, 'giu') : null,
        words: new Set(words.filter((w) => /^[a-z]+$/.test(w))),
      }
    : null;
});

/** What may join two words of a read-out number (one character of the pair regex's separators). */
const PAIR_SEPARATOR = /[\s\u00a0,.-]/;

/** May this word (a run of letters) be a word of a read-out number? One with other letters than ASCII may ("DIECISÉIS"). */
function mayBePairWord(word: string, scan: PairScan): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 127) return true;
  return scan.words.has(word.toLowerCase());
}

/** The start of the word before the one at `start`, when the two may be joined in a read-out number; else -1. */
function pairWordBefore(text: string, start: number, scan: PairScan): number {
  let gap = start;
  while (gap > 0 && start - gap < 3 && PAIR_SEPARATOR.test(text.charAt(gap - 1))) gap--;
  if (gap === start || gap === 0 || !isPairLetter(text.charCodeAt(gap - 1))) return -1;
  let word = gap - 1;
  while (word > 0 && isPairLetter(text.charCodeAt(word - 1))) word--;
  return mayBePairWord(text.slice(word, gap), scan) ? word : -1;
}

/** The end of the word after the one ending at `end`, when the two may be joined in a read-out number; else -1. */
function pairWordAfter(text: string, end: number, scan: PairScan): number {
  let gap = end;
  while (gap < text.length && gap - end < 3 && PAIR_SEPARATOR.test(text.charAt(gap))) gap++;
  if (gap === end || gap === text.length || !isPairLetter(text.charCodeAt(gap))) return -1;
  let word = gap + 1;
  while (word < text.length && isPairLetter(text.charCodeAt(word))) word++;
  return mayBePairWord(text.slice(gap, word), scan) ? word : -1;
}

/**
 * Calls `fn(start, end)` for each run of words (letters as `\p{L}` reads them) that may be words
 * of a read-out number, joined by what the pair regex allows between its words, with five words
 * or more and a two-digit word. Every match of the pair regex that has a two-digit word lies in
 * one such run, and no match crosses a run's ends, so the regex run from a run's start finds what
 * it finds over the whole text. The runs are looked for around the two-digit words only (one
 * literal regex pass, which V8 skips along), so a text without one pays that pass only.
 */
function forEachPairRun(text: string, scan: PairScan, tens: RegExp, fn: (start: number, end: number) => void): void {
  tens.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = tens.exec(text)) !== null) {
    let start = m.index;
    while (start > 0 && isPairLetter(text.charCodeAt(start - 1))) start--;
    const end = m.index + m[0].length;
    // "often", "patients": a two-digit word inside another word.
    if (!mayBePairWord(text.slice(start, end), scan)) continue;
    let words = 1;
    for (let before = pairWordBefore(text, start, scan); before >= 0; before = pairWordBefore(text, start, scan)) {
      start = before;
      words++;
    }
    let last = end;
    for (let after = pairWordAfter(text, last, scan); after >= 0; after = pairWordAfter(text, last, scan)) {
      last = after;
      words++;
    }
    if (words >= 5) fn(start, last);
    tens.lastIndex = last;
  }
}

/**
 * Numbers read out in groups of two-digit words, as Spanish speakers read them (README.md, "More
 * contacts"): "tres tres, doce, cuarenta y cinco, sesenta y siete, ochenta y nueve" (a phone),
 * "seis uno nueve, cuarenta y dos, ocho ocho cero uno" (an SSN). The words are the pack's
 * `numberWords` (0–99), a tens word joined to a unit by a coordinator; at least one two-digit
 * word, five groups or more (two of them after commas), then 9 digits for an SSN, 10 or 11 for a phone.
 * The regex runs only on runs of words that may be such words (`forEachPairRun`).
 */
export function findSpelledPairs(text: string, emit: Emit, c: CompiledPack): void {
  // Groups read out are written apart by commas: two commas at least, else no regex pass.
  const comma = text.indexOf(',');
  if (comma === -1 || text.indexOf(',', comma + 1) === -1) return;
  const scan = pairScan(c);
  if (!scan) return;
  if (!scan.tens) {
    pairMatches(text, 0, 0, scan.re, emit, c);
    return;
  }
  forEachPairRun(text, scan, scan.tens, (start, end) => {
    // Two characters either side: what the regex's look-behind and look-ahead read.
    const base = Math.max(0, start - 2);
    pairMatches(text.slice(base, Math.min(text.length, end + 2)), base, start - base, scan.re, emit, c);
  });
}

/** The pair regex's matches in `window` from `from`, emitted at `base` + their offsets. */
function pairMatches(window: string, base: number, from: number, re: RegExp, emit: Emit, c: CompiledPack): void {
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    const words = m[0].toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    let digits = '';
    let paired = false;
    for (let k = 0; k < words.length; k++) {
      const v = c.numberWords.get(words[k] as string);
      if (v === undefined) continue;
      const unit = words[k + 2] !== undefined && c.coordinators.has(words[k + 1] as string) ? c.numberWords.get(words[k + 2] as string) : undefined;
      if (v >= 30 && v % 10 === 0 && unit !== undefined && unit < 10) {
        digits += String(v + unit);
        k += 2;
        paired = true;
      } else if (v >= 10) {
        digits += String(v);
        paired = true;
      } else digits += String(v);
    }
    if (!paired) continue;
    const start = base + m.index;
    if (digits.length === 9) emit('ssn', start, start + m[0].length);
    else if (digits.length === 10 || digits.length === 11) emit('phone', start, start + m[0].length);
  }
}
