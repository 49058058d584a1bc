import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import { SYSTEM_ACTOR } from './request-actor';
import { getService } from '../utils/get-service';

/**
 * Marks consents whose expiry date has passed as expired and unpublishes what depended on them.
 * Safe to run on every instance at once: each consent is ended by a conditional update, so a
 * consent another instance already ended is skipped.
 */
export const createExpiryService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(now = new Date()): Promise<{ expired: string[]; unpublished: number }> {
    const due = await strapi.db.query(UIDS.consentRecord).findMany({
      where: { status: 'active', expiresAt: { $notNull: true, $lte: now.toISOString() } },
      select: ['documentId'],
      orderBy: { id: 'asc' },
    });
    const expired: string[] = [];
    let unpublished = 0;
    for (const { documentId } of due as Array<{ documentId: string }>) {
      try {
        const result = await getService(strapi, 'consents').end(documentId, 'expired', SYSTEM_ACTOR, { origin: { channel: 'cron' } });
        expired.push(documentId);
        unpublished += result.unpublished.length;
      } catch (error) {
        if (!(error instanceof errors.ApplicationError)) throw error;
      }
    }
    return { expired, unpublished };
  },
});
