import * as React from 'react';
import { Badge, Box, EmptyStateLayout, Flex, Link, Loader, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { TableHead } from '../components/shared/TableHead';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';
import { useQueue } from '../api/compliance';
import { ErrorAlert } from '../components/shared/ErrorAlert';
import { Pager } from '../components/shared/Pager';
import { useChecklistText } from '../hooks/useChecklistText';
import { useFormatDate } from '../hooks/useFormatDate';
import { useT } from '../hooks/useT';
import { entryEditPath } from '../utils/urls';

const PAGE_SIZE = 20;

/** Drafts of marked types that cannot be published yet, and what each lacks. */
export const QueuePage = () => {
  const t = useT();
  const text = useChecklistText();
  const formatDate = useFormatDate();
  const [page, setPage] = React.useState(1);
  const queue = useQueue({ page, pageSize: PAGE_SIZE });
  const items = queue.data?.data ?? [];

  return (
    <Page.Main>
      <Layouts.Header
        title={t('queue.title', 'Review queue')}
        subtitle={t('queue.subtitle', 'Drafts that the compliance checklist still blocks, newest first.')}
      />
      <Layouts.Content>
        {queue.error ? <ErrorAlert failure={queue.error} /> : null}
        {queue.isLoading && !queue.data ? (
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
            <Pager pagination={queue.data?.meta.pagination} onPageChange={setPage} />
          </>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};
