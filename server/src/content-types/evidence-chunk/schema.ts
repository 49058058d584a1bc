import { internalType, named } from '../internal';

export default internalType({
  ...named('evidence-chunk', 'evidence-chunks', 'Consent evidence chunk'),
  description: 'The signed-authorization file of a consent, base64 in parts of at most 1 MiB, append-only.',
  attributes: {
    consentDocumentId: { type: 'string', required: true },
    part: { type: 'integer', required: true },
    data: { type: 'text', required: true, private: true },
  },
});
