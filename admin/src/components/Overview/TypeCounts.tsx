import { Badge, Flex, Td, Tr, Typography } from '@strapi/design-system';
import type { TypeOverview } from '../../../../shared/contracts/overview';
import { prefixed, ruleTitleKey } from '../../../../shared/messages';
import { useChecklistText } from '../../hooks/useChecklistText';
import { useT } from '../../hooks/useT';
import { roleLabel } from '../../utils/roles';
import { DataTable } from '../shared/TableHead';

const pairs = (counts: Record<string, number>) => Object.entries(counts).sort(([, a], [, b]) => b - a);

/** Per content type: drafts ready to publish, blockers by rule, and drafts waiting for each review role. */
export const TypeCounts = ({ types }: { types: TypeOverview[] }) => {
  const t = useT();
  const text = useChecklistText();
  return (
    <DataTable
      rowCount={types.length}
      columns={[
        t('overview.column.type', 'Content type'),
        t('overview.column.ready', 'Ready to publish'),
        t('overview.column.blocked', 'Blocked by rule'),
        t('overview.column.waiting', 'Waiting for review'),
      ]}
    >
      {types.map((type) => (
        <Tr key={type.uid}>
          <Td>
            <Typography fontWeight="bold">{type.displayName}</Typography>
            <Typography variant="pi" textColor="neutral600" tag="p">
              {t('overview.drafts', '{count, plural, one {# draft} other {# drafts}}', { count: type.drafts })}
            </Typography>
          </Td>
          <Td>
            <Badge variant={type.ready ? 'success' : 'neutral'}>{type.ready}</Badge>
          </Td>
          <Td>
            <Flex gap={1} wrap="wrap">
              {pairs(type.blockedByRule).length
                ? pairs(type.blockedByRule).map(([rule, count]) => (
                    <Badge key={rule} variant="danger" title={text.title({ title: rule, titleId: prefixed(ruleTitleKey(rule)) })}>
                      {`${rule} · ${count}`}
                    </Badge>
                  ))
                : '—'}
            </Flex>
          </Td>
          <Td>
            <Flex gap={1} wrap="wrap">
              {pairs(type.waitingByRole).length
                ? pairs(type.waitingByRole).map(([role, count]) => (
                    <Badge key={role} variant="warning">
                      {`${roleLabel(t, role)} · ${count}`}
                    </Badge>
                  ))
                : '—'}
            </Flex>
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};
