const DAY_MS = 86400000;

/**
 * The notice threshold a consent has reached: the smallest of `noticeDays` whose window
 * (now … now + days) holds `expiresAt`. A consent first seen 5 days before expiry gets the 7-day
 * notice only, never the 30-day one afterwards. Null when no window holds it yet (or it has expired).
 */
export const noticeThreshold = (expiresAt: Date, now: Date, noticeDays: number[]): number | null => {
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return null;
  const reached = noticeDays.filter((days) => left <= days * DAY_MS);
  return reached.length ? Math.min(...reached) : null;
};

/** Whole days left, rounded up (a consent expiring in 6.2 days has 7 days left). */
export const daysLeft = (expiresAt: Date, now: Date) => Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / DAY_MS));
