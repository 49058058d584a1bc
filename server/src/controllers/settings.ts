import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ContentTypeSettings, GetSettings, UpdateSettings } from '../../../shared/contracts/checks';
import type { SeverityOverride } from '../../../shared/rule-ids';
import { ERROR_CODES } from '../../../shared/error-codes';
import { weakensCoreRule } from '../domain/core-protections';
import { titleIdOf } from '../rules/messages';
import { getService } from '../utils/get-service';
import { validateNoQuery, validateSettings } from '../validation/requests';
import { adminActor, origin, type AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const describe = async (): Promise<GetSettings.Response> => {
    const settings = getService(strapi, 'settings');
    const overrides = await settings.overrides();
    const contentTypes: ContentTypeSettings[] = getService(strapi, 'marked-types')
      .all()
      .map((type) => ({
        uid: type.uid,
        displayName: type.displayName,
        profile: type.profile,
        localized: type.localized,
        fields: type.fields,
        reviewRoles: type.reviewRoles,
        rules: getService(strapi, 'rules')
          .forType(type, overrides[type.uid])
          .map(({ rule, severity }) => ({ id: rule.id, title: rule.title, titleId: titleIdOf(rule), severity, defaultSeverity: rule.severity })),
      }));
    const config = settings.config();
    return { data: { contentTypes, enforceOnDatabaseWrites: config.enforceOnDatabaseWrites, retentionYears: config.retentionYears } };
  };

  return {
    async find(ctx: AdminContext) {
      await validateNoQuery(ctx.query);
      ctx.body = (await describe()) satisfies GetSettings.Response;
    },

    async update(ctx: AdminContext) {
      const body = (await validateSettings(ctx.request.body)) as UpdateSettings.Request;
      const problems: Array<{ path: string[]; message: string; name: string }> = [];
      let otherProblems = false;
      const marked = getService(strapi, 'marked-types');
      const rules = getService(strapi, 'rules');
      for (const [uid, setting] of Object.entries(body.contentTypes)) {
        const type = marked.get(uid);
        if (!type) {
          problems.push({ path: ['contentTypes', uid], message: `"${uid}" is not a content type marked for compliance`, name: 'ValidationError' });
          otherProblems = true;
          continue;
        }
        const applicable = new Set(rules.forType(type).map(({ rule }) => rule.id));
        for (const [id, severity] of Object.entries(setting.rules)) {
          if (!applicable.has(id)) {
            problems.push({ path: ['contentTypes', uid, 'rules', id], message: `"${id}" is not a rule of ${type.displayName}`, name: 'ValidationError' });
            otherProblems = true;
          } else if (weakensCoreRule(id, severity)) {
            problems.push({
              path: ['contentTypes', uid, 'rules', id],
              message: `"${id}" is a core protection and cannot be set below blocker at runtime; only the plugin config file can change it`,
              name: 'ValidationError',
            });
          }
        }
      }
      if (problems.length) {
        throw new errors.ValidationError(`${problems.length} problem(s) in the settings: ${problems.map((problem) => problem.message).join('; ')}`, {
          code: otherProblems ? ERROR_CODES.invalidInput : ERROR_CODES.coreProtection,
          errors: problems,
        });
      }

      const settings = getService(strapi, 'settings');
      const before = await settings.overrides();
      const next: Record<string, Record<string, SeverityOverride>> = { ...before };
      for (const [uid, setting] of Object.entries(body.contentTypes)) next[uid] = { ...(before[uid] ?? {}), ...setting.rules };
      await strapi.db.transaction(async () => {
        await settings.setOverrides(next);
        await getService(strapi, 'audit-log').append({ action: 'settings.updated', actor: adminActor(ctx), subject: null, data: { before, after: next, origin: origin(ctx) } });
      });
      // The change committed with its audit event; the re-evaluation job has taken it in.
      await settings.settled();
      ctx.body = (await describe()) satisfies UpdateSettings.Response;
    },
  };
};
