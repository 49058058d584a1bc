import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import { inScope } from './internal-scope';

const CHANGING_ACTIONS = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/**
 * Consent records, reviews and audit events are evidence: once stored, nothing outside the
 * plugin's own revocation/expiry path may change or delete them.
 */
export const consentImmutabilityMiddleware: Modules.Documents.Middleware.Middleware = async (ctx, next) => {
  const uid = ctx.uid as string;
  if (!CHANGING_ACTIONS.has(ctx.action)) return next();
  if (uid === UIDS.consentRecord && !inScope('consent-write')) {
    throw new errors.ApplicationError('Consent records are immutable: revoke the consent instead of changing or deleting it (HIPAA 164.508(b)(5))');
  }
  if (uid === UIDS.review || uid === UIDS.auditEvent || uid === UIDS.auditHead) {
    throw new errors.ApplicationError(`${uid} entries are append-only and cannot be changed or deleted`);
  }
  return next();
};

/** The same promise for writes through `strapi.db.query`. */
export const subscribeEvidenceGuards = (strapi: Core.Strapi) => {
  const refuseAlways = () => {
    throw new errors.ApplicationError('Audit events and reviews are append-only and cannot be changed or deleted');
  };
  strapi.db.lifecycles.subscribe({
    models: [UIDS.auditEvent, UIDS.review],
    beforeUpdate: refuseAlways,
    beforeUpdateMany: refuseAlways,
    beforeDelete: refuseAlways,
    beforeDeleteMany: refuseAlways,
  } as never);
  const refuseConsentDelete = () => {
    throw new errors.ApplicationError('Consent records are kept for the retention period and cannot be deleted');
  };
  strapi.db.lifecycles.subscribe({
    models: [UIDS.consentRecord],
    beforeDelete: refuseConsentDelete,
    beforeDeleteMany: refuseConsentDelete,
    beforeUpdate: () => {
      if (!inScope('consent-write')) throw new errors.ApplicationError('Consent records are immutable: revoke the consent instead');
    },
    beforeUpdateMany: () => {
      if (!inScope('consent-write')) throw new errors.ApplicationError('Consent records are immutable: revoke the consent instead');
    },
  } as never);
};
