import type { Core } from '@strapi/strapi';
import { UIDS } from '../../content-types';
import { composeEmail, type EmailContent, type EmailEntry } from '../../domain/notifications/emails';
import { adminPreferencesUrl } from '../../domain/notifications/links';
import { entryLink } from '../../domain/notifications/webhook-payloads';
import type { EmailKind } from '../../../../shared/contracts/notifications';
import { getService } from '../../utils/get-service';
import { createEntryInfo } from './entry-info';
import { createMailer } from './mailer';
import { createOutbox } from './outbox';
import { createPreferences } from './preferences';
import { createRecipients } from './recipients';
import { createWebhooks } from './webhooks';

export type Ref = { uid: string; documentId: string; locale: string | null };

export const refKey = (ref: Ref) => `${ref.uid}|${ref.documentId}|${ref.locale ?? ''}`;

/** What every notification needs: config, outbox, recipients, the mailer and webhooks, and sending one email once. */
export const createNotificationContext = (strapi: Core.Strapi) => {
  const config = () => getService(strapi, 'settings').config();
  const outbox = createOutbox(strapi);
  const recipients = createRecipients(strapi);
  const preferences = createPreferences(strapi);
  const mailer = createMailer(strapi, () => config().notifications);
  const webhooks = createWebhooks(strapi);
  const entries = createEntryInfo(strapi);

  const adminBase = () => String(strapi.config.get('admin.absoluteUrl') ?? '/admin');

  const emailKindOn = (kind: EmailKind) => mailer.enabled() && config().notifications.kinds[kind];

  /** Sends one email now, unless its key was sent before (by any instance) or the recipient opted out. */
  const sendNow = async (kind: EmailKind, recipient: { email: string; id: number | null }, key: string, content: EmailContent) => {
    if (!emailKindOn(kind)) return;
    if (recipient.id !== null && !(await preferences.wants(recipient.id, kind))) return;
    const token = await outbox.add({ key: `email:${kind}:${key}:${recipient.email}`, channel: 'email', kind, recipient: recipient.email }, { claim: true });
    if (token === null) return;
    try {
      await mailer.send(recipient.email, composeEmail(content, adminPreferencesUrl(adminBase())));
      await outbox.finish({ token }, 'sent');
    } catch (error) {
      await outbox.finish({ token }, 'failed', String(error));
      strapi.log.error(`compliance: could not send the ${kind} email: ${String(error)}`);
    }
  };

  /** The privacy office: the configured address, or every `consents.manage` holder. */
  const privacyOffice = async (): Promise<Array<{ email: string; id: number | null }>> => {
    const address = config().notifications.privacyOfficeEmail;
    if (address) return [{ email: address, id: null }];
    return (await recipients.withPermission('plugin::compliance.consents.manage')).map(({ id, email }) => ({ id, email }));
  };

  const emailEntry = async (ref: Ref): Promise<EmailEntry> => {
    const title = config().notifications.includeTitles ? entries.titleOf(ref.uid, await entries.draft(ref)) : undefined;
    return { entry: entryLink(adminBase(), ref), typeName: entries.typeName(ref.uid), ...(title ? { title } : {}) };
  };

  const linksOf = async (consentDocumentId: string): Promise<Ref[]> =>
    ((await strapi.db.query(UIDS.consentLink).findMany({ where: { consentDocumentId }, orderBy: { id: 'asc' } })) as Array<{ entryUid: string; entryDocumentId: string; entryLocale: string | null }>).map(
      (link) => ({ uid: link.entryUid, documentId: link.entryDocumentId, locale: link.entryLocale ?? null })
    );

  return { strapi, config, outbox, recipients, preferences, mailer, webhooks, entries, adminBase, emailKindOn, sendNow, privacyOffice, emailEntry, linksOf };
};

export type NotificationContext = ReturnType<typeof createNotificationContext>;
