'use strict';

/** What bench/gate-overhead.bench.ts measured, as scripts/bench.js writes it in bench/RESULTS.md (targets, details, analysis of a miss). */
const { fmt, databaseName, ms } = require('./report-format');

/** One row per entry size: figure, target and whether it passed. */
const targets = (r) =>
  Object.entries(r.entries).map(([name, entry]) => ({
    name: `Gate overhead, ${name} entry: median publish marked / unmarked (${databaseName(r.database)})`,
    figure: `${fmt(entry.ratio, 3)} (${fmt(entry.markedMedianMs)} ms / ${fmt(entry.plainMedianMs)} ms)`,
    target: `≤ ${r.target}`,
    pass: entry.pass,
  }));

const explain = (r) => {
  const names = Object.keys(r.entries);
  const inSitu = (fn) => names.map((name) => fn(r.phases[name].inSitu)).join(' | ');
  const isolated = (fn) => names.map((name) => fn(r.phases[name].phases)).join(' | ');
  const slowestRules = (name) =>
    Object.entries(r.phases[name].rules)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([id, value]) => `${id} ${fmt(value, 3)} ms`)
      .join(', ');
  const small = names.includes('small') ? 'small' : names[0];
  const q = r.phases[small].inSitu;
  const iso = r.phases[small].phases;
  const budget = r.entries[small].plainMedianMs * (r.target - 1);
  const reads = q.loadDraft + q.consents + q.lookups;
  return [
    names
      .map((name) => {
        const entry = r.entries[name];
        return `${name} entry (${entry.description}): a gated publish took ${ms(entry.markedMedianMs)} against ${ms(entry.plainMedianMs)} for the unmarked twin, so the gate adds ${ms(entry.overheadMs)} where ×${r.target} allows ${ms(entry.plainMedianMs * (r.target - 1))}.`;
      })
      .join(' '),
    '',
    `Where a gated publish spends its time: ${q.publishes} more publishes per entry with timers around the plugin's services (installed after the ratio was measured), unmarked publishes interleaved; medians:`,
    '',
    `| inside real gated publishes | ${names.join(' | ')} |`,
    `|---|${names.map(() => '---').join('|')}|`,
    `| gated publish (instrumented run) | ${inSitu((x) => ms(x.markedPublish))} |`,
    `| unmarked publish (interleaved) | ${inSitu((x) => ms(x.plainPublish))} |`,
    `| **evaluate** (\`checks.evaluateEntry\` on the drafts Strapi's publish read, plus any draft load of the gate's own) | ${inSitu((x) => ms(x.evaluate))} |`,
    `| … the gate's own draft load (\`entries.loadDraft\`; none when it evaluates the rows Strapi's publish read) | ${inSitu((x) => ms(x.loadDraft))} |`,
    `| … reviews and waivers (one \`Promise.all\`, first start to last end) | ${inSitu((x) => ms(x.lookups))} |`,
    `| … the entry's consents, read under lock (\`consents.lockEntryConsents\`; on PostgreSQL \`consents.lockForPublish\`, with the draft-row locks and the reviews; before evaluate) | ${inSitu((x) => ms(x.consents))} |`,
    `| … … \`reviews.decisionsFor\` | ${inSitu((x) => ms(x.reviews))} |`,
    `| … the rest: content hash, text collection, 10 rules (CPU) | ${inSitu((x) => ms(x.evaluateCpu))} |`,
    `| **\`publish.allowed\` append** (\`audit-log.append\`: conditional head update, insert; a locked head read only when another transaction moved the head) | ${inSitu((x) => ms(x.append))} |`,
    `| **stored status** (\`statuses.refresh\`: the stored digest compared, an upsert only when the outcome changed) | ${inSitu((x) => ms(x.statusUpsert ?? 0))} |`,
    `| the publish minus evaluate, append and status (Strapi's publish, the consents' locks, the gate's transaction, scopes, backstop hooks) | ${inSitu((x) => ms(x.publishWithoutEvaluateAndAppend))} |`,
    '',
    `| timed alone (median of ${100}) | ${names.join(' | ')} |`,
    `|---|${names.map(() => '---').join('|')}|`,
    `| content hash | ${isolated((x) => ms(x.contentHash))} |`,
    `| collect text | ${isolated((x) => ms(x.collectText))} |`,
    `| all 10 rules, scanners included | ${isolated((x) => ms(x.rules))} |`,
    `| … slowest rules | ${names.map(slowestRules).join(' | ')} |`,
    `| load the draft via the Query Engine (\`entries.loadDraft\`: what a load of the gate's own costs) | ${isolated((x) => ms(x.loadDraft))} |`,
    `| the same load via \`documents().findOne\`, same populate (how it was read before; same hash, checked) | ${isolated((x) => ms(x.loadDraftViaDocumentService))} |`,
    '',
    `The gate's cost is database round trips, not text scanning. On the ${small} entry: reading ${q.loadDraft >= 0.05 ? 'the draft, ' : ''}the consents under lock and the reviews and waivers takes ${ms(reads)} and the hash-chained append ${ms(q.append)}, while hashing, collecting text and all ten rules take ${ms(q.evaluateCpu)}. ` +
      (q.publishWithoutEvaluateAndAppend - q.plainPublish < 0.5
        ? `What remains of the publish once evaluate and append are taken out (${ms(q.publishWithoutEvaluateAndAppend)}) is about the unmarked publish (${ms(q.plainPublish)}), so nothing else in the gate costs much. `
        : `What remains of the publish once evaluate and append are taken out (${ms(q.publishWithoutEvaluateAndAppend)}) is ${ms(q.publishWithoutEvaluateAndAppend - q.plainPublish)} more than the unmarked publish (${ms(q.plainPublish)}): the gate's transaction, scopes and backstop hooks, or noise. `) +
      `The overhead is nearly constant per publish (it does not grow with the entry), so the ratio is worst for small entries: ×${r.target} on the ${small} entry leaves ${ms(budget)} for the whole gate, against ${ms(q.evaluate + q.append)} for evaluate and append. ` +
      largestParts(q, iso),
  ].join('\n');
};

