import type { EmailContent, EmailEntry } from '../../domain/notifications/emails';
import { composeEmail } from '../../domain/notifications/emails';
import { daysLeft, noticeThreshold } from '../../domain/notifications/expiry-notice';
import { adminPreferencesUrl, adminQueueUrl } from '../../domain/notifications/links';
import { consentLinkInfo, entryLink } from '../../domain/notifications/webhook-payloads';
import { UIDS } from '../../content-types';
import { rolesReadyForReview } from '../../domain/notifications/readiness';
import type { EntryLink } from '../../../../shared/contracts/notifications';
import { errors } from '@strapi/utils';
import { getService } from '../../utils/get-service';
import { refKey, type NotificationContext } from './context';

const DAY_MS = 86400000;

/** The periodic jobs: review digests and consent expiry notices. */
export const createScheduledJobs = (context: NotificationContext) => {
  const { strapi, config, outbox, mailer, webhooks, adminBase, emailKindOn, sendNow, privacyOffice, emailEntry, linksOf } = context;

  /** Sends each reviewer one email listing what became ready for them since the last digest. */
  const sendDigests = async () => {
    const rows = await outbox.claimPending('reviewReady');
    // An item queued minutes ago may be stale: signed since, edited (new hash), blocked again, or
    // deleted (not found). Any other failure to re-check it is an error, not a stale item: the
    // item is marked failed with the reason, never dropped as if it were no longer true.
    type Now = { hash: string; roles: string[] } | null | { error: string };
    const waiting = new Map<string, Promise<Now>>();
    const waitingFor = (entry: EntryLink) => {
      const key = refKey(entry);
      if (!waiting.has(key)) {
        waiting.set(
          key,
          getService(strapi, 'checks')
            .evaluate({ uid: entry.uid, documentId: entry.documentId, locale: entry.locale })
            .then((checklist) => ({ hash: checklist.contentHash, roles: rolesReadyForReview(checklist) }))
            .catch((error: unknown): Now => (error instanceof errors.NotFoundError ? null : { error: String(error) }))
        );
      }
      return waiting.get(key) as Promise<Now>;
    };
    const byRecipient = new Map<string, typeof rows>();
    const stale: number[] = [];
    for (const row of rows) {
      const now = await waitingFor(row.payload.entry as EntryLink);
      if (now && 'error' in now) {
        await outbox.finish({ ids: [row.id] }, 'failed', now.error);
        strapi.log.error(`compliance: could not re-check a review digest item: ${now.error}`);
        continue;
      }
      if (!row.recipient || !now || now.hash !== row.payload.contentHash || !now.roles.includes(String(row.payload.role))) {
        stale.push(row.id);
        continue;
      }
      byRecipient.set(row.recipient, [...(byRecipient.get(row.recipient) ?? []), row]);
    }
    if (stale.length) await outbox.finish({ ids: stale }, 'dropped');
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

  return { sendDigests, sendExpiryNotices };
};
