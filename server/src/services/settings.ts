import type { Core } from '@strapi/strapi';
import { resolveConfig, type ResolvedConfig } from '../config/resolve';
import type { SeverityOverride } from '../../../shared/rule-ids';
import { withoutCoreWeakenings } from '../domain/core-protections';

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
  const changed = new Set<() => Promise<void> | void>();
  let hearing: Promise<unknown> = Promise.resolve();

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
    /**
     * Stores the runtime severities in the caller's transaction, if any. The cache and the
     * listeners (the status re-evaluation job) hear of the change once that transaction commits;
     * `settled()` then resolves once they have, so a caller that awaits it before answering
     * (PUT /settings) lets a GET of the job's progress see the job started or pending, never the
     * previous run. A rolled-back change reaches neither.
     */
    async setOverrides(value: Overrides) {
      await strapi.db.transaction(async ({ onCommit }) => {
        await store().set({ key: STORE_KEY, value });
        onCommit(() => {
          overrides = { value: withoutCoreWeakenings(value), at: Date.now() };
          hearing = Promise.all([...changed].map((listener) => listener()));
        });
      });
      await hearing;
    },
    /** Resolves once the listeners of the last committed change have finished. */
    settled(): Promise<unknown> {
      return hearing;
    },
    /**
     * Calls `listener` after each committed change of the runtime severities (and waits for the
     * promise it returns, which must not reject); returns the unsubscribe function. The status job subscribes (services depend on settings, never the
     * other way: docs/architecture.md#service-dependencies).
     */
    onOverridesChanged(listener: () => Promise<void> | void): () => void {
      changed.add(listener);
      return () => changed.delete(listener);
    },
  };
};
