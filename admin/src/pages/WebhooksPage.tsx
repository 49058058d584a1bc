import * as React from 'react';
import { Box, Button, Checkbox, EmptyStateLayout, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useAuth, useNotification } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../../../shared/contracts/notifications';
import { ErrorAlert } from '../components/shared/ErrorAlert';
import { useGetWebhooksQuery, useUpdateWebhookMutation } from '../api/compliance';
import { useErrorToast } from '../hooks/useErrorToast';
import { useT } from '../hooks/useT';
import { withComplianceEvents, type StrapiWebhook } from '../utils/webhooks';
import { useOnChange } from '../hooks/useOnChange';

/**
 * Strapi's Settings → Webhooks form shows a fixed set of event checkboxes, so the plugin's events
 * are chosen here, on Strapi's own webhooks, through Strapi's own admin API.
 */
export const WebhooksPage = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const toastError = useErrorToast();
  const canUpdate = useAuth('ComplianceWebhooks', (state) => (state.permissions ?? []).some((permission) => permission.action === 'admin::webhooks.update'));
  const hooks = useGetWebhooksQuery();
  const [updateWebhook, updating] = useUpdateWebhookMutation();
  const saving = updating.isLoading ? (updating.originalArgs?.id ?? null) : null;
  const [selected, setSelected] = React.useState<Record<string, Set<string>>>({});
  const labels: Record<WebhookEvent, string> = {
    'compliance.publish.blocked': t('webhooks.event.publishBlocked', 'Publication refused'),
    'compliance.review.recorded': t('webhooks.event.reviewRecorded', 'Review recorded'),
    'compliance.review.needed': t('webhooks.event.reviewNeeded', 'Ready for review'),
    'compliance.consent.expiring': t('webhooks.event.consentExpiring', 'Consent expiring'),
    'compliance.consent.ended': t('webhooks.event.consentEnded', 'Consent revoked or expired'),
    'compliance.entry.unpublished': t('webhooks.event.entryUnpublished', 'Entry unpublished'),
  };

  useOnChange(hooks.data, (data) => {
    setSelected(Object.fromEntries((data ?? []).map((hook) => [hook.id, new Set(hook.events.filter((event) => (WEBHOOK_EVENTS as readonly string[]).includes(event)))])));
  });

  const toggle = (id: string, event: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current[id]);
      if (on) next.add(event);
      else next.delete(event);
      return { ...current, [id]: next };
    });

  const save = async (hook: StrapiWebhook) => {
    const result = await updateWebhook({ id: hook.id, body: withComplianceEvents(hook, selected[hook.id] ?? new Set()) });
    if ('error' in result) toastError(result.error);
    else toggleNotification({ type: 'success', message: t('webhooks.saved', 'Webhook events saved') });
  };

  return (
    <Page.Main>
      <Layouts.Header
        title={t('webhooks.title', 'Webhook events')}
        subtitle={t('webhooks.subtitle', 'Send the plugin’s events to the webhooks of Settings → Webhooks. Payloads carry ids, rule ids, roles, hashes and admin links, never patient data.')}
      />
      <Layouts.Content>
        {hooks.error ? <ErrorAlert failure={hooks.error} /> : null}
        {hooks.isLoading ? (
          <Flex justifyContent="center" padding={8}>
            <Loader>{t('loading', 'Loading…')}</Loader>
          </Flex>
        ) : hooks.data && hooks.data.length === 0 ? (
          <EmptyStateLayout
            content={t('webhooks.empty', 'No webhook yet: create one in Settings → Webhooks, then choose its compliance events here.')}
            action={
              <Link tag={RouterLink} to="/settings/webhooks/create">
                {t('webhooks.create', 'Create a webhook')}
              </Link>
            }
          />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            {(hooks.data ?? []).map((hook) => (
              <Box key={hook.id} background="neutral0" hasRadius shadow="tableShadow" padding={6}>
                <Flex direction="column" alignItems="stretch" gap={3}>
                  <Flex justifyContent="space-between">
                    <Flex direction="column" alignItems="flex-start">
                      <Typography variant="delta" tag="h2">
                        {hook.name}
                      </Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {hook.url}
                      </Typography>
                    </Flex>
                    {canUpdate ? (
                      <Button startIcon={<Check />} size="S" loading={saving === hook.id} disabled={saving !== null} onClick={() => save(hook)}>
                        {t('webhooks.save', 'Save')}
                      </Button>
                    ) : null}
                  </Flex>
                  <Flex gap={4} wrap="wrap">
                    {WEBHOOK_EVENTS.map((event) => (
                      <Checkbox
                        key={event}
                        name={`${hook.id}:${event}`}
                        disabled={!canUpdate}
                        checked={selected[hook.id]?.has(event) ?? false}
                        onCheckedChange={(value: boolean | 'indeterminate') => toggle(hook.id, event, value === true)}
                      >
                        <span title={event}>{labels[event]}</span>
                      </Checkbox>
                    ))}
                  </Flex>
                </Flex>
              </Box>
            ))}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
