import { internalType, named } from '../internal';

export default internalType({
  ...named('signing-state', 'signing-states', 'Signing state'),
  description: 'Recent wrong signing passwords and the signing lockout of one admin user.',
  attributes: {
    adminUserId: { type: 'string', required: true, column: { unique: true } },
    failures: { type: 'json' },
    lockedUntil: { type: 'datetime' },
  },
});
