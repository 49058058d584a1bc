import * as React from 'react';
import { Box, Button, Flex, IconButton, Loader, Typography } from '@strapi/design-system';
import { Cross, Link as LinkIcon, Plus } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { EntryRef } from '../../../../shared/contracts/common';
import type { Consent } from '../../../../shared/contracts/consents';
import { useComplianceApi, useLinkedConsents } from '../../api/compliance';
import { useFormatDate } from '../../hooks/useFormatDate';
import { useT } from '../../hooks/useT';
import { toApiFailure } from '../../utils/errors';
import type { CompliancePermissions } from '../../utils/permissions';
import { RecordConsentModal } from '../ConsentForm/RecordConsentModal';
import { ConsentStatusBadge } from '../shared/Badges';
import { LinkConsentModal } from './LinkConsentModal';

interface LinkedConsentsProps {
  entry: EntryRef;
  refreshKey: unknown;
  permissions: CompliancePermissions;
  /** Called after a link, unlink or new consent so the checklist is evaluated again. */
  onChanged: () => void;
}

/** The consents covering this entry, with "Link consent" and "Record consent". */
export const LinkedConsents = ({ entry, refreshKey, permissions, onChanged }: LinkedConsentsProps) => {
  const t = useT();
  const api = useComplianceApi();
  const formatDate = useFormatDate();
  const { toggleNotification } = useNotification();
  const [version, setVersion] = React.useState(0);
  const linked = useLinkedConsents(entry, `${String(refreshKey)}:${version}`, permissions.consentsRead);
  const [linkOpen, setLinkOpen] = React.useState(false);
  const [recordOpen, setRecordOpen] = React.useState(false);
  const [unlinking, setUnlinking] = React.useState<string | null>(null);

  const changed = () => {
    setVersion((value) => value + 1);
    onChanged();
  };

  const linkNew = async (consent: Consent) => {
    try {
      await api.linkConsent(consent.documentId, entry);
      toggleNotification({ type: 'success', message: t('panel.consents.recorded', 'Consent recorded and linked to this entry') });
    } catch (error) {
      toggleNotification({
        type: 'danger',
        message: t('panel.consents.recordedNotLinked', 'The consent was recorded but not linked: {message}', {
          message: toApiFailure(error).message,
        }),
      });
    }
    changed();
  };

  const unlink = async (consent: Consent) => {
    setUnlinking(consent.documentId);
    try {
      await api.unlinkConsent(consent.documentId, entry);
      toggleNotification({ type: 'success', message: t('panel.consents.unlinked', 'Consent unlinked') });
      changed();
    } catch (error) {
      toggleNotification({ type: 'danger', message: toApiFailure(error).message });
    } finally {
      setUnlinking(null);
    }
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
      {linked.isLoading && !linked.data ? (
        <Loader small>{t('loading', 'Loading…')}</Loader>
      ) : linked.error ? (
        <Typography variant="pi" textColor="danger600">
          {linked.error.message}
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
      <LinkConsentModal open={linkOpen} onOpenChange={setLinkOpen} entry={entry} onLinked={changed} />
      <RecordConsentModal
        open={recordOpen}
        onOpenChange={setRecordOpen}
        onCreated={linkNew}
        description={t('panel.consents.recordHint', 'Once saved, the consent is linked to this entry.')}
      />
    </Flex>
  );
};
