import { CONSENT_MEDIA, SIGNATURE_METHODS, type Consent, type ConsentInput, type ConsentMedium, type SignatureMethod } from '../../../shared/contracts/consents';
import type { FormErrors } from '@strapi/strapi/admin';
import type { EntryRef } from '../../../shared/contracts/common';
import { errorsUnder, type FieldErrors } from './errors';

/** The contract's enumerations (shared/contracts/consents.ts), for selects and checkboxes. */
export { CONSENT_MEDIA, SIGNATURE_METHODS };

/** Channels offered as checkboxes; any other channel can be typed in. */
export const COMMON_CHANNELS = ['website', 'social', 'email', 'print', 'video'] as const;

export const STATEMENT_KEYS = ['rightToRevoke', 'conditioning', 'redisclosure'] as const satisfies ReadonlyArray<keyof ConsentInput['statements']>;
export type StatementKey = (typeof STATEMENT_KEYS)[number];

/**
 * The form's values, shaped like the `ConsentInput` contract so a field's path is the path the
 * server names in its errors (`representative.name`, `scope.channels`). Every input is a string,
 * boolean or list so inputs stay controlled.
 */
export interface ConsentFormState {
  subjectName: string;
  subjectReference: string;
  hasRepresentative: boolean;
  representative: { name: string; authority: string };
  informationDescription: string;
  authorizedDisclosers: string;
  recipients: string;
  purposes: string[];
  /** ISO 8601 date or date-time, or ''. */
  expiresAt: string;
  expirationEvent: string;
  signedAt: string;
  signatureMethod: SignatureMethod | '';
  statements: Record<StatementKey, boolean>;
  remuneration: { involved: boolean; description: string };
  scope: {
    channels: string[];
    /** Comma-separated channels outside COMMON_CHANNELS. */
    otherChannels: string;
    media: ConsentMedium[];
  };
  collectionMethod: string;
  jurisdiction: string;
  language: string;
  policyUrl: string;
  /** The signed form, uploaded with the consent (multipart). */
  evidence: File | null;
}

export const emptyConsentForm = (): ConsentFormState => ({
  subjectName: '',
  subjectReference: '',
  hasRepresentative: false,
  representative: { name: '', authority: '' },
  informationDescription: '',
  authorizedDisclosers: '',
  recipients: '',
  purposes: [''],
  expiresAt: '',
  expirationEvent: '',
  signedAt: '',
  signatureMethod: '',
  statements: { rightToRevoke: false, conditioning: false, redisclosure: false },
  remuneration: { involved: false, description: '' },
  scope: { channels: [], otherChannels: '', media: [] },
  collectionMethod: '',
  jurisdiction: '',
  language: '',
  policyUrl: '',
  evidence: null,
});

const clean = (value: string) => value.trim();
const optional = (value: string) => (value.trim() ? value.trim() : undefined);
const unique = (values: string[]) => [...new Set(values)];

export const splitList = (value: string) =>
  value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** The channels the consent covers: the ticked ones and the typed ones, once each. */
export const scopeChannels = (scope: Pick<ConsentFormState['scope'], 'channels' | 'otherChannels'>) => unique([...scope.channels, ...splitList(scope.otherChannels)]);

/**
 * The POST /consents body. Empty optional fields are left out so the server applies its
 * defaults; required fields are sent as typed (even empty) so the server names each problem.
 */
export const buildConsentInput = (state: ConsentFormState): ConsentInput => {
  const input: ConsentInput = {
    subjectName: clean(state.subjectName),
    informationDescription: clean(state.informationDescription),
    authorizedDisclosers: clean(state.authorizedDisclosers),
    recipients: clean(state.recipients),
    purposes: state.purposes.map(clean).filter(Boolean),
    signedAt: clean(state.signedAt),
    signatureMethod: state.signatureMethod as SignatureMethod,
    statements: { ...state.statements },
    scope: {
      channels: scopeChannels(state.scope),
      media: CONSENT_MEDIA.filter((medium) => state.scope.media.includes(medium)),
    },
  };
  const subjectReference = optional(state.subjectReference);
  if (subjectReference) input.subjectReference = subjectReference;
  if (state.hasRepresentative) {
    input.representative = { name: clean(state.representative.name), authority: clean(state.representative.authority) };
  }
  const expiresAt = optional(state.expiresAt);
  if (expiresAt) input.expiresAt = expiresAt;
  const expirationEvent = optional(state.expirationEvent);
  if (expirationEvent) input.expirationEvent = expirationEvent;
  input.remuneration = state.remuneration.involved ? { involved: true, description: clean(state.remuneration.description) } : { involved: false };
  for (const key of ['collectionMethod', 'jurisdiction', 'language', 'policyUrl'] as const) {
    const value = optional(state[key]);
    if (value) input[key] = value;
  }
  return input;
};

/**
 * Every path the form shows an error under. A server error at or below one of these is shown
 * under that field; any other is listed above the form.
 */
export const CONSENT_FORM_FIELDS = [
  'subjectName',
  'subjectReference',
  'representative.name',
  'representative.authority',
  'informationDescription',
  'authorizedDisclosers',
  'recipients',
  'purposes',
  'expiresAt',
  'expirationEvent',
  'signedAt',
  'signatureMethod',
  ...STATEMENT_KEYS.map((key) => `statements.${key}` as const),
  'remuneration.description',
  'scope.channels',
  'scope.media',
  'collectionMethod',
  'jurisdiction',
  'language',
  'policyUrl',
  'evidence',
] as const;

type NestedErrors = { [key: string]: string | NestedErrors };

/**
 * The server's messages (keyed by joined path) as the form's errors: each under the field whose
 * path it is at or below (`purposes.1` under `purposes`), several joined.
 */
export const formErrorsFrom = (errors: FieldErrors): FormErrors<ConsentFormState> => {
  const result: NestedErrors = {};
  for (const path of CONSENT_FORM_FIELDS) {
    const message = errorsUnder(errors, path);
    if (!message) continue;
    const keys = path.split('.');
    let node = result;
    for (const key of keys.slice(0, -1)) {
      const child = node[key];
      node = typeof child === 'object' ? child : (node[key] = {});
    }
    node[keys[keys.length - 1]] = message;
  }
  return result as FormErrors<ConsentFormState>;
};

/** What the file picker offers; the server decides on the file's bytes (config `evidence.mimeTypes`). */
export const EVIDENCE_ACCEPT = 'application/pdf,image/png,image/jpeg,audio/*,video/*';

/** `2.4 MB`, `830 KB`, `12 B`. */
export const formatBytes = (size: number) => {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MB`;
  if (size >= 1024) return `${Math.round(size / 1024)} KB`;
  return `${size} B`;
};

/** Whether a consent covers an entry: a link without a locale covers every locale. */
export const isLinkedTo = (consent: Pick<Consent, 'links'>, ref: EntryRef) =>
  consent.links.some(
    (link) => link.uid === ref.uid && link.documentId === ref.documentId && (link.locale == null || ref.locale == null || link.locale === ref.locale),
  );

/** `YYYY-MM-DD` of a local calendar date, which the server reads as that day. */
export const toIsoDate = (date: Date) => {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** Parses the form's stored date strings back into a Date for the pickers. */
export const fromIsoString = (value: string): Date | undefined => {
  if (!value) return undefined;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = dateOnly ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};
