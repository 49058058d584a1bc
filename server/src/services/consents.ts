import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import type { Actor } from '../domain/audit-chain';
import { toConsentReceipt } from '../domain/receipt';
import type { Consent, ConsentEvidence, ConsentInput, ConsentLink, ConsentStatus, ListConsents } from '../../../shared/contracts/consents';
import type { EntryRef, PersonRef } from '../../../shared/contracts/common';
import { asPluginWrite, runInScope } from './internal-scope';
import { sha256Hex } from '../domain/evidence';
import { ERROR_CODES } from '../../../shared/error-codes';
import { getService } from '../utils/get-service';
import { columnOf, supportsRowLocks, tableIn } from '../utils/db';

/** A row from the query engine, which Strapi types as `any`; the formatters below give it its shape. */
type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

export const consentSubject = (documentId: string) => ({ uid: UIDS.consentRecord, documentId, locale: null });

/** A signed-authorization file received with a new consent: its bytes, and what the upload checks found. */
export interface EvidenceUpload {
  bytes: Buffer;
  name: string;
  mime: string;
}

const formatEvidence = (value: unknown): ConsentEvidence | null => {
  if (!value || typeof value !== 'object') return null;
  const { name, mime, size, sha256 } = value as Record<string, unknown>;
  return { name: String(name), mime: String(mime), size: Number(size), sha256: String(sha256) };
};

export const toPerson = (actor: Actor & { name?: string }): PersonRef => ({
  id: actor.id,
  ...(actor.email ? { email: actor.email } : {}),
  ...(actor.name ? { name: actor.name } : {}),
});

const formatLink = (row: Row): ConsentLink => ({
  uid: row.entryUid,
  documentId: row.entryDocumentId,
  locale: row.entryLocale ?? null,
  linkedAt: iso(row.createdAt) as string,
  linkedBy: row.linkedBy ?? null,
});

const formatConsent = (row: Row, links: Row[]): Consent => ({
  documentId: row.documentId,
  receiptId: row.receiptId,
  status: row.status,
  subjectName: row.subjectName,
  subjectReference: row.subjectReference ?? undefined,
  representative: row.representative ?? undefined,
  informationDescription: row.informationDescription,
  authorizedDisclosers: row.authorizedDisclosers,
  recipients: row.recipients,
  purposes: row.purposes ?? [],
  expiresAt: iso(row.expiresAt),
  expirationEvent: row.expirationEvent ?? null,
  signedAt: iso(row.signedAt) as string,
  signatureMethod: row.signatureMethod,
  statements: row.statements,
  remuneration: row.remuneration ?? { involved: false },
  scope: { channels: row.scope?.channels ?? [], media: row.scope?.media ?? [] },
  collectionMethod: row.collectionMethod ?? undefined,
  jurisdiction: row.jurisdiction ?? undefined,
  language: row.language ?? undefined,
  policyUrl: row.policyUrl ?? undefined,
  evidence: formatEvidence(row.evidence),
  revokedAt: iso(row.revokedAt),
  revocationReason: row.revocationReason ?? null,
  revocationReceivedAt: iso(row.revocationReceivedAt),
  revokedBy: row.revokedBy ?? null,
  expiredAt: iso(row.expiredAt),
  createdBy: row.recordedBy ?? null,
  createdAt: iso(row.createdAt) as string,
  updatedAt: iso(row.updatedAt) as string,
  links: links.map(formatLink),
});

/**
 * The consent store: signed authorizations, which entries they cover, and revocation. A stored
 * consent never changes except through revocation, expiry and linking, each audited.
 */
