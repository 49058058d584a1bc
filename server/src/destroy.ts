import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove('complianceConsentExpiry');
  await getService(strapi, 'audit-witness').stop();
};
