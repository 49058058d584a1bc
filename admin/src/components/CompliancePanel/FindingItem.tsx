import { Badge, Button, Flex, TextButton, Typography } from '@strapi/design-system';
import type { CheckFinding } from '../../../../shared/contracts/checks';
import { useChecklistText } from '../../hooks/useChecklistText';
import { useT } from '../../hooks/useT';
import { focusField } from '../../utils/checks';

interface FindingItemProps {
  finding: CheckFinding;
  /** Set when the viewer may waive this finding (reviews.approve, a waivable rule, not yet waived). */
  onWaive?: () => void;
}

/**
 * One finding: where it is (a click focuses the field), what it says, why it matters with its
 * reference and a suggested rewrite when the detector has them, and its waiver. A waiver signed on
 * an earlier version is shown as no longer counting, never as waived.
 */
export const FindingItem = ({ finding, onWaive }: FindingItemProps) => {
  const t = useT();
  const text = useChecklistText();
  const field = finding.path.join('.');
  return (
    <Flex tag="li" direction="column" alignItems="stretch" gap={1}>
      <Flex gap={2} wrap="wrap" alignItems="center">
        <TextButton
          onClick={() => focusField(finding.path)}
          aria-label={t('panel.finding.goto', 'Go to the field {field}: {message}', { field, message: text.finding(finding) })}
        >
          <Typography variant="pi" textColor={finding.waived ? 'neutral600' : 'primary600'}>
            {field ? `${field}: ` : ''}“{finding.match}”
          </Typography>
        </TextButton>
        {finding.family ? <Badge size="S">{finding.family}</Badge> : null}
        {finding.waived ? (
          <Badge size="S" variant="secondary">
            {t('finding.waived', 'Waived')}
          </Badge>
        ) : null}
      </Flex>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {text.finding(finding)}
      </Typography>
      {finding.why ? (
        <Typography variant="pi" textColor="neutral700" tag="p">
          {t('finding.why', 'Why: {why}', { why: finding.why })}
          {finding.reference ? ` (${finding.reference})` : ''}
        </Typography>
      ) : finding.reference ? (
        <Typography variant="pi" textColor="neutral700" tag="p">
          {t('finding.reference', 'Reference: {reference}', { reference: finding.reference })}
        </Typography>
      ) : null}
      {finding.suggestion ? (
        <Typography variant="pi" textColor="success700" tag="p">
          {t('finding.suggestion', 'Try instead: {suggestion}', { suggestion: finding.suggestion })}
        </Typography>
      ) : null}
      {finding.waived ? (
        <Typography variant="pi" textColor="neutral800" tag="p">
          {t('finding.waivedBy', 'Waived by {name}: {reason}', { name: finding.waived.by.name, reason: finding.waived.reason })}
        </Typography>
      ) : finding.staleWaiver ? (
        <Typography variant="pi" textColor="neutral600" tag="p">
          {t('finding.staleWaiver', 'Waived by {name} on an earlier version; the waiver no longer counts.', { name: finding.staleWaiver.by.name })}
        </Typography>
      ) : null}
      {onWaive && !finding.waived ? (
        <Flex>
          <Button variant="tertiary" size="S" onClick={onWaive} aria-label={t('finding.waive.label', 'Waive “{match}” in {field}', { match: finding.match, field })}>
            {t('finding.waive', 'Waive')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
};
