import type { Core } from '@strapi/strapi';
import { ACTIONS } from './permissions';
import { consentImmutabilityMiddleware } from './services/guards';
import { getService } from './utils/get-service';
import { hideFromGraphql } from './utils/graphql';
import { UIDS } from './content-types';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Fails boot on a marked type without Draft & Publish or a bad field mapping.
  const marked = getService(strapi, 'marked-types').load(getService(strapi, 'settings').config());
  // Fails boot on an audit signing key that cannot be read.
  getService(strapi, 'audit-keys').signer();
  // Stored free texts (PHI until redacted) and signing keys are reachable only through the admin API.
  hideFromGraphql(strapi, [UIDS.auditText, UIDS.auditKey]);

  // Types marked only in config get the same schema flag as types marked in their schema, so the
  // admin (which reads pluginOptions) treats both alike.
  for (const type of marked.values()) {
    strapi.get('content-types').extend(type.uid, (contentType: { pluginOptions?: Record<string, unknown> }) => {
      const current = (contentType.pluginOptions?.compliance ?? {}) as Record<string, unknown>;
      contentType.pluginOptions = { ...contentType.pluginOptions, compliance: { ...current, enabled: true, profile: type.profile } };
    });
  }

  strapi.service('admin::permission').actionProvider.registerMany(
    ACTIONS.map(({ uid, displayName, subCategory }) => ({ section: 'plugins', pluginName: 'compliance', uid, displayName, subCategory }))
  );

  strapi.documents.use(consentImmutabilityMiddleware);
  strapi.documents.use(getService(strapi, 'gate').middleware);
};
