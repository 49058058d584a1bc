import type { Core } from '@strapi/strapi';
import type { Actor } from '../domain/audit-chain';
import { coversEntry, entryUse } from '../domain/consent-coverage';
import type { EntryRef } from '../../../shared/contracts/common';
import type { EntryConsents } from './consents';
import { runInScope } from './internal-scope';
import { localeOf, rowsOf, unpublishDocument } from '../utils/db';
import { getService } from '../utils/get-service';

/** An entry a consent change touched: its consents as read under lock, and the link's locale (null: every locale). */
export interface AffectedEntry {
  consents: EntryConsents;
  locale: string | null;
}

/**
 * Takes down published entries left without a consent that covers them (active, unexpired,
 * complete, and scoped to the entry's channel, photo and sponsorship: the checklist's own test).
 * Called inside the revocation, expiry or unlink transaction, so the consent change and the
 * unpublishing commit together.
 */
export const createUnpublisher = ({ strapi }: { strapi: Core.Strapi }) => {
  const takeDownUncovered = async (
    affected: AffectedEntry[],
    actor: Actor,
    data: { cause: string; consentDocumentId: string }
  ): Promise<EntryRef[]> => {
    const done: EntryRef[] = [];
    const now = new Date();
    for (const { consents, locale } of affected) {
      const { uid, documentId } = consents;
      const type = getService(strapi, 'marked-types').get(uid);
      if (!type) continue;
      const published = await rowsOf(strapi, uid).findMany({
        where: { documentId, publishedAt: { $notNull: true }, ...(locale ? { locale } : {}) },
        ...(type.fields.image ? { populate: [type.fields.image] } : {}),
      });
      for (const row of published) {
        const rowLocale = localeOf(row);
        const use = entryUse(row, type.fields);
        if (consents.forLocale(rowLocale).some((consent) => coversEntry(consent, use, now))) continue;
        await runInScope('internal-unpublish', () => unpublishDocument(strapi, uid, documentId, rowLocale));
        const ref = { uid, documentId, locale: rowLocale };
        await getService(strapi, 'audit-log').append({ action: 'entry.unpublished', actor, subject: ref, data });
        done.push(ref);
      }
    }
    return done;
  };

  return { takeDownUncovered };
};
