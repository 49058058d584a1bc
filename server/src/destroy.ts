import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove('complianceConsentExpiry');
  strapi.cron.remove('complianceNotifications');
  getService(strapi, 'notifications').stop();
  await getService(strapi, 'status-job').stop();
  await getService(strapi, 'audit-witness').stop();
};
