import type { Core } from '@strapi/strapi';
import type { GetStatuses, GetStatusJob } from '../../../shared/contracts/statuses';
import { validateNoQuery, validateStatusesQuery } from '../validation/requests';
import { getService } from '../utils/get-service';
import { assertMarkedUid, viewerOf, type AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** One list page's stored statuses, only for the entries the caller may read in the Content Manager. */
  async find(ctx: AdminContext) {
    const query = (await validateStatusesQuery(ctx.query)) as GetStatuses.Query;
    assertMarkedUid(strapi, query.uid);
    const data = await getService(strapi, 'statuses').readable(viewerOf(strapi, ctx), query.uid, [...new Set(query.documentIds)], query.locale ?? null);
    ctx.body = { data } satisfies GetStatuses.Response;
  },

  /** The progress of the re-evaluation after a rule or settings change: counts only. */
  async job(ctx: AdminContext) {
    await validateNoQuery(ctx.query);
    ctx.body = { data: await getService(strapi, 'status-job').progress() } satisfies GetStatusJob.Response;
  },
});
