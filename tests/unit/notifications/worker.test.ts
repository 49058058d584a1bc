import { createWorker } from '../../../server/src/services/notifications/worker';

/** A promise with its resolver, to hold a job open. */
const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
};

describe('notification worker', () => {
  it('runs jobs one at a time, in order, and reports errors without stopping', async () => {
    const errors: unknown[] = [];
    const worker = createWorker((error) => errors.push(error));
    const ran: number[] = [];
    worker.start();
    worker.push(async () => {
      ran.push(1);
    });
    worker.push(async () => {
      throw new Error('boom');
    });
    worker.push(async () => {
      ran.push(3);
    });
    await worker.idle();
    expect(ran).toEqual([1, 3]);
    expect(errors.map(String)).toEqual(['Error: boom']);
    await worker.stop();
  });

  it('stop waits for the running job (the database must not close under it) and drops the queued ones', async () => {
    const worker = createWorker(() => undefined);
    const gate = deferred();
    const events: string[] = [];
    worker.start();
    worker.push(async () => {
      events.push('started');
      await gate.promise;
      events.push('ended');
    });
    worker.push(async () => {
      events.push('queued job ran');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['started']);
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    gate.resolve();
    await stopping;
    expect(events).toEqual(['started', 'ended']);
    worker.push(async () => {
      events.push('pushed after stop');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['started', 'ended']);
  });

  it('stop resolves at once when the worker never started or is idle', async () => {
    await expect(createWorker(() => undefined).stop()).resolves.toBeUndefined();
    const idle = createWorker(() => undefined);
    idle.start();
    await expect(idle.stop()).resolves.toBeUndefined();
  });
});
