import * as React from 'react';
import { Badge, Box, Checkbox, EmptyStateLayout, Flex, Link, Loader, ProgressBar, SingleSelect, SingleSelectOption, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { TableHead } from '../components/shared/TableHead';
import { Layouts, Page, useQueryParams } from '@strapi/strapi/admin';
import { ListPagination } from '../components/shared/ListPagination';
import { Link as RouterLink } from 'react-router-dom';
import type { QueueFilterOptions } from '../../../shared/contracts/reviews';
import { useGetQueueQuery, useGetStatusJobQuery } from '../api/compliance';
import { ErrorAlert } from '../components/shared/ErrorAlert';
import { useChecklistText } from '../hooks/useChecklistText';
import { useFormatDate } from '../hooks/useFormatDate';
import { useT } from '../hooks/useT';
import { entryEditPath } from '../utils/urls';

const PAGE_SIZE = 20;
const ALL = 'all';

interface Filters {
  uid?: string;
  rule?: string;
  role?: string;
  mine?: boolean;
}

/** The queue's page and filters live in the URL, so a reload or a shared link keeps them. */
interface QueueQuery {
  page?: string;
  pageSize?: string;
  uid?: string;
  rule?: string;
  role?: string;
  mine?: string;
}

/** How often the re-evaluation's progress is asked for while it runs. */
const JOB_POLL_MS = 5000;

/** "Re-evaluating 1,234 / 10,000" while stored statuses catch up with a rule or settings change. */
export const ReevaluationProgress = () => {
  const t = useT();
  const [running, setRunning] = React.useState(false);
  const job = useGetStatusJobQuery(undefined, { pollingInterval: running ? JOB_POLL_MS : 0 });
  const progress = job.data;
  const busy = Boolean(progress && progress.state !== 'idle');
  if (busy !== running) setRunning(busy);
  if (!progress || progress.state === 'idle') return null;
  const format = (value: number) => value.toLocaleString('en-US');
  return (
    <Box paddingBottom={4}>
      <Flex direction="column" alignItems="flex-start" gap={2} role="status">
        <Typography variant="pi">
          {t('queue.reevaluating', 'Re-evaluating {processed} / {total}: statuses follow the new rules as the run goes on.', {
            processed: format(progress.processed),
            total: format(progress.total),
          })}
        </Typography>
        <ProgressBar value={progress.total ? Math.round((progress.processed / progress.total) * 100) : 0} size="S" />
      </Flex>
    </Box>
  );
};

const FilterBar = ({ options, filters, onChange }: { options: QueueFilterOptions | undefined; filters: Filters; onChange: (filters: Filters) => void }) => {
  const t = useT();
  const select = (label: string, key: 'uid' | 'rule' | 'role', all: string, items: Array<{ value: string; label: string }>) => (
    <SingleSelect aria-label={label} size="S" value={filters[key] ?? ALL} onChange={(value) => onChange({ ...filters, [key]: value === ALL ? undefined : String(value) })}>
      <SingleSelectOption value={ALL}>{all}</SingleSelectOption>
      {items.map((item) => (
        <SingleSelectOption key={item.value} value={item.value}>
          {item.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
  return (
    <Flex gap={2} wrap="wrap" paddingBottom={4}>
      {select(t('queue.filter.type', 'Content type'), 'uid', t('queue.filter.allTypes', 'All types'), (options?.types ?? []).map((type) => ({ value: type.uid, label: type.displayName })))}
      {select(t('queue.filter.rule', 'Blocked by'), 'rule', t('queue.filter.allRules', 'Any rule'), (options?.rules ?? []).map((rule) => ({ value: rule.id, label: rule.title })))}
      {select(t('queue.filter.role', 'Review needed'), 'role', t('queue.filter.allRoles', 'Any review'), (options?.roles ?? []).map((role) => ({ value: role, label: role })))}
      <Checkbox checked={Boolean(filters.mine)} onCheckedChange={(checked: boolean | 'indeterminate') => onChange({ ...filters, mine: checked === true ? true : undefined })}>
        {t('queue.filter.mine', 'Waiting for my review')}
      </Checkbox>
    </Flex>
  );
};

/** Drafts of marked types that cannot be published yet, and what each lacks. */
export const QueuePage = () => {
  const t = useT();
  const text = useChecklistText();
  const formatDate = useFormatDate();
  const [{ query }, setQuery] = useQueryParams<QueueQuery>();
  const page = Number(query.page) || 1;
  const pageSize = Number(query.pageSize) || PAGE_SIZE;
  const filters: Filters = { uid: query.uid || undefined, rule: query.rule || undefined, role: query.role || undefined, mine: query.mine === 'true' || undefined };
  const queue = useGetQueueQuery({ page, pageSize, ...filters });
  // New filters start again at page 1.
  const changeFilters = (next: Filters) => setQuery({ uid: next.uid, rule: next.rule, role: next.role, mine: next.mine ? 'true' : undefined, page: '1' });
  const items = queue.data?.data ?? [];
  const pagination = queue.data?.meta.pagination;

  return (
    <Page.Main>
      <Layouts.Header
        title={t('queue.title', 'Review queue')}
        subtitle={t('queue.subtitle', 'Drafts that the compliance checklist still blocks, newest first.')}
      />
      <Layouts.Content>
        <ReevaluationProgress />
        <FilterBar options={queue.data?.meta.filters} filters={filters} onChange={changeFilters} />
        {queue.error ? <ErrorAlert failure={queue.error} /> : null}
        {queue.isLoading ? (
          <Flex justifyContent="center" padding={8}>
            <Loader>{t('loading', 'Loading…')}</Loader>
          </Flex>
        ) : items.length === 0 && !queue.error ? (
          <EmptyStateLayout content={t('queue.empty', 'Nothing is waiting: every draft of a marked type passes its checklist.')} />
        ) : items.length ? (
          <>
            <Table colCount={5} rowCount={items.length + 1}>
              <TableHead columns={[t('queue.column.entry', 'Entry'), t('queue.column.type', 'Content type'), t('queue.column.failing', 'Blocked by'), t('queue.column.reviews', 'Reviews needed'), t('queue.column.updated', 'Last edited')]} />
              <Tbody>
                {items.map((item) => (
                  <Tr key={`${item.uid}|${item.documentId}|${item.locale ?? ''}`}>
                    <Td>
                      <Flex direction="column" alignItems="flex-start" gap={1}>
                        <Link tag={RouterLink} to={entryEditPath(item)}>
                          {item.title}
                        </Link>
                        <Flex gap={1}>
                          {item.locale ? <Badge size="S">{item.locale}</Badge> : null}
                          {item.published ? (
                            <Badge size="S" variant="secondary">
                              {t('queue.published', 'Published version live')}
                            </Badge>
                          ) : null}
                        </Flex>
                      </Flex>
                    </Td>
                    <Td>
                      <Typography>{item.contentType}</Typography>
                    </Td>
                    <Td>
                      <Box tag="ul">
                        {item.failing.map((failing) => (
                          <Typography tag="li" key={failing.rule} variant="pi" title={text.message(failing)}>
                            {text.title(failing)}
                          </Typography>
                        ))}
                      </Box>
                    </Td>
                    <Td>
                      <Typography variant="pi">{item.missingRoles.length ? item.missingRoles.join(', ') : '—'}</Typography>
                    </Td>
                    <Td>
                      <Typography variant="pi">{formatDate(item.updatedAt)}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            <ListPagination pagination={pagination} pageSize={PAGE_SIZE} />
          </>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};
