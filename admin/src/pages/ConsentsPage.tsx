import * as React from 'react';
import {
  Badge,
  Button,
  EmptyStateLayout,
  Flex,
  Link,
  Loader,
  Searchbar,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Download, Plus } from '@strapi/icons';
import { Layouts, Page, useDebounce, useNotification } from '@strapi/strapi/admin';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router-dom';
import type { ConsentStatus } from '../../../shared/contracts/consents';
import { useComplianceApi, useConsents } from '../api/compliance';
import { RecordConsentModal } from '../components/ConsentForm/RecordConsentModal';
import { ConsentStatusBadge } from '../components/shared/Badges';
import { ErrorAlert } from '../components/shared/ErrorAlert';
import { Pager } from '../components/shared/Pager';
import { TableHead } from '../components/shared/TableHead';
import { useFormatDate } from '../hooks/useFormatDate';
import { useCompliancePermissions } from '../hooks/usePermissions';
import { useT } from '../hooks/useT';
import { shortHash } from '../utils/checks';
import { exportFileName, saveBlob, type ExportFormat } from '../utils/download';
import { expiringBefore, expiryWindow } from '../utils/expiry';
import { entryEditPath } from '../utils/urls';
import { toApiFailure } from '../utils/errors';

const PAGE_SIZE = 20;
const STATUSES: ConsentStatus[] = ['active', 'revoked', 'expired'];
/** "Expiring": active consents expiring within 30 days, soonest first. */
type StatusFilter = ConsentStatus | '' | 'expiring';

const ExpiryBadge = ({ expiresAt }: { expiresAt: string | null | undefined }) => {
  const t = useT();
  const within = expiryWindow(expiresAt, new Date());
  if (!within) return null;
  return (
    <Badge size="S" variant={within === 7 ? 'danger' : 'warning'}>
      {within === 7 ? t('consents.expiring.7', 'Within 7 days') : t('consents.expiring.30', 'Within 30 days')}
    </Badge>
  );
};

