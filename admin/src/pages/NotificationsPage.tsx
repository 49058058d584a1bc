import * as React from 'react';
import { Box, Flex, Loader, Toggle, Typography, Field } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { EMAIL_KINDS, type EmailKind } from '../../../shared/contracts/notifications';
import { useGetNotificationPreferencesQuery, useUpdateNotificationPreferencesMutation } from '../api/compliance';
import { ErrorAlert } from '../components/shared/ErrorAlert';
import { useT } from '../hooks/useT';
import { useErrorToast } from '../hooks/useErrorToast';

/** "My notifications": each admin user chooses which of the plugin's emails they receive. */
export const NotificationsPage = () => {
  const t = useT();
  const toastError = useErrorToast();
  const loaded = useGetNotificationPreferencesQuery();
  const prefs = loaded.data;
  const [update, updating] = useUpdateNotificationPreferencesMutation();
  // Until the preferences are read again after a save.
  const saving = updating.isLoading || loaded.isFetching;

  const labels: Record<EmailKind, { title: string; hint: string }> = {
    reviewReady: { title: t('notifications.kind.reviewReady', 'Entries ready for my review'), hint: t('notifications.kind.reviewReady.hint', 'A digest of entries whose only missing piece is a review I may sign.') },
    consentExpiring: { title: t('notifications.kind.consentExpiring', 'Consents about to expire'), hint: t('notifications.kind.consentExpiring.hint', 'For the privacy office: 30 and 7 days before a consent expires.') },
    entriesUnpublished: { title: t('notifications.kind.entriesUnpublished', 'Entries taken down'), hint: t('notifications.kind.entriesUnpublished.hint', 'For the privacy office: a revocation or an expiry unpublished entries.') },
    reviewDecision: { title: t('notifications.kind.reviewDecision', 'Review decisions on my entries'), hint: t('notifications.kind.reviewDecision.hint', 'When a reviewer approves or requests changes to an entry I created.') },
  };

  const change = async (kind: EmailKind, value: boolean) => {
    const result = await update({ kinds: { [kind]: value } });
    if ('error' in result) toastError(result.error);
  };

  return (
    <Page.Main>
      <Layouts.Header title={t('notifications.title', 'My notifications')} subtitle={t('notifications.subtitle', 'Emails never name patients or quote entries: they name the content type and id and link here.')} />
      <Layouts.Content>
        {loaded.error ? <ErrorAlert failure={loaded.error} /> : null}
        {!prefs ? (
          loaded.isLoading ? (
            <Flex justifyContent="center" padding={8}>
              <Loader>{t('loading', 'Loading…')}</Loader>
            </Flex>
          ) : null
        ) : (
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            <Flex direction="column" alignItems="stretch" gap={5}>
              {!prefs.emailEnabled ? (
                <Typography variant="pi" textColor="warning600" tag="p">
                  {t('notifications.off', 'This Strapi app has no email provider configured: no email is sent. Webhooks still work.')}
                </Typography>
              ) : null}
              {EMAIL_KINDS.map((kind) => {
                const off = prefs.disabledByConfig.includes(kind);
                return (
                  <Field.Root key={kind} name={kind} hint={off ? t('notifications.disabledByConfig', 'Turned off for everyone in the plugin config.') : labels[kind].hint}>
                    <Field.Label>{labels[kind].title}</Field.Label>
                    <Toggle
                      onLabel={t('notifications.on', 'On')}
                      offLabel={t('notifications.offLabel', 'Off')}
                      checked={prefs.kinds[kind] && !off}
                      disabled={off || saving}
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) => change(kind, event.target.checked)}
                    />
                    <Field.Hint />
                  </Field.Root>
                );
              })}
            </Flex>
          </Box>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
