import type { Core } from '@strapi/strapi';
import type { GetNotificationPreferences, UpdateNotificationPreferences } from '../../../shared/contracts/notifications';
import { getService } from '../utils/get-service';
import { validateNoQuery } from '../validation/requests';
import { validateNotificationPreferences } from '../validation/notifications';
import type { AdminContext } from './context';

/** The signed-in admin user's own email preferences. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findPreferences(ctx: AdminContext) {
    await validateNoQuery(ctx.query);
    const userId = Number(ctx.state.user?.id);
    ctx.body = { data: await getService(strapi, 'notifications').preferencesOf(userId) } satisfies GetNotificationPreferences.Response;
  },

  async updatePreferences(ctx: AdminContext) {
    await validateNoQuery(ctx.query);
    const body = (await validateNotificationPreferences(ctx.request.body)) as UpdateNotificationPreferences.Request;
    const userId = Number(ctx.state.user?.id);
    ctx.body = { data: await getService(strapi, 'notifications').updatePreferences(userId, body.kinds) } satisfies UpdateNotificationPreferences.Response;
  },
});
