/**
 * Audit export (docs/architecture.md#non-functional-targets): 200,000 events streamed as NDJSON over HTTP
 * (`GET /compliance/audit?format=ndjson`, admin JWT) at ≥ 50,000 events/s with peak RSS growth
 * ≤ 100 MB. Strapi serves the export from this very process, so the RSS sampled here is the
 * server's memory.
 *
 * The events are a correctly hash-chained sequence bulk-inserted with knex (200,000 `append()`
 * calls, one transaction each, would take far longer than the export itself); `verify()` checks
 * the chain afterwards, so the export reads exactly what the plugin would have written.
 *
 * BENCH_DATABASE=postgres runs it on a fresh PostgreSQL database instead of SQLite.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { hashEvent, type AuditEventBody } from '../server/src/domain/audit-chain';
import { auditNdjsonLine } from '../server/src/domain/audit-export';
import { headMessage, signMessage } from '../server/src/domain/audit-signing';
import { PASSWORD, bootOnCurrentDatabase } from '../tests/integration/helpers/strapi';
import { createDatabase, dropDatabase } from '../tests/integration/helpers/database';
import { prng } from './lib/corpus';
import { MARKED_UID, SYSTEM, emitResult, log, round, runBench, service, timed, type Strapi } from './lib/harness';

/** BENCH_EXPORT_EVENTS overrides the count (to see whether memory growth depends on it). */
const EVENTS = Number(process.env.BENCH_EXPORT_EVENTS ?? 200_000);
const INSERT_BATCH = 500;
const SAMPLE_EVERY_MS = 20;
/** The keyset page size of `audit-log.pages()` (server/src/services/audit-log.ts), for the raw-query step. */
const RAW_PAGE = 500;
const TARGET_EVENTS_PER_S = 50_000;
const TARGET_RSS_MB = 100;
const MiB = 1024 * 1024;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const demo = require('../tests/app/src/demo/users') as {
  ensureUser(strapi: Strapi, user: { email: string; firstname: string; lastname: string; password: string; roles: string[] }): Promise<{ id: number }>;
};

type Row = Record<string, unknown>;

const collectGarbage = (): void => {
  (globalThis as { gc?: () => void }).gc?.();
};

/**
 * Events as the plugin writes them in a busy year: mostly publish decisions, with consents and
 * reviews in between; the data objects have the same keys and sizes as the real ones.
 */
