'use strict';

/** What bench/statuses.bench.ts measured, as scripts/bench.js writes it in bench/RESULTS.md (targets, details, analysis of a miss). */
const { fmt, databaseName, ms } = require('./report-format');

/** The review queue's latency and growth, the list batch and the re-evaluation job. */
const targets = (r) => {
  const sizes = Object.keys(r.queue);
  const last = r.queue[sizes[sizes.length - 1]];
  return [
    {
      name: `Review queue page of 20 at ${sizes.map((size) => fmt(Number(size), 0)).join(' / ')} drafts: p50 (p95), ms (${databaseName(r.database)})`,
      figure: sizes.map((size) => `${fmt(r.queue[size].p50)} (${fmt(r.queue[size].p95)})`).join(' / '),
      target: `≤ ${r.targetQueueP50Ms} at ${fmt(Number(sizes[sizes.length - 1]), 0)}`,
      pass: r.passQueue,
    },
    {
      name: `Review queue growth: p50 at ${fmt(r.growth.drafts, 0)}× the drafts; slope per 1,000 drafts`,
      figure: `×${fmt(r.growth.p50)}; ${fmt(r.slopeMsPer1000, 3)} ms`,
      target: `sublinear (< ×${fmt(r.growth.drafts, 0)})`,
      pass: r.passSublinear,
    },
    {
      name: `Review queue memory at ${fmt(Number(sizes[sizes.length - 1]), 0)} drafts: peak heap / RSS growth over ${'40'} pages, MB`,
      figure: `${fmt(last.heapGrowthMb, 1)} / ${fmt(last.rssGrowthMb, 1)}`,
      target: 'reported',
      pass: true,
    },
    {
      name: 'List view batch (GET /statuses), 10 / 100 rows: p50 (p95), ms',
      figure: ['10', '100'].map((rows) => `${fmt(r.batch[rows].p50)} (${fmt(r.batch[rows].p95)})`).join(' / '),
      target: 'one request per page (reported)',
      pass: true,
    },
    {
      name: `Re-evaluation job: ${fmt(r.reevaluation?.entries ?? 0, 0)} drafts, entries/s (${databaseName(r.database)})`,
      figure: `${fmt(r.reevaluation?.perSecond ?? 0, 1)} (${fmt(r.reevaluation?.seconds ?? 0)} s)`,
      target: `≥ ${r.targetReevaluationPerSecond}`,
      pass: r.passReevaluation,
    },
  ];
};

const explain = (r) =>
  [
    r.passQueue
      ? null
      : `The queue page's p50 at the largest size is over ${r.targetQueueP50Ms} ms: the page is one filtered, ordered query plus a count over the status table and one title query; the count grows with the failing drafts.`,
    r.passReevaluation
      ? null
      : `Re-evaluation ran at ${fmt(r.reevaluation?.perSecond ?? 0, 1)} entries/s: each entry is a full live evaluation (the draft loaded with its deep populate through the Document Service, its consents and reviews read, ten rules) and an upsert, one after another in one process on SQLite's single writer.`,
  ]
    .filter(Boolean)
    .join(' ');

const analysis = (r) => (r.passQueue && r.passSublinear && r.passReevaluation ? null : explain(r));

/** The SQLite run only: RESULTS.md has never shown this table for the PostgreSQL run (`statuses-pg`). */
const details = (r) =>
  r.database === 'postgres'
    ? null
    : [
        'Drafts and their statuses seeded in bulk through the Query Engine (the failing mix: consent + review, review only, identifiers + review, a prohibited claim, passing); the queue asked as an Editor (every entry readable) over HTTP, 40 pages spread from the first to the last after one warm-up.',
        '',
        '| drafts | failing | p50 ms | p95 ms | max ms | peak heap growth MB | peak RSS growth MB |',
        '|---|---|---|---|---|---|---|',
        ...Object.entries(r.queue).map(
          ([size, q]) =>
            `| ${fmt(Number(size), 0)} | ${fmt(q.total, 0)} | ${fmt(q.p50)} | ${fmt(q.p95)} | ${fmt(q.max)} | ${fmt(q.heapGrowthMb, 1)} | ${fmt(q.rssGrowthMb, 1)} |`
        ),
        '',
        r.queueInProcess
          ? `The same pages through the queue service in process (no HTTP, no admin authentication, no JSON), p50 (p95): ${Object.entries(r.queueInProcess)
              .map(([size, q]) => `${fmt(Number(size), 0)} drafts ${ms(q.p50)} (${ms(q.p95)})`)
              .join(
                '; '
              )}. An authenticated admin request that reads almost nothing (\`GET /statuses/job\`): p50 ${ms(r.httpFloor?.p50)}, p95 ${ms(r.httpFloor?.p95)}.`
          : '',
        '',
        `List batch: ${Object.entries(r.batch)
          .map(([rows, b]) => `${rows} rows p50 ${ms(b.p50)}, p95 ${ms(b.p95)}`)
          .join(
            '; '
          )}. Re-evaluation: ${fmt(r.reevaluation?.entries ?? 0, 0)} drafts in ${fmt(r.reevaluation?.seconds ?? 0)} s, one live evaluation and one upsert each, batches of 100 in one transaction each.`,
      ].join('\n');

module.exports = { targets, details, analysis };
