import consentRecord from './consent-record/schema';
import consentLink from './consent-link/schema';
import review from './review/schema';
import auditEvent from './audit-event/schema';
import auditHead from './audit-head/schema';
import notification from './notification/schema';
import auditKey from './audit-key/schema';
import auditText from './audit-text/schema';
import evidenceChunk from './evidence-chunk/schema';
import signingState from './signing-state/schema';
import waiver from './waiver/schema';
import entryStatus from './entry-status/schema';
import statusJob from './status-job/schema';

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
