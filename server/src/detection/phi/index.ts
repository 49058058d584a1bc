/**
 * The PHI detector (HIPAA Safe Harbor identifiers, 45 CFR 164.514(b)(2)(i)) behind the
 * `phi.scan` rule; README.md (checklist) says what it finds and what it cannot.
 *
 * - shapes.ts: identifiers by form (emails, URLs, IPs, SSNs, VINs, phones, dates, addresses, ZIPs).
 * - contact.ts: obfuscated emails, social handles, personal sites, bare and spelled phone numbers.
 * - labels.ts: identifiers after a label ("member ID", "plate", "serial").
 * - names.ts, places.ts, ages.ts, dates.ts: context cues from a language pack (packs/en.ts)
 *   plus reference data (../data: US gazetteer, ZIP codes, given names).
 * - org-context.ts: the organisation's own contact details and event dates pass.
 *
 * Results are cached by (text, options) in a bounded LRU cache: the panel usually evaluated the
 * same text moments before the publish gate does.
 */
import type { Finding, TextSegment } from '../../scanners/types';
import { TextLruCache } from '../text';
import { ageOfGroup, findAges, findAgesNearIdentifiers } from './ages';
import { gateClears } from './gate';
import { compilePack, isCountry, isGivenName, isUsPlace, perPack } from './compile';
import { escapeRegex } from '../../scanners/match-utils';
import { nativeRegExp } from '../../scanners/native-regexp';
import type { CompiledPack } from './compile';
import { findBarePhones, findBareUrls, findHandles, findObfuscatedEmails, findSpelledNumbers, findSpelledPairs, isBusinessName, isOwnSiteLead, isStoryHost, ownSiteCues, socialProfileName } from './contact';
import { findMoreDates, findMonthsNearIdentifiers } from './dates';
import { PRIORITY, explain } from './kinds';
import type { PhiKind } from './kinds';
import { findLabelledIds, findTwinNumbers } from './labels';
import { dropSpeakingStaff, findContextNames, findPrefixedRelativeNames, findSuffixedRelativeNames } from './names';
import { addRepeats } from './repeats';
import { dropServiceAreas } from './service-areas';
import { findContactNames, findNamesAgain, findNamesNearIdentifiers, findPeople } from './people';
import { dropOrganisationDetails, isFirstPersonAt, textAboutSomebody, textContext } from './org-context';
import { en } from './packs/en';
import { es } from './packs/es';
import type { PhiLanguagePack } from './pack';
import { findAddressTowns, findBareZips, findPlacesNearIdentifiers, findContextPlaces, findHomePlaceAppositions, findTownModifiers, findVenueTowns } from './places';
import { findBareHouseNumbers, findHouseNumbersNearIdentifiers, findHomeStreets, findJoinedStreetNames, findNumberedCorners, findPackStreets, dropStreetNames } from './streets';
import {
  digitRuns,
  findDates,
  findEmails,
  findIpv4,
  findIpv6,
  findNamedStreets,
  findNames,
  findPhones,
  findSpanishPhones,
  findNationalMobiles,
  findLatinMobiles,
  findForeignPostcodes,
  findSpelledAges,
  findSsns,
  findStreets,
  findUrls,
  findZips,
  forEachDigitRegion,
  mayBarePhone,
  mayIpv4,
  mayPhone,
  maySpanishPhone,
  mayNationalMobile,
  mayLatinMobile,
  mayForeignPostcode,
  maySsn,
  mayZip,
  nameRegex,
  normaliseDomain,
  phoneKey,
  scanDigitRuns,
} from './shapes';
import type { Candidate, Emit } from './shapes';
import { readNames } from './reader';
import { dropOfficers } from './officers';
import { dropNotNamePhrases } from './not-name-phrases';
import { dropNamedDates } from './named-dates';
import type { PhiReaderFile } from './reader';
import readerEn from './reader.en.json';
import readerEs from './reader.es.json';

