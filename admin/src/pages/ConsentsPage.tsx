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
import { Layouts, Page, useDebounce, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { ListPagination } from '../components/shared/ListPagination';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { CONSENT_STATUSES, type ConsentStatus } from '../../../shared/contracts/consents';
import { useComplianceDownloads, useListConsentsQuery } from '../api/compliance';
import { RecordConsentModal } from '../components/ConsentForm/RecordConsentModal';
import { ConsentStatusBadge } from '../components/shared/Badges';
import { ErrorAlert } from '../components/shared/ErrorAlert';
import { TableHead } from '../components/shared/TableHead';
import { useFormatDate } from '../hooks/useFormatDate';
import { useCompliancePermissions } from '../hooks/usePermissions';
import { useT } from '../hooks/useT';
import { shortHash } from '../utils/checks';
import { exportFileName, saveBlob, type ExportFormat } from '../utils/download';
import { expiringBefore, expiryWindow } from '../utils/expiry';
import { entryEditPath } from '../utils/urls';
import { useErrorToast } from '../hooks/useErrorToast';

const PAGE_SIZE = 20;
/** "Expiring": active consents expiring within 30 days, soonest first. */
type StatusFilter = ConsentStatus | '' | 'expiring';
const STATUS_FILTERS: readonly string[] = [...CONSENT_STATUSES, 'expiring'];

/** The list's search, filter and page live in the URL, so a reload or a shared link keeps them. */
interface ConsentsQuery {
  page?: string;
  pageSize?: string;
  q?: string;
  filter?: string;
}

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
  const api = useComplianceDownloads();
  const toastError = useErrorToast();
  const { toggleNotification } = useNotification();
  const [{ query }, setQuery] = useQueryParams<ConsentsQuery>();
  const q = typeof query.q === 'string' ? query.q : '';
  const status: StatusFilter = typeof query.filter === 'string' && STATUS_FILTERS.includes(query.filter) ? (query.filter as StatusFilter) : '';
  const page = Number(query.page) || 1;
  const pageSize = Number(query.pageSize) || PAGE_SIZE;
  // New filters start again at page 1; the URL is written without encoding, so encode the search.
  const setFilters = (next: { q?: string; filter?: StatusFilter }) =>
    setQuery({ ...('q' in next ? { q: next.q ? encodeURIComponent(next.q) : undefined } : {}), ...('filter' in next ? { filter: next.filter || undefined } : {}), page: '1' });
  const [search, setSearch] = React.useState(q);
  const debounced = useDebounce(search.trim(), 300);
  React.useEffect(() => {
    if (debounced !== q) setFilters({ q: debounced });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new search is written to the URL
  }, [debounced]);
  const [recordOpen, setRecordOpen] = React.useState(false);
  const [exporting, setExporting] = React.useState<ExportFormat | null>(null);
  const expiring = status === 'expiring';
  // Fixed when the filter is chosen, so the list does not refetch on every render.
  const expiresBefore = React.useMemo(() => (expiring ? expiringBefore(new Date()) : undefined), [expiring]);
  const filters = { status: expiring ? ('active' as const) : status || undefined, expiresBefore };
  const list = useListConsentsQuery({ page, pageSize, q: q || undefined, ...filters });

  const consents = list.data?.data ?? [];
  const pagination = list.data?.meta.pagination;

  const exportRegister = async (format: ExportFormat) => {
    setExporting(format);
    try {
      const { blob, fileName } = await api.exportConsents(format, filters);
      saveBlob(blob, fileName ?? exportFileName('consent-register', format));
    } catch (error) {
      toastError(error);
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
              onChange={(value) => setFilters({ filter: value === 'all' ? '' : (String(value) as StatusFilter) })}
            >
              <SingleSelectOption value="all">{t('consents.filter.all', 'All statuses')}</SingleSelectOption>
              <SingleSelectOption value="expiring">{t('consents.filter.expiring', 'Expiring (30 days)')}</SingleSelectOption>
              {CONSENT_STATUSES.map((item) => (
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
        {list.isLoading ? (
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
            <ListPagination pagination={pagination} pageSize={PAGE_SIZE} />
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
