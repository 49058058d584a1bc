import type { Consent } from '../../../shared/contracts/consents';

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