export { isPersonalUrl, isValidVin } from './shapes';
export type { PhiKind } from './kinds';
export type { PhiLanguagePack } from './pack';

export interface PhiOptions {
  /** The clinic's own phone numbers: compared by digits only, so formatting does not matter. */
  allowedPhones?: string[];
  /** The clinic's own domains (emails and URLs on them pass). An entry with a path is a URL prefix. */
  allowedDomains?: string[];
  /** Names of the consenting subject(s): flagged unless `allowNames` is true. */
  subjectNames?: string[];
  allowNames?: boolean;
  /** The clinic's own social handles, without "@". */
  allowedHandles?: string[];
  /** Language pack to use (default "en"). */
  language?: string;
  /** The year ages are computed against ("born in 1931"); default: the current UTC year. */
  currentYear?: number;
  /**
   * The entry is a paid endorsement (set by `scanPhi` when a segment says "#ad", "sponsored" or
   * "paid partnership"): the social handles in it are the endorser's or the brand's.
   */
  sponsored?: boolean;
  /**
   * Kinds the subject's consent allows ("place" when its scope covers `location`, "age-over-89"
   * for `age`). Relatives' names are never allowed (README.md, consent scope).
   */
  allowedKinds?: PhiKind[];
  /** The text gate (gate.ts) clears short texts that read as an organisation's notice; false turns it off (training, tests). */
  textGate?: boolean;
  /** The PHI reader (reader.ts) adds the names and towns no rule found; false turns it off (training, tests). */
  reader?: boolean;
}

const SPONSORED = /#(?:ad|sponsored|partner)\b|\bpaid partnership\b|\bsponsored by\b|\bin partnership with\b/i;
/** The pack's region prefixes as one regex that must end right before a place ("Comunidad de "). */
const regionRegex = perPack((c): RegExp | null => {
  const prefixes = c.pack.regionPrefixes ?? [];
  return prefixes.length
    ? nativeRegExp(`(?<![\\p{L}])(?:${prefixes.map((p) => p.split(' ').map(escapeRegex).join('[\\s\\u00a0]{1,2}')).join('|')})[\\s\\u00a0]{1,2}(?:la[\\s\\u00a0]|el[\\s\\u00a0]|the[\\s\\u00a0])?$`, 'iu')
    : null;
});

function regionBefore(text: string, at: number, c: CompiledPack): boolean {
  const re = regionRegex(c);
  return re !== null && re.test(text.slice(Math.max(0, at - 40), at));
}

/** A professional credential after a name: ", MD", ", MS, CGC", ", PA-C". */
const CREDENTIAL_AFTER = /^,[\s\u00a0]{0,2}(?:MD|DO|RN|NP|PA-C|PA|MS|MSN|MSW|LCSW|LPC|CGC|PhD|DDS|DMD|OD|DPM|DPT|OT|RD|CNM|CRNA|APRN|FNP|BSN|MPH|LPN|RPh|PharmD|MBBS|FACS|FACP)(?![\p{L}])/u;
const WORD_BEFORE = /(\p{Lu}[\p{L}'\u2019-]{1,20})[ \u00a0]$/u;

/**
 * "Certifying provider: Jamal Pierce, MD", "Counselor: Erin Walsh, MS, CGC": a town's name after
 * a given name and before a credential is a surname ("Frederick, MD" stays a town: no given name before it).
 */
function surnameWithCredential(text: string, f: Candidate): boolean {
  if (!CREDENTIAL_AFTER.test(text.slice(f.end, f.end + 12))) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, f.start - 24), f.start));
  return before !== null && isGivenName(before[1] as string);
}

