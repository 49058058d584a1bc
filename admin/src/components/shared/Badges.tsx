import { Badge } from '@strapi/design-system';
import type { Check } from '../../../../shared/contracts/checks';
import type { ConsentStatus } from '../../../../shared/contracts/consents';
import { useT } from '../../hooks/useT';
import { checkOutcome, OUTCOME_BADGE, type CheckOutcome, type RowStatus } from '../../utils/checks';

export const CheckOutcomeBadge = ({ check }: { check: Pick<Check, 'status' | 'severity'> }) => {
  const t = useT();
  const outcome = checkOutcome(check);
  const labels: Record<CheckOutcome, string> = {
    pass: t('check.outcome.pass', 'Pass'),
    fail: t('check.outcome.fail', 'Fail'),
    warning: t('check.outcome.warning', 'Warning'),
    skip: t('check.outcome.skip', 'Skipped'),
  };
  return <Badge variant={OUTCOME_BADGE[outcome]}>{labels[outcome]}</Badge>;
};

const CONSENT_VARIANT: Record<ConsentStatus, 'success' | 'danger' | 'neutral'> = { active: 'success', revoked: 'danger', expired: 'neutral' };

export const ConsentStatusBadge = ({ status }: { status: ConsentStatus }) => {
  const t = useT();
  const labels: Record<ConsentStatus, string> = {
    active: t('consent.status.active', 'Active'),
    revoked: t('consent.status.revoked', 'Revoked'),
    expired: t('consent.status.expired', 'Expired'),
  };
  return <Badge variant={CONSENT_VARIANT[status]}>{labels[status]}</Badge>;
};

export const RowStatusBadge = ({ status }: { status: RowStatus }) => {
  const t = useT();
  if (status === 'blocked') return <Badge variant="danger">{t('status.blocked', 'Blocked')}</Badge>;
  if (status === 'warnings') return <Badge variant="warning">{t('status.warnings', 'Warnings')}</Badge>;
  return <Badge variant="success">{t('status.passed', 'Passed')}</Badge>;
};