const eventBody = (seq: number, at: number, random: () => number): AuditEventBody => {
  const documentId = `doc${Math.floor(random() * 5000).toString(36).padStart(21, '0')}`;
  const subject = { uid: MARKED_UID, documentId, locale: null };
  const admin = { type: 'admin' as const, id: 1 + Math.floor(random() * 12), email: 'editor@riverside-clinic.example' };
  const origin = { channel: 'http', method: 'POST', path: `/content-manager/collection-types/${MARKED_UID}/${documentId}/actions/publish`, ip: '10.0.0.7', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36' };
  const contentHash = (seq * 2654435761).toString(16).padStart(64, 'a').slice(0, 64);
  const occurredAt = new Date(at).toISOString();
  const pick = random();
  if (pick < 0.55) return { seq, occurredAt, action: 'publish.allowed', actor: admin, subject, data: { via: 'publish', contentHash, warnings: random() < 0.3 ? ['marketing.tone'] : [], origin } };
  if (pick < 0.7) return { seq, occurredAt, action: 'publish.blocked', actor: admin, subject, data: { via: 'update', contentHash, failing: ['review.approval', 'phi.scan'], origin } };
  if (pick < 0.85) return { seq, occurredAt, action: 'review.recorded', actor: admin, subject, data: { role: 'medical', decision: 'approved', meaning: 'Medical review: approved', contentHash, origin } };
  if (pick < 0.95) return { seq, occurredAt, action: 'consent.linked', actor: admin, subject, data: { consentDocumentId: `c${documentId}`, receiptId: '4b7d3c1e-6a0f-4f43-9c1a-0d8e5b2f7a11', origin } };
  return {
    seq,
    occurredAt,
    action: 'consent.created',
    actor: admin,
    subject: { uid: 'plugin::compliance.consent-record', documentId: `c${documentId}`, locale: null },
    data: { receiptId: '4b7d3c1e-6a0f-4f43-9c1a-0d8e5b2f7a11', purposes: ['Marketing testimonial on the clinic website'], channels: ['website', 'social'], media: ['quote', 'photo'], expiresAt: '2027-01-01T00:00:00.000Z', expirationEvent: null, signatureMethod: 'electronic', origin },
  };
};

/**
 * Appends EVENTS events to the chain with knex: rows shaped like the one `append()` just wrote
 * (same columns, same encodings), hashes computed with the plugin's `hashEvent`, the head row
 * moved to the last one, all in one transaction.
 */
const bulkInsert = async (strapi: Strapi): Promise<number> => {
  const audit = service(strapi, 'audit-log');
  const first = await audit.append({ action: 'settings.updated', actor: SYSTEM, subject: null, data: { note: 'benchmark template event' } });
  const eventMeta = strapi.db.metadata.get('plugin::compliance.audit-event');
  const headMeta = strapi.db.metadata.get('plugin::compliance.audit-head');
  const col = (meta: typeof eventMeta, attribute: string): string => (meta.attributes[attribute] as { columnName?: string } | undefined)?.columnName ?? attribute;
  const knex = strapi.db.connection;
  const template = (await knex(eventMeta.tableName).where(col(eventMeta, 'seq'), first.seq).first()) as Row;
  const shape: Row = { ...template };
  delete shape.id;
  const json = (value: unknown) => JSON.stringify(value);

  const signer = service(strapi, 'audit-keys').signer();
  const random = prng(7);
  let prevHash = first.hash;
  let seq = first.seq;
  const start = Date.parse(first.occurredAt) - EVENTS * 1000;
  await knex.transaction(async (trx) => {
    for (let done = 0; done < EVENTS; done += INSERT_BATCH) {
      const rows: Row[] = [];
      for (let i = 0; i < INSERT_BATCH && done + i < EVENTS; i += 1) {
        seq += 1;
        // The plugin round-trips data through JSON before hashing; these bodies are plain JSON already.
        const body = eventBody(seq, start + seq * 1000, random);
        const hash = hashEvent(prevHash, body);
        rows.push({
          ...shape,
          document_id: `bench${seq.toString(36).padStart(19, '0')}`,
          [col(eventMeta, 'seq')]: body.seq,
          [col(eventMeta, 'occurredAt')]: body.occurredAt,
          [col(eventMeta, 'action')]: body.action,
          [col(eventMeta, 'actor')]: json(body.actor),
          [col(eventMeta, 'subject')]: body.subject === null ? null : json(body.subject),
          [col(eventMeta, 'data')]: json(body.data),
          [col(eventMeta, 'prevHash')]: prevHash,
          [col(eventMeta, 'hash')]: hash,
          // Signed like `append()` signs, when the run has a signing key (COMPLIANCE_AUDIT_SIGNING_KEY).
          [col(eventMeta, 'signature')]: signer ? signMessage(hash, signer.privateKey) : null,
          [col(eventMeta, 'keyId')]: signer?.keyId ?? null,
          [col(eventMeta, 'subjectUid')]: body.subject?.uid ?? null,
          [col(eventMeta, 'subjectDocumentId')]: body.subject?.documentId ?? null,
        });
        prevHash = hash;
      }
      await trx(eventMeta.tableName).insert(rows);
    }
    await trx(headMeta.tableName)
      .where(col(headMeta, 'chain'), 'main')
      .update({
        [col(headMeta, 'lastSeq')]: seq,
        [col(headMeta, 'lastHash')]: prevHash,
        [col(headMeta, 'signature')]: signer ? signMessage(headMessage(seq, prevHash), signer.privateKey) : null,
        [col(headMeta, 'keyId')]: signer?.keyId ?? null,
      });
  });
  return seq;
};

/** An admin JWT with `plugin::compliance.audit.export` (a super admin has every permission). */
const adminToken = async (strapi: Strapi, port: number): Promise<string> => {
  const email = `bench-auditor-${Date.now()}@test.example`;
  await demo.ensureUser(strapi, { email, firstname: 'Bench', lastname: 'Auditor', password: PASSWORD, roles: ['super-admin'] });
  const body = await new Promise<string>((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: '/admin/login', method: 'POST', headers: { 'Content-Type': 'application/json' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => (response.statusCode === 200 ? resolve(text) : reject(new Error(`login: ${response.statusCode} ${text}`))));
    });
    request.on('error', reject);
    request.end(JSON.stringify({ email, password: PASSWORD }));
  });
  return (JSON.parse(body) as { data: { token: string } }).data.token;
};

