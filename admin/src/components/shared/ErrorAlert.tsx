import { Alert } from '@strapi/design-system';
import { useT } from '../../hooks/useT';
import type { ApiFailure } from '../../utils/errors';

/** A request failure, with the server's message and every listed problem. */
export const ErrorAlert = ({ failure, title, onClose }: { failure: ApiFailure; title?: string; onClose?: () => void }) => {
  const t = useT();
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
