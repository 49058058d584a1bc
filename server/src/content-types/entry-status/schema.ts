import { internalType, named } from '../internal';

export default internalType({
  ...named('entry-status', 'entry-statuses', 'Compliance status'),
  description:
    'The stored checklist outcome of each marked draft and locale, refreshed in the transaction of whatever changes it; the queue and the list view read it, the gate never does.',
  indexes: [
    { name: 'compliance_entry_statuses_key_uq', columns: ['entry_uid', 'entry_document_id', 'entry_locale'], type: 'unique' },
    { name: 'compliance_entry_statuses_queue_idx', columns: ['passed', 'entry_updated_at'] },
    { name: 'compliance_entry_statuses_type_queue_idx', columns: ['entry_uid', 'passed', 'entry_updated_at'] },
  ],
  attributes: {
    entryUid: { type: 'string', required: true },
    entryDocumentId: { type: 'string', required: true },
    entryLocale: { type: 'string', required: true },
    contentHash: { type: 'string', required: true },
    passed: { type: 'boolean', required: true },
    failing: { type: 'json' },
    warnings: { type: 'json' },
    missingRoles: { type: 'json' },
    messages: { type: 'json' },
    failingKey: { type: 'text' },
    rolesKey: { type: 'text' },
    entryUpdatedAt: { type: 'datetime' },
    evaluatedAt: { type: 'datetime', required: true },
    /** A digest of the outcome above and the draft's updatedAt: a refresh that would store the same writes nothing. */
    digest: { type: 'string' },
  },
});
