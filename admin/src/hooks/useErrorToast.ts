import * as React from 'react';
import { useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import { toApiFailure } from '../utils/errors';

/**
 * Toasts a failed request as Strapi's own pages do (`useAPIErrorHandler`); `describe` may wrap
 * the formatted message ("The consent was recorded but not linked: …").
 */
export const useErrorToast = () => {
  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();
  return React.useCallback(
    (error: unknown, describe?: (message: string) => string) => {
      const failure = toApiFailure(error);
      const message = formatAPIError({ name: failure.name, message: failure.message });
      toggleNotification({ type: 'danger', message: describe ? describe(message) : message });
    },
    [toggleNotification, formatAPIError],
  );
};
