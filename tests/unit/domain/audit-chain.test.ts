import { createChainVerifier, GENESIS_HASH, hashEvent, type AuditEvent } from '../../../server/src/domain/audit-chain';

const build = (count: number): AuditEvent[] => {
  const events: AuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const body = { seq, occurredAt: `2026-01-01T00:00:0${seq}.000Z`, action: 'consent.created', actor: { type: 'admin' as const, id: 1 }, subject: null, data: { n: seq } };
    const hash = hashEvent(prevHash, body);
    events.push({ ...body, prevHash, hash });
    prevHash = hash;
  }
  return events;
};
const verify = (events: AuditEvent[], lastSeq?: number) => {
  const verifier = createChainVerifier();
  for (const event of events) if (!verifier.next(event)) break;
  return verifier.result(lastSeq === undefined ? undefined : { lastSeq });
};

describe('audit chain', () => {
  it('hashes sha256(prevHash + "\\n" + JCS(body)) from a genesis of 64 zeros', () => {
    const [first] = build(1);
    expect(first.prevHash).toBe('0'.repeat(64));
    // Computed independently: printf '%s\n%s' "$zeros" '{"action":...}' | sha256sum
    const expected = require('node:crypto')
      .createHash('sha256')
      .update(`${'0'.repeat(64)}\n{"action":"consent.created","actor":{"id":1,"type":"admin"},"data":{"n":1},"occurredAt":"2026-01-01T00:00:01.000Z","seq":1,"subject":null}`)
      .digest('hex');
    expect(first.hash).toBe(expected);
  });

  it('accepts an intact chain', () => {
    expect(verify(build(5), 5)).toEqual({ valid: true, count: 5 });
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
    expect(verify(build(6).slice(0, 5), 6)).toMatchObject({ valid: false, brokenAt: 6 });
  });
});
