/**
 * A language pack compiled for look-ups (sets, maps), once per pack, plus the reference data the
 * context detectors share: the US gazetteer, ZIP codes and given names (../data/README.md).
 */
import { COMMON_GIVEN_NAMES } from '../data/common-given-names';
import { COUNTRIES } from '../data/countries';
import { FIRST_NAMES } from '../data/first-names';
import { US_GIVEN_NAMES } from '../data/given-names-us';
import { LATIN_PLACES } from '../data/latin-places';
import { LATIN_TOWNS } from '../data/latin-towns';
import { PLACE_WORDS } from '../data/place-words';
import { US_NEIGHBOURHOODS } from '../data/us-neighbourhoods';
import { US_COUNTIES, US_PLACES } from '../data/us-places';
import { US_ZIP_BITS } from '../data/us-zips';
import { WORLD_CITIES } from '../data/world-cities';
import { lineSet, norm } from '../text';
import type { PhiLanguagePack } from './pack';

export interface CompiledPack {
  pack: PhiLanguagePack;
  relations: Set<string>;
  relationTitles: Set<string>;
  possessives: Set<string>;
  coordinators: Set<string>;
  notNames: Set<string>;
  placeCuesBefore: Set<string>;
  /** Multi-word cues as word arrays, longest first. */
  placePhrasesBefore: string[][];
  placeCuesAfter: Set<string>;
  countyWords: Set<string>;
  notPlaces: Set<string>;
  placeOrgNouns: Set<string>;
  orgCues: Set<string>;
  orgPhrases: string[];
  personalCues: Set<string>;
  staffCues: Set<string>;
  businessWords: string[];
  ordinalFollowers: Set<string>;
  dateCuesBefore: Set<string>;
  fractionFollowers: Set<string>;
  fractionCuesBefore: Set<string>;
  ordinalWords: Map<string, number>;
  months: Set<string>;
  holidays: string[];
  holidayCuesBefore: Set<string>;
  numberWords: Map<string, number>;
  hundredWords: Set<string>;
  yearWords: Set<string>;
  oldWords: Set<string>;
  yearsOfWords: Set<string>;
  ageCuesBefore: Set<string>;
  ageGroupNouns: Set<string>;
  /** The pack's `indefiniteWords`: "a", "this", "una". */
  indefiniteWords: Set<string>;
  ageLabels: Set<string>;
  ageCuesNearIdentifiers: Set<string>;
  ageReadingsBefore: Set<string>;
  ageSubjects: Set<string>;
  ageUnitsAfter: Set<string>;
  birthCues: string[];
  birthdayWords: Set<string>;
  personalPossessives: Set<string>;
  birthdayModifiers: Set<string>;
  homeWords: Set<string>;
  religiousTitles: Set<string>;
  namingPhrases: string[][];
  birthPhrases: string[][];
  /** The pack's `valedictions`, as word arrays ("love you" → ["love", "you"]). */
  valedictions: string[][];
  familyWordsBefore: Set<string>;
  selfIntroductions: string[][];
  articles: Set<string>;
  /** Strong place cues as word arrays, longest first: any capitalised name after them is a place. */
  strongPlacePhrases: string[][];
  placeAdverbs: Set<string>;
  districtHeads: Set<string>;
  institutionWords: Set<string>;
  placeLabels: Set<string>;
  placeFieldLabels: Set<string>;
  spatialCues: Set<string>;
  /** Holidays, lower case: "around Labor Day" is a time, not a place. */
  holidayNames: Set<string>;
  relationCopulas: Set<string>;
  relativePronouns: Set<string>;
  relationOf: Set<string>;
  /** The pack's nicknames and the names they shorten, lower case: given names the English lexicon lacks ("Chuy", "Lety"). */
  packGivenNames: Set<string>;
  relationPronouns: Set<string>;
  agePointWords: Set<string>;
  placePartNouns: Set<string>;
  relationModifiers: Set<string>;
  honorifics: Set<string>;
  placeAdjectives: Set<string>;
  possessedOnly: Set<string>;
  /** The pack's professions, lower case (staff cues). */
  professions: Set<string>;
  jobTitleWords: Set<string>;
  eponymNouns: Set<string>;
  /** The pack's `relationPhraseLinks`, lower case ("from", "since"). */
  relationPhraseLinks: Set<string>;
  /** The pack's `staffTitles`, lower case ("dr", "pastor"). */
  staffTitles: Set<string>;
  /** The pack's `officeLinks`, lower case ("from", "with"). */
  officeLinks: Set<string>;
  /** The pack's `numberNouns`, lower case: words for a line ("cel", "línea"). */
  numberNouns: Set<string>;
  /** The first words of the pack's `contactVerbs`, lower case: a call to whoever follows ("llame", "call"). */
  contactVerbHeads: Set<string>;
  /** Adjectives of affection between a possessive and a given name ("our little Eli"). */
  affectionAdjectives: Set<string>;
  /** The pack's `socialRelations`: possessed, and before a given name of the lexicons only. */
  socialRelations: Set<string>;
  ageAppositionWords: Set<string>;
}

