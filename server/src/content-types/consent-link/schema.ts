import { internalType, named, ENTRY_REF_ATTRIBUTES } from '../internal';

export default internalType({
  ...named('consent-link', 'consent-links', 'Consent link'),
  description: 'Which entry a consent record covers.',
  indexes: [
    { name: 'compliance_consent_links_entry_idx', columns: ['entry_document_id', 'entry_uid'] },
    { name: 'compliance_consent_links_consent_idx', columns: ['consent_document_id'] },
  ],
  attributes: {
    consentDocumentId: { type: 'string', required: true },
    ...ENTRY_REF_ATTRIBUTES,
    linkedBy: { type: 'json' },
  },
});
