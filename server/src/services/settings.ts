import type { Core } from '@strapi/strapi';
import { resolveConfig, type ResolvedConfig } from '../config/resolve';
import type { SeverityOverride } from '../../../shared/rule-ids';
import { withoutCoreWeakenings } from '../domain/core-protections';
import { getService } from '../utils/get-service';

type Overrides = Record<string, Record<string, SeverityOverride>>;

const STORE_KEY = 'rule-overrides';
/** Other instances pick up a settings change within this time. */
const OVERRIDES_TTL_MS = 5000;

/**
 * The resolved plugin config, and the rule severities an admin changed at runtime
 * (PUT /settings), which take precedence over config and are kept in Strapi's core store.
 */
export const createSettingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let resolved: ResolvedConfig | undefined;
  let overrides: { value: Overrides; at: number } | undefined;
  const store = () => strapi.store({ type: 'plugin', name: 'compliance' });

  return {
    config(): ResolvedConfig {
      if (!resolved) resolved = resolveConfig(strapi.config.get('plugin::compliance', {}) as Parameters<typeof resolveConfig>[0]);
      return resolved;
    },
    async overrides(): Promise<Overrides> {
      if (!overrides || Date.now() - overrides.at > OVERRIDES_TTL_MS) {
        // A value stored before core protections were refused at runtime must not weaken them now.
        overrides = { value: withoutCoreWeakenings(((await store().get({ key: STORE_KEY })) as Overrides | null) ?? {}), at: Date.now() };
      }
      return overrides.value;
    },
    async setOverrides(value: Overrides) {
      await store().set({ key: STORE_KEY, value });
      overrides = { value: withoutCoreWeakenings(value), at: Date.now() };
      // Every stored status is re-evaluated under the new severities, once the change commits.
      await strapi.db.transaction(async ({ onCommit }) => {
        onCommit(() => void getService(strapi, 'status-job').restart().catch((error: unknown) => strapi.log.error(`compliance: status re-evaluation: ${String(error)}`)));
      });
    },
  };
};
