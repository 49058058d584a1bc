import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types';
import { CONSENT_MEDIA, CONSENT_STATUSES, SIGNATURE_METHODS } from '../../../shared/contracts/consents';
import type { Consent, ConsentEvidence, ConsentLink, ConsentMedium, ConsentStatus } from '../../../shared/contracts/consents';
import type { EntryRef, PersonRef } from '../../../shared/contracts/common';
import { isRow, stringField, type Row } from '../utils/db';
import { plainRows } from './plain-rows';
import { prepared } from './prepared';

type Knex = Core.Strapi['db']['connection'];

/**
 * Readers for a consent or link row from the query engine: strings and enumerations are checked;
 * JSON columns keep the shape the validated input gave them when the row was written (the plugin is
 * their only writer, see README "Security and privacy").
 */
export const str = (row: Row, key: string): string => stringField(row, key) ?? '';
export const optStr = (row: Row, key: string): string | undefined => stringField(row, key);
export const nullableStr = (row: Row, key: string): string | null => stringField(row, key) ?? null;
const json = <T>(row: Row, key: string): T | undefined => {
  const value = row[key];
  return value === null || value === undefined ? undefined : (value as T);
};
const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T => values.find((item) => item === value) ?? fallback;
const person = (row: Row, key: string): PersonRef | null => {
  const value = row[key];
  return isRow(value) && (typeof value.id === 'number' || typeof value.id === 'string') ? (value as unknown as PersonRef) : null;
};

export const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

const formatEvidence = (value: unknown): ConsentEvidence | null => {
  if (!value || typeof value !== 'object') return null;
  const { name, mime, size, sha256 } = value as Record<string, unknown>;
  return { name: String(name), mime: String(mime), size: Number(size), sha256: String(sha256) };
};

/** A link as the lock paths read it. */
export interface LinkKey {
  consentDocumentId: string;
  entryUid: string;
  entryDocumentId: string;
  entryLocale: string | null;
}

export const toLinkKey = (row: Row): LinkKey => ({
  consentDocumentId: String(row.consentDocumentId),
  entryUid: String(row.entryUid),
  entryDocumentId: String(row.entryDocumentId),
  entryLocale: nullableStr(row, 'entryLocale'),
});

/** A link without locale applies to every locale of its entry. */
export const linkAppliesTo = (linkLocale: string | null, locale: string | null) => linkLocale === null || linkLocale === locale;

export const formatLink = (row: Row): ConsentLink => ({
  uid: str(row, 'entryUid'),
  documentId: str(row, 'entryDocumentId'),
  locale: nullableStr(row, 'entryLocale'),
  linkedAt: iso(row.createdAt) as string,
  linkedBy: person(row, 'linkedBy'),
});

const scopeOf = (row: Row): Consent['scope'] => {
  const scope = json<{ channels?: unknown; media?: unknown }>(row, 'scope');
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  return {
    channels: list(scope?.channels).map(String),
    media: list(scope?.media).filter((medium): medium is ConsentMedium => CONSENT_MEDIA.some((item) => item === medium)),
  };
};

export const formatConsent = (row: Row, links: Row[]): Consent => ({
  documentId: str(row, 'documentId'),
  receiptId: str(row, 'receiptId'),
  status: oneOf<ConsentStatus>(CONSENT_STATUSES, row.status, 'expired'),
  subjectName: str(row, 'subjectName'),
  subjectReference: optStr(row, 'subjectReference'),
  representative: json<Consent['representative']>(row, 'representative'),
  informationDescription: str(row, 'informationDescription'),
  authorizedDisclosers: str(row, 'authorizedDisclosers'),
  recipients: str(row, 'recipients'),
  purposes: (json<unknown[]>(row, 'purposes') ?? []).map(String),
  expiresAt: iso(row.expiresAt),
  expirationEvent: nullableStr(row, 'expirationEvent'),
  signedAt: iso(row.signedAt) as string,
  signatureMethod: oneOf(SIGNATURE_METHODS, row.signatureMethod, 'electronic'),
  statements: json<Consent['statements']>(row, 'statements') ?? { rightToRevoke: false, conditioning: false, redisclosure: false },
  remuneration: json<Consent['remuneration']>(row, 'remuneration') ?? { involved: false },
  scope: scopeOf(row),
  collectionMethod: optStr(row, 'collectionMethod'),
  jurisdiction: optStr(row, 'jurisdiction'),
  language: optStr(row, 'language'),
  policyUrl: optStr(row, 'policyUrl'),
  evidence: formatEvidence(row.evidence),
  revokedAt: iso(row.revokedAt),
  revocationReason: nullableStr(row, 'revocationReason'),
  revocationReceivedAt: iso(row.revocationReceivedAt),
  revokedBy: person(row, 'revokedBy'),
  expiredAt: iso(row.expiredAt),
  createdBy: person(row, 'recordedBy'),
  createdAt: iso(row.createdAt) as string,
  updatedAt: iso(row.updatedAt) as string,
  links: links.map(formatLink),
});

