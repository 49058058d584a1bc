import { Box, Flex, Typography } from '@strapi/design-system';
import type { Check, CheckFinding } from '../../../../shared/contracts/checks';
import { isWaivableRule, type WaivableRuleId } from '../../../../shared/rule-ids';
import { useChecklistText } from '../../hooks/useChecklistText';
import { useT } from '../../hooks/useT';
import { sortChecks } from '../../utils/checks';
import { CheckOutcomeBadge } from '../shared/Badges';
import { FindingItem } from './FindingItem';

/** Findings shown per check before "and N more". */
const MAX_FINDINGS = 5;

export interface FindingToWaive {
  rule: WaivableRuleId;
  finding: CheckFinding;
}

interface ChecksListProps {
  checks: Check[];
  /** Offers "Waive" on each finding of a waivable rule (only to holders of reviews.approve). */
  onWaive?: ((target: FindingToWaive) => void) | null;
}

/** Each rule's result, failures first; each finding explains itself and may be waived. */
export const ChecksList = ({ checks, onWaive = null }: ChecksListProps) => {
  const t = useT();
  const text = useChecklistText();
  if (!checks.length) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('panel.checks.empty', 'No rule applies to this entry.')}
      </Typography>
    );
  }
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
      {sortChecks(checks).map((check) => {
        const waivable = onWaive && isWaivableRule(check.rule) ? check.rule : null;
        return (
          <Box tag="li" key={check.rule} padding={2} hasRadius background="neutral100">
            <Flex direction="column" alignItems="stretch" gap={1}>
              <Flex gap={2} justifyContent="space-between" alignItems="flex-start">
                <Typography variant="omega" fontWeight="semiBold">
                  {text.title(check)}
                </Typography>
                <CheckOutcomeBadge check={check} />
              </Flex>
              <Typography variant="pi" textColor="neutral700">
                {text.message(check)}
              </Typography>
              {check.findings.length > 0 ? (
                <Flex tag="ul" direction="column" alignItems="stretch" gap={2} paddingTop={1}>
                  {check.findings.slice(0, MAX_FINDINGS).map((finding, index) => (
                    <FindingItem
                      key={`${finding.path.join('.')}-${finding.offset}-${index}`}
                      finding={finding}
                      onWaive={onWaive && waivable ? () => onWaive({ rule: waivable, finding }) : undefined}
                    />
                  ))}
                  {check.findings.length > MAX_FINDINGS ? (
                    <Typography variant="pi" textColor="neutral600" tag="li">
                      {t('panel.finding.more', 'and {count} more', { count: check.findings.length - MAX_FINDINGS })}
                    </Typography>
                  ) : null}
                </Flex>
              ) : null}
            </Flex>
          </Box>
        );
      })}
    </Flex>
  );
};
