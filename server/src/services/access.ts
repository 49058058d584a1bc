import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import type { Consent, ConsentLink } from '../../../shared/contracts/consents';
import type { EntryRef } from '../../../shared/contracts/common';
import { permissionUid } from '../../../shared/permissions';
import { linkIsReadable, readableKeysOf } from '../domain/readable-links';
import { withoutMatches } from '../domain/redact-findings';
import type { Check } from '../../../shared/contracts/checks';
import { currentRequest } from './request-actor';
import { columnOf } from '../utils/db';
import { getService } from '../utils/get-service';

/** The CASL ability Strapi puts on `ctx.state.userAbility` for admin requests. */
export interface UserAbility {
  can(action: string, subject?: unknown, field?: string): boolean;
}

/**
 * Who is asking. Holders of `consents.manage` (the privacy office) see every consent; everyone
 * else sees a consent only through an entry they may read in the Content Manager (HIPAA
 * 164.502(b), minimum necessary).
 */
export interface Viewer {
  ability: UserAbility;
  allConsents: boolean;
}

/** A query-engine filter; `{}` matches every row. */
type Where = Record<string, unknown>;

const CM_READ = 'plugin::content-manager.explorer.read';

interface PermissionsManager {
  getQuery(action: string): Where | null;
}

interface PermissionService {
  createPermissionsManager(options: { ability: UserAbility; model: string }): PermissionsManager;
  actionProvider: { unstable_aliases(action: string, subject: string): string[] };
}

type KnexQuery = ReturnType<Core.Strapi['db']['connection']>;

const isEmpty = (where: Where) => Object.keys(where).length === 0;

const NOTHING: Where = { documentId: { $in: [] } };

