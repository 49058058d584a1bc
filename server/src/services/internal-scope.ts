import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Marks writes the plugin itself makes (revocation, linking, gate-approved publishes) so the
 * guards that refuse outside writes can tell them apart. A scope never leaks across requests.
 */
export type ScopeKind = 'consent-write' | 'gate-approved' | 'internal-unpublish';

const storage = new AsyncLocalStorage<Set<ScopeKind>>();

export const runInScope = <T>(kind: ScopeKind, fn: () => Promise<T>): Promise<T> => {
  const current = storage.getStore();
  const next = new Set(current ?? []);
  next.add(kind);
  return storage.run(next, fn);
};

export const inScope = (kind: ScopeKind): boolean => storage.getStore()?.has(kind) ?? false;
