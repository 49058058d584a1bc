import { IconButton, Link, Td, Tr, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';
import type { ConsentLink } from '../../../../shared/contracts/consents';
import { DataTable } from '../../components/shared/TableHead';
import { useFormatDate } from '../../hooks/useFormatDate';
import { useT } from '../../hooks/useT';
import { entryEditPath } from '../../utils/urls';
import { personName } from './personName';

interface ConsentLinksTableProps {
  links: ConsentLink[];
  /** Null when the user may not unlink (no "Manage consents"). */
  onUnlink: ((link: ConsentLink) => void) | null;
  busy: boolean;
}

/** The entries the consent covers, each with a link to its edit view and, for managers, an unlink button. */
export const ConsentLinksTable = ({ links, onUnlink, busy }: ConsentLinksTableProps) => {
  const t = useT();
  const formatDate = useFormatDate();
  if (links.length === 0) return <Typography textColor="neutral600">{t('consent.links.none', 'No entry is linked to this consent.')}</Typography>;
  return (
    <DataTable
      rowCount={links.length}
      columns={[
        t('consent.links.entry', 'Entry'),
        t('consent.links.locale', 'Locale'),
        t('consent.links.linked', 'Linked'),
        t('consent.links.actions', 'Actions'),
      ]}
    >
      {links.map((link) => (
        <Tr key={`${link.uid}|${link.documentId}|${link.locale ?? ''}`}>
          <Td>
            <Link tag={RouterLink} to={entryEditPath(link)}>
              {link.uid} · {link.documentId}
            </Link>
          </Td>
          <Td>
            <Typography variant="pi">{link.locale ?? t('consent.links.allLocales', 'All locales')}</Typography>
          </Td>
          <Td>
            <Typography variant="pi">
              {formatDate(link.linkedAt)}
              {link.linkedBy ? ` · ${personName(link.linkedBy)}` : ''}
            </Typography>
          </Td>
          <Td>
            {onUnlink ? (
              <IconButton label={t('panel.consents.unlink', 'Unlink this consent')} variant="ghost" disabled={busy} onClick={() => onUnlink(link)}>
                <Cross />
              </IconButton>
            ) : null}
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};
