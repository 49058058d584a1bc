import * as React from 'react';
import { Box, Button, Flex, IconButton, Loader, Typography } from '@strapi/design-system';
import { Cross, Link as LinkIcon, Plus } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { EntryRef } from '../../../../shared/contracts/common';
import type { Consent } from '../../../../shared/contracts/consents';
import { useGetLinkedConsentsQuery, useLinkConsentMutation, useUnlinkConsentMutation } from '../../api/compliance';
import { useErrorToast } from '../../hooks/useErrorToast';
import { useFormatDate } from '../../hooks/useFormatDate';
import { useT } from '../../hooks/useT';
import { failureOf } from '../../utils/errors';
import type { CompliancePermissions } from '../../utils/permissions';
import { RecordConsentModal } from '../ConsentForm/RecordConsentModal';
import { ConsentStatusBadge } from '../shared/Badges';
import { LinkConsentModal } from './LinkConsentModal';

interface LinkedConsentsProps {
  entry: EntryRef;
  permissions: CompliancePermissions;
}

/**
 * The consents covering this entry, with "Link consent" and "Record consent". A link or an unlink
 * re-evaluates the checklist by itself (the API's tags).
 */
export const LinkedConsents = ({ entry, permissions }: LinkedConsentsProps) => {
  const t = useT();
  const formatDate = useFormatDate();
  const { toggleNotification } = useNotification();
  const toastError = useErrorToast();
  const linked = useGetLinkedConsentsQuery(entry, { skip: !permissions.consentsRead });
  const linkedFailure = failureOf(linked.error);
  const [linkConsent] = useLinkConsentMutation();
  const [unlinkConsent, unlinkState] = useUnlinkConsentMutation();
  const unlinking = unlinkState.isLoading ? (unlinkState.originalArgs?.documentId ?? null) : null;
  const [linkOpen, setLinkOpen] = React.useState(false);
  const [recordOpen, setRecordOpen] = React.useState(false);

  const linkNew = async (consent: Consent) => {
    const result = await linkConsent({ documentId: consent.documentId, entry });
    if ('error' in result) {
      toastError(result.error, (message) => t('panel.consents.recordedNotLinked', 'The consent was recorded but not linked: {message}', { message }));
    } else {
      toggleNotification({ type: 'success', message: t('panel.consents.recorded', 'Consent recorded and linked to this entry') });
    }
  };

  const unlink = async (consent: Consent) => {
    const result = await unlinkConsent({ documentId: consent.documentId, entry });
    if ('error' in result) toastError(result.error);
    else toggleNotification({ type: 'success', message: t('panel.consents.unlinked', 'Consent unlinked') });
  };

  if (!permissions.consentsRead) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('panel.consents.noRead', 'You cannot see consent records (permission “Read consents” is missing).')}
      </Typography>
    );
  }

  const consents = linked.data ?? [];
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {linked.isLoading ? (
        <Loader small>{t('loading', 'Loading…')}</Loader>
      ) : linkedFailure ? (
        <Typography variant="pi" textColor="danger600">
          {linkedFailure.message}
        </Typography>
      ) : consents.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.consents.none', 'No consent is linked to this entry.')}
        </Typography>
      ) : (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {consents.map((consent) => (
            <Box tag="li" key={consent.documentId} padding={2} hasRadius background="neutral100">
              <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Flex gap={2} wrap="wrap">
                    <Typography variant="omega" fontWeight="semiBold">
                      {consent.subjectName}
                    </Typography>
                    <ConsentStatusBadge status={consent.status} />
                  </Flex>
                  <Typography variant="pi" textColor="neutral600">
                    {consent.expiresAt
                      ? t('panel.consents.expires', 'Expires {date}', { date: formatDate(consent.expiresAt, false) })
                      : t('panel.consents.expiresOnEvent', 'Expires on: {event}', { event: consent.expirationEvent ?? '—' })}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {t('panel.consents.scope', 'Channels: {channels}', { channels: consent.scope.channels.join(', ') || '—' })}
                  </Typography>
                </Flex>
                {permissions.consentsManage ? (
                  <IconButton
                    label={t('panel.consents.unlink', 'Unlink this consent')}
                    variant="ghost"
                    size="S"
                    disabled={unlinking !== null}
                    onClick={() => unlink(consent)}
                  >
                    <Cross />
                  </IconButton>
                ) : null}
              </Flex>
            </Box>
          ))}
        </Flex>
      )}
      {permissions.consentsManage ? (
        <Flex gap={2} wrap="wrap">
          <Button variant="secondary" size="S" startIcon={<LinkIcon />} onClick={() => setLinkOpen(true)}>
            {t('panel.consents.link', 'Link consent')}
          </Button>
          <Button variant="secondary" size="S" startIcon={<Plus />} onClick={() => setRecordOpen(true)}>
            {t('panel.consents.record', 'Record consent')}
          </Button>
        </Flex>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.consents.noManage', 'Ask a privacy officer to link or record consents (permission “Manage consents”).')}
        </Typography>
      )}
      <LinkConsentModal open={linkOpen} onOpenChange={setLinkOpen} entry={entry} />
      <RecordConsentModal
        open={recordOpen}
        onOpenChange={setRecordOpen}
        onCreated={linkNew}
        description={t('panel.consents.recordHint', 'Once saved, the consent is linked to this entry.')}
      />
    </Flex>
  );
};