/** A chapter and verse right after a word ("Psalm 103:3", "Ruth 1:6-7"): a citation of a book. */
const CHAPTER_VERSE = /^[ \u00a0](\d{1,3}):(\d{1,3})(?!\d|[ \u00a0]?[ap]\.?m\b|[ \u00a0]?(?:o.clock|hrs?|hours?)\b)/i;
/** Is the text after a name a chapter and verse, not a clock time ("Sofi 10:30": an hour and two-digit minutes)? */
function chapterVerseAt(text: string, at: number): boolean {
  const m = CHAPTER_VERSE.exec(text.slice(at, at + 16));
  if (!m) return false;
  const minutes = m[2] as string;
  return !(Number(m[1]) <= 23 && minutes.length === 2 && Number(minutes) <= 59);
}

const PACKS: Record<string, PhiLanguagePack> = { en, es };

/** Kinds that identify a person wherever they stand: a text that keeps one is about somebody. */
const RECORD_KINDS: ReadonlySet<PhiKind> = new Set<PhiKind>([
  'ssn',
  'medical-record-number',
  'health-plan-number',
  'account-number',
  'certificate-license-number',
  'device-identifier',
  'vehicle-identifier',
  'age-over-89',
  'relative-name',
  'subject-name',
]);

/** The PHI reader's weights per language (reader.ts; scripts/train-phi-reader.ts). */
const READERS: Record<string, PhiReaderFile> = { en: readerEn as PhiReaderFile, es: readerEs as PhiReaderFile };

/** Registers a language pack (data only, see packs/en.ts). */
export function registerPhiLanguagePack(pack: PhiLanguagePack): void {
  PACKS[pack.language] = pack;
}

interface PreparedOptions {
  key: string;
  allowedPhones: Set<string>;
  allowedDomains: string[];
  allowedHandles: Set<string>;
  names: RegExp | null;
  /** Lower-case name parts (4+ letters) looked for inside URL hosts ("janedoe.com"). */
  nameParts: string[];
  /** Lower-case parts of allowed subject names: a signature with one of them passes. */
  allowedNameParts: Set<string>;
  sponsored: boolean;
  allowedKinds: Set<string>;
  textGate: boolean;
  reader: PhiReaderFile | null;
  pack: CompiledPack;
  currentYear: number;
}

const preparedCache = new TextLruCache<PreparedOptions>(64, 1_000_000, 100_000);

/** Options are rebuilt per request, so they are cached by their content. */
function prepare(options: PhiOptions): PreparedOptions {
  return preparedCache.get(JSON.stringify(options), 'options', () => prepareUncached(options));
}

/** Plain lower case: "José" → "jose". */
const plainLower = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The subject's names plus the pack's nicknames and diminutives of each given name ("Guadalupe" → "Lupita"). */
function withShortForms(names: readonly string[], pack: PhiLanguagePack): string[] {
  if (!pack.nicknames && !pack.diminutives) return [...names];
  const out = new Set(names);
  for (const name of names) {
    for (const part of name.trim().split(/[\s\u00a0]+/)) {
      const plain = plainLower(part);
      if (plain.length < 3) continue;
      for (const nick of pack.nicknames?.[plain] ?? []) out.add(nick);
      if (pack.diminutives) {
        const stem = /[aeo]$/.test(plain) ? plain.slice(0, -1) : plain;
        if (/[ao]$/.test(plain)) out.add(`${stem}ita`).add(`${stem}ito`);
        else if (/[nr]$/.test(plain)) out.add(`${plain}cita`).add(`${plain}cito`).add(`${plain}ito`).add(`${plain}ita`);
        else if (/e$/.test(plain)) out.add(`${stem}ito`).add(`${stem}ita`);
        else out.add(`${plain}ito`).add(`${plain}ita`);
      }
    }
  }
  return [...out];
}

