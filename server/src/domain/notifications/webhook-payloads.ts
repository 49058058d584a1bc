import type { AuditEvent } from '../audit-chain';
import type { ConsentLinkInfo, EntryLink, WebhookEvent, WebhookPayloads } from '../../../../shared/contracts/notifications';
import { adminConsentUrl, adminEntryUrl } from './links';

/**
 * Webhook payloads built from audit events. They copy ids, rule ids, roles and hashes by name,
 * never the event's free text (comments, reasons, signer names, matched text), so no PHI can leak
 * through a field added to an audit event later.
 */

export type WebhookMessage = { [E in WebhookEvent]: { event: E; payload: WebhookPayloads[E] } }[WebhookEvent];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export const entryLink = (adminBase: string, ref: { uid: string; documentId: string; locale?: string | null }): EntryLink => ({
  uid: ref.uid,
  documentId: ref.documentId,
  locale: ref.locale ?? null,
  adminUrl: adminEntryUrl(adminBase, ref),
});

export const consentLinkInfo = (adminBase: string, documentId: string, receiptId: string): ConsentLinkInfo => ({
  documentId,
  receiptId,
  adminUrl: adminConsentUrl(adminBase, documentId),
});

const entryOf = (adminBase: string, event: AuditEvent): EntryLink | null =>
  event.subject?.documentId ? entryLink(adminBase, { uid: event.subject.uid, documentId: event.subject.documentId, locale: event.subject.locale }) : null;

/** The webhook an audit event maps to by itself (consent endings are built by `consentEnded`). */
export const webhookForEvent = (adminBase: string, event: AuditEvent): WebhookMessage | null => {
  const entry = entryOf(adminBase, event);
  if (event.action === 'publish.blocked' && entry) {
    return {
      event: 'compliance.publish.blocked',
      payload: {
        entry,
        via: text(event.data.via),
        failing: strings(event.data.failing),
        contentHash: text(event.data.contentHash),
        actor: { type: event.actor.type, id: event.actor.id },
        auditSeq: event.seq,
      },
    };
  }
  if (event.action === 'review.recorded' && entry) {
    return {
      event: 'compliance.review.recorded',
      payload: {
        entry,
        reviewId: Number(event.data.reviewId),
        role: text(event.data.role),
        decision: text(event.data.decision),
        contentHash: text(event.data.contentHash),
        reviewer: { id: event.actor.id },
        auditSeq: event.seq,
      },
    };
  }
  if (event.action === 'entry.unpublished' && entry) {
    return {
      event: 'compliance.entry.unpublished',
      payload: { entry, cause: text(event.data.cause), consentDocumentId: typeof event.data.consentDocumentId === 'string' ? event.data.consentDocumentId : null, auditSeq: event.seq },
    };
  }
  return null;
};

/** A revoked or expired consent: what it covered, and what its ending unpublished (events of the same commit). */
export const consentEnded = (
  adminBase: string,
  event: AuditEvent,
  covered: Array<{ uid: string; documentId: string; locale: string | null }>,
  sameCommit: AuditEvent[]
): WebhookMessage | null => {
  if ((event.action !== 'consent.revoked' && event.action !== 'consent.expired') || !event.subject?.documentId) return null;
  const consentDocumentId = event.subject.documentId;
  return {
    event: 'compliance.consent.ended',
    payload: {
      consent: consentLinkInfo(adminBase, consentDocumentId, text(event.data.receiptId)),
      status: event.action === 'consent.revoked' ? 'revoked' : 'expired',
      entries: covered.map((ref) => entryLink(adminBase, ref)),
      unpublished: unpublishedBy(consentDocumentId, sameCommit).map((ref) => entryLink(adminBase, ref)),
      auditSeq: event.seq,
    },
  };
};

/** The entries an ending consent unpublished, from the `entry.unpublished` events committed with it. */
export const unpublishedBy = (consentDocumentId: string, events: AuditEvent[]) =>
  events.flatMap((item) =>
    item.action === 'entry.unpublished' && item.data.consentDocumentId === consentDocumentId && item.subject?.documentId
      ? [{ uid: item.subject.uid, documentId: item.subject.documentId, locale: item.subject.locale ?? null }]
      : []
  );

