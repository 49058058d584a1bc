import * as React from 'react';
import { useIntl } from 'react-intl';
import type { CheckFinding } from '../../../shared/contracts/checks';
import { findingKindKey, prefixed, type MessageValues } from '../../../shared/messages';

interface Translatable {
  title?: string;
  titleId?: string;
  message?: string;
  messageId?: string;
  values?: MessageValues;
}

/**
 * Rule titles, rule messages and findings in the admin's language: the server sends an id and
 * values with each English text (README "Checklist languages"); the English is the fallback for an
 * id this admin has no translation for (a custom rule, a newer server).
 */
export const useChecklistText = () => {
  const intl = useIntl();
  return React.useMemo(() => {
    const { formatMessage, messages, locale } = intl;
    const english = locale.toLowerCase().startsWith('en');
    return {
      title: ({ title = '', titleId }: Translatable) => (titleId ? formatMessage({ id: titleId, defaultMessage: title }) : title),
      message: ({ message = '', messageId, values }: Translatable) => (messageId ? formatMessage({ id: messageId, defaultMessage: message }, values) : message),
      /** A finding's own message id when it has one; else, outside English, its translated kind label. */
      finding: ({ message, messageId, values, kind }: CheckFinding) => {
        if (messageId) return formatMessage({ id: messageId, defaultMessage: message }, values);
        const kindId = prefixed(findingKindKey(kind));
        return english || !(kindId in messages) ? message : formatMessage({ id: kindId, defaultMessage: message });
      },
    };
  }, [intl]);
};
