import { internalType, named } from '../internal';

export default internalType({
  ...named('audit-head', 'audit-heads', 'Audit chain head'),
  description: 'The last seq and hash of the audit chain; its row is locked to serialize appends.',
  attributes: {
    chain: { type: 'string', required: true, column: { unique: true } },
    lastSeq: { type: 'integer', required: true },
    lastHash: { type: 'string', required: true },
    signature: { type: 'text' },
    keyId: { type: 'string' },
  },
});
