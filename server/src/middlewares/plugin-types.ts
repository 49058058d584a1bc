import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import { ERROR_CODES } from '../../../shared/error-codes';
import { inPluginWrite, inScope } from '../services/internal-scope';
import { isPluginUid } from '../utils/plugin-uids';

const CHANGING_ACTIONS = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
/** Tables whose rows are never changed or deleted once written. */
const APPEND_ONLY: string[] = [UIDS.review, UIDS.waiver, UIDS.auditEvent, UIDS.auditHead, UIDS.evidenceChunk];

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

