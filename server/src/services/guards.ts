import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import { ERROR_CODES } from '../../../shared/error-codes';
import { inPluginWrite, inScope } from './internal-scope';

const CHANGING_ACTIONS = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
const APPEND_ONLY: string[] = [UIDS.review, UIDS.waiver, UIDS.auditEvent, UIDS.auditHead, UIDS.evidenceChunk];

export const PLUGIN_UID_PREFIX = 'plugin::compliance.';
export const isPluginUid = (uid: string) => uid.startsWith(PLUGIN_UID_PREFIX);

/** Every content type of this plugin, as registered in this app. */
export const pluginUids = (strapi: Core.Strapi) => Object.keys(strapi.contentTypes).filter(isPluginUid);

const internalOnly = (uid: string) =>
  new errors.PolicyError(
    `${uid} holds patient data and is reachable only through the compliance plugin's admin API (/compliance/…), never through the Content Manager, REST, GraphQL or strapi.documents()`,
    { code: ERROR_CODES.pluginInternal }
  );

/**
 * The plugin's content types (consents, links, reviews, audit events, evidence) are reachable
 * only through the plugin's own services. The Content Manager, REST and GraphQL controllers and
 * any code calling `strapi.documents()` all pass through here, so every Document Service action
 * on them is refused outside the plugin's write scope; stored evidence keeps its stronger
 * promise: it is never changed or deleted.
 */
export const pluginTypesMiddleware: Modules.Documents.Middleware.Middleware = async (ctx, next) => {
  const uid = ctx.uid as string;
  if (!isPluginUid(uid)) return next();
  if (CHANGING_ACTIONS.has(ctx.action)) {
    if (uid === UIDS.consentRecord && !inScope('consent-write')) {
      throw new errors.ApplicationError('Consent records are immutable: revoke the consent instead of changing or deleting it (HIPAA 164.508(b)(5))', {
        code: ERROR_CODES.immutableRecord,
      });
    }
    if (APPEND_ONLY.includes(uid)) {
      throw new errors.ApplicationError(`${uid} entries are append-only and cannot be changed or deleted`, { code: ERROR_CODES.immutableRecord });
    }
  }
  if (!inPluginWrite()) throw internalOnly(uid);
  return next();
};

/** The same promises for writes through `strapi.db.query` (import, transfer, custom code). */
export const subscribeEvidenceGuards = (strapi: Core.Strapi) => {
  const refuseAlways = () => {
    throw new errors.ApplicationError('Audit events, reviews, waivers and consent evidence are append-only and cannot be changed or deleted', {
      code: ERROR_CODES.immutableRecord,
    });
  };
  strapi.db.lifecycles.subscribe({
    models: [UIDS.auditEvent, UIDS.review, UIDS.waiver, UIDS.evidenceChunk],
    beforeUpdate: refuseAlways,
    beforeUpdateMany: refuseAlways,
    beforeDelete: refuseAlways,
    beforeDeleteMany: refuseAlways,
  });
  const refuseConsentDelete = () => {
    throw new errors.ApplicationError('Consent records are kept for the retention period and cannot be deleted', { code: ERROR_CODES.immutableRecord });
  };
  const refuseConsentUpdate = () => {
    if (!inScope('consent-write')) throw new errors.ApplicationError('Consent records are immutable: revoke the consent instead', { code: ERROR_CODES.immutableRecord });
  };
  strapi.db.lifecycles.subscribe({
    models: [UIDS.consentRecord],
    beforeDelete: refuseConsentDelete,
    beforeDeleteMany: refuseConsentDelete,
    beforeUpdate: refuseConsentUpdate,
    beforeUpdateMany: refuseConsentUpdate,
  });

  // Rows of the plugin's types are created only by its services, and links change only through link/unlink.
  const refuseOutsidePlugin = (event: { model: { uid: string } }) => {
    if (!inPluginWrite()) {
      throw new errors.ApplicationError(
        `${event.model.uid} rows are written only by the compliance plugin's services (asPluginWrite in services/internal-scope.ts)`,
        { code: ERROR_CODES.pluginInternal }
      );
    }
  };
  strapi.db.lifecycles.subscribe({
    models: pluginUids(strapi),
    beforeCreate: refuseOutsidePlugin,
    beforeCreateMany: refuseOutsidePlugin,
  });
  strapi.db.lifecycles.subscribe({
    models: [UIDS.consentLink],
    beforeUpdate: refuseOutsidePlugin,
    beforeUpdateMany: refuseOutsidePlugin,
    beforeDelete: refuseOutsidePlugin,
    beforeDeleteMany: refuseOutsidePlugin,
  });
};