function prepareUncached(options: PhiOptions): PreparedOptions {
  const pack = compilePack(PACKS[options.language ?? 'en'] ?? en);
  const names = options.allowNames ? [] : withShortForms(options.subjectNames ?? [], pack.pack);
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const prepared = {
    allowedPhones: new Set((options.allowedPhones ?? []).map(phoneKey).filter((d) => d.length > 0)),
    allowedDomains: (options.allowedDomains ?? []).map(normaliseDomain).filter((d) => d.length > 0),
    allowedHandles: new Set((options.allowedHandles ?? []).map((h) => h.replace(/^@/, '').toLowerCase())),
    names: nameRegex(names),
    nameParts: names.flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u)).filter((p) => p.length >= 4),
    allowedNameParts: new Set(
      (options.allowNames ? (options.subjectNames ?? []) : []).flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u)).filter(Boolean)
    ),
    sponsored: options.sponsored === true,
    allowedKinds: new Set((options.allowedKinds ?? []).filter((k) => k !== 'relative-name')),
    textGate: options.textGate !== false,
    reader: options.reader === false ? null : (READERS[pack.pack.language] ?? null),
    pack,
    currentYear,
  };
  const key = JSON.stringify([
    [...prepared.allowedPhones],
    prepared.allowedDomains,
    [...prepared.allowedHandles],
    names,
    [...prepared.allowedNameParts],
    pack.pack.language,
    currentYear,
    prepared.sponsored,
    [...prepared.allowedKinds].sort(),
    prepared.textGate,
    prepared.reader !== null,
  ]);
  return { ...prepared, key };
}

/** What the rules found in a text, and every stretch they considered (emitted, then kept or dropped). */
interface GrammarResult {
  found: Candidate[];
  considered: Candidate[];
}

function scanPrepared(text: string, prepared: PreparedOptions): Candidate[] {
  const { found, considered } = scanGrammar(text, prepared);
  // No capital and no digit: no run or group to read. Either way the names an organisation's notice
  // gives its officers ("Preside: Sra. Olivia Marín") are dropped last (officers.ts).
  if (!prepared.reader || !/[\p{Lu}0-9]/u.test(text)) return dropLast(text, found, prepared);
  // The names, towns and numbers no rule considered, read by the PHI reader (reader.ts): it only adds.
  // A text the rules flag with a person's identifier (one that survives the last drops, of a kind an
  // organisation's notice does not hold: no date, phone, address or town) is read at the reader's flaggedCatch.
  // The rules' findings after the last drops, computed once: the answer too when the reader adds nothing.
  const kept = prepared.reader.flaggedCatch !== undefined && found.some((f) => PERSONS_KINDS.has(f.kind)) ? dropLast(text, found, prepared) : null;
  const flagged = kept !== null && kept.some((f) => PERSONS_KINDS.has(f.kind));
  const read = readNames(text, prepared.pack, found, considered, prepared.reader, flagged).filter((f) => !isAllowedName(text, f, prepared) && !prepared.allowedKinds.has(f.kind));
  if (read.length === 0) return kept ?? dropLast(text, found, prepared);
  return dropLast(text, resolveOverlaps(found.concat(read)), prepared);
}

/** Kinds that identify a person and that an organisation's own notice does not hold (its dates, phones, addresses and towns it does). */
const PERSONS_KINDS: ReadonlySet<string> = new Set(['subject-name', 'relative-name', 'person-name', 'ssn', 'medical-record-number', 'health-plan-number', 'account-number', 'certificate-license-number', 'vehicle-identifier', 'device-identifier', 'age-over-89', 'personal-url', 'social-handle']);

/** What is dropped last, from the rules' and the reader's findings (officers, staff introducing themselves, names of streets, phrases that name nobody, dates that are names or expiries, places a provider serves), then the names found repeated (repeats.ts). */
function dropLast(text: string, found: Candidate[], prepared: PreparedOptions): Candidate[] {
  const staffless = dropStreetNames(text, dropSpeakingStaff(text, dropOfficers(text, found, prepared.pack), prepared.pack), prepared.pack);
  return addRepeats(text, dropServiceAreas(text, dropNamedDates(text, dropNotNamePhrases(text, staffless, prepared.pack), prepared.pack)));
}

