import type { Consent } from '../../../shared/contracts/consents';

/**
 * Whether a consent covers an entry: one test, shared by the checklist's consent rules and by
 * the unpublisher (revocation, expiry, unlinking), so what may be published and what may stay
 * published can never disagree.
 */

/** Problems that make a stored consent unusable now (HIPAA 164.508(b)(2) defective authorizations). */
export const consentProblems = (consent: Consent, now: Date): string[] => {
  const problems: string[] = [];
  if (consent.status === 'revoked') problems.push('revoked');
  if (consent.status === 'expired') problems.push('expired');
  if (consent.status === 'active' && consent.expiresAt && new Date(consent.expiresAt).getTime() <= now.getTime()) {
    problems.push(`expired on ${consent.expiresAt.slice(0, 10)}`);
  }
  const missing = (['subjectName', 'informationDescription', 'authorizedDisclosers', 'recipients', 'signedAt', 'signatureMethod'] as const).filter(
    (key) => !consent[key]
  );
  if (missing.length) problems.push(`missing ${missing.join(', ')}`);
  if (!consent.purposes?.length) problems.push('no purpose');
  if (!consent.expiresAt && !consent.expirationEvent) problems.push('no expiration date or event');
  const statements = consent.statements ?? { rightToRevoke: false, conditioning: false, redisclosure: false };
  const absent = (['rightToRevoke', 'conditioning', 'redisclosure'] as const).filter((key) => statements[key] !== true);
  if (absent.length) problems.push(`statements not confirmed: ${absent.join(', ')}`);
  if (consent.remuneration?.involved && !consent.remuneration.description) problems.push('remuneration not described');
  return problems;
};

export const usableConsents = (consents: Consent[], now: Date) => consents.filter((consent) => consentProblems(consent, now).length === 0);

/** The attributes of a marked type that say how an entry uses the patient's information. */
export interface UseFields {
  channel?: string;
  image?: string;
  sponsored?: string;
}

/** What an entry uses that a consent must cover. */
export interface EntryUse {
  /** The channel field's value; `undefined` when the type maps no channel field. */
  channel?: string | null;
  /** The entry shows a patient photo (its `image` field holds a file). */
  photo: boolean;
  /** The entry is sponsored (a material connection exists). */
  sponsored: boolean;
}

const hasMedia = (value: unknown) => (Array.isArray(value) ? value.length > 0 : Boolean(value));

export const entryUse = (entry: Record<string, unknown>, fields: UseFields): EntryUse => {
  const channel = fields.channel ? entry[fields.channel] : undefined;
  return {
    ...(fields.channel ? { channel: typeof channel === 'string' && channel ? channel : null } : {}),
    photo: Boolean(fields.image && hasMedia(entry[fields.image])),
    sponsored: Boolean(fields.sponsored && entry[fields.sponsored] === true),
  };
};

export type ScopeGap = 'channel' | 'photo' | 'remuneration';

/** What of the entry's use one consent's scope leaves uncovered. */
export const scopeGaps = (consent: Consent, use: EntryUse): ScopeGap[] => {
  const gaps: ScopeGap[] = [];
  if (use.channel !== undefined) {
    const channel = use.channel?.toLowerCase();
    if (!channel || !consent.scope.channels.some((item) => item.toLowerCase() === channel)) gaps.push('channel');
  }
  if (use.photo && !consent.scope.media.includes('photo')) gaps.push('photo');
  if (use.sponsored && !(consent.remuneration?.involved && consent.remuneration.description)) gaps.push('remuneration');
  return gaps;
};

/** True when the consent is in effect now (active, unexpired, complete) and its scope covers the entry's use. */
export const coversEntry = (consent: Consent, use: EntryUse, now: Date): boolean =>
  consentProblems(consent, now).length === 0 && scopeGaps(consent, use).length === 0;
