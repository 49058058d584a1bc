const DAY_MS = 86400000;

/** The admin's expiry windows: the default `expiry.noticeDays`. */
export const EXPIRY_WINDOWS = [7, 30] as const;

/** The smallest window (7 or 30 days) a future expiry falls in, or null. */
export const expiryWindow = (expiresAt: string | null | undefined, now: Date): 7 | 30 | null => {
  if (!expiresAt) return null;
  const left = new Date(expiresAt).getTime() - now.getTime();
  if (Number.isNaN(left) || left <= 0) return null;
  return EXPIRY_WINDOWS.find((days) => left <= days * DAY_MS) ?? null;
};

/** `expiresBefore` for the "Expiring" filter: the end of the widest window. */
export const expiringBefore = (now: Date) => new Date(now.getTime() + EXPIRY_WINDOWS[EXPIRY_WINDOWS.length - 1] * DAY_MS).toISOString();
