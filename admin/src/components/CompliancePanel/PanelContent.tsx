import * as React from 'react';
import { Badge, Box, Divider, Flex, IconButton, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { EntryRef } from '../../../../shared/contracts/common';
import type { useGetChecksQuery } from '../../api/compliance';
import { useCompliancePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { summarizeChecklist } from '../../utils/checks';
import { failureOf } from '../../utils/errors';
import { ChecksList, type FindingToWaive } from './ChecksList';
import { LinkedConsents } from './LinkedConsents';
import { ReviewsSection } from './ReviewsSection';
import { WaiverDialog } from './WaiverDialog';

interface PanelContentProps {
  entry: EntryRef;
  checks: ReturnType<typeof useGetChecksQuery>;
  /** The entry's `updatedAt` as the edit view shows it: a save changes it. */
  updatedAt: string | null;
}

const Heading = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="sigma" textColor="neutral600" tag="h3">
    {children}
  </Typography>
);

/** The side panel's body: verdict, checks, consents and reviews of the entry's draft. */
export const PanelContent = ({ entry, checks, updatedAt }: PanelContentProps) => {
  const t = useT();
  const permissions = useCompliancePermissions();
  const summary = checks.data ? summarizeChecklist(checks.data) : null;
  const failure = failureOf(checks.error);
  const { toggleNotification } = useNotification();
  const contentHash = checks.data?.contentHash ?? null;
  const [toWaive, setToWaive] = React.useState<FindingToWaive | null>(null);
  const waived = () => toggleNotification({ type: 'success', message: t('waiver.recorded', 'Finding waived for this version') });
  const staleWaiver = () =>
    toggleNotification({
      type: 'warning',
      message: t('waiver.changed', 'Someone saved this entry after you opened it, so nothing was waived. Reload the page and check the current version.'),
    });

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <Flex justifyContent="space-between" alignItems="center" gap={2}>
        {summary ? (
          <Flex gap={2} wrap="wrap" alignItems="center">
            <Badge variant={summary.state === 'passed' ? 'success' : 'danger'} size="M">
              {summary.state === 'passed' ? t('status.passed', 'Passed') : t('status.blocked', 'Blocked')}
            </Badge>
            {summary.shortHash ? (
              <Typography variant="pi" textColor="neutral600" title={checks.data?.contentHash}>
                {t('panel.hash', 'Version {hash}', { hash: summary.shortHash })}
              </Typography>
            ) : null}
          </Flex>
        ) : (
          <Box />
        )}
        <IconButton label={t('panel.refresh', 'Check again')} variant="ghost" size="S" onClick={() => checks.refetch()} disabled={checks.isFetching}>
          <ArrowClockwise />
        </IconButton>
      </Flex>

      {summary ? (
        <Typography variant="pi" textColor="neutral700">
          {summary.state === 'passed'
            ? summary.counts.warning
              ? t('panel.summary.warnings', 'Ready to publish, with {count, plural, one {# warning} other {# warnings}}.', {
                  count: summary.counts.warning,
                })
              : t('panel.summary.passed', 'Ready to publish.')
            : t('panel.summary.blocked', 'Publishing is blocked by {count, plural, one {# check} other {# checks}}.', {
                count: summary.blockers.length,
              })}
        </Typography>
      ) : null}

      {checks.isLoading ? (
        <Flex justifyContent="center">
          <Loader small>{t('loading', 'Loading…')}</Loader>
        </Flex>
      ) : failure ? (
        <Typography variant="pi" textColor="danger600">
          {failure.message}
        </Typography>
      ) : checks.data ? (
        <ChecksList checks={checks.data.checks} onWaive={permissions.reviewsApprove && contentHash ? setToWaive : null} />
      ) : null}

      {contentHash ? (
        <WaiverDialog
          entry={entry}
          target={toWaive}
          contentHash={contentHash}
          onClose={() => setToWaive(null)}
          onWaived={waived}
          onStale={staleWaiver}
        />
      ) : null}

      <Divider />
      <Heading>{t('panel.consents', 'Consents')}</Heading>
      <LinkedConsents entry={entry} permissions={permissions} />

      <Divider />
      <Heading>{t('panel.reviews', 'Reviews')}</Heading>
      <ReviewsSection
        entry={entry}
        updatedAt={updatedAt}
        permissions={permissions}
        missingRoles={summary?.missingRoles ?? []}
        contentHash={contentHash}
      />
    </Flex>
  );
};
