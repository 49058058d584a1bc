import { internalType, named } from '../internal';

export default internalType({
  ...named('audit-event', 'audit-events', 'Audit event'),
  description: 'Append-only, hash-chained audit trail.',
  indexes: [{ name: 'compliance_audit_events_subject_idx', columns: ['subject_document_id', 'subject_uid'] }],
  attributes: {
    seq: { type: 'integer', required: true, column: { unique: true } },
    occurredAt: { type: 'string', required: true },
    action: { type: 'string', required: true },
    actor: { type: 'json', required: true },
    subject: { type: 'json' },
    data: { type: 'json' },
    prevHash: { type: 'string', required: true },
    hash: { type: 'string', required: true },
    subjectUid: { type: 'string' },
    subjectDocumentId: { type: 'string' },
    signature: { type: 'text' },
    keyId: { type: 'string' },
  },
});
