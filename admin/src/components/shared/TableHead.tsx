import type { ReactNode } from 'react';
import { Table, Tbody, Th, Thead, Tr, Typography } from '@strapi/design-system';

/** The header row every table of the plugin uses: one translated label a column. */
export const TableHead = ({ columns }: { columns: string[] }) => (
  <Thead>
    <Tr>
      {columns.map((label) => (
        <Th key={label}>
          <Typography variant="sigma">{label}</Typography>
        </Th>
      ))}
    </Tr>
  </Thead>
);

/** A table with the plugin's header row: `columns` labels, then `rowCount` body rows (the children). */
export const DataTable = ({ columns, rowCount, children }: { columns: string[]; rowCount: number; children: ReactNode }) => (
  <Table colCount={columns.length} rowCount={rowCount + 1}>
    <TableHead columns={columns} />
    <Tbody>{children}</Tbody>
  </Table>
);
