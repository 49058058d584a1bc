import type { Core } from '@strapi/strapi';
import { WEBHOOK_EVENTS } from '../../../../shared/contracts/notifications';
import type { WebhookMessage } from '../../domain/notifications/webhook-payloads';

type StoredWebhook = { id: string; url: string; headers: Record<string, string>; events: string[]; isEnabled: boolean };
type WebhookStore = { addAllowedEvent(key: string, value: string): void; findWebhooks(): Promise<StoredWebhook[]> };
type WebhookRunner = { run(webhook: StoredWebhook, event: string, info: Record<string, unknown>): Promise<{ statusCode: number; message?: string }> };

/** `compliance.publish.blocked` → `COMPLIANCE_PUBLISH_BLOCKED`, the key Strapi's store lists events by. */
export const webhookEventKey = (event: string) => event.replace(/[.-]/g, '_').toUpperCase();

/**
 * The plugin's events in Strapi's webhook store, delivered by Strapi's webhook runner. Webhooks are
 * read from the store for each event rather than from the runner's in-memory map, which only knows
 * the webhooks created on its own instance since boot: with several instances, each event is sent
 * once, by the instance where it happened, to every webhook saved on any instance.
 */
export const createWebhooks = (strapi: Core.Strapi) => {
  const store = () => strapi.get('webhookStore') as WebhookStore;
  const runner = () => strapi.get('webhookRunner') as WebhookRunner;

  const registerEvents = () => {
    for (const event of WEBHOOK_EVENTS) store().addAllowedEvent(webhookEventKey(event), event);
  };

  const send = async (message: WebhookMessage) => {
    const hooks = (await store().findWebhooks()).filter((hook) => hook.isEnabled && (hook.events ?? []).includes(message.event));
    for (const hook of hooks) {
      const result = await runner().run(hook, message.event, message.payload as unknown as Record<string, unknown>);
      if (result.statusCode >= 300) {
        strapi.log.warn(`compliance: webhook ${hook.id} answered ${result.statusCode} to ${message.event}${result.message ? `: ${result.message.slice(0, 200)}` : ''}`);
      }
    }
  };

  return { registerEvents, send };
};

export type Webhooks = ReturnType<typeof createWebhooks>;
