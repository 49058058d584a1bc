/**
 * Stored statuses at scale (README, "Stored statuses, review queue and list view"): the review
 * queue page at 100 / 1,000 / 10,000 marked drafts (p50, p95, slope, memory), the list view's
 * batch for 10 and 100 rows, and the re-evaluation job's throughput in entries/s.
 *
 * Drafts are seeded in bulk through the Query Engine, their statuses through one bulk insert per
 * chunk (evaluating 10,000 drafts one by one would only measure the seeding); the re-evaluation
 * is measured on real evaluations of the first 1,000 drafts.
 */
import { randomBytes } from 'node:crypto';
import { boot, DATABASE, emitResult, log, MARKED_UID, median, percentile, round, runBench, service, timed, type Strapi } from './lib/harness';
import { auth, createUser } from '../tests/integration/helpers/strapi';
import { columnOf, tableIn } from '../server/src/utils/db';

const STATUS_UID = 'plugin::compliance.entry-status';
const SIZES = [100, 1000, 10000];
const QUEUE_REQUESTS = 40;
const BATCH_REQUESTS = 40;
const TARGET_QUEUE_P50_MS = 50;
const TARGET_REEVALUATION_PER_S = 200;
const CHUNK = 250;

const FAILING = [['consent.present', 'review.approval'], ['review.approval'], ['phi.scan', 'review.approval'], ['claims.prohibited'], []];
const ROLES = [['privacy', 'medical'], ['medical'], ['privacy'], [], []];

/** Drafts seeded in bulk (no document middleware: no status, no audit event), then their statuses. */
const seed = async (strapi: Strapi, from: number, to: number) => {
  const baseTime = Date.UTC(2026, 0, 1);
  for (let start = from; start < to; start += CHUNK) {
    const end = Math.min(to, start + CHUNK);
    const drafts = Array.from({ length: end - start }, (_, offset) => {
      const n = start + offset;
      const at = new Date(baseTime + n * 60000);
      return { documentId: randomBytes(12).toString('hex'), title: `Seeded story ${n}`, quote: 'Calm and clear care.', channel: 'website', publishedAt: null, createdAt: at, updatedAt: at };
    });
    await strapi.db.query(MARKED_UID as never).createMany({ data: drafts } as never);
    const column = (attribute: string) => columnOf(strapi, STATUS_UID, attribute);
    const rows = drafts.map((draft, offset) => {
      const kind = (start + offset) % FAILING.length;
      const failing = FAILING[kind];
      return {
        [column('documentId')]: randomBytes(12).toString('hex'),
        [column('entryUid')]: MARKED_UID,
        [column('entryDocumentId')]: draft.documentId,
        [column('entryLocale')]: '',
        [column('contentHash')]: randomBytes(32).toString('hex'),
        [column('passed')]: failing.length === 0,
        [column('failing')]: JSON.stringify(failing),
        [column('warnings')]: JSON.stringify([]),
        [column('missingRoles')]: JSON.stringify(ROLES[kind]),
        [column('messages')]: JSON.stringify(Object.fromEntries(failing.map((rule) => [rule, `${rule} fails`]))),
        [column('failingKey')]: failing.length ? `,${failing.join(',')},` : '',
        [column('rolesKey')]: ROLES[kind].length ? `,${ROLES[kind].join(',')},` : '',
        [column('entryUpdatedAt')]: draft.updatedAt,
        [column('evaluatedAt')]: new Date(),
        [column('createdAt')]: new Date(),
        [column('updatedAt')]: new Date(),
      };
    });
    await strapi.db.transaction(({ trx }) => tableIn(strapi, trx, STATUS_UID).insert(rows));
  }
};

const stats = (values: number[]) => ({ p50: round(median(values), 2), p95: round(percentile(values, 95), 2), max: round(Math.max(...values), 2) });

