import { createHash } from 'node:crypto';
import { createChainVerifier, GENESIS_HASH, hashEvent, type AuditEvent, type ChainVerifierOptions, type ExportedAuditEvent } from '../../../server/src/domain/audit-chain';
import { generateSigningKey, loadSigningKey, parsePublicKeys, signMessage } from '../../../server/src/domain/audit-signing';
import { textDigest } from '../../../server/src/domain/audit-texts';

const key = loadSigningKey(generateSigningKey().privateKeyPem);
const otherKey = loadSigningKey(generateSigningKey().privateKeyPem);
const ring = parsePublicKeys(key.publicKeyPem);

/** A chain of `count` events; those from `signFrom` on are signed with `signer`. */
const build = (count: number, { signFrom, signer = key }: { signFrom?: number; signer?: typeof key } = {}): AuditEvent[] => {
  const events: AuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const body = { seq, occurredAt: `2026-01-01T00:00:0${seq}.000Z`, action: 'consent.created', actor: { type: 'admin' as const, id: 1 }, subject: null, data: { n: seq } };
    const hash = hashEvent(prevHash, body);
    const signed = signFrom !== undefined && seq >= signFrom ? { signature: signMessage(hash, signer.privateKey), keyId: signer.keyId } : {};
    events.push({ ...body, prevHash, hash, ...signed });
    prevHash = hash;
  }
  return events;
};

/** Recomputes every hash from `from` on, as someone with database access could. */
const rehash = (events: AuditEvent[], from = 1) => {
  for (let index = from - 1; index < events.length; index += 1) {
    const prevHash = index === 0 ? GENESIS_HASH : events[index - 1].hash;
    events[index] = { ...events[index], prevHash, hash: hashEvent(prevHash, events[index]) };
  }
  return events;
};

const verify = (events: ExportedAuditEvent[], head?: number | { seq: number; hash: string }, options: ChainVerifierOptions = {}) => {
  const verifier = createChainVerifier(options);
  for (const event of events) if (!verifier.next(event)) break;
  if (typeof head === 'number') {
    const last = events.find((event) => event.seq === head);
    return verifier.result({ seq: head, hash: last?.hash ?? 'f'.repeat(64) });
  }
  return verifier.result(head);
};

describe('audit chain', () => {
  it('hashes sha256(prevHash + "\\n" + JCS(body)) from a genesis of 64 zeros', () => {
    const [first] = build(1);
    expect(first.prevHash).toBe('0'.repeat(64));
    // Computed independently: printf '%s\n%s' "$zeros" '{"action":...}' | sha256sum
    const expected = createHash('sha256')
      .update(`${'0'.repeat(64)}\n{"action":"consent.created","actor":{"id":1,"type":"admin"},"data":{"n":1},"occurredAt":"2026-01-01T00:00:01.000Z","seq":1,"subject":null}`)
      .digest('hex');
    expect(first.hash).toBe(expected);
  });

  it('accepts an intact chain', () => {
    const events = build(5);
    expect(verify(events, 5)).toEqual({ valid: true, count: 5, signedCount: 0, last: { seq: 5, hash: events[4].hash } });
  });

  it.each([
    ['a changed field', (events: AuditEvent[]) => (events[2].data = { n: 99 }), 3],
    ['a changed actor', (events: AuditEvent[]) => (events[1].actor = { type: 'system', id: null }), 2],
    ['a removed event', (events: AuditEvent[]) => events.splice(3, 1), 4],
    ['two swapped events', (events: AuditEvent[]) => ([events[1], events[2]] = [events[2], events[1]]), 2],
    ['a rewritten link', (events: AuditEvent[]) => (events[4].prevHash = 'f'.repeat(64)), 5],
  ])('names the first bad seq after %s', (_name, tamper, brokenAt) => {
    const events = build(6);
    tamper(events);
    expect(verify(events, 6)).toMatchObject({ valid: false, brokenAt });
  });

  it('notices a removed last event from the chain head', () => {
    const events = build(6);
    expect(verify(events.slice(0, 5), { seq: 6, hash: events[5].hash })).toMatchObject({ valid: false, brokenAt: 6 });
  });

  it('notices a head that does not hold the last hash', () => {
    expect(verify(build(4), { seq: 4, hash: 'a'.repeat(64) })).toMatchObject({ valid: false, brokenAt: 4, reason: expect.stringMatching(/chain head/) });
  });

  it('cannot tell a consistent rewrite without signatures', () => {
    const events = build(5);
    events[1].data = { n: 'forged' };
    expect(verify(rehash(events, 2), 5)).toMatchObject({ valid: true });
  });
});

