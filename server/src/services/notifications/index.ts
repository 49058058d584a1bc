import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../../content-types';
import type { AuditEvent } from '../../domain/audit-chain';
import { composeEmail, type EmailContent, type EmailEntry } from '../../domain/notifications/emails';
import { daysLeft, noticeThreshold } from '../../domain/notifications/expiry-notice';
import { adminPreferencesUrl, adminQueueUrl } from '../../domain/notifications/links';
import { rolesReadyForReview } from '../../domain/notifications/readiness';
import { consentEnded, consentLinkInfo, entryLink, unpublishedBy, webhookForEvent } from '../../domain/notifications/webhook-payloads';
import type { EmailKind, NotificationPreferences } from '../../../../shared/contracts/notifications';
import { EMAIL_KINDS } from '../../../../shared/contracts/notifications';
import { getService } from '../../utils/get-service';
import { createEntryInfo } from './entry-info';
import { createMailer } from './mailer';
import { createOutbox } from './outbox';
import { createPreferences } from './preferences';
import { createRecipients } from './recipients';
import { createWebhooks } from './webhooks';
import { createWorker } from './worker';

/** Audit actions after which an entry may have become ready for review. `entry.saved` comes with draft-save auditing. */
const READINESS_TRIGGERS = new Set(['consent.linked', 'consent.unlinked', 'review.recorded', 'entry.saved']);

const DAY_MS = 86400000;

type Ref = { uid: string; documentId: string; locale: string | null };

const refKey = (ref: Ref) => `${ref.uid}|${ref.documentId}|${ref.locale ?? ''}`;

/**
 * Webhooks and emails derived from the audit trail. Each committed audit event is handed to a
 * background worker; the outbox makes every message unique across retries and instances.
 * See docs in the README, "Notifications".
 */
