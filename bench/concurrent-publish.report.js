'use strict';

/** What bench/concurrent-publish.bench.ts measured, as scripts/bench.js writes it in bench/RESULTS.md (targets, details, analysis of a miss). */
const { fmt, ms } = require('./report-format');

/** A valid, gapless chain after concurrent publishes. */
const targets = (r) => [
  {
    name: `Chain under load: ${r.publishers} × ${r.publishesEach} concurrent publishes (PostgreSQL)`,
    figure: `${r.chain.valid ? 'valid' : `INVALID at ${r.chain.brokenAt}`}, ${r.chain.gapless ? 'gapless' : 'GAPS'}, ${r.chain.count} events; ${r.succeeded}/${r.publishers * r.publishesEach} ok in ${fmt(r.totalSeconds)} s (${fmt(r.publishesPerSecond, 1)}/s)`,
    target: 'valid, gapless',
    pass: r.pass,
  },
];

const explain = (r) =>
  [
    `verify(): ${JSON.stringify(r.chain)}`,
    r.failures ? `${r.failures} publishes failed, e.g. ${r.failureSamples.join(' | ')}` : '',
    `publish.allowed events: ${r.publishAllowedEvents}, published entries: ${r.publishedEntries}.`,
  ]
    .filter(Boolean)
    .join('\n');

const analysis = (r) => (r.pass ? null : explain(r));

const details = (r) =>
  `PostgreSQL ${r.postgresVersion}; ${r.succeeded} publishes ok, ${r.failures} failed; latency median ${ms(r.latencyMedianMs)}, p95 ${ms(r.latencyP95Ms)}; ${r.publishAllowedEvents} \`publish.allowed\` events; ${r.publishedEntries} entries published; chain ${JSON.stringify(r.chain)}. Preparing the 400 compliant drafts took ${fmt(r.prepareSeconds, 1)} s.`;

module.exports = { targets, details, analysis };