/**
 * A value built once per compiled pack from its words (a regexp, a set) and kept with it. `build`
 * runs at the first call for a pack; later calls return the same value, `null` and other falsy
 * values included (a kept global regexp is the same object, its `lastIndex` with it).
 */
export function perPack<T>(build: (c: CompiledPack) => T): (c: CompiledPack) => T {
  const kept = new WeakMap<CompiledPack, T>();
  return (c) => {
    if (kept.has(c)) return kept.get(c) as T;
    const value = build(c);
    kept.set(c, value);
    return value;
  };
}

const lower = (list: readonly string[] = []): Set<string> => new Set(list.map(norm));

const compiled = new Map<string, CompiledPack>();

export function compilePack(pack: PhiLanguagePack): CompiledPack {
  const hit = compiled.get(pack.language);
  if (hit && hit.pack === pack) return hit;
  const c: CompiledPack = {
    pack,
    relations: lower(pack.relations),
    relationTitles: lower(pack.relationTitles),
    possessives: lower(pack.possessives),
    coordinators: lower(pack.coordinators),
    notNames: lower(pack.notNames),
    placeCuesBefore: lower(pack.placeCuesBefore),
    placePhrasesBefore: pack.placePhrasesBefore.map((p) => norm(p).split(' ')).sort((a, b) => b.length - a.length),
    placeCuesAfter: lower(pack.placeCuesAfter),
    countyWords: lower(pack.countyWords),
    notPlaces: lower(pack.notPlaces),
    placeOrgNouns: lower(pack.placeOrgNouns),
    orgCues: lower(pack.orgCues),
    orgPhrases: pack.orgPhrases.map(norm),
    personalCues: lower(pack.personalCues),
    staffCues: lower(pack.staffCues),
    businessWords: pack.businessWords.map(norm),
    ordinalFollowers: lower(pack.ordinalFollowers),
    dateCuesBefore: lower(pack.dateCuesBefore),
    fractionFollowers: lower(pack.fractionFollowers),
    fractionCuesBefore: lower(pack.fractionCuesBefore),
    ordinalWords: new Map(pack.ordinalWords.map((w, i) => [norm(w), i + 1])),
    months: lower(pack.monthNames),
    holidays: pack.holidays,
    holidayCuesBefore: lower(pack.holidayCuesBefore),
    numberWords: new Map(Object.entries(pack.numberWords).map(([k, v]) => [norm(k), v])),
    hundredWords: lower(pack.hundredWords),
    yearWords: lower(pack.yearWords),
    oldWords: lower(pack.oldWords),
    yearsOfWords: lower(pack.yearsOfWords),
    ageCuesBefore: lower(pack.ageCuesBefore),
    ageGroupNouns: lower(pack.ageGroupNouns ?? []),
    indefiniteWords: lower(pack.indefiniteWords ?? []),
    ageLabels: lower(pack.ageLabels),
    ageCuesNearIdentifiers: lower(pack.ageCuesNearIdentifiers ?? []),
    ageReadingsBefore: lower(pack.ageReadingsBefore),
    ageSubjects: lower(pack.ageSubjects),
    ageUnitsAfter: lower(pack.ageUnitsAfter),
    birthCues: pack.birthCues.map(norm),
    birthdayWords: lower(pack.birthdayWords),
    personalPossessives: lower(pack.personalPossessives ?? []),
    birthdayModifiers: lower(pack.birthdayModifiers ?? []),
    homeWords: lower(pack.homeWords),
    religiousTitles: lower(pack.religiousTitles),
    relationCopulas: lower(pack.relationCopulas),
    relativePronouns: lower(pack.relativePronouns),
    relationOf: lower(pack.relationOf),
    packGivenNames: lower(Object.entries(pack.nicknames ?? {}).flatMap(([name, short]) => [name, ...short])),
    relationPronouns: lower(pack.relationPronouns),
    agePointWords: lower(pack.agePointWords),
    placePartNouns: lower(pack.placePartNouns),
    relationModifiers: lower(pack.relationModifiers),
    honorifics: lower(pack.honorifics),
    placeAdjectives: lower(pack.placeAdjectives),
    possessedOnly: lower([...(pack.possessedOnly ?? []), ...(pack.socialRelations ?? [])]),
    socialRelations: lower(pack.socialRelations),
    affectionAdjectives: lower(pack.affectionAdjectives),
    professions: new Set((pack.professions ?? []).map((w) => w.toLowerCase())),
    jobTitleWords: lower(pack.jobTitleWords),
    eponymNouns: lower(pack.eponymNouns),
    staffTitles: lower(pack.staffTitles),
    relationPhraseLinks: lower(pack.relationPhraseLinks),
    officeLinks: lower(pack.officeLinks),
    numberNouns: lower(pack.numberNouns),
    contactVerbHeads: lower((pack.contactVerbs ?? []).map((v) => v.split(' ')[0] as string)),
    ageAppositionWords: lower(pack.ageAppositionWords),
    familyWordsBefore: lower(pack.familyWordsBefore),
    namingPhrases: (pack.namingPhrases ?? []).map((p) => norm(p).split(' ')),
    birthPhrases: (pack.birthPhrases ?? []).map((p) => norm(p).split(' ')),
    valedictions: (pack.valedictions ?? []).map((p) => norm(p).split(' ')),
    selfIntroductions: (pack.selfIntroductions ?? []).map((p) => norm(p).split(' ')),
    articles: lower(pack.articles ?? ['the']),
    strongPlacePhrases: (pack.strongPlacePhrases ?? []).map((p) => norm(p).split(' ')).sort((a, b) => b.length - a.length),
    placeAdverbs: lower(pack.placeAdverbs),
    districtHeads: lower(pack.districtHeads),
    institutionWords: lower(pack.institutionWords),
    placeLabels: lower(pack.placeLabels),
    placeFieldLabels: lower(pack.placeFieldLabels),
    spatialCues: lower(pack.spatialCues),
    holidayNames: new Set(pack.holidays.map((h) => norm(h))),
  };
  compiled.set(pack.language, c);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Reference data, decoded on first use.

let places: Set<string> | null = null;
let counties: Set<string> | null = null;
let names: Set<string> | null = null;
let zipBits: Buffer | null = null;

/**
 * A place in the US gazetteer, the US neighbourhoods, the Latin American and Puerto Rican list or
 * the world's cities (../data/README.md). Named for the first: every caller wants "a town somebody
 * can live in".
 */
export function isUsPlace(name: string): boolean {
  if (!places) {
    places = lineSet(US_PLACES);
    for (const p of LATIN_PLACES.split('\n')) places.add(p);
    for (const p of US_NEIGHBOURHOODS.split('\n')) places.add(p);
    for (const p of WORLD_CITIES.split('\n')) places.add(p);
    for (const p of LATIN_TOWNS.split('\n')) places.add(p);
  }
  return places.has(name.toLowerCase());
}

let curated: Set<string> | null = null;

/**
 * A place of the hand-compiled lists only (US neighbourhoods, Latin American and Puerto Rican
 * places), from which common words were left out: safe to take without a cue ("#HarlemStrong").
 */
export function isCuratedPlace(name: string): boolean {
  if (!curated) {
    curated = new Set(LATIN_PLACES.split('\n'));
    for (const p of US_NEIGHBOURHOODS.split('\n')) curated.add(p);
  }
  return curated.has(name.toLowerCase());
}

let countries: Set<string> | null = null;

/** A country or world region (larger than a state: never an identifier). */
export function isCountry(name: string): boolean {
  countries ??= lineSet(COUNTRIES);
  return countries.has(name.toLowerCase());
}

export function isUsCounty(name: string): boolean {
  counties ??= lineSet(US_COUNTIES);
  return counties.has(name.toLowerCase());
}

/** A profession or staff cue of the pack, lower case, in the plural too ("nurse", "nurses", "billing", "promotora"). */
export function isStaffCue(lower: string, c: CompiledPack): boolean {
  const singular = lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return c.professions.has(lower) || c.staffCues.has(lower) || c.professions.has(singular);
}

/** A given name of the English lexicon or of the US births since 1930 (../data/README.md). */
export function isGivenName(word: string): boolean {
  if (!names) {
    names = lineSet(FIRST_NAMES);
    for (const n of US_GIVEN_NAMES.split('\n')) names.add(n);
  }
  return hasIgnoringAccents(names, word);
}

/** Is `word`, lower-cased, in `list`, with or without its accents? ("Efraín", "Ramón": the lists write names without them.) */
function hasIgnoringAccents(list: Set<string>, word: string): boolean {
  const lower = word.toLowerCase();
  return list.has(lower) || (/[^a-z]/.test(lower) && list.has(lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
}

let commonNames: Set<string> | undefined;

/**
 * A common given name: 5,000 or more US births since 1930, 50,000 or more when it is also an
 * English or Spanish word (../data/README.md). "Mark" and "Sofia" are; "Free", "Case" and
 * "Mercy" are not.
 */
export function isCommonGivenName(word: string): boolean {
  commonNames ??= lineSet(COMMON_GIVEN_NAMES);
  return hasIgnoringAccents(commonNames, word);
}

let placeWords: Set<string> | undefined;

/** A one-word town of the gazetteer that is also an English or Spanish word ("Welcome", "Portal"; ../data/README.md), accents ignored. */
export function isPlaceWord(word: string): boolean {
  placeWords ??= lineSet(PLACE_WORDS);
  return hasIgnoringAccents(placeWords, word);
}

export function isUsZip(zip: string): boolean {
  if (!/^\d{5}$/.test(zip)) return false;
  // Puerto Rico and the US Virgin Islands (00601–00988), which the GeoNames US list leaves out (../data/README.md)
  if (zip >= '00601' && zip <= '00988') return true;
  zipBits ??= Buffer.from(US_ZIP_BITS, 'base64');
  const n = Number(zip);
  return ((zipBits[n >> 3] as number) & (1 << (n & 7))) !== 0;
}

/** US states and territories by name and USPS code: state-level places are not identifiers. */
export const STATE_NAMES = new Set(
  [
    'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
    'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
    'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
    'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma',
    'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah',
    'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'puerto rico', 'guam',
    'district of columbia', 'america', 'usa', 'canada', 'mexico',
  ]
);
export const STATE_CODES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ')
);
