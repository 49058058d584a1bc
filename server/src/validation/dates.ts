/** Accepts ISO 8601 date or date-time strings only: a typo must not turn into another date. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const parseIsoDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Clock skew tolerated between a reviewer's device and the server when checking "not in the future". */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
