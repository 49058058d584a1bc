import { Button, Flex, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';
import type { Pagination } from '../../../../shared/contracts/common';
import { useT } from '../../hooks/useT';

/** Previous / next with "page x of y"; hidden when everything fits on one page. */
export const Pager = ({ pagination, onPageChange }: { pagination: Pagination | undefined; onPageChange: (page: number) => void }) => {
  const t = useT();
  if (!pagination || pagination.pageCount <= 1) return null;
  const { page, pageCount, total } = pagination;
  return (
    <Flex justifyContent="space-between" alignItems="center" paddingTop={4}>
      <Typography variant="pi" textColor="neutral600">
        {t('pager.summary', 'Page {page} of {pageCount} ({total} in all)', { page, pageCount, total })}
      </Typography>
      <Flex gap={2}>
        <Button variant="tertiary" size="S" startIcon={<ChevronLeft />} disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          {t('pager.previous', 'Previous')}
        </Button>
        <Button variant="tertiary" size="S" endIcon={<ChevronRight />} disabled={page >= pageCount} onClick={() => onPageChange(page + 1)}>
          {t('pager.next', 'Next')}
        </Button>
      </Flex>
    </Flex>
  );
};