/**
 * Reads of consents and their links, parsed at the boundary (docs/architecture.md#repositories).
 * The rule engine and the status job read an entry's consents here, not through the consent
 * service, which refreshes stored statuses and so depends on the rule engine
 * (docs/architecture.md#service-dependencies).
 */
export const consentRows = (strapi: Core.Strapi) => {
  const records = () => strapi.db.query(UIDS.consentRecord);
  const linkRows = () => strapi.db.query(UIDS.consentLink);

  /** The links of these consents, oldest first. */
  const linksOf = (documentIds: string[]): Promise<Row[]> =>
    documentIds.length ? linkRows().findMany({ where: { consentDocumentId: { $in: documentIds } }, orderBy: { id: 'asc' } }) : Promise.resolve([]);

  /**
   * Consents linked to an entry (a link without locale covers every locale), as the checklist reads
   * them: without each consent's own links.
   */
  const forEntry = async (ref: EntryRef): Promise<Consent[]> => {
    const links: Row[] = await linkRows().findMany({
      where: {
        entryUid: ref.uid,
        entryDocumentId: ref.documentId,
        $or: [{ entryLocale: null }, ...(ref.locale ? [{ entryLocale: ref.locale }] : [])],
      },
    });
    const ids = [...new Set(links.map((row) => str(row, 'consentDocumentId')))];
    if (!ids.length) return [];
    const rows: Row[] = await records().findMany({ where: { documentId: { $in: ids } }, orderBy: { id: 'asc' } });
    return rows.map((row) => formatConsent(row, []));
  };

  /**
   * `forEntry` for many entries of one type at once (the status re-evaluation job): two queries,
   * then each entry's consents per locale as `forEntry` gives them.
   */
  const forEntries = async (uid: string, documentIds: string[]): Promise<(documentId: string, locale: string | null) => Consent[]> => {
    const links = documentIds.length ? ((await linkRows().findMany({ where: { entryUid: uid, entryDocumentId: { $in: documentIds } } })) as Row[]).map(toLinkKey) : [];
    const ids = [...new Set(links.map((link) => link.consentDocumentId))];
    const rows: Row[] = ids.length ? await records().findMany({ where: { documentId: { $in: ids } }, orderBy: { id: 'asc' } }) : [];
    const consents = rows.map((row) => formatConsent(row, []));
    return (documentId, locale) => {
      const linked = new Set(links.filter((link) => link.entryDocumentId === documentId && linkAppliesTo(link.entryLocale, locale)).map((link) => link.consentDocumentId));
      return consents.filter((consent) => linked.has(consent.documentId));
    };
  };

  return { linksOf, forEntry, forEntries };
};

/**
 * An entry's links and the consents they name, in one statement (a join), for the publish gate on
 * SQLite, which takes no row locks (docs/architecture.md, "The gate"). PostgreSQL and MySQL read
 * them as two locking reads instead (`lockEntryConsents` in the consent service). Links in id
 * order; consents in documentId order, each once.
 */
export const entryLinksAndConsents = async (strapi: Core.Strapi, trx: unknown, uid: string, documentId: string): Promise<{ links: LinkKey[]; consents: Consent[] }> => {
  const links = plainRows(strapi, UIDS.consentLink);
  const records = plainRows(strapi, UIDS.consentRecord);
  const schema = strapi.db.getSchemaName();
  const from = schema ? `${schema}.${links.tableName}` : links.tableName;
  const joined = schema ? `${schema}.${records.tableName}` : records.tableName;
  const { rows } = await prepared(strapi).run(
    trx,
    'entry-links-and-consents',
    (knex: Knex, param) =>
      knex({ l: from })
        .leftJoin({ c: joined }, `c.${records.columnOf('documentId')}`, `l.${links.columnOf('consentDocumentId')}`)
        .where(`l.${links.columnOf('entryUid')}`, param(0))
        .where(`l.${links.columnOf('entryDocumentId')}`, param(1))
        .orderBy('l.id', 'asc')
        .select({ __linkConsent: `l.${links.columnOf('consentDocumentId')}`, __linkLocale: `l.${links.columnOf('entryLocale')}` }, 'c.*'),
    [uid, documentId]
  );
  const keys: LinkKey[] = [];
  const byId = new Map<string, Consent>();
  for (const row of rows) {
    keys.push({ consentDocumentId: String(row.__linkConsent), entryUid: uid, entryDocumentId: documentId, entryLocale: nullableStr(row, '__linkLocale') });
    const record = records.toRecord(row);
    const id = stringField(record, 'documentId');
    if (id && !byId.has(id)) byId.set(id, formatConsent(record, []));
  }
  return { links: keys, consents: [...byId.keys()].sort().map((id) => byId.get(id) as Consent) };
};