/** The gate's three largest parts inside real publishes, largest first. */
const largestParts = (q, iso) => {
  const parts = [
    [`its own draft load (timed alone ${ms(iso.loadDraft)} through the Query Engine, against ${ms(iso.loadDraftViaDocumentService)} through the Document Service)`, q.loadDraft],
    ['the consents read under lock', q.consents],
    ['the reviews and waivers', q.lookups],
    ['the hash, text collection and rules (CPU)', q.evaluateCpu],
    ['the hash-chained append', q.append],
    ['the stored status', q.statusUpsert ?? 0],
  ].sort((a, b) => b[1] - a[1]);
  const [first, second, third] = parts.map(([what, value]) => `${what} (${ms(value)})`);
  const own = q.loadDraft < 0.05 ? `The gate makes no draft read of its own: it evaluates the rows Strapi's publish loads to copy (a load of its own would cost ${ms(iso.loadDraft)}). ` : '';
  return `${own}The largest parts are ${first}, then ${second}, then ${third}.`;
};

/** Null when every target passed; otherwise what limits the gate, from the measured phases. */
const analysis = (r) => (r.pass ? null : explain(r));

const details = (r) =>
  [
    `${r.warmup} warm-up rounds, then ${r.rounds} measured rounds; each round publishes (timed) and unpublishes (not timed) the marked entry and its unmarked twin, alternating which goes first. Every marked publish produced a \`publish.allowed\` event. (A plain publish of a small entry takes about 2 ms, see docs/architecture.md#facts-about-strapi-554; the small unmarked entry here took ${ms(r.entries.small?.plainMedianMs)}: its type also has a rich-text field, a repeatable component and a dynamic zone, left empty.)`,
    '',
    '| entry | marked median | unmarked median | marked p90 | unmarked p90 | gate adds | ratio |',
    '|---|---|---|---|---|---|---|',
    ...Object.entries(r.entries).map(
      ([name, e]) =>
        `| ${name}: ${e.description} | ${ms(e.markedMedianMs)} | ${ms(e.plainMedianMs)} | ${ms(e.markedP90Ms)} | ${ms(e.plainP90Ms)} | ${ms(e.overheadMs)} | ×${fmt(e.ratio, 3)} |`
    ),
    ...(r.saves
      ? [
          '',
          'Draft saves (`documents().update`, not a target): each save of a marked draft also records `entry.saved` (the draft loaded and hashed, one audit append).',
          '',
          '| entry | marked save | unmarked save | marked adds | ratio |',
          '|---|---|---|---|---|',
          ...Object.entries(r.saves).map(
            ([name, e]) => `| ${name} | ${ms(e.markedMedianMs)} | ${ms(e.plainMedianMs)} | ${ms(e.overheadMs)} | ×${fmt(e.ratio, 3)} |`
          ),
        ]
      : []),
  ].join('\n');

module.exports = { targets, details, analysis };
