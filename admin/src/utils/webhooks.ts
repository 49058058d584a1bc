import { WEBHOOK_EVENTS } from '../../../shared/contracts/notifications';

/** A webhook as Strapi's admin API (`/admin/webhooks`) returns it. */
export interface StrapiWebhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/** The body Strapi's `PUT /admin/webhooks/:id` accepts: the webhook with its events changed, Strapi's own events kept. */
export const withComplianceEvents = (webhook: StrapiWebhook, selected: ReadonlySet<string>) => ({
  name: webhook.name,
  url: webhook.url,
  headers: webhook.headers ?? {},
  isEnabled: webhook.isEnabled,
  events: [...webhook.events.filter((event) => !(WEBHOOK_EVENTS as readonly string[]).includes(event)), ...WEBHOOK_EVENTS.filter((event) => selected.has(event))],
});
