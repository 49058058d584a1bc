/**
 * Chain under load (docs/architecture.md#non-functional-targets): 8 concurrent publishers × 50 publishes each on
 * PostgreSQL (a fresh database, dropped afterwards) must leave a valid, gapless audit chain.
 *
 * 400 compliant drafts are prepared first (one consent per publisher, linked to its 50 drafts,
 * and both approvals on each draft's hash). Then 8 async publishers each publish their 50 drafts
 * one after another, all 8 at once: every publish is its own transaction on its own pooled
 * connection, runs the gate and appends `publish.allowed`, so the appends contend for the chain
 * head row lock exactly as requests on several Strapi instances would.
 */
import { MARKED_UID, boot, createConsent, createDraft, emitResult, log, makePublishable, median, percentile, round, runBench, service, testimonialData, timed } from './lib/harness';

const PUBLISHERS = 8;
const PUBLISHES_EACH = 50;

const main = async () => {
  const app = await boot('postgres');
  const { strapi } = app;
  try {
    log(`preparing ${PUBLISHERS} × ${PUBLISHES_EACH} compliant drafts`);
    const prepared = await timed(async () => {
      const sets: string[][] = [];
      for (let p = 0; p < PUBLISHERS; p += 1) {
        const consent = await createConsent(strapi);
        const documents: string[] = [];
        for (let i = 0; i < PUBLISHES_EACH; i += 1) {
          const documentId = await createDraft(strapi, MARKED_UID, testimonialData(p * PUBLISHES_EACH + i));
          await makePublishable(strapi, documentId, consent);
          documents.push(documentId);
        }
        sets.push(documents);
      }
      return sets;
    });
    log(`prepared in ${(prepared.ms / 1000).toFixed(1)} s`);

    const audit = service(strapi, 'audit-log');
    const eventsBefore = (await audit.verify()).count;
    const latencies: number[] = [];
    const failures: string[] = [];
    log(`publishing: ${PUBLISHERS} concurrent publishers`);
    const run = await timed(() =>
      Promise.all(
        prepared.value.map(async (documents) => {
          for (const documentId of documents) {
            try {
              const one = await timed(() => strapi.documents(MARKED_UID as never).publish({ documentId } as never));
              latencies.push(one.ms);
            } catch (error) {
              // Keep going: the point is what the chain looks like afterwards, failures included.
              failures.push(`${documentId}: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
        })
      )
    );
    const total = PUBLISHERS * PUBLISHES_EACH;

    const verdict = await audit.verify();
    const eventMeta = strapi.db.metadata.get('plugin::compliance.audit-event');
    const seqColumn = (eventMeta.attributes.seq as { columnName?: string }).columnName ?? 'seq';
    const span = (await strapi.db.connection(eventMeta.tableName).min(`${seqColumn} as min`).max(`${seqColumn} as max`).count('* as count').first()) as {
      min: number | string;
      max: number | string;
      count: number | string;
    };
    const gapless = Number(span.min) === 1 && Number(span.max) === Number(span.count) && Number(span.count) === verdict.count;
    const allowed = await strapi.db.query('plugin::compliance.audit-event').count({ where: { action: 'publish.allowed' } });
    const published = await strapi.db.query(MARKED_UID as never).count({ where: { publishedAt: { $notNull: true } } } as never);
    const pgVersion = ((await strapi.db.connection.raw('SHOW server_version')) as { rows: Array<{ server_version: string }> }).rows[0]?.server_version;

    const publishesPerSecond = latencies.length / (run.ms / 1000);
    const pass = verdict.valid && gapless && failures.length === 0 && allowed === total && published === total && verdict.count === eventsBefore + total;
    const result = {
      bench: 'concurrent-publish',
      database: 'postgres',
      postgresVersion: pgVersion,
      publishers: PUBLISHERS,
      publishesEach: PUBLISHES_EACH,
      succeeded: latencies.length,
      failures: failures.length,
      failureSamples: failures.slice(0, 3),
      totalSeconds: round(run.ms / 1000, 2),
      publishesPerSecond: round(publishesPerSecond, 1),
      latencyMedianMs: round(median(latencies), 1),
      latencyP95Ms: round(percentile(latencies, 95), 1),
      chain: { valid: verdict.valid, count: verdict.count, brokenAt: verdict.brokenAt ?? null, reason: verdict.reason ?? null, minSeq: Number(span.min), maxSeq: Number(span.max), rows: Number(span.count), gapless },
      publishAllowedEvents: allowed,
      publishedEntries: published,
      prepareSeconds: round(prepared.ms / 1000, 1),
      pass,
    };
    log(`${result.succeeded}/${total} publishes in ${result.totalSeconds} s (${result.publishesPerSecond}/s); chain ${JSON.stringify(result.chain)}`);
    emitResult(result);
  } finally {
    await app.close();
  }
};

runBench('concurrent-publish', main);
