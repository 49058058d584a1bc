import { Pagination } from '@strapi/strapi/admin';
import type { Pagination as PageInfo } from '../../../../shared/contracts/common';

/** Page links under a list, kept in the URL by Strapi's `Pagination` (`?page=`); nothing for one page. */
export const ListPagination = ({ pagination, pageSize }: { pagination: PageInfo | undefined; pageSize: number }) =>
  pagination && pagination.pageCount > 1 ? (
    <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={pageSize}>
      <Pagination.Links />
    </Pagination.Root>
  ) : null;
