import { Flex, Link, Loader, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';
import { useGetHomeWidgetQuery } from '../../api/compliance';
import { useT } from '../../hooks/useT';
import { ErrorAlert } from '../shared/ErrorAlert';

const Figure = ({ value, label, to }: { value: number; label: string; to: string }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="alpha" tag="p">
      {value}
    </Typography>
    <Link tag={RouterLink} to={to}>
      {label}
    </Link>
  </Flex>
);

/** The admin homepage widget: the caller's review queue, and consents expiring within 30 days. */
export const ComplianceWidget = () => {
  const t = useT();
  const widget = useGetHomeWidgetQuery();
  if (widget.error) return <ErrorAlert failure={widget.error} />;
  if (!widget.data) {
    return (
      <Flex justifyContent="center" padding={4}>
        <Loader small>{t('loading', 'Loading…')}</Loader>
      </Flex>
    );
  }
  const { toReview, expiringSoon } = widget.data;
  return (
    <Flex gap={8} padding={2} alignItems="flex-start">
      <Figure value={toReview} label={t('widget.toReview', 'waiting for your review')} to="/plugins/compliance/queue" />
      {expiringSoon !== null ? <Figure value={expiringSoon} label={t('widget.expiring', 'consents expiring within 30 days')} to="/plugins/compliance/consents?filter=expiring" /> : null}
    </Flex>
  );
};
