import { createHash } from 'node:crypto';
import { canonicalize } from './jcs';
import { headMessage, verifyMessage, type KeyRing } from './audit-signing';
import { textMatches, textReferencesOf, type ExportedText } from './audit-texts';

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
  /** Base64 Ed25519 signature of `hash`; outside the hashed body. */
  signature?: string;
  /** Which key signed: the first 16 hex characters of the SHA-256 of its public key's DER. */
  keyId?: string;
}

/** An event as an NDJSON export carries it: with the texts its data refers to, outside the hashed fields. */
export interface ExportedAuditEvent extends AuditEvent {
  texts?: Record<string, ExportedText>;
}

export interface ChainHead {
  seq: number;
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
  /** The first signed event; every event after it must be signed too. */
  signedFrom?: number;
  /** Signed events read (their signatures were checked only when keys were given). */
  signedCount: number;
  /** The last event read. */
  last?: ChainHead;
}

export interface ChainVerifierOptions {
  /**
   * Public keys by key id. Given, every signature is checked; without, signatures are only
   * required to be present from the first signed event on.
   */
  keys?: KeyRing;
  /**
   * A filtered or windowed export: seqs need not start at 1 or follow each other. Each event's
   * own hash and signature are still checked, and events whose seqs follow each other must link.
   */
  partial?: boolean;
  /** Heads kept from earlier: the chain must contain each of these seqs with that hash. */
  expectHeads?: ChainHead[];
}

const short = (hash: string) => `${hash.slice(0, 12)}…`;

/**
 * Checks events in seq order, one at a time, so a caller can stream millions of them.
 * Feed `next` every event, then read `result()`.
 */
export const createChainVerifier = (options: ChainVerifierOptions = {}) => {
  const expected = new Map((options.expectHeads ?? []).map((head) => [head.seq, head.hash]));
  const found = new Set<number>();
  let previous: AuditEvent | undefined;
  let count = 0;
  let signedCount = 0;
  let signedFrom: number | undefined;
  let broken: { seq: number; reason: string } | undefined;

  const fail = (seq: number, reason: string) => {
    broken = { seq, reason };
    return false;
  };

  const checkPosition = (event: AuditEvent): boolean => {
    if (options.partial) {
      if (previous && event.seq <= previous.seq) return fail(event.seq, `event ${event.seq} is out of order (after event ${previous.seq})`);
      if (previous && event.seq === previous.seq + 1 && event.prevHash !== previous.hash) {
        return fail(event.seq, `event ${event.seq} does not point to the hash of event ${previous.seq}`);
      }
      return true;
    }
    const expectedSeq = previous ? previous.seq + 1 : 1;
    if (event.seq !== expectedSeq) {
      return fail(
        Math.min(event.seq, expectedSeq),
        event.seq > expectedSeq ? `event ${expectedSeq} is missing` : `event ${event.seq} is out of order`
      );
    }
    if (event.prevHash !== (previous ? previous.hash : GENESIS_HASH)) {
      return fail(event.seq, `event ${event.seq} does not point to the hash of event ${event.seq - 1}`);
    }
    return true;
  };

  const checkSignature = (event: AuditEvent): boolean => {
    if (!event.signature && !event.keyId) {
      return signedFrom === undefined || fail(event.seq, `event ${event.seq} is not signed, but event ${signedFrom} before it was`);
    }
    signedFrom ??= event.seq;
    signedCount += 1;
    if (!event.signature || !event.keyId) return fail(event.seq, `event ${event.seq} has a key id without a signature, or a signature without a key id`);
    if (!options.keys) return true;
    const key = options.keys.get(event.keyId);
    if (!key) return fail(event.seq, `event ${event.seq} is signed by key ${event.keyId}, which is not among the public keys`);
    if (!verifyMessage(event.hash, event.signature, key)) return fail(event.seq, `the signature of event ${event.seq} does not match its hash (key ${event.keyId})`);
    return true;
  };

  const checkTexts = (event: ExportedAuditEvent): boolean => {
    if (!event.texts) return true;
    for (const reference of textReferencesOf(event.data)) {
      if (!textMatches(reference, event.texts[reference.textRef])) {
        return fail(event.seq, `the text ${reference.textRef} of event ${event.seq} is not the one whose digest the chain holds`);
      }
    }
    return true;
  };

  return {
    next(event: ExportedAuditEvent): boolean {
      if (broken) return false;
      count += 1;
      if (!checkPosition(event)) return false;
      if (hashEvent(event.prevHash, event) !== event.hash) return fail(event.seq, `event ${event.seq} was changed after it was recorded`);
      if (!checkSignature(event) || !checkTexts(event)) return false;
      const kept = expected.get(event.seq);
      if (kept !== undefined) {
        if (kept !== event.hash) return fail(event.seq, `event ${event.seq} has hash ${short(event.hash)}, not the ${short(kept)} seen earlier: the chain was rewritten`);
        found.add(event.seq);
      }
      previous = event;
      return true;
    },
    /** `head`: the chain head the events must end at (the server's head row). */
    result(head?: ChainHead): ChainVerdict {
      const base = { count, signedCount, ...(signedFrom !== undefined ? { signedFrom } : {}), ...(previous ? { last: { seq: previous.seq, hash: previous.hash } } : {}) };
      if (broken) return { ...base, valid: false, brokenAt: broken.seq, reason: broken.reason };
      const lastSeq = previous?.seq ?? 0;
      if (head && head.seq !== lastSeq) {
        return head.seq > lastSeq
          ? { ...base, valid: false, brokenAt: lastSeq + 1, reason: `event ${lastSeq + 1} is missing (the chain head is at ${head.seq})` }
          : { ...base, valid: false, brokenAt: head.seq + 1, reason: `events after ${head.seq} lie beyond the chain head` };
      }
      if (head && previous && head.hash !== previous.hash) {
        return { ...base, valid: false, brokenAt: lastSeq, reason: `the chain head does not hold the hash of event ${lastSeq}` };
      }
      for (const [seq, hash] of expected) {
        if (found.has(seq)) continue;
        if (seq > lastSeq) {
          return { ...base, valid: false, brokenAt: lastSeq + 1, reason: `the chain ends at event ${lastSeq}, but event ${seq} (${short(hash)}) was seen earlier: events were deleted` };
        }
        // Only a partial export can lack a seq below its last one.
        return { ...base, valid: false, brokenAt: seq, reason: `event ${seq}, seen earlier, is not in this export` };
      }
      return { ...base, valid: true };
    },
  };
};

/** Whether a signed chain head belongs to its seq and hash. */
export const headSignatureValid = (head: ChainHead & { signature: string }, key: Parameters<typeof verifyMessage>[2]) =>
  verifyMessage(headMessage(head.seq, head.hash), head.signature, key);
