/**
 * `notifications.digestMinutes` as a cron rule: every N minutes, or every N/60 hours (the config
 * schema allows only these); `notifications.digestSeconds`, when set, every N seconds instead.
 */
export const digestRule = (minutes: number, seconds?: number) =>
  seconds ? `*/${seconds} * * * * *` : minutes < 60 ? `*/${minutes} * * * *` : `0 */${minutes / 60} * * *`;
