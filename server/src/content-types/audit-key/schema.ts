import { internalType } from '../internal';

export default internalType({
  collectionName: 'compliance_audit_keys',
  info: {
    singularName: 'audit-key',
    pluralName: 'audit-keys',
    displayName: 'Audit signing key',
    description: 'Every public key that has signed audit events, kept after rotation.',
  },
  attributes: {
    keyId: { type: 'string', required: true, column: { unique: true } },
    publicKey: { type: 'text', required: true },
    firstUsedAt: { type: 'string', required: true },
  },
});
