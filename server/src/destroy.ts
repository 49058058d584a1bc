import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove('complianceConsentExpiry');
  strapi.cron.remove('complianceNotifications');
  // A reaction still running (it may be evaluating a draft) ends before the database closes.
  await getService(strapi, 'notifications').stop();
  await getService(strapi, 'status-job').stop();
  await getService(strapi, 'audit-witness').stop();
};
