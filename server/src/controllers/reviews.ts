import type { Core } from '@strapi/strapi';
import type { ListReviews, RecordReview } from '../../../shared/contracts/reviews';
import { validateLocaleQuery, validateReview } from '../validation/requests';
import { getService } from '../utils/get-service';
import { assertMarkedUid, origin, viewerOf, type AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: AdminContext) {
    const { uid, documentId } = ctx.params;
    const query = (await validateLocaleQuery(ctx.query)) as { locale?: string };
    assertMarkedUid(strapi, uid);
    await getService(strapi, 'access').assertCanReadEntry(viewerOf(strapi, ctx), { uid, documentId, locale: query.locale ?? null });
    const { reviews, contentHash } = await getService(strapi, 'reviews').list({ uid, documentId, locale: query.locale ?? null });
    const requiredRoles = getService(strapi, 'marked-types').get(uid)?.reviewRoles ?? [];
    ctx.body = { data: reviews, meta: { contentHash, requiredRoles } } satisfies ListReviews.Response;
  },

  async create(ctx: AdminContext) {
    const { uid, documentId } = ctx.params;
    const body = (await validateReview(ctx.request.body)) as RecordReview.Request;
    assertMarkedUid(strapi, uid);
    const review = await getService(strapi, 'reviews').record(
      { uid, documentId, locale: body.locale ?? null },
      body,
      ctx.state.user as NonNullable<AdminContext['state']['user']>,
      origin(ctx)
    );
    ctx.status = 201;
    ctx.body = { data: review } satisfies RecordReview.Response;
  },
});
