/**
 * The identifier kinds the PHI detector reports (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)),
 * which one wins when two overlap, and how each finding explains itself (README.md, checklist).
 */
import { quote } from '../../scanners/match-utils';

export type PhiKind =
  | 'phone'
  | 'email'
  | 'ssn'
  | 'medical-record-number'
  | 'health-plan-number'
  | 'account-number'
  | 'certificate-license-number'
  | 'vehicle-identifier'
  | 'device-identifier'
  | 'personal-url'
  | 'social-handle'
  | 'ip-address'
  | 'date'
  | 'age-over-89'
  | 'street-address'
  | 'zip-code'
  | 'place'
  | 'subject-name'
  | 'relative-name'
  | 'person-name';

/** When two detectors claim overlapping text, the lower number wins (labels beat shapes). */
export const PRIORITY: Record<PhiKind, number> = {
  email: 0,
  'personal-url': 1,
  'medical-record-number': 2,
  'health-plan-number': 2,
  'account-number': 2,
  'certificate-license-number': 2,
  'vehicle-identifier': 2,
  'device-identifier': 2,
  ssn: 3,
  'ip-address': 4,
  'social-handle': 4,
  date: 5,
  phone: 6,
  'zip-code': 7,
  'street-address': 8,
  'age-over-89': 9,
  'subject-name': 10,
  'relative-name': 11,
  'person-name': 12,
  place: 13,
};

interface Explanation {
  /** The identifier as an editor would name it. */
  label: string;
  /** The Safe Harbor letter of 45 CFR 164.514(b)(2)(i). */
  letter: string;
  why: string;
  suggestion: string;
}

const CFR = '45 CFR 164.514(b)(2)(i)';

const EXPLAIN: Record<PhiKind, Explanation> = {
  'subject-name': {
    label: 'The patient\u2019s name',
    letter: 'A',
    why: 'A name identifies the patient, and the consent does not cover showing it.',
    suggestion: 'use an alias or a first initial, or get consent that covers the name',
  },
  'relative-name': {
    label: 'A relative\u2019s or household member\u2019s name',
    letter: 'A',
    why: 'Names of the patient\u2019s relatives and household members are identifiers of the patient, and the patient\u2019s consent cannot authorise them.',
    suggestion: 'say "my son" or "her neighbour" without the name',
  },
  'person-name': {
    label: 'A person\u2019s name',
    letter: 'A',
    why: 'A name signed to or quoted in a patient story identifies the patient or a relative.',
    suggestion: 'remove the name or use an initial',
  },
  place: {
    label: 'A place smaller than a state',
    letter: 'B',
    why: 'Cities, towns, counties and neighbourhoods are geographic subdivisions smaller than a state.',
    suggestion: 'name the state or region only ("in Utah"), or leave the place out',
  },
  'street-address': {
    label: 'A street address',
    letter: 'B',
    why: 'Street addresses are geographic subdivisions smaller than a state.',
    suggestion: 'remove the address, or give the clinic\u2019s own',
  },
  'zip-code': {
    label: 'A ZIP code',
    letter: 'B',
    why: 'ZIP codes are geographic identifiers under Safe Harbor.',
    suggestion: 'remove the ZIP code; the state is enough',
  },
  date: {
    label: 'A date',
    letter: 'C',
    why: 'Dates related to an individual that are more precise than the year (admission, discharge, birth, death, events) are identifiers.',
    suggestion: 'keep the year only, or say "last spring"',
  },
  'age-over-89': {
    label: 'An age over 89',
    letter: 'C',
    why: 'Ages over 89, and dates that imply them, are identifiers: so few people reach them.',
    suggestion: 'say "90 or older"',
  },
  phone: {
    label: 'A phone or fax number',
    letter: 'D',
    why: 'Telephone and fax numbers identify a person.',
    suggestion: 'remove it, or give the clinic\u2019s number',
  },
  email: {
    label: 'An email address',
    letter: 'F',
    why: 'Email addresses identify a person, also when they are spelled out ("name at provider dot com").',
    suggestion: 'remove it, or give the clinic\u2019s address',
  },
  ssn: {
    label: 'A Social Security number',
    letter: 'G',
    why: 'Social Security numbers identify a person.',
    suggestion: 'remove it',
  },
  'medical-record-number': {
    label: 'A medical record number',
    letter: 'H',
    why: 'Medical record and chart numbers identify a patient.',
    suggestion: 'remove it',
  },
  'health-plan-number': {
    label: 'A health plan number',
    letter: 'I',
    why: 'Health plan beneficiary numbers (member ID, Medicare, Medicaid, policy number) identify a person.',
    suggestion: 'remove it',
  },
  'account-number': {
    label: 'An account number',
    letter: 'J',
    why: 'Account numbers (billing, bank) identify a person.',
    suggestion: 'remove it',
  },
  'certificate-license-number': {
    label: 'A certificate or licence number',
    letter: 'K',
    why: 'Certificate and licence numbers (driver\u2019s, professional) identify a person.',
    suggestion: 'remove it',
  },
  'vehicle-identifier': {
    label: 'A vehicle identifier',
    letter: 'L',
    why: 'Vehicle identifiers, serial numbers and licence plates identify a person.',
    suggestion: 'remove the plate or VIN',
  },
  'device-identifier': {
    label: 'A device identifier',
    letter: 'M',
    why: 'Device identifiers and serial numbers (implants, monitors, pumps) identify a person.',
    suggestion: 'remove the serial number',
  },
  'personal-url': {
    label: 'A personal web address',
    letter: 'N',
    why: 'Web addresses of a personal blog or profile identify a person.',
    suggestion: 'remove the link, or link to the clinic\u2019s own page',
  },
  'social-handle': {
    label: 'A social media handle',
    letter: 'R',
    why: 'A social media handle is a unique identifying code that leads to the person.',
    suggestion: 'remove the handle',
  },
  'ip-address': {
    label: 'An IP address',
    letter: 'O',
    why: 'IP addresses identify a person\u2019s device or home connection.',
    suggestion: 'remove it',
  },
};

export interface PhiExplanation {
  message: string;
  why: string;
  reference: string;
  suggestion: string;
}

export function explain(kind: PhiKind, match: string): PhiExplanation {
  const e = EXPLAIN[kind];
  const reference = `${CFR}(${e.letter})`;
  return {
    message: `${e.label} (${quote(match)}) is a HIPAA identifier (${reference}): ${e.suggestion}.`,
    why: e.why,
    reference,
    suggestion: e.suggestion.charAt(0).toUpperCase() + e.suggestion.slice(1),
  };
}
