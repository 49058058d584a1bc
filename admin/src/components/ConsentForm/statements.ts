import type { StatementKey } from '../../utils/consentForm';

/**
 * The statements 45 CFR 164.508(c)(2) requires in the authorization, shown next to their
 * checkboxes so the person recording the consent confirms what the signed form says.
 */
export const STATEMENT_TEXT: Record<StatementKey, { id: string; defaultMessage: string }> = {
  rightToRevoke: {
    id: 'consentForm.statements.rightToRevoke',
    defaultMessage:
      'The individual may revoke this authorization in writing at any time, except to the extent that action has already been taken in reliance on it; the form explains how to revoke it (45 CFR 164.508(c)(2)(i)).',
  },
  conditioning: {
    id: 'consentForm.statements.conditioning',
    defaultMessage:
      'Treatment, payment, enrollment or eligibility for benefits is not conditioned on signing this authorization (45 CFR 164.508(c)(2)(ii)).',
  },
  redisclosure: {
    id: 'consentForm.statements.redisclosure',
    defaultMessage:
      'Information disclosed under this authorization may be redisclosed by the recipient and may no longer be protected by federal privacy rules (45 CFR 164.508(c)(2)(iii)).',
  },
};