/** A name of the consenting subject when the consent allows it ("Dana Reyes"): each word is one of theirs. */
function isAllowedName(text: string, f: Candidate, prepared: PreparedOptions): boolean {
  if (prepared.allowedNameParts.size === 0) return false;
  const words = text.slice(f.start, f.end).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => prepared.allowedNameParts.has(w));
}

/**
 * The rules alone, for the PHI reader's training (scripts/train-phi-reader.ts): what they found
 * and what they considered.
 */
export function scanPhiGrammar(text: string, options: PhiOptions = {}): GrammarResult {
  return scanGrammar(text, prepare(options));
}

function scanGrammar(text: string, prepared: PreparedOptions): GrammarResult {
  const candidates: Candidate[] = [];
  const emit: Emit = (kind, start, end) => {
    if (end > start) candidates.push({ kind, start, end });
  };
  const c = prepared.pack;
  const ctx = textContext(text, c);
  // Detectors driven by a rare character or a literal hint run over the whole text.
  findEmails(text, emit, prepared.allowedDomains);
  findObfuscatedEmails(text, emit, prepared.allowedDomains);
  const cues = ownSiteCues(c.pack.ownSiteWords, c.orgCues);
  // The pack's own-site words ("mi blog: www.…") make a plain "www." site personal too.
  const ownSiteAt = cues ? (offset: number): boolean => isOwnSiteLead(text.slice(Math.max(0, offset - 48), offset), isFirstPersonAt(ctx, offset, c), cues) : null;
  // "elianastrong.org", "gigisbraveheart.com": a given name and a story word of the pack make a person's site.
  const storyWords = c.pack.personalSiteWords ?? [];
  findUrls(text, emit, prepared.allowedDomains, prepared.nameParts, ownSiteAt, storyWords.length ? (host) => isStoryHost(host, storyWords) : null);
  findBareUrls(text, emit, prepared.allowedDomains, (offset) => isFirstPersonAt(ctx, offset, c), cues, storyWords);
  findHandles(text, emit, prepared.allowedHandles, c.businessWords, prepared.sponsored, c);
  findIpv6(text, emit);
  findSpelledAges(text, emit);
  findSpelledNumbers(text, emit);
  findSpelledPairs(text, emit, c);
  findNamedStreets(text, emit);
  if (prepared.names) findNames(text, emit, prepared.names);
  // Context detectors over the words.
  findContextNames(text, emit, c);
  findPrefixedRelativeNames(text, emit, c);
  findSuffixedRelativeNames(text, emit, c);
  findPeople(text, emit, c, ctx);
  findContextPlaces(text, emit, c);
  findHomePlaceAppositions(text, emit, c);
  findTownModifiers(text, emit, c, (offset) => isFirstPersonAt(ctx, offset, c));
  findAges(text, emit, c, prepared.currentYear);
  findMoreDates(text, emit, c, prepared.currentYear);
  findBareZips(text, emit, c);
  findLabelledIds(text, emit, c);
  findPackStreets(text, emit, c);
  findNumberedCorners(text, emit, c);
  if (c.pack.streetArticles?.length) findJoinedStreetNames(text, emit, c, (offset) => isFirstPersonAt(ctx, offset, c));
  findHomeStreets(text, emit, c, (name) => isUsPlace(name) || isCountry(name));
  // House numbers in a sentence about nobody, kept for findHouseNumbersNearIdentifiers below.
  const impersonalHouses: Candidate[] = [];
  if (/\d\d/.test(text)) findBareHouseNumbers(text, emit, c, (offset) => isFirstPersonAt(ctx, offset, c), impersonalHouses);
  // Everything else involves digits.
  const runs = digitRuns(text);
  scanDigitRuns(text, runs, prepared.allowedPhones, emit);
  // Each shape detector runs only where the region's digit runs allow its shape (RegionDigits).
  forEachDigitRegion(text, runs, (region, base, digits) => {
    const local: Emit = (kind, start, end) => emit(kind, base + start, base + end);
    if (maySsn(digits)) findSsns(region, local);
    if (mayIpv4(digits)) findIpv4(region, local);
    findDates(region, local);
    if (mayPhone(region, digits)) findPhones(region, local, prepared.allowedPhones);
    if (maySpanishPhone(digits)) findSpanishPhones(region, local, prepared.allowedPhones);
    if (mayNationalMobile(digits)) findNationalMobiles(region, local, prepared.allowedPhones);
    if (mayLatinMobile(digits)) findLatinMobiles(region, local, prepared.allowedPhones);
    if (mayBarePhone(digits)) findBarePhones(region, local, prepared.allowedPhones, phoneKey);
    if (mayZip(digits)) findZips(region, local);
    if (mayForeignPostcode(region)) findForeignPostcodes(region, local);
    findStreets(region, local);
  });
  // The town closing an address the detectors above found ("calle Loíza 1902, apto 3, Santurce").
  findAddressTowns(text, candidates.slice(), emit, c, () => textAboutSomebody(ctx, c));
  findVenueTowns(text, candidates.slice(), emit, c);
  const allowedSignature = (f: Candidate): boolean =>
    f.kind === 'person-name' && prepared.allowedNameParts.has(text.slice(f.start, f.end).toLowerCase().split(/\s+/)[0] ?? '');
  // A business's social page ("facebook.com/clinicasaludfamiliar"), as a business's handle passes,
  // unless the writer speaks of their own ("la historia de mi bebé está en facebook.com/…oficial").
  const businessPage = (f: Candidate): boolean => {
    if (f.kind !== 'personal-url' || isFirstPersonAt(ctx, f.start, c)) return false;
    const profile = socialProfileName(text.slice(f.start, f.end));
    return profile !== null && isBusinessName(profile, c.businessWords);
  };
  // "Psalm 103:3", "Ruth 1:16": a capitalised word before a chapter and verse cites a book, it names no one.
  const citation = (f: Candidate): boolean => (f.kind === 'relative-name' || f.kind === 'person-name' || f.kind === 'place') && chapterVerseAt(text, f.end);
  // No town after all: a first-level division ("Comunidad de Madrid", "Región de Murcia", "the state
  // of Washington") or a surname between a given name and a credential ("Rachel Pierce, MD").
  const notATown = (f: Candidate): boolean => f.kind === 'place' && (regionBefore(text, f.start, c) || surnameWithCredential(text, f));
  // An age of a group, however it was found ("anyone turning 100", "personas de más de 90 años"): nobody's.
  const groupsAge = (f: Candidate): boolean => f.kind === 'age-over-89' && ageOfGroup(text, f.start, f.end, c);
  const allowed = candidates.filter((f) => !allowedSignature(f) && !businessPage(f) && !citation(f) && !notATown(f) && !groupsAge(f) && !prepared.allowedKinds.has(f.kind));
  const organisations = dropOrganisationDetails(text, allowed, c, ctx);
  // A text that keeps a record number, an age over 89 or a relative's name is about somebody:
  // nothing in it is the organisation's but the numbers and domains of the config (README.md,
  // "What the detectors catch"). The text is flagged already, so no look-alike gains a finding.
  const kept = organisations.length < allowed.length && organisations.some((f) => RECORD_KINDS.has(f.kind)) ? allowed : organisations;
  // The owners of the personal numbers kept ("call Dana 505…"), then names of the story found
  // again: repeated, or listed with a found name, then names near an identifier (people.ts).
  const owners = findContactNames(text, kept, c).filter((f) => !allowedSignature(f) && !prepared.allowedKinds.has(f.kind));
  const named = owners.length ? kept.concat(owners) : kept;
  const again = findNamesAgain(text, named, c);
  const people = again.length ? named.concat(again) : named;
  // Common given names near the identifiers kept (people.ts): a text with none gains nothing here;
  // the names found there are found again elsewhere in the text too.
  const near = findNamesNearIdentifiers(text, people, c).filter((f) => !allowedSignature(f) && !prepared.allowedKinds.has(f.kind));
  // At most 64 names near identifiers and found again, as findNamesNearIdentifiers bounds its own.
  const nearAgain = near.length && near.length < 64 ? findNamesAgain(text, people.concat(near), c, near).filter((f) => !allowedSignature(f) && !prepared.allowedKinds.has(f.kind)).slice(0, 64 - near.length) : [];
  const everyone = near.length ? people.concat(near, nearAgain) : people;
  // Towns of the gazetteer near the identifiers kept (places.ts), by the same reasoning.
  const towns = findPlacesNearIdentifiers(text, everyone, c).filter((f) => !prepared.allowedKinds.has(f.kind));
  const located = towns.length ? everyone.concat(towns) : everyone;
  // Ages over 89 near the identifiers kept (ages.ts), by the same reasoning.
  const ages = findAgesNearIdentifiers(text, located, c).filter((f) => !prepared.allowedKinds.has(f.kind));
  // House numbers near them (streets.ts), whoever the sentence speaks of.
  const houses = findHouseNumbersNearIdentifiers(impersonalHouses, located).filter((f) => !prepared.allowedKinds.has(f.kind));
  // Months named alone near them (dates.ts), by the same reasoning.
  const months = findMonthsNearIdentifiers(text, located, c);
  // Numbers of the same shape as a record number found, next to it (labels.ts).
  const twins = findTwinNumbers(text, located).filter((f) => !prepared.allowedKinds.has(f.kind));
  const found = resolveOverlaps(located.concat(ages, houses, months, twins));
  // A short text that reads as an organisation's notice is cleared (gate.ts): it only removes.
  const considered = candidates.concat(found);
  if (prepared.textGate && found.length > 0 && gateClears(text, found.map((f) => f.kind), c.pack.language, found)) return { found: [], considered };
  return { found, considered };
}

