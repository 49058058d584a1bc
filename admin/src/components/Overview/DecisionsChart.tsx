import { Box, Flex, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { DecisionWeek } from '../../../../shared/contracts/overview';
import { useT } from '../../hooks/useT';

const WIDTH = 600;
const HEIGHT = 180;
const AXIS = 24;
const BAR_GAP = 2;

const Blocked = styled.rect`
  fill: ${({ theme }) => theme.colors.danger500};
`;
const Allowed = styled.rect`
  fill: ${({ theme }) => theme.colors.success500};
`;
const Baseline = styled.line`
  stroke: ${({ theme }) => theme.colors.neutral300};
`;
const Label = styled.text`
  fill: ${({ theme }) => theme.colors.neutral600};
  font-size: 11px;
`;
const Swatch = styled.span<{ $tone: 'danger' | 'success' }>`
  display: inline-block;
  width: 10px;
  height: 10px;
  border-radius: 2px;
  background: ${({ theme, $tone }) => ($tone === 'danger' ? theme.colors.danger500 : theme.colors.success500)};
`;

/** Publications refused and allowed per week, as SVG bars in the design system's colours. */
export const DecisionsChart = ({ weeks }: { weeks: DecisionWeek[] }) => {
  const t = useT();
  const max = Math.max(1, ...weeks.flatMap((week) => [week.blocked, week.allowed]));
  const slot = WIDTH / Math.max(1, weeks.length);
  const bar = (slot - 4 * BAR_GAP) / 2;
  const plot = HEIGHT - AXIS;
  const height = (count: number) => (count / max) * (plot - 8);
  const blocked = weeks.reduce((sum, week) => sum + week.blocked, 0);
  const allowed = weeks.reduce((sum, week) => sum + week.allowed, 0);
  const summary = t('overview.chart.summary', '{weeks} weeks: {blocked} publications refused, {allowed} allowed', { weeks: weeks.length, blocked, allowed });

  return (
    <Box>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={summary}>
        <title>{summary}</title>
        {weeks.map((week, index) => {
          const x = index * slot + BAR_GAP;
          return (
            <g key={week.weekStart} data-week={week.weekStart}>
              <Blocked x={x} y={plot - height(week.blocked)} width={bar} height={height(week.blocked)}>
                <title>{t('overview.chart.blockedBar', 'Week of {week}: {count} refused', { week: week.weekStart, count: week.blocked })}</title>
              </Blocked>
              <Allowed x={x + bar + BAR_GAP} y={plot - height(week.allowed)} width={bar} height={height(week.allowed)}>
                <title>{t('overview.chart.allowedBar', 'Week of {week}: {count} allowed', { week: week.weekStart, count: week.allowed })}</title>
              </Allowed>
              {/* Every other week is labelled, the current one always. */}
              {(weeks.length - 1 - index) % 2 === 0 ? (
                <Label x={x} y={HEIGHT - 6}>
                  {week.weekStart.slice(5)}
                </Label>
              ) : null}
            </g>
          );
        })}
        <Baseline x1={0} x2={WIDTH} y1={plot} y2={plot} />
      </svg>
      <Flex gap={4} paddingTop={2}>
        <Flex gap={1}>
          <Swatch $tone="danger" />
          <Typography variant="pi">{t('overview.chart.blocked', 'Refused ({count})', { count: blocked })}</Typography>
        </Flex>
        <Flex gap={1}>
          <Swatch $tone="success" />
          <Typography variant="pi">{t('overview.chart.allowed', 'Allowed ({count})', { count: allowed })}</Typography>
        </Flex>
      </Flex>
    </Box>
  );
};
