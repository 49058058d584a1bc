import type { Core } from '@strapi/strapi';
import type { AuditEvent } from '../../domain/audit-chain';
import type { EmailKind, NotificationPreferences } from '../../../../shared/contracts/notifications';
import { EMAIL_KINDS } from '../../../../shared/contracts/notifications';
import { getService } from '../../utils/get-service';
import { createNotificationContext } from './context';
import { createReactions } from './reactions';
import { createScheduledJobs } from './scheduled';
import { createWorker } from './worker';

const DAY_MS = 86400000;
/** Sent rows are kept this long: long enough that no trigger can repeat a message they stand for. */
const OUTBOX_RETENTION_DAYS = 400;

/**
 * Webhooks and emails derived from the audit trail. Each committed audit event is handed to a
 * background worker; the outbox makes every message unique across retries and instances.
 * README, "Notifications".
 */
export const createNotificationsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const context = createNotificationContext(strapi);
  const { config, outbox, preferences, mailer, webhooks } = context;
  const { handleBatch } = createReactions(context);
  const { sendDigests, sendExpiryNotices } = createScheduledJobs(context);
  const worker = createWorker((error) => strapi.log.error(`compliance: notification failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  let pending: AuditEvent[] = [];

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

  /** The scheduled run (every `notifications.digestMinutes`): review digests, then expiry notices. */
  const runScheduled = (now = new Date()) =>
    new Promise<void>((resolve, reject) => {
      worker.push(async () => {
        try {
          if (mailer.enabled()) await sendDigests();
          await sendExpiryNotices(now);
          await outbox.purge(new Date(now.getTime() - OUTBOX_RETENTION_DAYS * DAY_MS));
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
  };
};