/** The consent register: search, filter by status, record a new authorization, open one. */
export const ConsentsPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const permissions = useCompliancePermissions();
  const api = useComplianceApi();
  const { toggleNotification } = useNotification();
  const [search, setSearch] = React.useState('');
  const location = useLocation();
  const [status, setStatus] = React.useState<StatusFilter>(() => (new URLSearchParams(location.search).get('filter') === 'expiring' ? 'expiring' : ''));
  // The page belongs to the filters it was chosen under: new filters start again at page 1.
  const [paging, setPaging] = React.useState<{ filters: string; page: number }>({ filters: '', page: 1 });
  const [recordOpen, setRecordOpen] = React.useState(false);
  const [exporting, setExporting] = React.useState<ExportFormat | null>(null);
  const q = useDebounce(search.trim(), 300);
  const expiring = status === 'expiring';
  // Fixed when the filter is chosen, so the list does not refetch on every render.
  const expiresBefore = React.useMemo(() => (expiring ? expiringBefore(new Date()) : undefined), [expiring]);
  const filters = { status: expiring ? ('active' as const) : status || undefined, expiresBefore };
  const filterKey = JSON.stringify([q, status]);
  const page = paging.filters === filterKey ? paging.page : 1;
  const setPage = (next: number) => setPaging({ filters: filterKey, page: next });
  const list = useConsents({ page, pageSize: PAGE_SIZE, q: q || undefined, ...filters });

  const consents = list.data?.data ?? [];

  const exportRegister = async (format: ExportFormat) => {
    setExporting(format);
    try {
      const { blob, fileName } = await api.exportConsents(format, filters);
      saveBlob(blob, fileName ?? exportFileName('consent-register', format));
    } catch (error) {
      toggleNotification({ type: 'danger', message: toApiFailure(error).message });
    } finally {
      setExporting(null);
    }
  };

  return (
    <Page.Main>
      <Layouts.Header
        title={t('consents.title', 'Consents')}
        subtitle={t('consents.subtitle', 'Signed patient authorizations (HIPAA 164.508) and the entries they cover.')}
        primaryAction={
          permissions.consentsManage ? (
            <Button startIcon={<Plus />} onClick={() => setRecordOpen(true)}>
              {t('consents.record', 'Record consent')}
            </Button>
          ) : undefined
        }
        secondaryAction={
          permissions.auditExport ? (
            <Flex gap={2}>
              <Button
                variant="tertiary"
                startIcon={<Download />}
                loading={exporting === 'csv'}
                disabled={exporting !== null}
                onClick={() => exportRegister('csv')}
              >
                {t('consents.export.csv', 'Register (CSV)')}
              </Button>
              <Button
                variant="tertiary"
                startIcon={<Download />}
                loading={exporting === 'ndjson'}
                disabled={exporting !== null}
                onClick={() => exportRegister('ndjson')}
              >
                {t('consents.export.ndjson', 'Register (NDJSON)')}
              </Button>
            </Flex>
          ) : undefined
        }
      />
      <Layouts.Action
        startActions={
          <Flex gap={2}>
            <Searchbar
              name="q"
              value={search}
              clearLabel={t('action.clear', 'Clear')}
              placeholder={t('consents.search', 'Search by name or receipt id')}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
              onClear={() => setSearch('')}
            >
              {t('consents.search', 'Search by name or receipt id')}
            </Searchbar>
            <SingleSelect
              aria-label={t('consents.filter.status', 'Status')}
              size="S"
              value={status || 'all'}
              onChange={(value) => setStatus(value === 'all' ? '' : (String(value) as StatusFilter))}
            >
              <SingleSelectOption value="all">{t('consents.filter.all', 'All statuses')}</SingleSelectOption>
              <SingleSelectOption value="expiring">{t('consents.filter.expiring', 'Expiring (30 days)')}</SingleSelectOption>
              {STATUSES.map((item) => (
                <SingleSelectOption key={item} value={item}>
                  {t(`consent.status.${item}`, item)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Flex>
        }
      />
      <Layouts.Content>
        {!permissions.consentsManage ? (
          <Typography variant="pi" textColor="neutral600" tag="p">
            {t('consents.readOnly', 'You can read consents; recording, linking and revoking need the “Manage consents” permission.')}
          </Typography>
        ) : null}
        {list.error ? <ErrorAlert failure={list.error} /> : null}
        {list.isLoading && !list.data ? (
          <Flex justifyContent="center" padding={8}>
            <Loader>{t('loading', 'Loading…')}</Loader>
          </Flex>
        ) : consents.length === 0 && !list.error ? (
          <EmptyStateLayout
            content={
              q || status ? t('consents.empty.filtered', 'No consent matches these filters.') : t('consents.empty', 'No consent recorded yet.')
            }
          />
        ) : consents.length ? (
          <>
            <Table colCount={6} rowCount={consents.length + 1}>
              <TableHead
                columns={[
                  t('consents.column.subject', 'Individual'),
                  t('consents.column.status', 'Status'),
                  t('consents.column.signed', 'Signed'),
                  t('consents.column.expires', 'Expires'),
                  t('consents.column.entries', 'Entries'),
                  t('consents.column.receipt', 'Receipt'),
                ]}
              />
              <Tbody>
                {consents.map((consent) => (
                  <Tr key={consent.documentId}>
                    <Td>
                      <Link tag={RouterLink} to={consent.documentId}>
                        {consent.subjectName}
                      </Link>
                    </Td>
                    <Td>
                      <ConsentStatusBadge status={consent.status} />
                    </Td>
                    <Td>
                      <Typography variant="pi">{formatDate(consent.signedAt)}</Typography>
                    </Td>
                    <Td>
                      <Flex direction="column" alignItems="flex-start" gap={1}>
                        <Typography variant="pi">
                          {consent.expiresAt ? formatDate(consent.expiresAt, false) : (consent.expirationEvent ?? '—')}
                        </Typography>
                        {consent.status === 'active' ? <ExpiryBadge expiresAt={consent.expiresAt} /> : null}
                      </Flex>
                    </Td>
                    <Td>
                      {expiring && consent.links.length ? (
                        <Flex direction="column" alignItems="flex-start" gap={1} tag="ul">
                          {consent.links.map((link) => (
                            <li key={`${link.uid}|${link.documentId}|${link.locale ?? ''}`}>
                              <Link tag={RouterLink} to={entryEditPath(link)}>
                                {`${link.uid.split('.').pop()} ${link.documentId}${link.locale ? ` (${link.locale})` : ''}`}
                              </Link>
                            </li>
                          ))}
                        </Flex>
                      ) : (
                        <Typography variant="pi">{consent.links.length}</Typography>
                      )}
                    </Td>
                    <Td>
                      <Typography variant="pi" title={consent.receiptId}>
                        {shortHash(consent.receiptId)}
                      </Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            <Pager pagination={list.data?.meta.pagination} onPageChange={setPage} />
          </>
        ) : null}
      </Layouts.Content>
      <RecordConsentModal
        open={recordOpen}
        onOpenChange={setRecordOpen}
        onCreated={(consent) => {
          toggleNotification({ type: 'success', message: t('consents.recorded', 'Consent recorded') });
          navigate(consent.documentId);
        }}
      />
    </Page.Main>
  );
};
