import { Th, Thead, Tr, Typography } from '@strapi/design-system';

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
