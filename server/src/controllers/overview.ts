import type { Core } from '@strapi/strapi';
import type { GetHomeWidget, GetOverview } from '../../../shared/contracts/overview';
import { permissionUid } from '../../../shared/permissions';
import { getService } from '../utils/get-service';
import { validateNoQuery } from '../validation/requests';
import type { AdminContext } from './context';

type Ability = { can(action: string): boolean };
type UserWithRoles = { id: number; roles?: Array<{ name: string; code: string }> };

const can = (ctx: AdminContext, name: Parameters<typeof permissionUid>[0]) =>
  Boolean((ctx.state as { userAbility?: Ability }).userAbility?.can(permissionUid(name)));

/**
 * Consent expiry data only for `consents.manage` holders until "minimum necessary" reads exist
 * for `consents.read` holders (README, "Overview").
 */
const seesConsents = (ctx: AdminContext) => can(ctx, 'consents.manage');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: AdminContext) {
    await validateNoQuery(ctx.query);
    ctx.body = { data: await getService(strapi, 'overview').overview({ seesConsents: seesConsents(ctx) }) } satisfies GetOverview.Response;
  },

  async widget(ctx: AdminContext) {
    await validateNoQuery(ctx.query);
    const user = ctx.state.user as unknown as UserWithRoles;
    const roles = (user.roles ?? []).flatMap((role) => [role.name, role.code]);
    const data = await getService(strapi, 'overview').widget({ id: Number(user.id), roles, canApprove: can(ctx, 'reviews.approve'), seesConsents: seesConsents(ctx) });
    ctx.body = { data } satisfies GetHomeWidget.Response;
  },
});
