import { Box, Flex, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { ExpiryWeek } from '../../../../shared/contracts/overview';
import { useT } from '../../hooks/useT';

const Track = styled.div`
  flex: 1;
  height: 8px;
  border-radius: 4px;
  background: ${({ theme }) => theme.colors.neutral150};
`;
const Fill = styled.div<{ $share: number }>`
  width: ${({ $share }) => `${Math.round($share * 100)}%`};
  height: 100%;
  border-radius: 4px;
  background: ${({ theme }) => theme.colors.warning500};
`;

/** Active consents expiring in each coming week, as one bar per week. */
export const ExpiringWeeks = ({ weeks }: { weeks: ExpiryWeek[] }) => {
  const t = useT();
  const max = Math.max(1, ...weeks.map((week) => week.count));
  return (
    <Flex direction="column" alignItems="stretch" gap={1} tag="ul">
      {weeks.map((week) => (
        <Flex key={week.weekStart} gap={3} tag="li" aria-label={t('overview.expiring.week', 'Week of {week}: {count} expiring', { week: week.weekStart, count: week.count })}>
          <Box minWidth="6rem">
            <Typography variant="pi" textColor="neutral600">
              {week.weekStart}
            </Typography>
          </Box>
          <Track>
            <Fill $share={week.count / max} />
          </Track>
          <Box minWidth="2rem">
            <Typography variant="pi" fontWeight="bold">
              {week.count}
            </Typography>
          </Box>
        </Flex>
      ))}
    </Flex>
  );
};
