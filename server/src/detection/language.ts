/**
 * The detection language of an entry: `phi.scan` and `claims.prohibited` read text with the
 * language pack of the entry's locale. `es`, `es-MX`,
 * `es-US`, `es-419` … read as Spanish; `en*`, or no locale (a type without i18n), as English. Any
 * other locale has no pack: only the language-independent detectors run (digits, emails, URLs,
 * IPs, IDs with a label-free shape; the site's own phrase list for claims), and the rule says so
 * in a warning instead of passing silently.
 */
import type { ClaimPack } from './claims/types';
import { en as enClaims } from './claims/packs/en';
import { registerPhiLanguagePack } from './phi';
import type { PhiLanguagePack } from './phi';

/** Languages with a pack for both detectors. */
export const DETECTION_LANGUAGES = ['en', 'es'] as const;
export type DetectionLanguage = (typeof DETECTION_LANGUAGES)[number];

/**
 * The pack name of "no language": the detectors' language-independent parts only. ("und" is the
 * BCP 47 code for an undetermined language.)
 */
export const NO_LANGUAGE = 'und';

/**
 * The detection language for a locale code (BCP 47, `_` accepted): its primary language subtag
 * decides. Null when no pack covers it.
 */
export function detectionLanguageFor(locale?: string | null): DetectionLanguage | null {
  if (locale === undefined || locale === null || locale.trim() === '') return 'en';
  const primary = (locale.trim().toLowerCase().split(/[-_]/)[0] ?? '') as string;
  return (DETECTION_LANGUAGES as readonly string[]).includes(primary) ? (primary as DetectionLanguage) : null;
}

/** The pack a detector should use for a locale: its language, or {@link NO_LANGUAGE}. */
export function detectorLanguageFor(locale?: string | null): string {
  return detectionLanguageFor(locale) ?? NO_LANGUAGE;
}

/** The warning a rule gives when no language pack covers the entry's locale (English, as the API's messages). */
export function languageWarning(locale: string, what: 'identifiers' | 'claims'): string {
  return what === 'identifiers'
    ? `only language-independent identifiers were checked for locale \`${locale}\``
    : `no prohibited-claim grammar covers locale \`${locale}\`: only the site's own phrase list was checked`;
}

// ---------------------------------------------------------------------------------------------
// The packs of "no language": every context word list holds one word that never occurs in text
// (a NUL character), so the context detectors find nothing and the shape detectors still run.

const NEVER = '\u0000';
const never = [NEVER];

export const noLanguagePhiPack: PhiLanguagePack = {
  language: NO_LANGUAGE,
  relations: never,
  relationTitles: never,
  possessives: never,
  coordinators: never,
  notNames: [],
  placeCuesBefore: never,
  placePhrasesBefore: [],
  placeCuesAfter: never,
  countyWords: never,
  notPlaces: [],
  placeOrgNouns: [],
  orgCues: never,
  orgPhrases: never,
  personalCues: [],
  staffCues: [],
  businessWords: [],
  ordinalFollowers: [],
  dateCuesBefore: [],
  fractionFollowers: [],
  fractionCuesBefore: [],
  ordinalWords: never,
  monthNames: [],
  holidays: never,
  holidayCuesBefore: [],
  numberWords: {},
  hundredWords: [],
  ageCuesBefore: [],
  ageSubjects: [],
  ageUnitsAfter: [],
  birthCues: [],
  birthdayWords: [],
  idLabels: { [NEVER]: 'medical-record-number' },
  genericIdLabels: {},
  notIdContext: [],
};

/** A regex source that never matches. */
const NO_MATCH = '(?!)';

export const noLanguageClaimPack: ClaimPack = {
  language: NO_LANGUAGE,
  healthObject: NO_MATCH,
  treatment: NO_MATCH,
  vaccine: NO_MATCH,
  negators: [],
  hedges: [NO_MATCH],
  disclaimer: NO_MATCH,
  answeredNo: NO_MATCH,
  rules: [],
  meta: enClaims.meta,
};

registerPhiLanguagePack(noLanguagePhiPack);
