import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types';
import type { Consent } from '../../../shared/contracts/consents';
import { csvRow } from '../domain/csv';
import { getService } from '../utils/get-service';

export interface RegisterFilters {
  status?: string;
  from?: string;
  to?: string;
  /** Only consents with an expiry date up to this one. */
  expiresBefore?: string;
}

export interface RegisterRecord {
  documentId: string;
  receiptId: string;
  subjectName: string;
  status: string;
  signedAt: string;
  expiresAt: string | null;
  expirationEvent: string | null;
  purposes: string[];
  scope: Consent['scope'];
  history: Array<{ status: string; at: string; by: unknown; reason?: string }>;
  entries: Array<{ uid: string; documentId: string; locale: string | null }>;
}

export const REGISTER_CSV_HEADER = [
  'documentId', 'receiptId', 'subjectName', 'status', 'signedAt', 'expiresAt', 'expirationEvent', 'purposes', 'channels', 'media', 'history', 'entries',
];

const PAGE = 500;

/** The consent register an auditor exports: every consent, its status history and what it covers. */
export const createConsentRegister = ({ strapi }: { strapi: Core.Strapi }) => {
  const toRecord = (consent: Consent): RegisterRecord => {
    const history: RegisterRecord['history'] = [{ status: 'active', at: consent.createdAt, by: consent.createdBy }];
    if (consent.revokedAt) history.push({ status: 'revoked', at: consent.revokedAt, by: consent.revokedBy, reason: consent.revocationReason ?? undefined });
    if (consent.expiredAt) history.push({ status: 'expired', at: consent.expiredAt, by: { type: 'system' } });
    return {
      documentId: consent.documentId,
      receiptId: consent.receiptId,
      subjectName: consent.subjectName,
      status: consent.status,
      signedAt: consent.signedAt,
      expiresAt: consent.expiresAt ?? null,
      expirationEvent: consent.expirationEvent ?? null,
      purposes: consent.purposes,
      scope: consent.scope,
      history,
      entries: consent.links.map(({ uid, documentId, locale }) => ({ uid, documentId, locale: locale ?? null })),
    };
  };

  async function* iterate(filters: RegisterFilters): AsyncGenerator<RegisterRecord> {
    let after = 0;
    const format = getService(strapi, 'consents').formatConsent;
    for (;;) {
      const where: Record<string, unknown> = { id: { $gt: after } };
      if (filters.status) where.status = filters.status;
      if (filters.from || filters.to) where.createdAt = { ...(filters.from ? { $gte: filters.from } : {}), ...(filters.to ? { $lte: filters.to } : {}) };
      if (filters.expiresBefore) where.expiresAt = { $notNull: true, $lte: new Date(filters.expiresBefore).toISOString() };
      const rows = await strapi.db.query(UIDS.consentRecord).findMany({ where, orderBy: { id: 'asc' }, limit: PAGE });
      if (!rows.length) return;
      const links = await strapi.db.query(UIDS.consentLink).findMany({
        where: { consentDocumentId: { $in: rows.map((row: { documentId: string }) => row.documentId) } },
        orderBy: { id: 'asc' },
      });
      for (const row of rows) {
        yield toRecord(format(row, links.filter((link: { consentDocumentId: string }) => link.consentDocumentId === row.documentId)));
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }

  const csvLine = (record: RegisterRecord) =>
    csvRow([
      record.documentId,
      record.receiptId,
      record.subjectName,
      record.status,
      record.signedAt,
      record.expiresAt,
      record.expirationEvent,
      record.purposes.join('; '),
      record.scope.channels.join('; '),
      record.scope.media.join('; '),
      JSON.stringify(record.history),
      record.entries.map((entry) => `${entry.uid}:${entry.documentId}${entry.locale ? `:${entry.locale}` : ''}`).join('; '),
    ]);

  return { iterate, csvLine };
};
