import type { Core } from '@strapi/strapi';
import type { GetChecks } from '../../../shared/contracts/checks';
import type { GetQueue, QueueFilterOptions } from '../../../shared/contracts/reviews';
import { validateLocaleQuery, validateQueueQuery } from '../validation/requests';
import { errors } from '@strapi/utils';
import { permissionUid } from '../../../shared/permissions';
import { getService } from '../utils/get-service';
import { assertMarkedUid, viewerOf, type AdminContext } from './context';

type UserWithRoles = { roles?: Array<{ name: string; code: string }> };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The review roles the caller may sign: with `reviews.approve`, those assigned to one of their admin roles (or to nobody in particular). */
  const signableRoles = (ctx: AdminContext, roles: string[]) => {
    if (!ctx.state.userAbility?.can(permissionUid('reviews.approve'))) return [];
    const held = ((ctx.state.user as UserWithRoles | undefined)?.roles ?? []).flatMap((role) => [role.name, role.code]);
    const assignments = getService(strapi, 'settings').config().reviewAssignments;
    return roles.filter((role) => !assignments[role]?.length || assignments[role].some((name) => held.includes(name)));
  };

  return {
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
      const query = (await validateQueueQuery(ctx.query)) as { page?: number; pageSize?: number; uid?: string; rule?: string; role?: string; mine?: boolean };
      const marked = getService(strapi, 'marked-types').all();
      const problems: Array<{ path: string[]; message: string; name: string }> = [];
      if (query.uid && !marked.some((type) => type.uid === query.uid)) problems.push({ path: ['uid'], message: `"${query.uid}" is not a content type marked for compliance`, name: 'ValidationError' });
      const rules = new Set(marked.flatMap((type) => getService(strapi, 'rules').forType(type).map(({ rule }) => rule.id)));
      if (query.rule && !rules.has(query.rule)) problems.push({ path: ['rule'], message: `"${query.rule}" is not a rule of any marked type`, name: 'ValidationError' });
      const roles = new Set(marked.flatMap((type) => type.reviewRoles));
      if (query.role && !roles.has(query.role)) problems.push({ path: ['role'], message: `"${query.role}" is not a review role of any marked type (${[...roles].join(', ')})`, name: 'ValidationError' });
      if (problems.length) throw new errors.ValidationError(problems.map((problem) => problem.message).join('; '), { errors: problems });
      const { mine, ...filters } = query;
      const result = await getService(strapi, 'queue').list({ ...filters, ...(mine ? { roles: signableRoles(ctx, [...roles]) } : {}) }, viewerOf(strapi, ctx));
      const options: QueueFilterOptions = {
        types: marked.map((type) => ({ uid: type.uid, displayName: type.displayName })),
        rules: [...rules].map((id) => ({ id, title: getService(strapi, 'rules').get(id)?.title ?? id })),
        roles: [...roles],
      };
      ctx.body = { ...result, meta: { ...result.meta, filters: options } } satisfies GetQueue.Response;
    },
  };
};
