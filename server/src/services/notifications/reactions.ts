import { errors } from '@strapi/utils';
import type { AuditEvent } from '../../domain/audit-chain';
import type { EmailContent } from '../../domain/notifications/emails';
import { rolesReadyForReview } from '../../domain/notifications/readiness';
import { consentEnded, entryLink, unpublishedBy, webhookForEvent } from '../../domain/notifications/webhook-payloads';
import { getService } from '../../utils/get-service';
import { refKey, type NotificationContext, type Ref } from './context';

/** Audit actions after which an entry may have become ready for review. `entry.saved` comes with draft-save auditing. */
const READINESS_TRIGGERS = new Set(['consent.linked', 'consent.unlinked', 'review.recorded', 'entry.saved']);

/** What each committed audit event sets off: webhooks, immediate emails, and review readiness. */
export const createReactions = (context: NotificationContext) => {
  const { strapi, config, outbox, recipients, preferences, webhooks, entries, adminBase, emailKindOn, sendNow, privacyOffice, emailEntry, linksOf } = context;

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
              payload: { userId: reviewer.id, role, entry, contentHash: checklist.contentHash, typeName: type.displayName, ...(title ? { title } : {}) },
            },
            { claim: false }
          );
        }
      }
    }
  };

  /** One failing notification must not stop the others of the batch. */
  const attempt = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      strapi.log.error(`compliance: notification for ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const handleBatch = async (batch: AuditEvent[]) => {
    const toCheck = new Map<string, Ref>();
    for (const event of batch) {
      const message = webhookForEvent(adminBase(), event);
      if (message) await attempt(message.event, () => webhooks.send(message));
      if (event.action === 'consent.revoked' || event.action === 'consent.expired') await attempt(event.action, () => onConsentEnded(event, batch));
      if (event.action === 'review.recorded') await attempt('the review decision', () => onReviewRecorded(event));
      if (READINESS_TRIGGERS.has(event.action) && event.subject?.documentId) {
        const ref = { uid: event.subject.uid, documentId: event.subject.documentId, locale: event.subject.locale ?? null };
        toCheck.set(refKey(ref), ref);
      }
    }
    for (const ref of toCheck.values()) await attempt(`review readiness of ${ref.uid} ${ref.documentId}`, () => checkReadiness(ref));
  };

  return { handleBatch };
};
