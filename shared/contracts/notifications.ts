/** Notification contracts: webhook events, email kinds and per-user preferences. Names are public API. */
import type { EntryRef } from './common';

/** Events registered in Strapi's webhook store (Settings → Webhooks). */
export const WEBHOOK_EVENTS = [
  'compliance.publish.blocked',
  'compliance.review.recorded',
  'compliance.review.needed',
  'compliance.consent.expiring',
  'compliance.consent.ended',
  'compliance.entry.unpublished',
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Email kinds; each can be turned off in config (`notifications.kinds`) or by each admin user. */
export const EMAIL_KINDS = ['reviewReady', 'consentExpiring', 'entriesUnpublished', 'reviewDecision'] as const;

export type EmailKind = (typeof EMAIL_KINDS)[number];

/** An entry as webhooks and emails name it: ids only, and a link into the admin. */
export interface EntryLink extends Required<Pick<EntryRef, 'uid' | 'documentId'>> {
  locale: string | null;
  adminUrl: string;
}

/** What a webhook receives in the body next to Strapi's `event` and `createdAt`. Never PHI. */
export interface WebhookPayloads {
  'compliance.publish.blocked': { entry: EntryLink; via: string; failing: string[]; contentHash: string; actor: { type: string; id: string | number | null }; auditSeq: number };
  'compliance.review.recorded': { entry: EntryLink; reviewId: number; role: string; decision: string; contentHash: string; reviewer: { id: string | number | null }; auditSeq: number };
  'compliance.review.needed': { entry: EntryLink; roles: string[]; contentHash: string };
  'compliance.consent.expiring': { consent: ConsentLinkInfo; expiresAt: string; daysLeft: number; noticeDays: number; entries: EntryLink[] };
  'compliance.consent.ended': { consent: ConsentLinkInfo; status: 'revoked' | 'expired'; entries: EntryLink[]; unpublished: EntryLink[]; auditSeq: number };
  'compliance.entry.unpublished': { entry: EntryLink; cause: string; consentDocumentId: string | null; auditSeq: number };
}

export interface ConsentLinkInfo {
  documentId: string;
  receiptId: string;
  adminUrl: string;
}

export interface NotificationPreferences {
  /** Each email kind: true when this user receives it. */
  kinds: Record<EmailKind, boolean>;
  /** Kinds turned off for everyone in the plugin config. */
  disabledByConfig: EmailKind[];
  /** False when the app has no email provider configured. */
  emailEnabled: boolean;
}

export declare namespace GetNotificationPreferences {
  interface Response {
    data: NotificationPreferences;
  }
}

export declare namespace UpdateNotificationPreferences {
  interface Request {
    kinds: Partial<Record<EmailKind, boolean>>;
  }
  type Response = GetNotificationPreferences.Response;
}
