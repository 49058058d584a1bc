const DAY_MS = 86400000;

/** Monday 00:00 UTC of the week holding `date`. */
export const weekStartOf = (date: Date): Date => {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const offset = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - offset * DAY_MS);
};

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** `count` week starts (YYYY-MM-DD), oldest first, from `first` on. */
export const weekStarts = (first: Date, count: number): string[] =>
  Array.from({ length: count }, (_, index) => isoDay(new Date(weekStartOf(first).getTime() + index * 7 * DAY_MS)));

/** The `weeks` weeks ending with the current one. */
export const pastWeeks = (now: Date, weeks: number) => weekStarts(new Date(weekStartOf(now).getTime() - (weeks - 1) * 7 * DAY_MS), weeks);

/** The `weeks` weeks starting with the current one. */
export const comingWeeks = (now: Date, weeks: number) => weekStarts(now, weeks);

/** Sums per-day counts (`day` as YYYY-MM-DD) into the given weeks; days outside them are left out. */
export const sumByWeek = (weeks: string[], days: Array<{ day: string; count: number }>): number[] => {
  const totals = weeks.map(() => 0);
  for (const { day, count } of days) {
    const start = isoDay(weekStartOf(new Date(`${day}T00:00:00Z`)));
    const index = weeks.indexOf(start);
    if (index >= 0) totals[index] += count;
  }
  return totals;
};
