/**
 * A serial job queue started once at bootstrap. Jobs run one at a time in the worker's own async
 * context, not in the request that queued them: a job never joins that request's transaction or
 * its commit callbacks, and on SQLite's single connection jobs never compete with each other.
 */
export const createWorker = (onError: (error: unknown) => void) => {
  const jobs: Array<() => Promise<void>> = [];
  let wake: (() => void) | undefined;
  let running = false;
  let stopped = false;
  const idleWaiters: Array<() => void> = [];
  let finished: Promise<void> | undefined;

  const loop = async () => {
    while (!stopped) {
      const job = jobs.shift();
      if (!job) {
        running = false;
        idleWaiters.splice(0).forEach((resolve) => resolve());
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      running = true;
      try {
        await job();
      } catch (error) {
        onError(error);
      }
    }
    idleWaiters.splice(0).forEach((resolve) => resolve());
  };

  return {
    /** Starts the loop; call from bootstrap, outside any request. */
    start() {
      finished ??= loop();
    },
    push(job: () => Promise<void>) {
      if (stopped) return;
      jobs.push(job);
      const resolve = wake;
      wake = undefined;
      resolve?.();
    },
    /** Resolves once every queued job has run. */
    idle(): Promise<void> {
      if (stopped || (!running && !jobs.length)) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    /** Drops the queued jobs and resolves once the job running now (if any) has ended. */
    stop(): Promise<void> {
      stopped = true;
      jobs.length = 0;
      wake?.();
      return finished ?? Promise.resolve();
    },
  };
};
