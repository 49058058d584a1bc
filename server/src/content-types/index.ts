import consentRecord from './consent-record/schema.json';
import consentLink from './consent-link/schema.json';
import review from './review/schema.json';
import auditEvent from './audit-event/schema.json';
import auditHead from './audit-head/schema.json';
import evidenceChunk from './evidence-chunk/schema.json';

export const UIDS = {
  consentRecord: 'plugin::compliance.consent-record',
  consentLink: 'plugin::compliance.consent-link',
  review: 'plugin::compliance.review',
  auditEvent: 'plugin::compliance.audit-event',
  auditHead: 'plugin::compliance.audit-head',
  evidenceChunk: 'plugin::compliance.evidence-chunk',
} as const;

export default {
  'consent-record': { schema: consentRecord },
  'consent-link': { schema: consentLink },
  review: { schema: review },
  'audit-event': { schema: auditEvent },
  'audit-head': { schema: auditHead },
  'evidence-chunk': { schema: evidenceChunk },
};
