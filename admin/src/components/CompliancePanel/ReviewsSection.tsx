import * as React from 'react';
import { Alert, Badge, Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { Check, Pencil } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { EntryRef } from '../../../../shared/contracts/common';
import type { ReviewDecisionValue } from '../../../../shared/contracts/reviews';
import { useGetReviewsQuery } from '../../api/compliance';
import { failureOf } from '../../utils/errors';
import { useFormatDate } from '../../hooks/useFormatDate';
import { useT } from '../../hooks/useT';
import type { CompliancePermissions } from '../../utils/permissions';
import { ReviewDialog } from './ReviewDialog';
import { roleLabel } from '../../utils/roles';

interface ReviewsSectionProps {
  entry: EntryRef;
  /** The entry's `updatedAt` in the edit view: a save changes it. */
  updatedAt: string | null;
  permissions: CompliancePermissions;
  missingRoles: string[];
  /** The content hash of the version on screen (from the checklist); null until it is known. */
  contentHash: string | null;
}

/**
 * Reviewer decisions, newest first; a decision on an older version of the draft is marked stale.
 * Signing sends the content hash of the version on screen. If someone saved the entry meanwhile
 * (409), nothing was signed: the panel asks for a page reload, so the reviewer sees
 * the new text before signing it.
 */
export const ReviewsSection = ({ entry, updatedAt, permissions, missingRoles, contentHash }: ReviewsSectionProps) => {
  const t = useT();
  const formatDate = useFormatDate();
  const { toggleNotification } = useNotification();
  const reviews = useGetReviewsQuery(entry);
  const reviewsFailure = failureOf(reviews.error);
  const [decision, setDecision] = React.useState<ReviewDecisionValue | null>(null);
  // The updatedAt at which a 409 said the entry changed meanwhile. Once the edit view reloads the
  // entry (its updatedAt changes), what is on screen is current again.
  const [staleAt, setStaleAt] = React.useState<{ updatedAt: string | null } | null>(null);
  const changedMeanwhile = staleAt !== null && staleAt.updatedAt === updatedAt;
  const stale = () => setStaleAt({ updatedAt });

  const requiredRoles = reviews.data?.meta.requiredRoles ?? [];
  const recorded = () => {
    toggleNotification({
      type: 'success',
      message: decision === 'approved' ? t('review.recorded.approved', 'Approval recorded') : t('review.recorded.changes', 'Change request recorded'),
    });
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {reviews.isLoading ? (
        <Loader small>{t('loading', 'Loading…')}</Loader>
      ) : reviewsFailure ? (
        <Typography variant="pi" textColor="danger600">
          {reviewsFailure.message}
        </Typography>
      ) : (
        <>
          {requiredRoles.length ? (
            <Typography variant="pi" textColor="neutral600">
              {missingRoles.length
                ? t('review.missing', 'Still needed: {roles}', { roles: missingRoles.map((role) => roleLabel(t, role)).join(', ') })
                : t('review.complete', 'Every required review is on the current version.')}
            </Typography>
          ) : (
            <Typography variant="pi" textColor="neutral600">
              {t('review.notRequired', 'No review is required for this content type.')}
            </Typography>
          )}
          {reviews.data?.data.length ? (
            <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
              {reviews.data.data.map((review) => (
                <Box tag="li" key={review.id} padding={2} hasRadius background="neutral100">
                  <Flex direction="column" alignItems="stretch" gap={1}>
                    <Flex gap={2} wrap="wrap">
                      <Badge variant={review.decision === 'approved' ? 'success' : 'warning'}>
                        {review.decision === 'approved' ? t('review.approved', 'Approved') : t('review.changesRequested', 'Changes requested')}
                      </Badge>
                      {review.current ? null : (
                        <Badge variant="neutral" title={t('review.stale.hint', 'The entry changed after this decision; it no longer counts.')}>
                          {t('review.stale', 'Stale')}
                        </Badge>
                      )}
                    </Flex>
                    <Typography variant="omega" fontWeight="semiBold">
                      {review.meaning}
                    </Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {t('review.by', '{name}, {date}', {
                        name: review.reviewer.name ?? review.reviewer.email ?? String(review.reviewer.id ?? '—'),
                        date: formatDate(review.createdAt),
                      })}
                    </Typography>
                    {review.comment ? (
                      <Typography variant="pi" textColor="neutral800" tag="p">
                        “{review.comment}”
                      </Typography>
                    ) : null}
                  </Flex>
                </Box>
              ))}
            </Flex>
          ) : (
            <Typography variant="pi" textColor="neutral600">
              {t('review.none', 'No review yet.')}
            </Typography>
          )}
        </>
      )}
      {changedMeanwhile ? (
        <Alert
          variant="warning"
          closeLabel={t('action.close', 'Close')}
          title={t('review.changed.title', 'The entry changed')}
          action={
            <Button variant="tertiary" size="S" onClick={() => window.location.reload()}>
              {t('review.changed.reload', 'Reload page')}
            </Button>
          }
        >
          {t(
            'review.changed',
            'Someone saved this entry after you opened it, so nothing was signed. Reload the page to review the current version, then sign again.',
          )}
        </Alert>
      ) : permissions.reviewsApprove && requiredRoles.length > 0 ? (
        <Flex gap={2} wrap="wrap">
          <Button variant="success-light" size="S" startIcon={<Check />} onClick={() => setDecision('approved')} disabled={!contentHash}>
            {t('review.approve', 'Approve')}
          </Button>
          <Button variant="danger-light" size="S" startIcon={<Pencil />} onClick={() => setDecision('changes-requested')} disabled={!contentHash}>
            {t('review.requestChanges', 'Request changes')}
          </Button>
        </Flex>
      ) : null}
      {contentHash ? (
        <ReviewDialog
          entry={entry}
          decision={decision}
          roles={requiredRoles}
          defaultRole={missingRoles.find((role) => requiredRoles.includes(role))}
          contentHash={contentHash}
          onClose={() => setDecision(null)}
          onRecorded={recorded}
          onStale={stale}
        />
      ) : null}
    </Flex>
  );
};
