import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { pluginTypesMiddleware } from './plugin-types';

/**
 * The Document Service middlewares, outermost first (docs/architecture.md#a-publish-step-by-step).
 * Each ignores the types it does not guard.
 */
export const useDocumentMiddlewares = (strapi: Core.Strapi) => {
  // The plugin's own types: reachable only through its services.
  strapi.documents.use(pluginTypesMiddleware);
  // The gate: refuses a publish whose checklist fails (its evaluation is services/gate.ts).
  strapi.documents.use(getService(strapi, 'gate').middleware);
  // Inside the gate: it sees the draft save the gate makes of a create/update that publishes.
  strapi.documents.use(getService(strapi, 'edit-history').middleware);
  // Innermost: refreshes stored statuses after unpublish and delete, in the action's transaction.
  strapi.documents.use(getService(strapi, 'statuses').middleware);
};
