import { internalType, named } from '../internal';

export default internalType({
  ...named('waiver', 'waivers', 'Compliance waiver'),
  description: 'One checklist finding waived by a reviewer, bound to the hash of the content it was signed on.',
  indexes: [{ name: 'compliance_waivers_target_idx', columns: ['target_document_id', 'target_uid'] }],
  attributes: {
    targetUid: { type: 'string', required: true },
    targetDocumentId: { type: 'string', required: true },
    targetLocale: { type: 'string' },
    rule: { type: 'string', required: true },
    path: { type: 'json', required: true },
    match: { type: 'text', required: true },
    reason: { type: 'text', required: true },
    contentHash: { type: 'string', required: true },
    waivedBy: { type: 'string', required: true },
    signerName: { type: 'string', required: true },
  },
});
