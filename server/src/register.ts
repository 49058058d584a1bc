import type { Core } from '@strapi/strapi';
import { ACTIONS } from './permissions';
import { consentImmutabilityMiddleware } from './services/guards';
import { getService } from './utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Fails boot on a marked type without Draft & Publish or a bad field mapping.
  getService(strapi, 'marked-types').load(getService(strapi, 'settings').config());

  strapi.service('admin::permission').actionProvider.registerMany(
    ACTIONS.map(({ uid, displayName, subCategory }) => ({ section: 'plugins', pluginName: 'compliance', uid, displayName, subCategory }))
  );

  strapi.documents.use(consentImmutabilityMiddleware);
  strapi.documents.use(getService(strapi, 'gate').middleware);
};
