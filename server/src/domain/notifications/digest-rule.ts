/** `notifications.digestMinutes` as a cron rule: every N minutes, or every N/60 hours (the config schema allows only these). */
export const digestRule = (minutes: number) => (minutes < 60 ? `*/${minutes} * * * *` : `0 */${minutes / 60} * * *`);
