import consentRecord from './consent-record/schema.json';
import consentLink from './consent-link/schema.json';
import review from './review/schema.json';
import auditEvent from './audit-event/schema.json';
import auditHead from './audit-head/schema.json';
import signingState from './signing-state/schema.json';

export const UIDS = {
  consentRecord: 'plugin::compliance.consent-record',
  consentLink: 'plugin::compliance.consent-link',
  review: 'plugin::compliance.review',
  auditEvent: 'plugin::compliance.audit-event',
  auditHead: 'plugin::compliance.audit-head',
  signingState: 'plugin::compliance.signing-state',
} as const;

export default {
  'consent-record': { schema: consentRecord },
  'consent-link': { schema: consentLink },
  review: { schema: review },
  'audit-event': { schema: auditEvent },
  'audit-head': { schema: auditHead },
  'signing-state': { schema: signingState },
};