interface ExportRun {
  status: number;
  lines: number;
  bytes: number;
  firstByteMs: number;
  totalMs: number;
  lastLine: string;
  cpuSeconds: number;
}

/**
 * The HTTP client runs in a child process: reading 170 MB of response is work the server's
 * process should not be charged for, in time or in memory. It keeps only counters and the tail.
 */
const CLIENT = `
const http = require('node:http');
const [port, token] = process.argv.slice(1);
const start = process.hrtime.bigint();
const since = () => Number(process.hrtime.bigint() - start) / 1e6;
http.get({ host: '127.0.0.1', port: Number(port), path: '/compliance/audit?format=ndjson', headers: { Authorization: 'Bearer ' + token } }, (response) => {
  let firstByteMs = -1, lines = 0, bytes = 0, tail = Buffer.alloc(0);
  response.on('data', (chunk) => {
    if (firstByteMs < 0) firstByteMs = since();
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
    tail = Buffer.concat([tail, chunk]).subarray(-8192);
  });
  response.on('end', () => {
    const lastLine = tail.toString('utf8').trimEnd().split('\\n').pop() || '';
    const cpu = process.cpuUsage();
    process.stdout.write(JSON.stringify({ status: response.statusCode, lines, bytes, firstByteMs, totalMs: since(), lastLine, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
  });
}).on('error', (error) => { process.stderr.write(String(error)); process.exit(1); });
`;

const exportOverHttp = (port: number, token: string): Promise<ExportRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CLIENT, String(port), token], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`export client exited with ${code}`));
      else resolve(JSON.parse(out) as ExportRun);
    });
  });

/**
 * Samples the process's RSS every 20 ms from a worker thread: RSS is per process, and a timer on
 * the main thread would be starved exactly while the export keeps the event loop busy.
 */
