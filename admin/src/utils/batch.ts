/**
 * Collects the keys asked for within one tick and loads them with one call per group (a list page
 * renders all its cells in the same tick: one request per page), at most `max` keys per call.
 */
export const createBatcher = <T,>(load: (group: string, keys: string[]) => Promise<Map<string, T>>, max = 100) => {
  type Waiter = { resolve: (value: T | null) => void; reject: (error: unknown) => void };
  let pending = new Map<string, Map<string, Waiter[]>>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const groups = pending;
    pending = new Map();
    for (const [group, waiting] of groups) {
      const keys = [...waiting.keys()];
      for (let start = 0; start < keys.length; start += max) {
        const chunk = keys.slice(start, start + max);
        load(group, chunk).then(
          (found) => chunk.forEach((key) => waiting.get(key)?.forEach((waiter) => waiter.resolve(found.get(key) ?? null))),
          (error) => chunk.forEach((key) => waiting.get(key)?.forEach((waiter) => waiter.reject(error))),
        );
      }
    }
  };

  return (group: string, key: string): Promise<T | null> =>
    new Promise<T | null>((resolve, reject) => {
      const waiting = pending.get(group) ?? new Map<string, Waiter[]>();
      waiting.set(key, [...(waiting.get(key) ?? []), { resolve, reject }]);
      pending.set(group, waiting);
      if (!scheduled) {
        scheduled = true;
        setTimeout(flush, 0);
      }
    });
};
