import type { Core } from '@strapi/strapi';
import type { WaiveFinding } from '../../../shared/contracts/waivers';
import { validateWaiver } from '../validation/requests';
import { getService } from '../utils/get-service';
import { assertMarkedUid, origin, viewerOf, type AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: AdminContext) {
    const { uid, documentId } = ctx.params;
    const body = (await validateWaiver(ctx.request.body)) as WaiveFinding.Request;
    assertMarkedUid(strapi, uid);
    // The request names text of the entry: only for those who may read it (404 like a missing one).
    await getService(strapi, 'access').assertCanReadEntry(viewerOf(strapi, ctx), { uid, documentId, locale: body.locale ?? null });
    const waiver = await getService(strapi, 'waivers').waive(
      { uid, documentId, locale: body.locale ?? null },
      body,
      ctx.state.user as NonNullable<AdminContext['state']['user']>,
      origin(ctx)
    );
    ctx.status = 201;
    ctx.body = { data: waiver } satisfies WaiveFinding.Response;
  },
});