const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
let peak = 0, samples = 0, last = Date.now(), maxGapMs = 0, timeline = [];
const timer = setInterval(() => {
  const now = Date.now();
  const rss = process.memoryUsage.rss();
  maxGapMs = Math.max(maxGapMs, now - last);
  last = now;
  peak = Math.max(peak, rss);
  samples += 1;
  timeline.push([now, rss]);
}, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message === 'reset') { peak = 0; samples = 0; maxGapMs = 0; last = Date.now(); timeline = []; }
  if (message === 'stop') { clearInterval(timer); parentPort.postMessage({ peak, samples, maxGapMs, timeline }); }
});
`;

interface SamplerReport {
  peak: number;
  samples: number;
  maxGapMs: number;
  /** [Date.now(), rss] every sample. */
  timeline: Array<[number, number]>;
}

/**
 * Peak RSS growth over the first quarter, half, three quarters and all of the export: flat means
 * bounded memory; growing with the share exported means memory that scales with the export size.
 */
const growthByQuarter = (report: SamplerReport, baseline: number, from: number, to: number): number[] =>
  [0.25, 0.5, 0.75, 1].map((share) => {
    const until = from + (to - from) * share;
    const peak = report.timeline.filter(([at]) => at <= until).reduce((max, [, rss]) => Math.max(max, rss), baseline);
    return round((peak - baseline) / MiB, 1);
  });

const startSampler = async () => {
  const worker = new Worker(SAMPLER, { eval: true, workerData: { everyMs: SAMPLE_EVERY_MS } });
  await new Promise((resolve) => setTimeout(resolve, 200));
  return {
    reset: () => worker.postMessage('reset'),
    stop: () =>
      new Promise<SamplerReport>((resolve) => {
        worker.once('message', (report: SamplerReport) => {
          void worker.terminate();
          resolve(report);
        });
        worker.postMessage('stop');
      }),
  };
};

/** The chain has `inserted` events; the export itself adds `audit.exported`. */
const PREPARED_PREFIX = 'PREPARED ';

/**
 * Child process: boot on the database the parent created, insert and verify the events, stop.
 * Kept out of the measured process so the memory this takes (hashing 200,000 events, reading them
 * back to verify) is not a high-water mark the export could then reuse unseen.
 */
const prepare = async () => {
  const { strapi, close } = await bootOnCurrentDatabase();
  try {
    log(`inserting ${EVENTS} hash-chained events`);
    const inserted = await timed(() => bulkInsert(strapi));
    log(`inserted in ${(inserted.ms / 1000).toFixed(1)} s; verifying the chain`);
    const verdict = await timed(() => service(strapi, 'audit-log').verify());
    if (!verdict.value.valid || verdict.value.count !== inserted.value) {
      throw new Error(`bulk-inserted chain is not valid: ${JSON.stringify(verdict.value)} (expected ${inserted.value} events)`);
    }
    log(`chain valid (${verdict.value.count} events, verified in ${(verdict.ms / 1000).toFixed(1)} s)`);
    const cpu = process.cpuUsage();
    const report = { events: inserted.value, insertSeconds: round(inserted.ms / 1000, 1), verifySeconds: round(verdict.ms / 1000, 1), cpuSeconds: (cpu.user + cpu.system) / 1e6 };
    process.stdout.write(`${PREPARED_PREFIX}${JSON.stringify(report)}\n`);
  } finally {
    await close();
  }
};

interface Prepared {
  events: number;
  insertSeconds: number;
  verifySeconds: number;
  cpuSeconds: number;
}

const runPrepare = (): Promise<Prepared> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, '--prepare'], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((item) => item.startsWith(PREPARED_PREFIX));
      if (code !== 0 || !line) reject(new Error(`preparing the events failed (exit ${code})`));
      else resolve(JSON.parse(line.slice(PREPARED_PREFIX.length)) as Prepared);
    });
  });

/** A fresh database of `client` for both processes; returns how to remove it. */
const freshDatabase = async (client: 'sqlite' | 'postgres'): Promise<() => Promise<void>> => {
  process.env.DATABASE_CLIENT = client;
  if (client === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-bench-'));
    process.env.DATABASE_FILENAME = path.join(dir, 'data.db');
    return async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const name = `compliance_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await createDatabase(client, name);
  process.env.DATABASE_NAME = name;
  return () => dropDatabase(client, name);
};

