import { internalType, named } from '../internal';

export default internalType({
  ...named('notification', 'notifications', 'Notification outbox'),
  description: 'Emails and webhooks to send, each once: the unique key stops a second instance or a repeated trigger from sending it again.',
  attributes: {
    key: { type: 'string', required: true, column: { unique: true } },
    channel: { type: 'string', required: true },
    kind: { type: 'string', required: true },
    recipient: { type: 'string' },
    payload: { type: 'json' },
    status: { type: 'string', required: true },
    claimToken: { type: 'string' },
    sentAt: { type: 'datetime' },
    error: { type: 'text' },
  },
});
