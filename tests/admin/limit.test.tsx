import { createLimiter, createPromiseCache } from '../../admin/src/utils/limit';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
};
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('list-view badge loading', () => {
  it('runs at most N checklist requests at once, in order', async () => {
    const limit = createLimiter(2);
    const started: number[] = [];
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const runs = gates.map((gate, index) =>
      limit(async () => {
        started.push(index);
        await gate.promise;
        return index;
      }),
    );
    await flush();
    expect(started).toEqual([0, 1]);
    gates[1].resolve();
    await flush();
    expect(started).toEqual([0, 1, 2]);
    gates[0].resolve();
    gates[2].resolve();
    gates[3].resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
  });

  it('keeps going after a failed request', async () => {
    const limit = createLimiter(1);
    const failing = limit(async () => {
      throw new Error('403');
    });
    await expect(failing).rejects.toThrow('403');
    expect(await limit(async () => 'next')).toBe('next');
  });

  it('answers the same row once, retries failures, and forgets the oldest rows', async () => {
    const cache = createPromiseCache<string>(2);
    let calls = 0;
    const load = (value: string) => () => {
      calls += 1;
      return Promise.resolve(value);
    };
    expect(await cache.get('a', load('A'))).toBe('A');
    expect(await cache.get('a', load('other'))).toBe('A');
    expect(calls).toBe(1);

    await expect(cache.get('b', () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    await flush();
    expect(await cache.get('b', load('B'))).toBe('B');

    await cache.get('c', load('C'));
    expect(cache.size).toBe(2);
    expect(await cache.get('a', load('A again'))).toBe('A again');
  });
});
