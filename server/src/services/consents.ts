import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import type { Actor } from '../domain/audit-chain';
import { toConsentReceipt } from '../domain/receipt';
import type { Consent, ConsentEvidence, ConsentInput, ConsentStatus, ListConsents } from '../../../shared/contracts/consents';
import type { EntryRef, PersonRef } from '../../../shared/contracts/common';
import { asPluginWrite, runInScope } from './internal-scope';
import { sha256Hex } from '../domain/evidence';
import { ERROR_CODES } from '../../../shared/error-codes';
import { getService } from '../utils/get-service';
import { plainRows } from '../repositories/plain-rows';
import { consentRows, entryLinksAndConsents, formatConsent, linkAppliesTo, publishLocksPg, str, toLinkKey, type LinkKey } from '../repositories/consents';
import { parseReviewRow, toDecision } from '../repositories/reviews';
import type { ReviewDecision } from '../domain/review-approval';
import { documentsOf, findLocked, isRow, supportsRowLocks, type Row } from '../utils/db';

export { linkAppliesTo } from '../repositories/consents';

export const consentSubject = (documentId: string) => ({ uid: UIDS.consentRecord, documentId, locale: null });

/** A signed-authorization file received with a new consent: its bytes, and what the upload checks found. */
export interface EvidenceUpload {
  bytes: Buffer;
  name: string;
  mime: string;
}

/** The consents linked to one entry, read under lock, per locale as the checklist sees them. */
export interface EntryConsents {
  uid: string;
  documentId: string;
  forLocale(locale: string | null): Consent[];
  /** The same, without one link (an unlink in progress). */
  without(link: { consentDocumentId: string; entryLocale: string | null }): EntryConsents;
}

/** What a publish read with its locks: the entry's consents, and on PostgreSQL its reviews and stored digests too. */
export interface PublishLocks {
  consents: EntryConsents;
  /** The entry's reviews of a locale, when they were read with the locks; undefined: read them while evaluating. */
  reviewsFor?(locale: string | null): ReviewDecision[] | undefined;
  /** The stored status's digest of a locale as read with the locks (null: no row); undefined: not read. */
  storedDigest?(locale: string | null): string | null;
}

