import { afterFailure, EMPTY_SIGNING_STATE, lockedUntil, parseSigningState } from '../../../server/src/domain/signing-lockout';

const POLICY = { maxAttempts: 5, lockoutMinutes: 15 };
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));

describe('signing lockout', () => {
  it('locks for lockoutMinutes at the maxAttempts-th wrong password within the window', () => {
    let state = EMPTY_SIGNING_STATE;
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const outcome = afterFailure(state, at(attempt), POLICY);
      expect(outcome).toMatchObject({ failures: attempt, lockedUntil: null });
      state = outcome.state;
    }
    const fifth = afterFailure(state, at(5), POLICY);
    expect(fifth.failures).toBe(5);
    expect(fifth.lockedUntil?.toISOString()).toBe(at(20).toISOString());
    expect(lockedUntil(fifth.state, at(19))).toEqual(at(20));
    expect(lockedUntil(fifth.state, at(20))).toBeNull();
    // The count starts afresh after a lockout.
    expect(fifth.state.failures).toEqual([]);
  });

  it('forgets failures older than the window', () => {
    const old = { failures: [at(0), at(1), at(2), at(3)].map((date) => date.toISOString()), lockedUntil: null };
    expect(afterFailure(old, at(17), POLICY)).toMatchObject({ failures: 2, lockedUntil: null });
    expect(afterFailure(old, at(14), POLICY).lockedUntil).not.toBeNull();
  });

  it('reads stored rows leniently', () => {
    expect(parseSigningState(null)).toEqual(EMPTY_SIGNING_STATE);
    expect(parseSigningState({ failures: '["2026-01-01T00:00:00.000Z", 3]', lockedUntil: 'garbage' })).toEqual({ failures: ['2026-01-01T00:00:00.000Z'], lockedUntil: null });
    expect(parseSigningState({ failures: 'not json', lockedUntil: new Date('2026-01-01T00:15:00Z') })).toEqual({ failures: [], lockedUntil: '2026-01-01T00:15:00.000Z' });
  });
});
