import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

export { subscribePluginTableGuards } from './plugin-tables';

/**
 * What guards writes around the Document Service on marked entries and their media
 * (docs/architecture.md#the-gate): the gate's evaluation of the drafts Strapi's publish loads, the
 * database backstop, and the upload guards that keep an approved file what a published entry shows.
 */
export const subscribeContentGuards = (strapi: Core.Strapi) => {
  getService(strapi, 'gate').subscribePublishLoads();
  getService(strapi, 'gate').subscribeDatabaseBackstop();
  getService(strapi, 'media-guard').extendUploadService();
  getService(strapi, 'media-guard').subscribeFileLifecycles();
};
