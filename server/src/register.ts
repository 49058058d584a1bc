import type { Core } from '@strapi/strapi';
import { ACTIONS } from '../../shared/permissions';
import { weakensCoreRule } from './domain/core-protections';
import { noStoreMiddleware } from './routes/no-store';
import { useDocumentMiddlewares } from './middlewares';
import { pluginUids } from './utils/plugin-uids';
import { getService } from './utils/get-service';
import { hideFromGraphql } from './utils/graphql';
import { leaveOutUnusedSchema } from './lifecycles/unused-indexes';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Fails boot on a marked type without Draft & Publish or a bad field mapping.
  const marked = getService(strapi, 'marked-types').load(getService(strapi, 'settings').config());
  // Fails boot on an audit signing key that cannot be read.
  getService(strapi, 'audit-keys').signer();

  // Types marked only in config get the same schema flag as types marked in their schema, so the
  // admin (which reads pluginOptions) treats both alike.
  for (const type of marked.values()) {
    strapi.get('content-types').extend(type.uid, (contentType: { pluginOptions?: Record<string, unknown> }) => {
      const current = (contentType.pluginOptions?.compliance ?? {}) as Record<string, unknown>;
      contentType.pluginOptions = { ...contentType.pluginOptions, compliance: { ...current, enabled: true, profile: type.profile } };
    });
  }

  // Only the config file (code review) can weaken a core protection; say so at every boot.
  for (const type of marked.values()) {
    for (const { rule, severity } of getService(strapi, 'rules').forType(type)) {
      if (type.rules[rule.id] !== undefined && weakensCoreRule(rule.id, severity)) {
        strapi.log.warn(`compliance: the plugin config sets the core protection ${rule.id} to '${severity}' for ${type.uid}: entries of this type can be published without it`);
      }
    }
  }

  strapi.service('admin::permission').actionProvider.registerMany(
    ACTIONS.map(({ uid, displayName, subCategory }) => ({ section: 'plugins', pluginName: 'compliance', uid, displayName, subCategory }))
  );

  // GraphQL generates queries and mutations for every non-admin type; the schema is built in its
  // bootstrap, after every register, so the plugin's types never enter it.
  hideFromGraphql(strapi, pluginUids(strapi));

  leaveOutUnusedSchema(strapi);

  strapi.server.use(noStoreMiddleware);
  useDocumentMiddlewares(strapi);
};
