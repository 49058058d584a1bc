import type { Core } from '@strapi/strapi';
import { ACTIONS } from './permissions';
import { consentImmutabilityMiddleware } from './services/guards';
import { getService } from './utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Fails boot on a marked type without Draft & Publish or a bad field mapping.
  const marked = getService(strapi, 'marked-types').load(getService(strapi, 'settings').config());

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
  // Inside the gate: it sees the draft save the gate makes of a create/update that publishes.
  strapi.documents.use(getService(strapi, 'edit-history').middleware);
};
