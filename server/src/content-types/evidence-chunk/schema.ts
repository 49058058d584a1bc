import { internalType } from '../internal';

export default internalType({
  collectionName: 'compliance_evidence_chunks',
  info: {
    singularName: 'evidence-chunk',
    pluralName: 'evidence-chunks',
    displayName: 'Consent evidence chunk',
    description: 'The signed-authorization file of a consent, base64 in parts of at most 1 MiB, append-only.',
  },
  attributes: {
    consentDocumentId: { type: 'string', required: true },
    part: { type: 'integer', required: true },
    data: { type: 'text', required: true, private: true },
  },
});
