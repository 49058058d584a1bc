import { internalType, named } from '../internal';

export default internalType({
  ...named('status-job', 'status-jobs', 'Compliance re-evaluation job'),
  description:
    'The re-evaluation of every stored status after a rule or settings change: the version it targets, its progress and the lease of the instance running it.',
  attributes: {
    name: { type: 'string', required: true, column: { unique: true } },
    version: { type: 'string' },
    doneVersion: { type: 'string' },
    total: { type: 'integer' },
    processed: { type: 'integer' },
    cursor: { type: 'text' },
    leaseToken: { type: 'string' },
    leaseUntil: { type: 'biginteger' },
    startedAt: { type: 'string' },
    finishedAt: { type: 'string' },
  },
});