export const toPerson = (actor: Actor & { name?: string }): PersonRef => ({
  id: actor.id,
  ...(actor.email ? { email: actor.email } : {}),
  ...(actor.name ? { name: actor.name } : {}),
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

  const linksOf = (documentIds: string[]) => consentRows(strapi).linksOf(documentIds);

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
      where.documentId = { $in: [...new Set(links.map((link: Row) => str(link, 'consentDocumentId')))] };
    }
    if (query.expiresBefore) where.expiresAt = { $notNull: true, $lte: new Date(query.expiresBefore).toISOString() };
    const orderBy = query.expiresBefore ? [{ expiresAt: 'asc' }, { id: 'asc' }] : [{ createdAt: 'desc' }, { id: 'desc' }];
    const { results, pagination } = await records().findPage({ where, page, pageSize, orderBy });
    const links = await linksOf(results.map((row: Row) => str(row, 'documentId')));
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
          },
        });
        if (upload) await getService(strapi, 'evidence').store(created.documentId, upload.bytes);
        await audit().append({
          action: 'consent.created',
          actor,
          subject: consentSubject(created.documentId),
          data: {
            receiptId: isRow(created) ? str(created, 'receiptId') : '',
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
        code: ERROR_CODES.unmarkedType,
        errors: [{ path: ['uid'], message: `${ref.uid} is not a content type marked for compliance`, name: 'ValidationError' }],
      });
    }
    const entry = await documentsOf(strapi, ref.uid).findOne({ documentId: ref.documentId, ...(ref.locale ? { locale: ref.locale } : {}) });
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
      await getService(strapi, 'statuses').refresh(ref.uid, ref.documentId, locale);
    });
    return load(documentId);
  };

  /**
   * Removes a link and, in the same transaction, unpublishes what it leaves without a consent that
   * covers it (`meta.unpublished`). Lock order as in the gate and in `end`: the link being
   * removed, the entry's links, then its consents.
   */
  const unlink = async (
    documentId: string,
    ref: EntryRef,
    actor: Actor & { name?: string },
    origin: Record<string, unknown>
  ): Promise<{ consent: Consent; unpublished: EntryRef[] }> => {
    const consent = await load(documentId);
    const locale = ref.locale ?? null;
    const unpublished = await strapi.db.transaction(async () => {
      const [row] = await findLocked(strapi, UIDS.consentLink, {
        where: { consentDocumentId: documentId, entryUid: ref.uid, entryDocumentId: ref.documentId, entryLocale: locale },
      });
      if (!row) throw new errors.NotFoundError('This consent is not linked to that entry');
      // Every lock before the audit chain head, which the append takes.
      const locked = await lockEntryConsents(ref.uid, ref.documentId);
      await asPluginWrite(() => linkRows().delete({ where: { id: row.id } }));
      await audit().append({
        action: 'consent.unlinked',
        actor,
        subject: { uid: ref.uid, documentId: ref.documentId, locale },
        data: { consentDocumentId: documentId, receiptId: consent.receiptId, origin },
      });
      const remaining = locked.without({ consentDocumentId: documentId, entryLocale: locale });
      const takenDown = await getService(strapi, 'unpublisher').takeDownUncovered([{ consents: remaining, locale }], actor, { cause: 'consent.unlinked', consentDocumentId: documentId });
      await getService(strapi, 'statuses').refresh(ref.uid, ref.documentId, locale);
      return takenDown;
    });
    return { consent: await load(documentId), unpublished };
  };

  /** Links read with a shared lock (FOR SHARE / LOCK IN SHARE MODE): many readers at once, no unlink meanwhile. */
  const shareLockLinks = async (where: { consentDocumentId: string } | { entryUid: string; entryDocumentId: string }): Promise<LinkKey[]> => {
    const rows = await plainRows(strapi, UIDS.consentLink).select({
      where,
      select: ['consentDocumentId', 'entryUid', 'entryDocumentId', 'entryLocale'],
      orderBy: ['id', 'asc'],
      lock: 'share',
    });
    return rows.map(toLinkKey);
  };

  /**
   * Consent rows locked for update, one at a time in documentId order: every path that locks
   * several consents (a publish, a revocation, an unlink) takes them in the same order, so two of
   * them cannot deadlock. The rows returned are the latest committed ones. (SQLite has a single
   * writer and takes no row locks: `lockEntryConsents` reads links and consents there in one join.)
   */
  const lockConsents = async (documentIds: string[]): Promise<Consent[]> => {
    const ids = [...new Set(documentIds)].sort();
    if (!ids.length) return [];
    const consentRows = plainRows(strapi, UIDS.consentRecord);
    if (!supportsRowLocks(strapi)) {
      const rows = await consentRows.select({ where: { documentId: ids } });
      const byId = new Map(rows.map((row) => [str(row, 'documentId'), row]));
      return ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [formatConsent(row, [])] : [];
      });
    }
    const locked: Consent[] = [];
    for (const id of ids) {
      const [row] = await consentRows.select({ where: { documentId: id }, lock: 'update' });
      if (row) locked.push(formatConsent(row, []));
    }
    return locked;
  };

  const entryConsentsOf = (uid: string, documentId: string, links: LinkKey[], consents: Consent[]): EntryConsents => ({
    uid,
    documentId,
    forLocale: (locale) => {
      const ids = new Set(links.filter((link) => linkAppliesTo(link.entryLocale, locale)).map((link) => link.consentDocumentId));
      return consents.filter((consent) => ids.has(consent.documentId));
    },
    without: (removed) =>
      entryConsentsOf(
        uid,
        documentId,
        links.filter((link) => !(link.consentDocumentId === removed.consentDocumentId && link.entryLocale === removed.entryLocale)),
        consents
      ),
  });

  /**
   * The consents of an entry, read under locks that order a publish, an unlink and a revocation
   * of the same consent across instances: the entry's links (shared), then their consents (for
   * update). The gate evaluates these rows rather than a plain read, which on MySQL could come
   * from a repeatable-read snapshot taken before the locks (a Content Manager publish reads first).
   */
  const lockEntryConsents = async (uid: string, documentId: string): Promise<EntryConsents> =>
    strapi.db.transaction(async ({ trx }) => {
      if (!supportsRowLocks(strapi)) {
        const joined = await entryLinksAndConsents(strapi, trx, uid, documentId);
        return entryConsentsOf(uid, documentId, joined.links, joined.consents);
      }
      const links = await shareLockLinks({ entryUid: uid, entryDocumentId: documentId });
      const consents = await lockConsents(links.map((link) => link.consentDocumentId));
      return entryConsentsOf(uid, documentId, links, consents);
    });

  /**
   * PostgreSQL: what a publish locks and reads before Strapi's publish, in one statement
   * (`publishLocksPg`): the entry's consents as `lockEntryConsents` reads them, its draft rows as
   * `entries.lockDraftRows` locks them, and its reviews in these locales as the gate's locking read
   * of them. Null elsewhere: MySQL and SQLite take the separate statements.
   *
   * Runs in the caller's transaction and resolves once the statement is queued on its connection,
   * with what it read still pending (`locked`): the publish queued next waits for these locks, and
   * its JavaScript runs while the server takes them (docs/architecture.md, "The gate").
   */
  const lockForPublish = async (
    uid: string,
    documentId: string,
    locales: Array<string | null>
  ): Promise<{ locked: Promise<PublishLocks> } | null> => {
    if (strapi.db.dialect.client !== 'postgres') return null;
    if (!strapi.db.inTransaction()) throw new Error('consents.lockForPublish runs inside the publish transaction');
    return strapi.db.transaction(async ({ trx }) => {
      const { read } = await publishLocksPg(strapi, trx, uid, documentId, locales);
      const readLocales = new Set(locales.map((locale) => locale ?? null));
      const locked = read.then((rows): PublishLocks => {
        const reviews = rows.reviews.map(parseReviewRow);
        return {
          consents: entryConsentsOf(uid, documentId, rows.links, rows.consents),
          reviewsFor: (locale: string | null) =>
            readLocales.has(locale ?? null) ? reviews.filter((review) => review.entryLocale === (locale ?? null)).map(toDecision) : undefined,
          storedDigest: (locale: string | null) => rows.digests.get(locale ?? '') ?? null,
        };
      });
      // The gate awaits it only after Strapi's publish has queued its reads: not an unhandled rejection meanwhile.
      locked.catch(() => undefined);
      return { locked };
    });
  };

  /**
   * Ends a consent (revocation or expiry) and unpublishes, in the same transaction, every published
   * entry it covered that no other consent still covers (`coversEntry`). Locks: the consent's links,
   * the links of the entries they name, then every consent involved, in documentId order; so two
   * revocations of an entry's two consents cannot both decide the other one still covers it.
   */
  const end = async (
    documentId: string,
    status: Exclude<ConsentStatus, 'active'>,
    actor: Actor & { name?: string },
    details: { reason?: string; receivedAt?: string; origin: Record<string, unknown> }
  ): Promise<{ consent: Consent; unpublished: EntryRef[] }> => {
    const unpublished = await runInScope('consent-write', () =>
      strapi.db.transaction(async () => {
        const links = await shareLockLinks({ consentDocumentId: documentId });
        const entries = new Map<string, { uid: string; documentId: string; links: LinkKey[] }>();
        for (const link of links) {
          const key = `${link.entryUid}\u0000${link.entryDocumentId}`;
          if (entries.has(key) || !getService(strapi, 'marked-types').isMarked(link.entryUid)) continue;
          entries.set(key, { uid: link.entryUid, documentId: link.entryDocumentId, links: await shareLockLinks({ entryUid: link.entryUid, entryDocumentId: link.entryDocumentId }) });
        }
        const locked = await lockConsents([documentId, ...[...entries.values()].flatMap((entry) => entry.links.map((link) => link.consentDocumentId))]);
        const current = locked.find((consent) => consent.documentId === documentId);
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
        const { count } = await records().updateMany({ where: { documentId, status: 'active' }, data: changes });
        if (count !== 1) throw new errors.ApplicationError('This consent was ended by another request');
        await audit().append({
          action: status === 'revoked' ? 'consent.revoked' : 'consent.expired',
          actor,
          subject: consentSubject(documentId),
          data: { receiptId: current.receiptId, ...(status === 'revoked' ? { reason: await audit().storeText(details.reason ?? '', { uid: UIDS.consentRecord, documentId, field: 'revocationReason' }), receivedAt: changes.revocationReceivedAt } : {}), origin: details.origin },
        });
        const after = locked.map((consent) => (consent.documentId === documentId ? { ...consent, status } : consent));
        const affected = links
          .filter((link) => entries.has(`${link.entryUid}\u0000${link.entryDocumentId}`))
          .map((link) => {
            const entry = entries.get(`${link.entryUid}\u0000${link.entryDocumentId}`) as { uid: string; documentId: string; links: LinkKey[] };
            return { consents: entryConsentsOf(entry.uid, entry.documentId, entry.links, after), locale: link.entryLocale };
          });
        const takenDown = await getService(strapi, 'unpublisher').takeDownUncovered(affected, actor, { cause: `consent.${status}`, consentDocumentId: documentId });
        for (const entry of entries.values()) await getService(strapi, 'statuses').refresh(entry.uid, entry.documentId, null);
        return takenDown;
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

  return { load, findPage, create, link, unlink, end, receipt, evidenceOf, formatConsent, lockEntryConsents, lockForPublish };
};
