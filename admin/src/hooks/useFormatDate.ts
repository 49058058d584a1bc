import * as React from 'react';
import { useIntl } from 'react-intl';

/** Dates in the admin's language; '—' for none. */
export const useFormatDate = () => {
  const { formatDate } = useIntl();
  return React.useCallback(
    (value: string | null | undefined, withTime = true) => {
      if (!value) return '—';
      // A bare calendar date is a day, not an instant: show it without shifting time zones.
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(new Date(`${value}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) return value;
      return formatDate(date, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
    },
    [formatDate],
  );
};
