import type { Consent, ConsentInput, ConsentMedium, SignatureMethod } from '../../../shared/contracts/consents';
import type { EntryRef } from '../../../shared/contracts/common';

/** Exhaustive lists of the contract's unions, for selects and checkboxes. */
export const SIGNATURE_METHODS = ['wet-ink', 'electronic', 'recorded-verbal'] as const satisfies readonly SignatureMethod[];
export const CONSENT_MEDIA = ['name', 'photo', 'video', 'voice', 'quote', 'condition', 'age', 'location'] as const satisfies readonly ConsentMedium[];
// Compile-time guard: adding a value to the contract without listing it here fails the build.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
const exhaustive: [Missing<SignatureMethod, (typeof SIGNATURE_METHODS)[number]>, Missing<ConsentMedium, (typeof CONSENT_MEDIA)[number]>] = [
  true,
  true,
];
void exhaustive;

/** Channels offered as checkboxes; any other channel can be typed in. */
export const COMMON_CHANNELS = ['website', 'social', 'email', 'print', 'video'] as const;

export const STATEMENT_KEYS = ['rightToRevoke', 'conditioning', 'redisclosure'] as const;
export type StatementKey = (typeof STATEMENT_KEYS)[number];

/** The form's state: every input is a string, boolean or list so inputs stay controlled. */
export interface ConsentFormState {
  subjectName: string;
  subjectReference: string;
  hasRepresentative: boolean;
  representativeName: string;
  representativeAuthority: string;
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
  remunerationInvolved: boolean;
  remunerationDescription: string;
  channels: string[];
  /** Comma-separated channels outside COMMON_CHANNELS. */
  otherChannels: string;
  media: ConsentMedium[];
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
  representativeName: '',
  representativeAuthority: '',
  informationDescription: '',
  authorizedDisclosers: '',
  recipients: '',
  purposes: [''],
  expiresAt: '',
  expirationEvent: '',
  signedAt: '',
  signatureMethod: '',
  statements: { rightToRevoke: false, conditioning: false, redisclosure: false },
  remunerationInvolved: false,
  remunerationDescription: '',
  channels: [],
  otherChannels: '',
  media: [],
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
      channels: unique([...state.channels, ...splitList(state.otherChannels)]),
      media: CONSENT_MEDIA.filter((medium) => state.media.includes(medium)),
    },
  };
  const subjectReference = optional(state.subjectReference);
  if (subjectReference) input.subjectReference = subjectReference;
  if (state.hasRepresentative) {
    input.representative = { name: clean(state.representativeName), authority: clean(state.representativeAuthority) };
  }
  const expiresAt = optional(state.expiresAt);
  if (expiresAt) input.expiresAt = expiresAt;
  const expirationEvent = optional(state.expirationEvent);
  if (expirationEvent) input.expirationEvent = expirationEvent;
  input.remuneration = state.remunerationInvolved ? { involved: true, description: clean(state.remunerationDescription) } : { involved: false };
  for (const key of ['collectionMethod', 'jurisdiction', 'language', 'policyUrl'] as const) {
    const value = optional(state[key]);
    if (value) input[key] = value;
  }
  return input;
};

/** Every field path of the form, so server errors on other paths can still be listed. */
export const CONSENT_FORM_FIELDS = [
  'subjectName',
  'subjectReference',
  'representative',
  'informationDescription',
  'authorizedDisclosers',
  'recipients',
  'purposes',
  'expiresAt',
  'expirationEvent',
  'signedAt',
  'signatureMethod',
  'statements',
  'remuneration',
  'scope',
  'collectionMethod',
  'jurisdiction',
  'language',
  'policyUrl',
  'evidence',
] as const;

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
