import { Alert, Link } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';
import type { EntryRef } from '../../../../shared/contracts/common';
import { useT } from '../../hooks/useT';
import { entryEditPath } from '../../utils/urls';

/** After a revocation: the published entries it unpublished (those that relied on this consent alone). */
export const UnpublishedAlert = ({ unpublished, onClose }: { unpublished: EntryRef[]; onClose: () => void }) => {
  const t = useT();
  return (
    <Alert variant="success" closeLabel={t('action.close', 'Close')} title={t('revoke.unpublished.title', 'Consent revoked')} onClose={onClose}>
      {unpublished.length === 0
        ? t('revoke.unpublished.none', 'No published entry relied on it alone; nothing was unpublished.')
        : t('revoke.unpublished.some', '{count, plural, one {# entry was} other {# entries were}} unpublished:', {
            count: unpublished.length,
          })}
      {unpublished.length ? (
        <ul>
          {unpublished.map((entry) => (
            <li key={`${entry.uid}|${entry.documentId}|${entry.locale ?? ''}`}>
              <Link tag={RouterLink} to={entryEditPath(entry)}>
                {entry.uid} · {entry.documentId}
                {entry.locale ? ` (${entry.locale})` : ''}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
};