/**
 * PostgreSQL: the publish gate's locks and reads in one statement (docs/architecture.md, "The
 * gate"), taken in the order the separate statements take them on MySQL: the entry's links
 * (shared), the consents they name (for update, in documentId order), the entry's draft rows of
 * these locales (for update), then its reviews in these locales (for update), newest first. Each
 * part is a materialized CTE, and the union reads them in that order; rows come back as JSON.
 * `locales`: `[null]` for a type that is not localized.
 *
 * Resolves once the statement is queued on the transaction's connection (`prepared.submit`), with
 * its pending `read`: what the caller queues next runs after it has taken its locks.
 */
export const publishLocksPg = async (
  strapi: Core.Strapi,
  trx: unknown,
  uid: string,
  documentId: string,
  locales: ReadonlyArray<string | null>
): Promise<{ read: Promise<{ links: LinkKey[]; consents: Consent[]; reviews: Row[]; digests: Map<string, string | null> }> }> => {
  const links = plainRows(strapi, UIDS.consentLink);
  const records = plainRows(strapi, UIDS.consentRecord);
  const reviews = plainRows(strapi, UIDS.review);
  const statuses = plainRows(strapi, UIDS.entryStatus);
  const entryTable = strapi.db.metadata.get(uid).tableName;
  const schema = strapi.db.getSchemaName();
  const qualified = (name: string) => (schema ? `${schema}.${name}` : name);
  const named = locales.filter((locale): locale is string => Boolean(locale));
  const entryColumn = (attribute: string) => (strapi.db.metadata.get(uid).attributes[attribute] as { columnName?: string } | undefined)?.columnName ?? attribute;
  const { result } = await prepared(strapi).submit(
    trx,
    `publish-locks|${uid}|${named.length}`,
    (knex: Knex, param) => {
      const inList = (first: number) => named.map((_, index) => param(first + index));
      const placeholders = named.map(() => '?').join(', ');
      return knex.raw(
        'with l as materialized (select * from ?? where ?? = ? and ?? = ? order by ?? for share), ' +
          'c as materialized (select * from ?? where ?? in (select ?? from l) order by ?? for update), ' +
          `d as materialized (select ?? from ?? where ?? = ? and ?? is null${named.length ? ` and ?? in (${placeholders})` : ''} order by ?? for update), ` +
          `r as materialized (select * from ?? where ?? = ? and ?? = ? and ${named.length ? `?? in (${placeholders})` : '?? is null'} order by ?? desc for update), ` +
          // The stored statuses' digests (not locked): the gate writes a status only when its outcome differs.
          's as materialized (select ?? as locale, ?? as digest from ?? where ?? = ? and ?? = ?) ' +
          "select 'l' as part, row_to_json(l.*) as row from l " +
          "union all select 'c', row_to_json(c.*) from c " +
          "union all select 'd', null from d " +
          "union all select 'r', row_to_json(r.*) from r " +
          "union all select 's', row_to_json(s.*) from s",
        [
          qualified(links.tableName),
          links.columnOf('entryUid'),
          param(0),
          links.columnOf('entryDocumentId'),
          param(1),
          'id',
          qualified(records.tableName),
          records.columnOf('documentId'),
          links.columnOf('consentDocumentId'),
          records.columnOf('documentId'),
          'id',
          qualified(entryTable),
          entryColumn('documentId'),
          param(1),
          entryColumn('publishedAt'),
          ...(named.length ? [entryColumn('locale'), ...inList(2)] : []),
          'id',
          qualified(reviews.tableName),
          reviews.columnOf('entryUid'),
          param(0),
          reviews.columnOf('entryDocumentId'),
          param(1),
          reviews.columnOf('entryLocale'),
          ...(named.length ? inList(2) : []),
          'id',
          statuses.columnOf('entryLocale'),
          statuses.columnOf('digest'),
          qualified(statuses.tableName),
          statuses.columnOf('entryUid'),
          param(0),
          statuses.columnOf('entryDocumentId'),
          param(1),
        ]
      );
    },
    [uid, documentId, ...named]
  );
  const read = result.then(({ rows }) => {
    const parts = (part: string) => rows.filter((row) => row.part === part).map((row) => (isRow(row.row) ? row.row : {}));
    return {
      links: parts('l').map((row) => toLinkKey(links.toRecord(row))),
      consents: parts('c').map((row) => formatConsent(records.toRecord(row), [])),
      reviews: parts('r').map((row) => reviews.toRecord(row)),
      digests: new Map(parts('s').map((row) => [String(row.locale ?? ''), typeof row.digest === 'string' ? row.digest : null])),
    };
  });
  return { read };
};
