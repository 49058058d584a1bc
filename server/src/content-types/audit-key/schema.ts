import { internalType, named } from '../internal';

export default internalType({
  ...named('audit-key', 'audit-keys', 'Audit signing key'),
  description: 'Every public key that has signed audit events, kept after rotation.',
  attributes: {
    keyId: { type: 'string', required: true, column: { unique: true } },
    publicKey: { type: 'text', required: true },
    firstUsedAt: { type: 'string', required: true },
  },
});
