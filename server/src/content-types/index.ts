import consentRecord from './consent-record/schema.json';
import consentLink from './consent-link/schema.json';
import review from './review/schema.json';
import auditEvent from './audit-event/schema.json';
import auditHead from './audit-head/schema.json';
import notification from './notification/schema.json';
import auditKey from './audit-key/schema.json';
import auditText from './audit-text/schema.json';
import evidenceChunk from './evidence-chunk/schema.json';
import signingState from './signing-state/schema.json';
import waiver from './waiver/schema.json';
import entryStatus from './entry-status/schema.json';
import statusJob from './status-job/schema.json';

export const UIDS = {
  consentRecord: 'plugin::compliance.consent-record',
  consentLink: 'plugin::compliance.consent-link',
  review: 'plugin::compliance.review',
  auditEvent: 'plugin::compliance.audit-event',
  auditHead: 'plugin::compliance.audit-head',
  notification: 'plugin::compliance.notification',
  auditKey: 'plugin::compliance.audit-key',
  auditText: 'plugin::compliance.audit-text',
  evidenceChunk: 'plugin::compliance.evidence-chunk',
  signingState: 'plugin::compliance.signing-state',
  waiver: 'plugin::compliance.waiver',
  entryStatus: 'plugin::compliance.entry-status',
  statusJob: 'plugin::compliance.status-job',
} as const;

export default {
  'consent-record': { schema: consentRecord },
  'consent-link': { schema: consentLink },
  review: { schema: review },
  'audit-event': { schema: auditEvent },
  'audit-head': { schema: auditHead },
  notification: { schema: notification },
  'audit-key': { schema: auditKey },
  'audit-text': { schema: auditText },
  'evidence-chunk': { schema: evidenceChunk },
  'signing-state': { schema: signingState },
  waiver: { schema: waiver },
  'entry-status': { schema: entryStatus },
  'status-job': { schema: statusJob },
};
