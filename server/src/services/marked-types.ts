import type { Core } from '@strapi/strapi';
import { PROFILES, type Profile, type SeverityOverride } from '../../../shared/rule-ids';
import { contentTypeConfigSchema } from '../config/schema';
import type { ResolvedConfig } from '../config/resolve';
import { yup } from '@strapi/utils';

export interface MarkedType {
  uid: string;
  displayName: string;
  profile: Profile;
  fields: { channel?: string; sponsored?: string; references?: string; image?: string };
  rules: Record<string, SeverityOverride>;
  reviewRoles: string[];
  localized: boolean;
}

interface SchemaOptions {
  pluginOptions?: { compliance?: Record<string, unknown>; i18n?: { localized?: boolean } };
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, { type: string }>;
  info?: { displayName?: string };
}

/**
 * Finds the content types that opted in (schema `pluginOptions.compliance.enabled` or
 * `config.contentTypes`), and refuses to boot on a setting that would leave a gap: an unknown
 * type, a type without Draft & Publish, or a field mapping that names a missing attribute.
 */
export const resolveMarkedTypes = (
  contentTypes: Record<string, SchemaOptions>,
  config: ResolvedConfig
): Map<string, MarkedType> => {
  const problems: string[] = [];
  const marked = new Map<string, MarkedType>();

  for (const uid of Object.keys(config.contentTypes)) {
    if (!contentTypes[uid]) problems.push(`config.contentTypes["${uid}"] is not a content type of this app`);
  }

  for (const [uid, schema] of Object.entries(contentTypes)) {
    const fromSchema = schema.pluginOptions?.compliance;
    const fromConfig = config.contentTypes[uid];
    if (!fromSchema && !fromConfig) continue;

    if (fromSchema) {
      try {
        contentTypeConfigSchema.validateSync(fromSchema, { strict: true, abortEarly: false });
      } catch (error) {
        const messages = error instanceof yup.ValidationError ? error.errors : [String(error)];
        problems.push(`${uid} pluginOptions.compliance: ${messages.join('; ')}`);
        continue;
      }
    }
    const setting = { ...(fromSchema ?? {}), ...(fromConfig ?? {}) } as {
      enabled?: boolean;
      profile?: Profile;
      rules?: Record<string, SeverityOverride>;
      fields?: MarkedType['fields'];
      reviewRoles?: string[];
    };
    const enabled = setting.enabled ?? Boolean(fromConfig);
    if (!enabled) continue;

    if (!schema.options?.draftAndPublish) {
      problems.push(`${uid} is marked for compliance but has Draft & Publish off; turn on draftAndPublish so publication can be gated`);
      continue;
    }
    const profile = setting.profile ?? 'testimonial';
    if (!PROFILES.includes(profile)) {
      problems.push(`${uid}: profile must be one of ${PROFILES.join(', ')}`);
      continue;
    }
    const fields = { ...(fromSchema?.fields as MarkedType['fields']), ...(fromConfig?.fields ?? {}) };
    for (const [role, attribute] of Object.entries(fields)) {
      if (attribute && !schema.attributes[attribute]) {
        problems.push(`${uid}: fields.${role} names "${attribute}", which is not an attribute of this type`);
      }
    }
    marked.set(uid, {
      uid,
      displayName: schema.info?.displayName ?? uid,
      profile,
      fields,
      rules: { ...((fromSchema?.rules as Record<string, SeverityOverride>) ?? {}), ...(fromConfig?.rules ?? {}) },
      reviewRoles: setting.reviewRoles ?? config.reviewRoles[profile] ?? [],
      localized: Boolean(schema.pluginOptions?.i18n?.localized),
    });
  }

  if (problems.length) {
    throw new Error(`compliance plugin: ${problems.join('; ')}`);
  }
  return marked;
};

export const createMarkedTypesService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cache: Map<string, MarkedType> | undefined;
  return {
    /** Computed once in register(); content types do not change while Strapi runs. */
    load(config: ResolvedConfig) {
      cache = resolveMarkedTypes(strapi.contentTypes as unknown as Record<string, SchemaOptions>, config);
      return cache;
    },
    all(): MarkedType[] {
      return [...(cache ?? new Map()).values()];
    },
    get(uid: string): MarkedType | undefined {
      return cache?.get(uid);
    },
    isMarked(uid: string): boolean {
      return cache?.has(uid) ?? false;
    },
  };
};