describe('signed events', () => {
  it('accepts a chain signed from a later event on, and says where signing began', () => {
    expect(verify(build(6, { signFrom: 3 }), 6, { keys: ring })).toMatchObject({ valid: true, signedFrom: 3, signedCount: 4 });
  });

  it('catches a consistent rewrite: the recomputed hashes no longer match their signatures', () => {
    const events = build(6, { signFrom: 1 });
    events[2].data = { n: 'forged' };
    expect(verify(rehash(events, 3), 6, { keys: ring })).toMatchObject({ valid: false, brokenAt: 3, reason: expect.stringMatching(/signature of event 3 does not match/) });
  });

  it('catches a rewrite of the unsigned history before signing began, through the first signature', () => {
    const events = build(6, { signFrom: 4 });
    events[0].data = { n: 'forged' };
    expect(verify(rehash(events), 6, { keys: ring })).toMatchObject({ valid: false, brokenAt: 4 });
  });

  it('refuses an unsigned event after a signed one, and a signature without a key id', () => {
    const events = build(5, { signFrom: 1 });
    delete events[3].signature;
    delete events[3].keyId;
    expect(verify(events, 5, { keys: ring })).toMatchObject({ valid: false, brokenAt: 4, reason: 'event 4 is not signed, but event 1 before it was' });
    // Even without keys, a missing signature after a signed event is a break.
    expect(verify(events, 5)).toMatchObject({ valid: false, brokenAt: 4 });
    const halfSigned = build(3, { signFrom: 1 });
    delete halfSigned[1].keyId;
    expect(verify(halfSigned, 3)).toMatchObject({ valid: false, brokenAt: 2 });
  });

  it('refuses a key that is not among the trusted ones, and accepts a rotation when both keys are given', () => {
    const events = build(6, { signFrom: 1 });
    const rotated = build(6, { signFrom: 1, signer: otherKey }).map((event, index) => (index < 3 ? events[index] : event));
    // The rotated chain is the same chain: only the signatures differ.
    expect(rotated.map((event) => event.hash)).toEqual(events.map((event) => event.hash));
    expect(verify(rotated, 6, { keys: ring })).toMatchObject({ valid: false, brokenAt: 4, reason: expect.stringMatching(new RegExp(`key ${otherKey.keyId}, which is not among`)) });
    const both = parsePublicKeys(`${key.publicKeyPem}\n${otherKey.publicKeyPem}`);
    expect(verify(rotated, 6, { keys: both })).toMatchObject({ valid: true, signedCount: 6 });
  });

  it('refuses a signature copied from another event', () => {
    const events = build(4, { signFrom: 1 });
    events[2].signature = events[1].signature;
    expect(verify(events, 4, { keys: ring })).toMatchObject({ valid: false, brokenAt: 3 });
  });
});

describe('expected heads (truncation)', () => {
  it('fails when a head kept from earlier lies beyond the end, or holds another hash', () => {
    const events = build(8, { signFrom: 1 });
    const kept = { seq: 8, hash: events[7].hash };
    expect(verify(events, undefined, { keys: ring, expectHeads: [kept] })).toMatchObject({ valid: true });
    // Delete the newest three events: every remaining signature is still good.
    expect(verify(events.slice(0, 5), undefined, { keys: ring })).toMatchObject({ valid: true });
    expect(verify(events.slice(0, 5), undefined, { keys: ring, expectHeads: [kept] })).toMatchObject({
      valid: false,
      brokenAt: 6,
      reason: expect.stringMatching(/ends at event 5, but event 8 .* was seen earlier: events were deleted/),
    });
    expect(verify(events, undefined, { expectHeads: [{ seq: 8, hash: 'b'.repeat(64) }] })).toMatchObject({ valid: false, brokenAt: 8 });
  });
});

describe('partial exports', () => {
  it('checks each event on its own and links only between consecutive seqs', () => {
    const events = build(10, { signFrom: 1 });
    const window = [events[2], events[3], events[7]];
    expect(verify(window, undefined, { partial: true, keys: ring })).toMatchObject({ valid: true, count: 3 });
    expect(verify(window, undefined, { keys: ring })).toMatchObject({ valid: false, brokenAt: 1 });
    const forged = [events[2], { ...events[3], prevHash: 'c'.repeat(64) }];
    expect(verify(forged, undefined, { partial: true })).toMatchObject({ valid: false, brokenAt: 4 });
    expect(verify([events[3], events[2]], undefined, { partial: true })).toMatchObject({ valid: false, brokenAt: 3 });
    const resigned = { ...events[7], data: { n: 'forged' } };
    expect(verify([events[2], { ...resigned, hash: hashEvent(resigned.prevHash, resigned) }], undefined, { partial: true, keys: ring })).toMatchObject({
      valid: false,
      brokenAt: 8,
    });
  });

  it('requires an expected head to be in the file', () => {
    const events = build(10);
    expect(verify([events[2], events[7]], undefined, { partial: true, expectHeads: [{ seq: 5, hash: events[4].hash }] })).toMatchObject({ valid: false, brokenAt: 5 });
    expect(verify([events[2], events[7]], undefined, { partial: true, expectHeads: [{ seq: 8, hash: events[7].hash }] })).toMatchObject({ valid: true });
  });
});

describe('exported texts', () => {
  const withText = (text: string, exported: ExportedAuditEvent['texts']) => {
    const salt = 'ab'.repeat(16);
    const body = { seq: 1, occurredAt: '2026-01-01T00:00:00.000Z', action: 'consent.revoked', actor: { type: 'admin' as const, id: 1 }, subject: null, data: { reason: { textRef: 'r1', digest: textDigest(salt, text) } } };
    return { ...body, prevHash: GENESIS_HASH, hash: hashEvent(GENESIS_HASH, body), texts: exported };
  };

  it('accepts the text whose digest the chain holds, and a redacted one', () => {
    expect(verify([withText('Asked by phone', { r1: { text: 'Asked by phone', salt: 'ab'.repeat(16) } })])).toMatchObject({ valid: true });
    expect(verify([withText('Asked by phone', { r1: { redactedAt: '2026-02-01T00:00:00.000Z' } })])).toMatchObject({ valid: true });
  });

  it('refuses a changed text', () => {
    expect(verify([withText('Asked by phone', { r1: { text: 'Asked by email', salt: 'ab'.repeat(16) } })])).toMatchObject({ valid: false, brokenAt: 1, reason: expect.stringMatching(/text r1/) });
  });
});