/** The Content Manager's read permissions, with their conditions, as database filters. */
export const createAccessService = ({ strapi }: { strapi: Core.Strapi }) => {
  const permissions = () => strapi.service('admin::permission') as unknown as PermissionService;

  const viewerOf = (ability: UserAbility): Viewer => ({ ability, allConsents: ability.can(permissionUid('consents.manage')) });

  /**
   * The rows of `uid` the viewer may read in the Content Manager: `null` for none, `{}` for all,
   * or the filter Strapi builds from the permissions' conditions (e.g. Authors' "is creator",
   * the locales of i18n), so the database does the filtering and pagination stays exact.
   */
  const readableWhere = (viewer: Viewer, uid: string): Where | null => {
    const manager = permissions().createPermissionsManager({ ability: viewer.ability, model: uid });
    const actions = [CM_READ, ...permissions().actionProvider.unstable_aliases(CM_READ, uid)];
    const queries = actions.map((action) => manager.getQuery(action)).filter((query): query is Where => query !== null && query !== undefined);
    if (!queries.length) return null;
    if (queries.some(isEmpty)) return {};
    return queries.length === 1 ? queries[0] : { $or: queries };
  };

  const defaultLocale = async () => {
    const locales = strapi.plugin('i18n')?.service('locales') as { getDefaultLocale(): Promise<string> } | undefined;
    return locales ? locales.getDefaultLocale() : null;
  };

  /** Whether the viewer may read the entry (for a localized type: in the locale asked, or the default one). */
  const canReadEntry = async (viewer: Viewer, ref: EntryRef): Promise<boolean> => {
    const type = getService(strapi, 'marked-types').get(ref.uid);
    if (!type) return false;
    const where = readableWhere(viewer, ref.uid);
    if (!where) return false;
    const locale = type.localized ? (ref.locale ?? (await defaultLocale())) : null;
    const row: unknown = await strapi.db.query(ref.uid as UID.ContentType).findOne({
      where: { $and: [where, { documentId: ref.documentId, ...(locale ? { locale } : {}) }] },
      select: ['id'],
    });
    return Boolean(row);
  };

  /** Refuses an entry the viewer may not read with the same 404 as an entry that does not exist. */
  const assertCanReadEntry = async (viewer: Viewer, ref: EntryRef) => {
    if (!(await canReadEntry(viewer, ref))) {
      throw new errors.NotFoundError(`No draft of ${ref.uid} "${ref.documentId}"${ref.locale ? ` in locale ${ref.locale}` : ''}`);
    }
  };

  /** A subquery selecting `columns` of the rows of `uid` that `where` allows. */
  const readableRows = (uid: string, where: Where, columns: string[]): KnexQuery =>
    strapi.db.queryBuilder(uid as UID.ContentType).select(columns).where(where).getKnexQuery() as KnexQuery;

  /**
   * A filter on consent records for what the viewer may see: `null` when they see every consent,
   * otherwise "linked to at least one entry they may read", as one subquery. Asked for the
   * consents of one entry, a viewer who may not read that entry gets none: which consents cover
   * it is not theirs to know.
   */
  const consentWhere = async (viewer: Viewer, entry?: EntryRef): Promise<Where | null> => {
    if (viewer.allConsents) return null;
    if (entry && !(await canReadEntry(viewer, entry))) return NOTHING;
    const readable = getService(strapi, 'marked-types')
      .all()
      .map((type) => ({ type, where: readableWhere(viewer, type.uid) }))
      .filter((item): item is { type: (typeof item)['type']; where: Where } => item.where !== null);
    if (!readable.length) return NOTHING;
    const column = (attribute: string) => columnOf(strapi, UIDS.consentLink, attribute);
    const links = strapi.db
      .getConnection(strapi.db.metadata.get(UIDS.consentLink).tableName)
      .distinct(column('consentDocumentId'))
      .where((any) => {
        for (const { type, where } of readable) {
          any.orWhere((link) => {
            link.where(column('entryUid'), type.uid);
            if (!type.localized) {
              link.whereIn(column('entryDocumentId'), readableRows(type.uid, where, ['documentId']));
              return;
            }
            // A link without a locale covers every locale; a link with one, only that locale.
            link.where((either) =>
              either
                .where((all) => all.whereNull(column('entryLocale')).whereIn(column('entryDocumentId'), readableRows(type.uid, where, ['documentId'])))
                .orWhere((one) =>
                  one.whereNotNull(column('entryLocale')).whereIn([column('entryDocumentId'), column('entryLocale')], readableRows(type.uid, where, ['documentId', 'locale']))
                )
            );
          });
        }
      });
    return { documentId: { $in: links } };
  };

  /** Refuses a consent the viewer may not see with the same 404 as a consent that does not exist. */
  const assertCanSeeConsent = async (viewer: Viewer, documentId: string) => {
    const scope = await consentWhere(viewer);
    const row = await strapi.db.query(UIDS.consentRecord).findOne({ where: scope ? { $and: [{ documentId }, scope] } : { documentId }, select: ['id'] });
    if (!row) throw new errors.NotFoundError(`No consent record with documentId "${documentId}"`);
  };

  /** The links of these consents that the viewer may read, as `readableKey`s (one query per type). */
  const readableLinkKeys = async (viewer: Viewer, links: ConsentLink[]): Promise<Set<string>> => {
    const keys = new Set<string>();
    const byType = new Map<string, string[]>();
    for (const link of links) byType.set(link.uid, [...(byType.get(link.uid) ?? []), link.documentId]);
    for (const [uid, documentIds] of byType) {
      const type = getService(strapi, 'marked-types').get(uid);
      const where = type ? readableWhere(viewer, uid) : null;
      if (!type || !where) continue;
      const rows: Array<{ documentId: string; locale?: string | null }> = await strapi.db.query(uid as UID.ContentType).findMany({
        where: { $and: [where, { documentId: { $in: [...new Set(documentIds)] } }] },
        select: type.localized ? ['documentId', 'locale'] : ['documentId'],
      });
      for (const key of readableKeysOf(uid, type.localized, rows)) keys.add(key);
    }
    return keys;
  };

  /**
   * What a viewer without `consents.manage` receives: only the links to entries they may read,
   * and no internal patient reference (which only the privacy office needs).
   */
  const forViewer = async (viewer: Viewer, consents: Consent[]): Promise<Consent[]> => {
    if (viewer.allConsents) return consents;
    const readable = await readableLinkKeys(viewer, consents.flatMap((consent) => consent.links));
    const localized = (uid: string) => getService(strapi, 'marked-types').get(uid)?.localized ?? false;
    return consents.map(({ subjectReference: _hidden, ...consent }) => ({
      ...consent,
      links: consent.links.filter((link) => linkIsReadable(link, localized(link.uid), readable)),
    }));
  };

  /**
   * Whether whoever is behind the current request may read the entry: an admin through the
   * Content Manager's permissions, a content-API caller (API token, end user) through its `find`
   * or `findOne` permission. Code outside any request may.
   */
  const callerMayRead = async (ref: EntryRef): Promise<boolean> => {
    const request = currentRequest(strapi) as
      | { state?: { userAbility?: UserAbility; auth?: { strategy?: { name?: string }; credentials?: { type?: string }; ability?: UserAbility | null } } }
      | undefined;
    const state = request?.state;
    if (!state) return true;
    if (state.userAbility) return canReadEntry(viewerOf(state.userAbility), ref);
    const auth = state.auth;
    if ((auth?.strategy?.name === 'content-api-token' || auth?.strategy?.name === 'api-token') && ['full-access', 'read-only'].includes(auth.credentials?.type ?? '')) return true;
    return Boolean(auth?.ability && (auth.ability.can(`${ref.uid}.find`) || auth.ability.can(`${ref.uid}.findOne`)));
  };

  /** Findings quote the entry's text: a caller who may not read the entry gets them without the matches. */
  const checksForCaller = async (ref: EntryRef, checks: Check[]): Promise<Check[]> => ((await callerMayRead(ref)) ? checks : withoutMatches(checks));

  return { viewerOf, readableWhere, defaultLocale, canReadEntry, assertCanReadEntry, consentWhere, assertCanSeeConsent, forViewer, callerMayRead, checksForCaller };
};
