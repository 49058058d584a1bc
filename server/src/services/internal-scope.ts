import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Marks writes the plugin itself makes (revocation, linking, gate-approved publishes) so the
 * guards that refuse outside writes can tell them apart. A scope never leaks across requests.
 */
export type ScopeKind = 'consent-write' | 'gate-approved' | 'internal-unpublish' | 'plugin-write';

const storage = new AsyncLocalStorage<Set<ScopeKind>>();

export const runInScope = <T>(kind: ScopeKind, fn: () => Promise<T>): Promise<T> => {
  const current = storage.getStore();
  const next = new Set(current ?? []);
  next.add(kind);
  return storage.run(next, fn);
};

export const inScope = (kind: ScopeKind): boolean => storage.getStore()?.has(kind) ?? false;

/**
 * Rows of the plugin's own content types are created only inside this scope (or `consent-write`):
 * the plugin's services wrap their writes in it, and the guards refuse every other create.
 */
export const asPluginWrite = <T>(fn: () => Promise<T>): Promise<T> => runInScope('plugin-write', fn);

export const inPluginWrite = (): boolean => inScope('plugin-write') || inScope('consent-write');
