import { createHash } from 'node:crypto';
import { canonicalize } from './jcs';

export const GENESIS_HASH = '0'.repeat(64);

export type ActorType = 'admin' | 'api-token' | 'end-user' | 'system';

export interface Actor {
  type: ActorType;
  id: string | number | null;
  email?: string;
}

export interface Subject {
  uid: string;
  documentId: string | null;
  locale: string | null;
}

/** The hashed part of an event. */
export interface AuditEventBody {
  seq: number;
  occurredAt: string;
  action: string;
  actor: Actor;
  subject: Subject | null;
  data: Record<string, unknown>;
}

export interface AuditEvent extends AuditEventBody {
  prevHash: string;
  hash: string;
}

export const hashEvent = (prevHash: string, body: AuditEventBody): string =>
  createHash('sha256')
    .update(`${prevHash}\n${canonicalize({
      seq: body.seq,
      occurredAt: body.occurredAt,
      action: body.action,
      actor: body.actor,
      subject: body.subject,
      data: body.data,
    })}`)
    .digest('hex');

export interface ChainVerdict {
  valid: boolean;
  count: number;
  /** The first seq that does not follow from the one before it. */
  brokenAt?: number;
  reason?: string;
}

/**
 * Checks events in seq order, one at a time, so a caller can stream millions of them.
 * Feed `next` every event, then read `result()`.
 */
export const createChainVerifier = () => {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  let broken: { seq: number; reason: string } | undefined;

  return {
    next(event: AuditEvent): boolean {
      if (broken) return false;
      count += 1;
      if (event.seq !== expectedSeq) {
        broken = {
          seq: Math.min(event.seq, expectedSeq),
          reason: event.seq > expectedSeq ? `event ${expectedSeq} is missing` : `event ${event.seq} is out of order`,
        };
        return false;
      }
      if (event.prevHash !== prevHash) {
        broken = { seq: event.seq, reason: `event ${event.seq} does not point to the hash of event ${event.seq - 1}` };
        return false;
      }
      if (hashEvent(prevHash, event) !== event.hash) {
        broken = { seq: event.seq, reason: `event ${event.seq} was changed after it was recorded` };
        return false;
      }
      prevHash = event.hash;
      expectedSeq += 1;
      return true;
    },
    result(expectedCount?: { lastSeq: number }): ChainVerdict {
      if (broken) return { valid: false, count, brokenAt: broken.seq, reason: broken.reason };
      if (expectedCount && expectedCount.lastSeq !== expectedSeq - 1) {
        const missing = expectedSeq;
        return { valid: false, count, brokenAt: missing, reason: `event ${missing} is missing (the chain head is at ${expectedCount.lastSeq})` };
      }
      return { valid: true, count };
    },
  };
};
