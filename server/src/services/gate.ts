import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Check, Checklist, GateRefusalDetails } from '../../../shared/contracts/checks';
import type { EntryRef } from '../../../shared/contracts/common';
import { ERROR_CODES } from '../../../shared/error-codes';
import type { PublishLocks } from './consents';
import { inScope, runInScope } from './internal-scope';
import { actorFrom, currentRequest, originFrom } from './request-actor';
import { getService } from '../utils/get-service';
import { populateCovers } from '../domain/draft-populate';
import { isRow, localeOf, rowsOf, type Row } from '../utils/db';

type Middleware = Modules.Documents.Middleware.Middleware;
type LifecycleEvent = Parameters<Extract<Parameters<Core.Strapi['db']['lifecycles']['subscribe']>[0], (...args: never[]) => unknown>>[0];
type Params = Record<string, unknown> & { documentId?: string; locale?: unknown; status?: string; populate?: unknown; fields?: unknown };
type Evaluated = { ref: Required<EntryRef> & { locale: string | null }; entry: Row; checklist: Checklist };
type FindOneParams = Parameters<ReturnType<typeof documentsOf>['findOne']>[0];
/**
 * A `publish` the gate let through to Strapi, waiting for Strapi's own load of the drafts it is
 * about to copy: those rows are the ones evaluated (docs/architecture.md#the-gate).
 */
interface PendingPublish {
  uid: string;
  documentId: string;
  /**
   * What the publish's locks read. On PostgreSQL still pending while Strapi's publish starts: its
   * reads are queued behind the locking statement, and the drafts are evaluated once both are in.
   */
  locks: Promise<PublishLocks>;
  actor: ReturnType<typeof actorFrom>;
  origin: Record<string, unknown>;
  /** How the publish was asked for, as `publish.allowed` and `publish.blocked` record it. */
  via: string;
  /** Set once the drafts were loaded and passed. */
  results: Evaluated[] | null;
}
/** The Document Service of a marked type: its uid is known only at run time. */
const documentsOf = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as UID.ContentType);

const fieldErrors = (failing: Check[]): GateRefusalDetails['errors'] => {
  const byPath = new Map<string, { path: string[]; messages: string[] }>();
  for (const check of failing) {
    for (const finding of check.findings) {
      if (!finding.path.length || finding.waived) continue;
      const key = finding.path.join('.');
      const item = byPath.get(key) ?? { path: finding.path, messages: [] };
      item.messages.push(finding.message);
      byPath.set(key, item);
    }
  }
  return [...byPath.values()].map(({ path, messages }) => ({ path, message: [...new Set(messages)].join(' · '), name: 'ValidationError' }));
};

export const refusalMessage = (failing: Check[]) =>
  `The compliance checklist blocked publication: ${failing.map((check) => check.title.toLowerCase()).join('; ')}. ` +
  'Open the Compliance panel to see what to fix.';

/**
 * The publication gate (docs/architecture.md#the-gate). Every publish of a marked type passes through here:
 * `publish`, and `create`/`update` with `status: 'published'` (REST, GraphQL, code). The entry's
 * draft is evaluated; a failing blocker refuses with a 400 that marks the fields.
 */