runBench('statuses', async () => {
  const app = await boot(DATABASE);
  const strapi = app.strapi;
  try {
    const editor = await createUser(app, ['strapi-editor'], 'bench-editor');
    const get = async (path: string) => {
      const { ms, value } = await timed(() => app.http().get(path).set(auth(editor)));
      if (value.status !== 200) throw new Error(`${path}: ${value.status} ${JSON.stringify(value.body).slice(0, 300)}`);
      return { ms, body: value.body };
    };

    // The same pages asked of the queue service in process: the query without HTTP, admin authentication and JSON.
    const adminUser = await strapi.db.query('admin::user').findOne({ where: { id: editor.id }, populate: ['roles'] });
    const permissions = strapi.service('admin::permission') as unknown as { engine: { generateUserAbility(user: unknown): Promise<{ can(action: string): boolean }> } };
    const viewer = service(strapi, 'access').viewerOf(await permissions.engine.generateUserAbility(adminUser));
    const inProcess: Record<string, ReturnType<typeof stats>> = {};
    const queue: Record<string, ReturnType<typeof stats> & { total: number; heapGrowthMb: number; rssGrowthMb: number }> = {};
    const batch: Record<string, ReturnType<typeof stats>> = {};
    let reevaluation: { entries: number; seconds: number; perSecond: number; cpuSeconds: number; perCpuSecond: number } | null = null;
    let seeded = 0;
    for (const size of SIZES) {
      const seedTime = await timed(() => seed(strapi, seeded, size));
      seeded = size;
      log(`${size} drafts seeded (in ${(seedTime.ms / 1000).toFixed(1)} s)`);

      if (size === 1000) {
        // Re-evaluation: a rule change makes every stored status stale; time the job to the end.
        const settings = service(strapi, 'settings');
        const job = service(strapi, 'status-job');
        await settings.setOverrides({ [MARKED_UID]: { 'marketing.tone': 'blocker' } });
        await job.ensure();
        const cpu = process.cpuUsage();
        const run = await timed(async () => {
          for (;;) {
            await job.kick();
            const progress = await job.progress();
            if (progress.state === 'idle') return progress;
          }
        });
        const used = process.cpuUsage(cpu);
        // Entries per second of this process's CPU: what the job would reach with a core to itself (SQLite runs in this process).
        const cpuSeconds = (used.user + used.system) / 1e6;
        reevaluation = { entries: run.value.total, seconds: round(run.ms / 1000, 2), perSecond: round(run.value.total / (run.ms / 1000), 1), cpuSeconds: round(cpuSeconds, 2), perCpuSecond: round(run.value.total / cpuSeconds, 1) };
        log(`re-evaluated ${run.value.total} drafts in ${(run.ms / 1000).toFixed(1)} s: ${reevaluation.perSecond}/s (${reevaluation.perCpuSecond} per CPU second)`);
      }

      global.gc?.();
      const memoryBefore = process.memoryUsage();
      let peakHeap = memoryBefore.heapUsed;
      let peakRss = memoryBefore.rss;
      const times: number[] = [];
      let total = 0;
      // Warm-up, then pages spread over the whole queue (first, middle, last pages).
      await get('/compliance/queue?page=1&pageSize=20');
      for (let index = 0; index < QUEUE_REQUESTS; index += 1) {
        const pages = Math.max(1, Math.ceil((total || size) / 20));
        const page = 1 + Math.floor((index / QUEUE_REQUESTS) * pages);
        const { ms, body } = await get(`/compliance/queue?page=${page}&pageSize=20`);
        total = body.meta.pagination.total;
        times.push(ms);
        const memory = process.memoryUsage();
        peakHeap = Math.max(peakHeap, memory.heapUsed);
        peakRss = Math.max(peakRss, memory.rss);
      }
      queue[String(size)] = { ...stats(times), total, heapGrowthMb: round((peakHeap - memoryBefore.heapUsed) / 1e6, 1), rssGrowthMb: round((peakRss - memoryBefore.rss) / 1e6, 1) };
      const direct: number[] = [];
      for (let index = 0; index < QUEUE_REQUESTS; index += 1) {
        const page = 1 + Math.floor((index / QUEUE_REQUESTS) * Math.max(1, Math.ceil(total / 20)));
        direct.push((await timed(() => service(strapi, 'queue').list({ page, pageSize: 20 }, viewer))).ms);
      }
      inProcess[String(size)] = stats(direct);
      const filtered = await get('/compliance/queue?page=1&pageSize=20&rule=phi.scan&role=privacy');
      log(`queue at ${size}: p50 ${queue[String(size)].p50} ms, p95 ${queue[String(size)].p95} ms, in process p50 ${inProcess[String(size)].p50} ms (${total} failing; filtered page ${filtered.ms.toFixed(1)} ms)`);
    }

    // The list view's batch: one request per page of 10 or 100 rows.
    const ids = ((await strapi.db.query(MARKED_UID as never).findMany({ where: { publishedAt: null }, select: ['documentId'], limit: 100 } as never)) as Array<{ documentId: string }>).map(
      (row) => row.documentId
    );
    for (const rows of [10, 100]) {
      const query = ids.slice(0, rows).map((id) => `documentIds[]=${id}`).join('&');
      const times: number[] = [];
      await get(`/compliance/statuses?uid=${MARKED_UID}&${query}`);
      for (let index = 0; index < BATCH_REQUESTS; index += 1) {
        const { ms, body } = await get(`/compliance/statuses?uid=${MARKED_UID}&${query}`);
        if (body.data.length !== rows) throw new Error(`batch of ${rows} answered ${body.data.length}`);
        times.push(ms);
      }
      batch[String(rows)] = stats(times);
      log(`batch of ${rows}: p50 ${batch[String(rows)].p50} ms`);
    }

    const floorTimes: number[] = [];
    for (let index = 0; index < BATCH_REQUESTS; index += 1) floorTimes.push((await get('/compliance/statuses/job')).ms);
    const floor = stats(floorTimes);
    const first = queue[String(SIZES[0])];
    const mid = queue[String(SIZES[1])];
    const last = queue[String(SIZES[SIZES.length - 1])];
    emitResult({
      bench: 'statuses',
      database: DATABASE,
      queue,
      queueInProcess: inProcess,
      // An authenticated admin request that reads nothing (GET /compliance/statuses/job): the HTTP and authentication floor.
      httpFloor: floor,
      // Milliseconds per 1,000 more drafts, between 1,000 and 10,000; and how the page time grows against the drafts.
      slopeMsPer1000: round((last.p50 - mid.p50) / ((SIZES[2] - SIZES[1]) / 1000), 3),
      growth: { drafts: SIZES[2] / SIZES[0], p50: round(last.p50 / first.p50, 2) },
      batch,
      reevaluation,
      targetQueueP50Ms: TARGET_QUEUE_P50_MS,
      targetReevaluationPerSecond: TARGET_REEVALUATION_PER_S,
      passQueue: last.p50 <= TARGET_QUEUE_P50_MS,
      passSublinear: last.p50 / first.p50 < SIZES[2] / SIZES[0],
      passReevaluation: (reevaluation?.perSecond ?? 0) >= TARGET_REEVALUATION_PER_S,
    });
  } finally {
    await app.close();
  }
});
