import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types';
import type { Actor } from '../domain/audit-chain';
import type { EntryRef } from '../../../shared/contracts/common';
import { runInScope } from './internal-scope';
import { getService } from '../utils/get-service';

/**
 * Takes down published entries that lost their last active consent. Called inside the
 * revocation or expiry transaction, so the consent change and the unpublishing commit together.
 */
export const createUnpublisher = ({ strapi }: { strapi: Core.Strapi }) => {
  const coveredByAnother = async (consentDocumentId: string, uid: string, documentId: string, locale: string | null) => {
    const links = await strapi.db.query(UIDS.consentLink).findMany({
      where: {
        entryUid: uid,
        entryDocumentId: documentId,
        consentDocumentId: { $ne: consentDocumentId },
        $or: [{ entryLocale: null }, ...(locale ? [{ entryLocale: locale }] : [])],
      },
    });
    if (!links.length) return false;
    const active = await strapi.db.query(UIDS.consentRecord).count({
      where: { documentId: { $in: links.map((link: { consentDocumentId: string }) => link.consentDocumentId) }, status: 'active' },
    });
    return active > 0;
  };

  const unpublishUncovered = async (consentDocumentId: string, actor: Actor, cause: string): Promise<EntryRef[]> => {
    const links = await strapi.db.query(UIDS.consentLink).findMany({ where: { consentDocumentId }, orderBy: { id: 'asc' } });
    const done: EntryRef[] = [];
    for (const link of links as Array<{ entryUid: string; entryDocumentId: string; entryLocale: string | null }>) {
      if (!getService(strapi, 'marked-types').isMarked(link.entryUid)) continue;
      const where: Record<string, unknown> = { documentId: link.entryDocumentId, publishedAt: { $notNull: true } };
      if (link.entryLocale) where.locale = link.entryLocale;
      const published = (await strapi.db.query(link.entryUid as never).findMany({ where, select: ['locale'] } as never)) as Array<{ locale?: string | null }>;
      for (const row of published) {
        const locale = row.locale ?? null;
        if (await coveredByAnother(consentDocumentId, link.entryUid, link.entryDocumentId, locale)) continue;
        await runInScope('internal-unpublish', () =>
          strapi.documents(link.entryUid as never).unpublish({ documentId: link.entryDocumentId, ...(locale ? { locale } : {}) } as never)
        );
        const ref = { uid: link.entryUid, documentId: link.entryDocumentId, locale };
        await getService(strapi, 'audit-log').append({ action: 'entry.unpublished', actor, subject: ref, data: { cause, consentDocumentId } });
        done.push(ref);
      }
    }
    return done;
  };

  return { unpublishUncovered };
};