export const createGate = ({ strapi }: { strapi: Core.Strapi }) => {
  const audit = () => getService(strapi, 'audit-log');

  const requestInfo = () => {
    const request = currentRequest(strapi);
    return { actor: actorFrom(request), origin: originFrom(request) };
  };

  const localesToCheck = async (uid: string, documentId: string, locale: unknown): Promise<Array<string | null>> => {
    const type = getService(strapi, 'marked-types').get(uid);
    if (!type?.localized) return [null];
    if (Array.isArray(locale)) return locale.map(String);
    if (locale === '*') return getService(strapi, 'entries').draftLocales(uid, documentId);
    if (typeof locale === 'string' && locale) return [locale];
    const i18n = strapi.plugin('i18n')?.service('locales') as { getDefaultLocale(): Promise<string> } | undefined;
    return [i18n ? await i18n.getDefaultLocale() : null];
  };

  /** Evaluates each loaded draft with the consents read under lock and locking reads of the reviews. */
  const evaluateDrafts = async (
    uid: string,
    documentId: string,
    drafts: Array<{ locale: string | null; entry: Row }>,
    { consents, reviewsFor }: PublishLocks
  ) => {
    const results: Evaluated[] = [];
    for (const { locale, entry } of drafts) {
      const ref = { uid, documentId, locale: locale ?? localeOf(entry) };
      const reviews = reviewsFor?.(ref.locale);
      results.push({
        ref,
        entry,
        checklist: await getService(strapi, 'checks').evaluateEntry(ref, entry, { consents: consents.forLocale(locale), lock: true, ...(reviews ? { reviews } : {}) }),
      });
    }
    return results;
  };

  /**
   * The locks a publish takes before Strapi's publish reads anything, and what they read. On
   * PostgreSQL the locking statement is only queued when this returns (`locks` pending): Strapi's
   * publish queues its reads behind it on the same connection.
   */
  const lockForPublish = async (uid: string, documentId: string, locale: unknown): Promise<{ locks: Promise<PublishLocks>; locales: Array<string | null> }> => {
    const consentsService = getService(strapi, 'consents');
    if (strapi.db.dialect.client === 'postgres') {
      // Read committed: each statement sees the latest commits, so the locales may be read first.
      const locales = await localesToCheck(uid, documentId, locale);
      const combined = await consentsService.lockForPublish(uid, documentId, locales);
      if (combined) return { locks: combined.locked, locales };
    }
    // MySQL's repeatable-read snapshot starts at the first plain read: the locking reads go first.
    const consents = await consentsService.lockEntryConsents(uid, documentId);
    const locales = await localesToCheck(uid, documentId, locale);
    await getService(strapi, 'entries').lockDraftRows(uid, documentId, locales);
    return { locks: Promise.resolve({ consents }), locales };
  };

  /** Audits and throws (a 400 that marks the fields) if any evaluated locale is refused. */
  const refuseFailing = async (results: Evaluated[], via: string, actor: ReturnType<typeof actorFrom>, origin: Record<string, unknown>) => {
    const refused = results.filter(({ checklist }) => !checklist.passed);
    if (!refused.length) return;
    for (const { ref, checklist } of refused) {
      await audit().appendDetached({
        action: 'publish.blocked',
        actor,
        subject: ref,
        data: { via, contentHash: checklist.contentHash, failing: checklist.checks.filter((c) => c.status === 'fail').map((c) => c.rule), origin },
      });
    }
    const blocking = refused[0].checklist.checks.filter((check) => check.status === 'fail' && check.severity === 'blocker');
    const failing = await getService(strapi, 'access').checksForCaller(refused[0].ref, blocking);
    const details: GateRefusalDetails = { checks: failing, errors: fieldErrors(failing) };
    throw new errors.ValidationError(refusalMessage(failing), details);
  };

  const notFound = (uid: string, documentId: string, locale: string | null) =>
    new errors.NotFoundError(`No draft of ${uid} "${documentId}"${locale ? ` in locale ${locale}` : ''}`);

  /** Loads each locale's draft as it is now, under the locks taken before, and evaluates it. */
  const loadAndEvaluate = async (uid: string, documentId: string, locales: Array<string | null>, locks: PublishLocks) => {
    const entries = getService(strapi, 'entries');
    const drafts: Array<{ locale: string | null; entry: Row }> = [];
    for (const locale of locales) {
      // The gate never reads a stored status.
      const entry = await entries.loadDraft(uid, documentId, locale);
      if (!entry) throw notFound(uid, documentId, locale);
      drafts.push({ locale, entry });
    }
    return evaluateDrafts(uid, documentId, drafts, locks);
  };

  /**
   * `publish` evaluates the very rows Strapi's publish loads to copy (its draft read, with every
   * component, dynamic zone, relation and media populated), before it writes anything: the gate
   * needs no load of its own. A refusal thrown there aborts the publish and its transaction.
   */
  const pendingPublish = new AsyncLocalStorage<PendingPublish>();


  /**
   * `populateCovers`, once per pair of populate objects: Strapi builds its deep populate once per
   * type and passes the same object on every publish, and `entries.populateFor` is cached too.
   */
  const covered = new WeakMap<object, WeakMap<object, boolean>>();
  const coversOwnLoad = (uid: string, populate: unknown): boolean => {
    if (!isRow(populate)) return false;
    const needed = getService(strapi, 'entries').populateFor(uid);
    const byNeed = covered.get(populate) ?? new WeakMap<object, boolean>();
    covered.set(populate, byNeed);
    let covers = byNeed.get(needed);
    if (covers === undefined) {
      covers = populateCovers(needed, populate);
      byNeed.set(needed, covers);
    }
    return covers;
  };

  const evaluateLoadedDrafts = async (event: Pick<LifecycleEvent, 'model' | 'params'> & { result?: unknown }) => {
    const publishing = pendingPublish.getStore();
    if (!publishing || publishing.results || event.model.uid !== publishing.uid) return;
    const where = event.params.where as Record<string, unknown> | undefined;
    if (!where || where.documentId !== publishing.documentId || where.publishedAt !== null) return;
    if (!coversOwnLoad(publishing.uid, event.params.populate)) return;
    const rows = Array.isArray(event.result) ? event.result.filter(isRow) : [];
    const results = await evaluateDrafts(
      publishing.uid,
      publishing.documentId,
      rows.map((entry) => ({ locale: localeOf(entry), entry })),
      await publishing.locks
    );
    await refuseFailing(results, publishing.via, publishing.actor, publishing.origin);
    publishing.results = results;
  };

  /**
   * Runs Strapi's publish (`publish`) approved, evaluating the drafts it reads; if it read them
   * another way, loads and evaluates them once it returns, still inside the caller's transaction,
   * so a refusal rolls the publish back. A locale asked for by name without a draft is a 404.
   */
  const publishEvaluated = async <T>(pending: Omit<PendingPublish, 'results'>, locales: Array<string | null>, publish: () => Promise<T>) => {
    const publishing: PendingPublish = { ...pending, results: null };
    let published: T;
    try {
      published = await runInScope('gate-approved', () => pendingPublish.run(publishing, publish));
    } catch (error) {
      // A failed locking statement aborts the transaction, and Strapi's next query then fails
      // with "transaction is aborted": the lock's own error says what happened.
      await pending.locks;
      throw error;
    }
    const results = publishing.results ?? (await loadAndEvaluate(pending.uid, pending.documentId, locales, await pending.locks));
    await refuseFailing(results, pending.via, pending.actor, pending.origin);
    const evaluated = (locale: string | null) => (locale === null ? results.length > 0 : results.some(({ ref }) => ref.locale === locale));
    const missing = locales.find((locale) => !evaluated(locale));
    if (missing !== undefined) throw notFound(pending.uid, pending.documentId, missing);
    return { published, results };
  };

  const recordAllowed = async (
    results: Evaluated[],
    via: string,
    actor: ReturnType<typeof actorFrom>,
    origin: Record<string, unknown>,
    /** The stored status's digest of a locale, when it was read with the publish's locks (PostgreSQL). */
    storedDigest?: (locale: string | null) => string | null
  ) => {
    // Strapi's publish leaves the draft row alone unless the type stamps `firstPublishedAt` on it.
    const draftUnchanged = (uid: string) => !('firstPublishedAt' in getService(strapi, 'entries').getSchema(uid).attributes);
    for (const { ref, entry, checklist } of results) {
      // The stored status takes what was just evaluated (nothing is written when it is what is
      // stored; the draft's updatedAt from the row already loaded); the gate never trusts it.
      await getService(strapi, 'statuses').refresh(ref.uid, ref.documentId, ref.locale, {
        checklist,
        ...(draftUnchanged(ref.uid) ? { entry } : {}),
        ...(storedDigest ? { storedDigest: storedDigest(ref.locale) } : {}),
      });
      await audit().append({
        action: 'publish.allowed',
        actor,
        subject: ref,
        data: {
          via,
          contentHash: checklist.contentHash,
          warnings: checklist.checks.filter((check) => check.status === 'fail').map((check) => check.rule),
          origin,
        },
      });
    }
  };

  const middleware: Middleware = async (ctx, next) => {
    const uid = ctx.uid as string;
    if (!getService(strapi, 'marked-types').isMarked(uid)) return next();
    if (inScope('gate-approved') || inScope('internal-unpublish')) return next();
    const params = ctx.params as Params;

    if (ctx.action === 'publish') {
      const documentId = String(params.documentId);
      return strapi.db.transaction(async () => {
        // Locks first (the entry's links and consents, then its draft rows): a revocation, an
        // unlink or a save waits, and what is evaluated is what is published. On PostgreSQL one
        // statement takes them, and the reviews' locks after them (consents.lockForPublish).
        const { locks, locales } = await lockForPublish(uid, documentId, params.locale);
        const { actor, origin } = requestInfo();
        const { published, results } = await publishEvaluated({ uid, documentId, locks, actor, origin, via: 'publish' }, locales, async () => next());
        await recordAllowed(results, 'publish', actor, origin, (await locks).storedDigest);
        return published;
      });
    }

    if ((ctx.action === 'create' || ctx.action === 'update') && params.status === 'published') {
      // Save the draft first, evaluate what was saved, then publish it: all or nothing. The save
      // itself holds the draft row's lock until the transaction ends.
      return strapi.db.transaction(async () => {
        // A new document has no consents yet; an existing one is locked before anything is read.
        const locked = params.documentId ? await getService(strapi, 'consents').lockEntryConsents(uid, String(params.documentId)) : null;
        ctx.params = { ...params, status: 'draft' } as typeof ctx.params;
        const draft = (await next()) as unknown as { documentId: string; locale?: string | null } | null;
        if (!draft) return draft;
        const locale = draft.locale ?? null;
        const consents = locked ?? (await getService(strapi, 'consents').lockEntryConsents(uid, draft.documentId));
        const { actor, origin } = requestInfo();
        const { results } = await publishEvaluated({ uid, documentId: draft.documentId, locks: Promise.resolve({ consents }), actor, origin, via: ctx.action }, [locale], () =>
          documentsOf(strapi, uid).publish({ documentId: draft.documentId, ...(locale ? { locale } : {}) })
        );
        await recordAllowed(results, ctx.action, actor, origin);
        // The caller's own populate and fields, passed through as Strapi received them.
        const selection = { ...(params.populate ? { populate: params.populate } : {}), ...(params.fields ? { fields: params.fields } : {}) } as Pick<FindOneParams, 'populate' | 'fields'>;
        return documentsOf(strapi, uid).findOne({ documentId: draft.documentId, status: 'published', ...(locale ? { locale } : {}), ...selection });
      });
    }
    return next();
  };

  /**
   * Backstop for writes that skip the Document Service (`strapi.db.query`, import, transfer):
   * a published row of a marked type is refused unless the gate approved it, whether the write
   * publishes a row or changes one that is already published.
   */
  const subscribeDatabaseBackstop = () => {
    const uids = getService(strapi, 'marked-types').all().map((type) => type.uid);
    if (!uids.length) return;
    const approved = () => inScope('gate-approved') || inScope('internal-unpublish');
    const publishes = (data: unknown) => {
      const rows = Array.isArray(data) ? data : [data];
      return rows.some((row) => row && typeof row === 'object' && (row as { publishedAt?: unknown }).publishedAt);
    };
    type DbEvent = Pick<LifecycleEvent, 'model' | 'action' | 'params'>;
    const refuse = async (event: DbEvent, what: string) => {
      const { actor, origin } = requestInfo();
      await audit().appendDetached({
        action: 'publish.unverified',
        actor,
        subject: { uid: event.model.uid, documentId: null, locale: null },
        data: { via: `db.${event.action}`, refused: true, origin },
      });
      throw new errors.ApplicationError(
        `${what} ${event.model.uid} row was written around the compliance gate and was refused. Save the draft and publish through the Document Service (strapi.documents()) so the checklist runs.`,
        { code: ERROR_CODES.writeAroundGate }
      );
    };
    const enforced = () => getService(strapi, 'settings').config().enforceOnDatabaseWrites && !approved();
    const checkCreate = async (event: DbEvent) => {
      if (enforced() && publishes(event.params.data)) await refuse(event, 'A published');
    };
    const checkUpdate = async (event: DbEvent) => {
      if (!enforced()) return;
      if (publishes(event.params.data)) return refuse(event, 'A published');
      const published = await rowsOf(strapi, event.model.uid).count({ where: { $and: [event.params.where ?? {}, { publishedAt: { $notNull: true } }] } });
      if (published > 0) await refuse(event, 'An already published');
    };
    strapi.db.lifecycles.subscribe({
      models: uids,
      beforeCreate: checkCreate,
      beforeCreateMany: checkCreate,
      beforeUpdate: checkUpdate,
      beforeUpdateMany: checkUpdate,
    });
  };

  /** Strapi's publish reads the drafts it copies; the gate evaluates them there (`middleware`). */
  const subscribePublishLoads = () => {
    const uids = getService(strapi, 'marked-types').all().map((type) => type.uid);
    if (uids.length) strapi.db.lifecycles.subscribe({ models: uids, afterFindMany: evaluateLoadedDrafts });
  };

  return { middleware, subscribeDatabaseBackstop, subscribePublishLoads };
};
