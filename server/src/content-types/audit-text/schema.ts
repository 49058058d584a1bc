import { internalType, named } from '../internal';

export default internalType({
  ...named('audit-text', 'audit-texts', 'Audit free text'),
  description: 'Free text typed by people (revocation reasons, review comments), kept beside the hash chain so it can be redacted.',
  attributes: {
    ref: { type: 'string', required: true, column: { unique: true } },
    salt: { type: 'string' },
    digest: { type: 'string', required: true },
    text: { type: 'text' },
    source: { type: 'json' },
    redactedAt: { type: 'string' },
    redactedBy: { type: 'json' },
    reason: { type: 'text' },
  },
});