export const createConsentService = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = () => strapi.db.query(UIDS.consentRecord);
  const linkRows = () => strapi.db.query(UIDS.consentLink);
  const audit = () => getService(strapi, 'audit-log');
  const config = () => getService(strapi, 'settings').config();

  const linksOf = (documentIds: string[]) =>
    documentIds.length ? linkRows().findMany({ where: { consentDocumentId: { $in: documentIds } }, orderBy: { id: 'asc' } }) : Promise.resolve([]);

  const load = async (documentId: string): Promise<Consent> => {
    const row = await records().findOne({ where: { documentId } });
    if (!row) throw new errors.NotFoundError(`No consent record with documentId "${documentId}"`);
    return formatConsent(row, await linksOf([documentId]));
  };

  /** A page of consents; `scope` limits them to what the caller may see (see services/access.ts). */
  const findPage = async (query: ListConsents.Query, scope: Row | null = null): Promise<ListConsents.Response> => {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const where: Row = scope ? { $and: [scope] } : {};
    if (query.status) where.status = query.status;
    if (query.q) where.$or = [{ subjectName: { $containsi: query.q } }, { receiptId: query.q }];
    if (query.uid && query.documentId) {
      const links = await linkRows().findMany({
        where: {
          entryUid: query.uid,
          entryDocumentId: query.documentId,
          ...(query.locale ? { $or: [{ entryLocale: null }, { entryLocale: query.locale }] } : {}),
        },
        select: ['consentDocumentId'],
      });
      where.documentId = { $in: [...new Set(links.map((link: Row) => link.consentDocumentId as string))] };
    }
    if (query.expiresBefore) where.expiresAt = { $notNull: true, $lte: new Date(query.expiresBefore).toISOString() };
    const orderBy = query.expiresBefore ? [{ expiresAt: 'asc' }, { id: 'asc' }] : [{ createdAt: 'desc' }, { id: 'desc' }];
    const { results, pagination } = await records().findPage({ where, page, pageSize, orderBy });
    const links = await linksOf(results.map((row: Row) => row.documentId));
    return {
      data: results.map((row: Row) => formatConsent(row, links.filter((link: Row) => link.consentDocumentId === row.documentId))),
      meta: { pagination: { page: pagination.page, pageSize: pagination.pageSize, pageCount: pagination.pageCount, total: pagination.total } },
    };
  };

  /** Stores a consent and its evidence file (if any) in one transaction; the file's SHA-256 goes into the consent and the audit event. */
  const create = async (input: ConsentInput, actor: Actor & { name?: string }, origin: Record<string, unknown>, upload: EvidenceUpload | null = null) => {
    const settings = config();
    const evidence: ConsentEvidence | null = upload ? { name: upload.name, mime: upload.mime, size: upload.bytes.length, sha256: sha256Hex(upload.bytes) } : null;
    const documentId = await runInScope('consent-write', () =>
      strapi.db.transaction(async () => {
        const created = await strapi.documents(UIDS.consentRecord).create({
          data: {
            ...input,
            receiptId: randomUUID(),
            status: 'active',
            representative: input.representative ?? null,
            remuneration: input.remuneration ?? { involved: false },
            scope: { channels: input.scope.channels, media: input.scope.media ?? [] },
            collectionMethod: input.collectionMethod ?? 'Signed authorization form',
            jurisdiction: input.jurisdiction ?? settings.jurisdiction,
            language: input.language ?? settings.language,
            policyUrl: input.policyUrl ?? settings.policyUrl,
            evidence,
            recordedBy: toPerson(actor),
          } as never,
        });
        if (upload) await getService(strapi, 'evidence').store(created.documentId, upload.bytes);
        await audit().append({
          action: 'consent.created',
          actor,
          subject: consentSubject(created.documentId),
          data: {
            receiptId: (created as Row).receiptId,
            purposes: input.purposes,
            channels: input.scope.channels,
            media: input.scope.media ?? [],
            expiresAt: input.expiresAt ?? null,
            expirationEvent: input.expirationEvent ?? null,
            signatureMethod: input.signatureMethod,
            evidence: evidence ? { sha256: evidence.sha256, size: evidence.size, mime: evidence.mime } : null,
            origin,
          },
        });
        return created.documentId;
      })
    );
    return load(documentId);
  };

  const assertEntryExists = async (ref: EntryRef) => {
    const marked = getService(strapi, 'marked-types').get(ref.uid);
    if (!marked) {
      throw new errors.ValidationError(`${ref.uid} is not a content type marked for compliance`, {
        errors: [{ path: ['uid'], message: `${ref.uid} is not a content type marked for compliance`, name: 'ValidationError' }],
      });
    }
    const entry = await strapi.documents(ref.uid as never).findOne({ documentId: ref.documentId, ...(ref.locale ? { locale: ref.locale } : {}) } as never);
    if (!entry) throw new errors.NotFoundError(`No ${marked.displayName} entry with documentId "${ref.documentId}"${ref.locale ? ` in locale ${ref.locale}` : ''}`);
  };

  const link = async (documentId: string, ref: EntryRef, actor: Actor & { name?: string }, origin: Record<string, unknown>) => {
    const consent = await load(documentId);
    if (consent.status !== 'active') {
      throw new errors.ApplicationError(`This consent is ${consent.status}; only an active consent can be linked to an entry`);
    }
    await assertEntryExists(ref);
    const locale = ref.locale ?? null;
    const existing = consent.links.find((item) => item.uid === ref.uid && item.documentId === ref.documentId && (item.locale ?? null) === locale);
    if (existing) return consent;
    await strapi.db.transaction(async () => {
      const data = { consentDocumentId: documentId, entryUid: ref.uid, entryDocumentId: ref.documentId, entryLocale: locale, linkedBy: toPerson(actor) };
      await asPluginWrite(() => linkRows().create({ data }));
      await audit().append({
        action: 'consent.linked',
        actor,
        subject: { uid: ref.uid, documentId: ref.documentId, locale },
        data: { consentDocumentId: documentId, receiptId: consent.receiptId, origin },
      });
    });
    return load(documentId);
  };

  const unlink = async (documentId: string, ref: EntryRef, actor: Actor & { name?: string }, origin: Record<string, unknown>) => {
    const consent = await load(documentId);
    const locale = ref.locale ?? null;
    const row = await linkRows().findOne({
      where: { consentDocumentId: documentId, entryUid: ref.uid, entryDocumentId: ref.documentId, entryLocale: locale },
    });
    if (!row) throw new errors.NotFoundError('This consent is not linked to that entry');
    await strapi.db.transaction(async () => {
      await asPluginWrite(() => linkRows().delete({ where: { id: row.id } }));
      await audit().append({
        action: 'consent.unlinked',
        actor,
        subject: { uid: ref.uid, documentId: ref.documentId, locale },
        data: { consentDocumentId: documentId, receiptId: consent.receiptId, origin },
      });
    });
    return load(documentId);
  };

  /**
   * Consents linked to an entry (a link without locale covers every locale). The checklist runs
   * on every publish and reads only the consents, so each consent's own links are listed only
   * when asked for.
   */
  const forEntry = async (ref: EntryRef, { withLinks = false } = {}): Promise<Consent[]> => {
    const links = await linkRows().findMany({
      where: {
        entryUid: ref.uid,
        entryDocumentId: ref.documentId,
        $or: [{ entryLocale: null }, ...(ref.locale ? [{ entryLocale: ref.locale }] : [])],
      },
    });
    const ids = [...new Set(links.map((row: Row) => row.consentDocumentId as string))];
    if (!ids.length) return [];
    const rows = await records().findMany({ where: { documentId: { $in: ids } }, orderBy: { id: 'asc' } });
    const allLinks = withLinks ? await linksOf(ids) : [];
    return rows.map((row: Row) => formatConsent(row, allLinks.filter((item: Row) => item.consentDocumentId === row.documentId)));
  };

  /**
   * Row locks that order a publish and a revocation of the same consent across instances. Both
   * take them as their transaction's first statement: a locking read sees the latest commit, so
   * neither side can act on a stale view (MySQL's repeatable-read snapshot starts at the first
   * plain read, which then comes after the lock).
   */
  const lockEntryConsents = async (uid: string, documentId: string) => {
    if (!supportsRowLocks(strapi)) return;
    await strapi.db.transaction(async ({ trx }) => {
      const consentCol = columnOf(strapi, UIDS.consentLink, 'consentDocumentId');
      const links = (await tableIn(strapi, trx, UIDS.consentLink)
        .where(columnOf(strapi, UIDS.consentLink, 'entryUid'), uid)
        .where(columnOf(strapi, UIDS.consentLink, 'entryDocumentId'), documentId)
        .forUpdate()
        .select(consentCol)) as Row[];
      const ids = [...new Set(links.map((link) => String(link[consentCol])))];
      if (ids.length) await tableIn(strapi, trx, UIDS.consentRecord).whereIn(columnOf(strapi, UIDS.consentRecord, 'documentId'), ids).forUpdate().select('id');
    });
  };

  const lockConsent = async (documentId: string) => {
    if (!supportsRowLocks(strapi)) return;
    await strapi.db.transaction(async ({ trx }) => {
      await tableIn(strapi, trx, UIDS.consentRecord).where(columnOf(strapi, UIDS.consentRecord, 'documentId'), documentId).forUpdate().select('id');
    });
  };

  /**
   * Ends a consent (revocation or expiry) and unpublishes, in the same transaction, every published
   * entry it covered that no other active consent still covers.
   */
  const end = async (
    documentId: string,
    status: Exclude<ConsentStatus, 'active'>,
    actor: Actor & { name?: string },
    details: { reason?: string; receivedAt?: string; origin: Record<string, unknown> }
  ): Promise<{ consent: Consent; unpublished: EntryRef[] }> => {
    const unpublished = await runInScope('consent-write', () =>
      strapi.db.transaction(async () => {
        await lockConsent(documentId);
        const current = await records().findOne({ where: { documentId } });
        if (!current) throw new errors.NotFoundError(`No consent record with documentId "${documentId}"`);
        if (current.status !== 'active') {
          throw new errors.ApplicationError(`This consent is already ${current.status}`);
        }
        const now = new Date().toISOString();
        const changes: Row =
          status === 'revoked'
            ? { status, revokedAt: now, revocationReason: details.reason, revocationReceivedAt: details.receivedAt ?? now, revokedBy: toPerson(actor) }
            : { status, expiredAt: now };
        // Conditional on the status, so two instances ending the same consent cannot both win.
        const { count } = await records().updateMany({ where: { id: current.id, status: 'active' }, data: changes });
        if (count !== 1) throw new errors.ApplicationError('This consent was ended by another request');
        await audit().append({
          action: status === 'revoked' ? 'consent.revoked' : 'consent.expired',
          actor,
          subject: consentSubject(documentId),
          data: { receiptId: current.receiptId, ...(status === 'revoked' ? { reason: await audit().storeText(details.reason ?? '', { uid: UIDS.consentRecord, documentId, field: 'revocationReason' }), receivedAt: changes.revocationReceivedAt } : {}), origin: details.origin },
        });
        return getService(strapi, 'unpublisher').unpublishUncovered(documentId, actor, `consent.${status}`);
      })
    );
    return { consent: await load(documentId), unpublished };
  };

  /** The consent's evidence file, checked against the SHA-256 recorded when it was stored. */
  const evidenceOf = async (documentId: string): Promise<{ evidence: ConsentEvidence; bytes: Buffer }> => {
    const { evidence } = await load(documentId);
    if (!evidence) throw new errors.NotFoundError('This consent has no evidence file');
    const bytes = await getService(strapi, 'evidence').read(documentId);
    if (sha256Hex(bytes) !== evidence.sha256) {
      strapi.log.error(`compliance: the evidence file of consent ${documentId} does not match its recorded SHA-256`);
      throw new errors.ApplicationError('The stored evidence file does not match the SHA-256 recorded with the consent', { code: ERROR_CODES.evidenceIntegrity });
    }
    return { evidence, bytes };
  };

  const receipt = async (documentId: string) => {
    const consent = await load(documentId);
    const settings = config();
    return toConsentReceipt(
      {
        receiptId: consent.receiptId,
        signedAt: consent.signedAt,
        subjectName: consent.subjectName,
        collectionMethod: consent.collectionMethod ?? '',
        jurisdiction: consent.jurisdiction ?? settings.jurisdiction,
        language: consent.language ?? settings.language,
        policyUrl: consent.policyUrl ?? settings.policyUrl,
        purposes: consent.purposes,
        informationDescription: consent.informationDescription,
        recipients: consent.recipients,
        expiresAt: consent.expiresAt ?? null,
        expirationEvent: consent.expirationEvent ?? null,
        status: consent.status,
        scope: consent.scope,
      },
      settings.controller,
      'Use of patient testimonial and health information in marketing'
    );
  };

  return { load, findPage, create, link, unlink, forEntry, end, receipt, evidenceOf, formatConsent, lockEntryConsents };
};
