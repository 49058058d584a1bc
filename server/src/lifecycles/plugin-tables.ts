import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import { ERROR_CODES } from '../../../shared/error-codes';
import { inPluginWrite, inScope } from '../services/internal-scope';
import { pluginUids } from '../utils/plugin-uids';

/**
 * The promises of `middlewares/plugin-types.ts` for writes through `strapi.db.query` (import,
 * transfer, custom code): consents immutable, reviews, waivers, audit events and evidence
 * append-only, rows created only by the plugin's services.
 */
export const subscribePluginTableGuards = (strapi: Core.Strapi) => {
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
