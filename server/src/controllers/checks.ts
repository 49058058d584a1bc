import type { Core } from '@strapi/strapi';
import type { GetChecks } from '../../../shared/contracts/checks';
import type { GetQueue } from '../../../shared/contracts/reviews';
import { validateLocaleQuery, validateQueueQuery } from '../validation/requests';
import { getService } from '../utils/get-service';
import { assertMarkedUid, viewerOf, type AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: AdminContext) {
    const { uid, documentId } = ctx.params;
    const query = (await validateLocaleQuery(ctx.query)) as { locale?: string };
    assertMarkedUid(strapi, uid);
    // Findings quote the entry's text: only for those who may read the entry (404 like a missing one).
    await getService(strapi, 'access').assertCanReadEntry(viewerOf(strapi, ctx), { uid, documentId, locale: query.locale ?? null });
    const checklist = await getService(strapi, 'checks').evaluate({ uid, documentId, locale: query.locale ?? null });
    ctx.body = { data: checklist } satisfies GetChecks.Response;
  },

  async queue(ctx: AdminContext) {
    const query = (await validateQueueQuery(ctx.query)) as { page?: number; pageSize?: number; uid?: string };
    if (query.uid) assertMarkedUid(strapi, query.uid);
    ctx.body = (await getService(strapi, 'queue').list(query, viewerOf(strapi, ctx))) satisfies GetQueue.Response;
  },
});
