import * as React from 'react';
import { useIntl } from 'react-intl';
import type { PrimitiveType } from 'react-intl';
import { getTrad } from '../utils/getTrad';

export type Translate = (id: string, defaultMessage: string, values?: Record<string, PrimitiveType>) => string;

/** `t('panel.title', 'Compliance')`: a plugin-prefixed message with its English default. */
export const useT = (): Translate => {
  const { formatMessage } = useIntl();
  return React.useCallback<Translate>((id, defaultMessage, values) => formatMessage({ id: getTrad(id), defaultMessage }, values), [formatMessage]);
};
