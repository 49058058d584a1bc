import { internalType } from '../internal';

export default internalType({
  collectionName: 'compliance_signing_states',
  info: {
    singularName: 'signing-state',
    pluralName: 'signing-states',
    displayName: 'Signing state',
    description: 'Recent wrong signing passwords and the signing lockout of one admin user.',
  },
  attributes: {
    adminUserId: { type: 'string', required: true, column: { unique: true } },
    failures: { type: 'json' },
    lockedUntil: { type: 'datetime' },
  },
});
