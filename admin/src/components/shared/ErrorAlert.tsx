import { Alert } from '@strapi/design-system';
import { useT } from '../../hooks/useT';
import { toApiFailure, type ApiFailure } from '../../utils/errors';

/** A request failure (an `ApiFailure`, or a query's or mutation's `error`), with the server's message and every listed problem. */
export const ErrorAlert = ({ failure: error, title, onClose }: { failure: ApiFailure | unknown; title?: string; onClose?: () => void }) => {
  const t = useT();
  const failure = toApiFailure(error);
  const problems = Object.entries(failure.fieldErrors).filter(([, message]) => message !== failure.message);
  return (
    <Alert variant="danger" closeLabel={t('action.close', 'Close')} title={title ?? t('error.title', 'Something went wrong')} onClose={onClose}>
      {failure.status === 403 ? t('error.forbidden', 'You do not have the permission to do this.') : failure.message}
      {problems.length > 0 ? (
        <ul>
          {problems.map(([path, message]) => (
            <li key={path || message}>{path ? `${path}: ${message}` : message}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
};