/**
 * Keeps one finding per stretch of text: sorted by position, an overlapping candidate replaces
 * the previous one only if its kind has priority. O(n log n) in the number of candidates.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort(
    (a, b) => a.start - b.start || PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start)
  );
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      // The same kind twice ("the 3rd" and "3rd of June") becomes one finding over both.
      if (c.kind === last.kind) kept[kept.length - 1] = { kind: c.kind, start: last.start, end: Math.max(last.end, c.end) };
      else if (PRIORITY[c.kind] < PRIORITY[last.kind]) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}

const cache = new TextLruCache<Candidate[]>(512, 4_000_000, 200_000);

function scanCached(text: string, prepared: PreparedOptions): Candidate[] {
  return cache.get(text, prepared.key, () => scanPrepared(text, prepared));
}

/** How many texts the result cache holds (for tests and the bench). */
export const phiCacheSize = (): number => cache.size;

/** Scans one string; handy for callers without segments. */
export function scanPhiText(text: string, options: PhiOptions = {}): Array<{ kind: PhiKind; match: string; offset: number }> {
  return scanCached(text, prepare(options)).map((c) => ({ kind: c.kind, match: text.slice(c.start, c.end), offset: c.start }));
}

export function scanPhi(segments: TextSegment[], options: PhiOptions = {}): Finding[] {
  const sponsored = options.sponsored ?? segments.some((segment) => SPONSORED.test(segment.text));
  const prepared = prepare(sponsored ? { ...options, sponsored } : options);
  const findings: Finding[] = [];
  for (const segment of segments) {
    for (const c of scanCached(segment.text, prepared)) {
      const match = segment.text.slice(c.start, c.end);
      const e = explain(c.kind, match);
      findings.push({
        path: segment.path,
        match,
        kind: c.kind,
        message: e.message,
        offset: c.start,
        family: 'identifier',
        why: e.why,
        reference: e.reference,
        suggestion: e.suggestion,
      });
    }
  }
  return findings;
}