export const createNotificationsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => getService(strapi, 'settings').config();
  const outbox = createOutbox(strapi);
  const recipients = createRecipients(strapi);
  const preferences = createPreferences(strapi);
  const mailer = createMailer(strapi, () => config().notifications);
  const webhooks = createWebhooks(strapi);
  const entries = createEntryInfo(strapi);
  const worker = createWorker((error) => strapi.log.error(`compliance: notification failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  let pending: AuditEvent[] = [];

  const adminBase = () => String(strapi.config.get('admin.absoluteUrl') ?? '/admin');

  /* Emails */

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

  /* Reactions to audit events */

  const linksOf = async (consentDocumentId: string): Promise<Ref[]> =>
    ((await strapi.db.query(UIDS.consentLink).findMany({ where: { consentDocumentId }, orderBy: { id: 'asc' } })) as Array<{ entryUid: string; entryDocumentId: string; entryLocale: string | null }>).map(
      (link) => ({ uid: link.entryUid, documentId: link.entryDocumentId, locale: link.entryLocale ?? null })
    );

  const onConsentEnded = async (event: AuditEvent, batch: AuditEvent[]) => {
    const message = consentEnded(adminBase(), event, await linksOf(String(event.subject?.documentId)), batch);
    if (!message || message.event !== 'compliance.consent.ended') return;
    await webhooks.send(message);
    const unpublished = unpublishedBy(message.payload.consent.documentId, batch);
    if (!unpublished.length) return;
    const content: EmailContent = {
      kind: 'entriesUnpublished',
      consent: message.payload.consent,
      status: message.payload.status,
      entries: await Promise.all(unpublished.map(emailEntry)),
    };
    for (const recipient of await privacyOffice()) await sendNow('entriesUnpublished', recipient, `${message.payload.consent.documentId}:${event.seq}`, content);
  };

  const onReviewRecorded = async (event: AuditEvent) => {
    if (!event.subject?.documentId) return;
    const ref = { uid: event.subject.uid, documentId: event.subject.documentId, locale: event.subject.locale ?? null };
    const author = await recipients.byId((await entries.draft(ref))?.createdBy?.id);
    if (!author || String(author.id) === String(event.actor.id)) return;
    const content: EmailContent = { kind: 'reviewDecision', item: await emailEntry(ref), role: String(event.data.role), decision: String(event.data.decision) };
    await sendNow('reviewDecision', author, `review:${String(event.data.reviewId)}`, content);
  };

  /** Re-evaluates an entry: if only reviews are missing now, tells the webhook and queues the reviewers' digest. */
  const checkReadiness = async (ref: Ref) => {
    const type = getService(strapi, 'marked-types').get(ref.uid);
    if (!type) return;
    const locales = ref.locale !== null || !type.localized ? [ref.locale] : await getService(strapi, 'entries').draftLocales(ref.uid, ref.documentId);
    for (const locale of locales) {
      const target = { ...ref, locale };
      let checklist;
      try {
        checklist = await getService(strapi, 'checks').evaluate(target);
      } catch (error) {
        if (error instanceof errors.NotFoundError) continue;
        throw error;
      }
      const roles = rolesReadyForReview(checklist).sort();
      if (!roles.length) continue;
      const entry = entryLink(adminBase(), target);
      const key = `review.needed:${refKey(target)}:${checklist.contentHash}:${roles.join(',')}`;
      const token = await outbox.add({ key, channel: 'webhook', kind: 'review.needed' }, { claim: true });
      if (token !== null) {
        await webhooks.send({ event: 'compliance.review.needed', payload: { entry, roles, contentHash: checklist.contentHash } });
        await outbox.finish({ token }, 'sent');
      }
      if (!emailKindOn('reviewReady')) continue;
      const draft = await entries.draft(target);
      const authors = entries.authorsOf(draft);
      const title = config().notifications.includeTitles ? entries.titleOf(target.uid, draft) : undefined;
      for (const role of roles) {
        for (const reviewer of await recipients.reviewersOf(role, config().reviewAssignments)) {
          if (authors.includes(reviewer.id) || !(await preferences.wants(reviewer.id, 'reviewReady'))) continue;
          await outbox.add(
            {
              key: `email:reviewReady:${reviewer.id}:${refKey(target)}:${role}:${checklist.contentHash}`,
              channel: 'email',
              kind: 'reviewReady',
              recipient: reviewer.email,
              payload: { userId: reviewer.id, role, entry, typeName: type.displayName, ...(title ? { title } : {}) },
            },
            { claim: false }
          );
        }
      }
    }
  };

  const handleBatch = async (batch: AuditEvent[]) => {
    const toCheck = new Map<string, Ref>();
    for (const event of batch) {
      const message = webhookForEvent(adminBase(), event);
      if (message) await webhooks.send(message);
      if (event.action === 'consent.revoked' || event.action === 'consent.expired') await onConsentEnded(event, batch);
      if (event.action === 'review.recorded') await onReviewRecorded(event);
      if (READINESS_TRIGGERS.has(event.action) && event.subject?.documentId) {
        const ref = { uid: event.subject.uid, documentId: event.subject.documentId, locale: event.subject.locale ?? null };
        toCheck.set(refKey(ref), ref);
      }
    }
    for (const ref of toCheck.values()) await checkReadiness(ref);
  };

  /** Audit listener: events of one commit arrive together and are handled as one batch. */
  const onAuditEvent = (event: AuditEvent) => {
    pending.push(event);
    if (pending.length > 1) return;
    worker.push(async () => {
      const batch = pending;
      pending = [];
      await handleBatch(batch);
    });
  };

  /* Scheduled work */

  /** Sends each reviewer one email listing what became ready for them since the last digest. */
  const sendDigests = async () => {
    const rows = await outbox.claimPending('reviewReady');
    const byRecipient = new Map<string, typeof rows>();
    for (const row of rows) {
      if (!row.recipient) continue;
      byRecipient.set(row.recipient, [...(byRecipient.get(row.recipient) ?? []), row]);
    }
    for (const [email, items] of byRecipient) {
      const ids = items.map((row) => row.id);
      try {
        const content: EmailContent = {
          kind: 'reviewReady',
          queueUrl: adminQueueUrl(adminBase()),
          items: items.map(({ payload }) => ({
            entry: payload.entry as EmailEntry['entry'],
            typeName: String(payload.typeName),
            role: String(payload.role),
            ...(typeof payload.title === 'string' ? { title: payload.title } : {}),
          })),
        };
        await mailer.send(email, composeEmail(content, adminPreferencesUrl(adminBase())));
        await outbox.finish({ ids }, 'sent');
      } catch (error) {
        await outbox.finish({ ids }, 'failed', String(error));
        strapi.log.error(`compliance: could not send a review digest: ${String(error)}`);
      }
    }
  };

  /** Active consents that reached one of `expiry.noticeDays`: a webhook and an email to the privacy office, once per threshold. */
  const sendExpiryNotices = async (now: Date) => {
    const { noticeDays } = config().expiry;
    if (!noticeDays.length) return;
    const horizon = new Date(now.getTime() + Math.max(...noticeDays) * DAY_MS);
    const due = (await strapi.db.query(UIDS.consentRecord).findMany({
      where: { status: 'active', expiresAt: { $notNull: true, $gt: now.toISOString(), $lte: horizon.toISOString() } },
      select: ['documentId', 'receiptId', 'expiresAt'],
      orderBy: { expiresAt: 'asc' },
    })) as Array<{ documentId: string; receiptId: string; expiresAt: string | Date }>;
    for (const consent of due) {
      const expiresAt = new Date(consent.expiresAt);
      const threshold = noticeThreshold(expiresAt, now, noticeDays);
      if (threshold === null) continue;
      const covered = await linksOf(consent.documentId);
      const info = consentLinkInfo(adminBase(), consent.documentId, consent.receiptId);
      const left = daysLeft(expiresAt, now);
      const token = await outbox.add({ key: `consent.expiring:${consent.documentId}:${threshold}`, channel: 'webhook', kind: 'consent.expiring' }, { claim: true });
      if (token !== null) {
        await webhooks.send({
          event: 'compliance.consent.expiring',
          payload: { consent: info, expiresAt: expiresAt.toISOString(), daysLeft: left, noticeDays: threshold, entries: covered.map((ref) => entryLink(adminBase(), ref)) },
        });
        await outbox.finish({ token }, 'sent');
      }
      if (!emailKindOn('consentExpiring')) continue;
      const content: EmailContent = { kind: 'consentExpiring', consent: info, expiresAt: expiresAt.toISOString(), daysLeft: left, entries: await Promise.all(covered.map(emailEntry)) };
      for (const recipient of await privacyOffice()) await sendNow('consentExpiring', recipient, `${consent.documentId}:${threshold}`, content);
    }
  };

  /** The scheduled run (every `notifications.digestMinutes`): review digests, then expiry notices. */
  const runScheduled = (now = new Date()) =>
    new Promise<void>((resolve, reject) => {
      worker.push(async () => {
        try {
          if (mailer.enabled()) await sendDigests();
          await sendExpiryNotices(now);
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });

  /* Preferences */

  const preferencesOf = async (userId: number | string): Promise<NotificationPreferences> => ({
    kinds: await preferences.kindsOf(userId),
    disabledByConfig: EMAIL_KINDS.filter((kind) => !config().notifications.kinds[kind]),
    emailEnabled: mailer.enabled(),
  });

  const updatePreferences = async (userId: number | string, kinds: Partial<Record<EmailKind, boolean>>) => {
    await preferences.update(userId, kinds);
    return preferencesOf(userId);
  };

  /* Lifecycle */

  const start = () => {
    webhooks.registerEvents();
    worker.start();
    getService(strapi, 'audit-log').onAppended(onAuditEvent);
    if (!mailer.enabled()) {
      strapi.log.info('compliance: email notifications are off (no email provider configured, or notifications.email is false); webhooks still run');
    }
  };

  return {
    start,
    stop: () => worker.stop(),
    /** Resolves when every queued notification has been handled (tests wait on it). */
    idle: () => worker.idle(),
    runScheduled,
    preferencesOf,
    updatePreferences,
    registerWebhookEvents: () => webhooks.registerEvents(),
  };
};