const main = async () => {
  const client = process.env.BENCH_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
  const removeDatabase = await freshDatabase(client);
  try {
    const prepared = await runPrepare();
    const started = performance.now();
    const { strapi, close } = await bootOnCurrentDatabase();
    log(`Strapi booted on ${client} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    try {
      const server = strapi.server.httpServer;
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const token = await adminToken(strapi, port);

      // The sampler thread exists before the baseline (its own memory is not growth); the
      // baseline is taken after full collections, then the peak is tracked while the export streams.
      const sampler = await startSampler();
      collectGarbage();
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const baseline = process.memoryUsage();
      sampler.reset();
      log('exporting over HTTP');
      const exportStart = Date.now();
      const run = await exportOverHttp(port, token);
      const exportEnd = Date.now();
      const memory = await sampler.stop();
      const peakRss = Math.max(memory.peak, baseline.rss);
      // Right after the export, before any forced collection: which part of the process grew.
      const after = process.memoryUsage();
      const grew = {
        heapTotalMb: round((after.heapTotal - baseline.heapTotal) / MiB, 1),
        heapUsedMb: round((after.heapUsed - baseline.heapUsed) / MiB, 1),
        externalMb: round((after.external - baseline.external) / MiB, 1),
        rssMb: round((after.rss - baseline.rss) / MiB, 1),
      };
      collectGarbage();
      const afterGc = process.memoryUsage();
      const retainedAfterGcMb = round((afterGc.heapUsed - baseline.heapUsed) / MiB, 1);

      // The export audits itself first (`audit.exported`), so it carries one more event than was prepared.
      const expected = prepared.events + 1;
      if (run.status !== 200) throw new Error(`export answered ${run.status}`);
      if (run.lines !== expected) throw new Error(`export has ${run.lines} lines, expected ${expected}`);
      const last = JSON.parse(run.lastLine) as { seq: number };
      if (last.seq !== expected) throw new Error(`last exported seq is ${last.seq}, expected ${expected}`);

      const eventsPerSecond = run.lines / (run.totalMs / 1000);
      const rssGrowthMb = (peakRss - baseline.rss) / MiB;
      const phases = await measurePhases(strapi, run.lines);
      const verdict = await service(strapi, 'audit-log').verify();
      if (!verdict.valid || verdict.count !== expected) throw new Error(`chain after export: ${JSON.stringify(verdict)}`);

      const result = {
        bench: 'audit-export',
        database: client,
        events: run.lines,
        bytes: run.bytes,
        bytesPerEvent: Math.round(run.bytes / run.lines),
        exportMs: round(run.totalMs, 1),
        firstByteMs: round(run.firstByteMs, 1),
        eventsPerSecond: Math.round(eventsPerSecond),
        mbPerSecond: round(run.bytes / 1e6 / (run.totalMs / 1000), 1),
        baselineRssMb: round(baseline.rss / MiB, 1),
        peakRssMb: round(peakRss / MiB, 1),
        rssGrowthMb: round(rssGrowthMb, 1),
        rssSamples: memory.samples,
        rssGrowthByQuarterMb: growthByQuarter(memory, baseline.rss, exportStart, exportEnd),
        memoryAfterExport: grew,
        heapRetainedAfterGcMb: retainedAfterGcMb,
        maxSampleGapMs: round(memory.maxGapMs, 1),
        phases,
        insertSeconds: prepared.insertSeconds,
        verifySeconds: prepared.verifySeconds,
        // CPU of this bench's helper processes (preparing child, HTTP client), for scripts/bench.js's load accounting.
        helperCpuSeconds: round(prepared.cpuSeconds + run.cpuSeconds, 1),
        clientCpuSeconds: round(run.cpuSeconds, 2),
        targetEventsPerSecond: TARGET_EVENTS_PER_S,
        targetRssMb: TARGET_RSS_MB,
        passThroughput: eventsPerSecond >= TARGET_EVENTS_PER_S,
        passMemory: rssGrowthMb <= TARGET_RSS_MB,
      };
      log(`${result.events} events in ${result.exportMs} ms: ${result.eventsPerSecond} events/s, RSS +${result.rssGrowthMb} MB; phases ${JSON.stringify(phases)}`);
      emitResult(result);
    } finally {
      await close();
    }
  } finally {
    await removeDatabase();
  }
};

/**
 * Where the time goes, in process and after the HTTP run, step by step as the controller does it:
 * keyset pages of 500 rows alone (database and driver), `audit-log.pages()` (rows → events), then
 * one NDJSON string per page (everything the export does except Koa and the socket).
 * Best of two runs each; reading the chain again warms caches, so these are rates, not a replay.
 */
const measurePhases = async (strapi: Strapi, events: number) => {
  const audit = service(strapi, 'audit-log');
  const best = async (fn: () => Promise<void>) => Math.min((await timed(fn)).ms, (await timed(fn)).ms);
  const perSecond = (ms: number) => Math.round(events / (ms / 1000));
  const rawQuery = await best(async () => {
    const meta = strapi.db.metadata.get('plugin::compliance.audit-event');
    const seqColumn = (meta.attributes.seq as { columnName?: string }).columnName ?? 'seq';
    let after = 0;
    for (;;) {
      const rows = (await strapi.db.connection(meta.tableName).select('*').where(seqColumn, '>', after).orderBy(seqColumn, 'asc').limit(RAW_PAGE)) as Row[];
      if (rows.length < RAW_PAGE) break;
      after = Number(rows[rows.length - 1]?.[seqColumn]);
    }
  });
  const pages = await best(async () => {
    for await (const page of audit.pages()) if (!page.length) throw new Error('empty page');
  });
  const encode = await best(async () => {
    for await (const page of audit.pages()) if (!page.map((event) => auditNdjsonLine(event)).join('')) throw new Error('empty page');
  });
  return {
    rawQueryEventsPerSecond: perSecond(rawQuery),
    pagesEventsPerSecond: perSecond(pages),
    pagesAndEncodeEventsPerSecond: perSecond(encode),
  };
};

if (process.argv.includes('--prepare')) runBench('audit-export (prepare)', prepare);
else runBench('audit-export', main);
