/**
 * The signing lockout as plain state transitions (no clock, no database): wrong signing passwords
 * within the last `lockoutMinutes` are kept; the `maxAttempts`-th locks signing for
 * `lockoutMinutes`, during which even the right password is refused. A correct password clears
 * the count.
 */
export interface SigningPolicy {
  maxAttempts: number;
  lockoutMinutes: number;
}

export interface SigningState {
  /** ISO times of recent wrong passwords. */
  failures: string[];
  lockedUntil: string | null;
}

export const EMPTY_SIGNING_STATE: SigningState = { failures: [], lockedUntil: null };

/** The end of the lockout in force at `now`, or null. */
export const lockedUntil = (state: SigningState, now: Date): Date | null => {
  if (!state.lockedUntil) return null;
  const until = new Date(state.lockedUntil);
  return until.getTime() > now.getTime() ? until : null;
};

export interface FailureOutcome {
  state: SigningState;
  /** Wrong passwords within the window, this one included. */
  failures: number;
  /** Set when this failure started a lockout. */
  lockedUntil: Date | null;
}

export const afterFailure = (state: SigningState, now: Date, policy: SigningPolicy): FailureOutcome => {
  const windowMs = policy.lockoutMinutes * 60_000;
  const recent = state.failures.filter((time) => {
    const at = new Date(time).getTime();
    return Number.isFinite(at) && at > now.getTime() - windowMs && at <= now.getTime();
  });
  const failures = [...recent, now.toISOString()];
  if (failures.length >= policy.maxAttempts) {
    const until = new Date(now.getTime() + windowMs);
    return { state: { failures: [], lockedUntil: until.toISOString() }, failures: failures.length, lockedUntil: until };
  }
  return { state: { failures, lockedUntil: null }, failures: failures.length, lockedUntil: null };
};

/** Reads a stored state leniently; anything unexpected counts as no recent failure. */
export const parseSigningState = (row: { failures?: unknown; lockedUntil?: unknown } | null | undefined): SigningState => {
  if (!row) return EMPTY_SIGNING_STATE;
  const raw = typeof row.failures === 'string' ? safeJson(row.failures) : row.failures;
  const failures = Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : [];
  const until = row.lockedUntil ? new Date(row.lockedUntil as string) : null;
  return { failures, lockedUntil: until && !Number.isNaN(until.getTime()) ? until.toISOString() : null };
};

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};
