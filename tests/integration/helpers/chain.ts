import { createHash } from 'node:crypto';

/*
 * An independent implementation of the chain (docs/architecture.md#audit-chain-format), written
 * from the documented format, not imported from the plugin: RFC 8785 canonical JSON and sha256
 * over prevHash + "\n" + body.
 */
const jcs = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${jcs(item)}`).join(',')}}`;
};

export interface ExportedEvent {
  seq: number;
  occurredAt: string;
  action: string;
  actor: Record<string, unknown>;
  subject: Record<string, unknown> | null;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
  signature?: string;
  keyId?: string;
  texts?: Record<string, { text: string; salt: string } | { redactedAt: string }>;
}

/** sha256(prevHash + "\n" + JCS(body)): what someone with database access recomputes to rewrite the chain. */
export const eventHash = (prevHash: string, event: Omit<ExportedEvent, 'prevHash' | 'hash'>) => {
  const { seq, occurredAt, action, actor, subject, data } = event;
  return createHash('sha256').update(`${prevHash}\n${jcs({ seq, occurredAt, action, actor, subject, data })}`).digest('hex');
};

export const parseNdjson = (text: string) => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as ExportedEvent);

/** Returns the first problem, or null when the export is a complete, valid chain. */
export const chainProblem = (events: ExportedEvent[]): string | null => {
  let prev = '0'.repeat(64);
  for (const [index, event] of events.entries()) {
    if (event.seq !== index + 1) return `seq ${event.seq} at position ${index + 1}`;
    if (event.prevHash !== prev) return `prevHash of seq ${event.seq}`;
    if (eventHash(prev, event) !== event.hash) return `hash of seq ${event.seq}`;
    prev = event.hash;
  }
  return null;
};
