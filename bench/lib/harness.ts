/**
 * Shared plumbing for the benchmarks: boot the example app in this process (the plugin's
 * TypeScript source, like the integration tests), make a testimonial publishable without HTTP,
 * time things, and hand one JSON line back to scripts/bench.js.
 *
 * Importing this module sets the test environment (secrets, COMPLIANCE_PLUGIN_SOURCE, log level,
 * no expiry cron) through the integration helpers, so it must be imported before anything boots.
 */
import '../../tests/integration/helpers/env';
import type { Core } from '@strapi/strapi';
import { startApp, type TestApp } from '../../tests/integration/helpers/strapi';
import { validConsent } from '../../tests/integration/helpers/fixtures';
import type { Actor } from '../../server/src/domain/audit-chain';
import { getService } from '../../server/src/utils/get-service';
import { asPluginWrite } from '../../server/src/services/internal-scope';

export type { TestApp };
export type Strapi = Core.Strapi;

export const MARKED_UID = 'api::testimonial.testimonial';
export const PLAIN_UID = 'api::plain-testimonial.plain-testimonial';
export const SYSTEM: Actor = { type: 'system', id: null };

/** Prefix of the one line each bench prints for scripts/bench.js to pick up. */
export const RESULT_PREFIX = 'BENCH_RESULT ';

/**
 * Prints the result line. The bench's own CPU time goes with it, so scripts/bench.js can tell how
 * much of the machine other processes used meanwhile (this box is shared while benchmarks run).
 */
export const emitResult = (result: Record<string, unknown>): void => {
  const cpu = process.cpuUsage();
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ ...result, ownCpuSeconds: round((cpu.user + cpu.system) / 1e6, 1) })}\n`);
};

/** Progress goes to stderr so stdout stays machine-readable. */
export const log = (message: string): void => {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};

/**
 * Boots the example app on a fresh database of `client` (a temporary SQLite file, or a new
 * PostgreSQL database that `close()` drops). The HTTP routes are mounted but nothing listens yet.
 */
export const boot = async (client: 'sqlite' | 'postgres'): Promise<TestApp> => {
  process.env.DATABASE_CLIENT = client;
  const started = performance.now();
  const app = await startApp();
  log(`Strapi booted on ${client} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return app;
};

/** The database a bench runs on: `BENCH_DATABASE=postgres` (scripts/bench.js sets it), else SQLite. */
export const DATABASE: 'sqlite' | 'postgres' = process.env.BENCH_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

/** The plugin's services with their real types (the plugin's own typed accessor). */
export const service = getService;

/**
 * Field values shared by the marked testimonial and its unmarked twin: a realistic entry with a
 * repeatable component and a dynamic zone, so the gate's deep populate has something to load.
 * The text passes every blocker rule (no identifiers, no prohibited or unsupported claims).
 */
export const testimonialData = (n: number): Record<string, unknown> => ({
  title: `Walking again, story ${n}`,
  quote: 'The physiotherapy team explained every step and I felt listened to. After a few months of exercises I can climb the stairs at home again.',
  body:
    'I first came to the clinic after a fall in the garden. The team walked me through the options, the risks and what recovery usually looks like.\n\n' +
    'Recovery took patience: twice a week at the clinic and a short routine at home. Individual results vary, and my physiotherapist was clear about that from the start.',
  channel: 'website',
  sponsored: false,
  highlights: [
    { label: 'Care', text: 'Every appointment started with how I was feeling that day.' },
    { label: 'Routine', text: 'Ten minutes of exercises each morning made the difference for me.' },
  ],
  sections: [
    { __component: 'shared.quote-block', quote: 'I felt listened to.', attribution: 'A patient', details: [{ label: 'Visit', text: 'Outpatient physiotherapy' }] },
    {
      __component: 'shared.rich-section',
      heading: 'What the treatment involved',
      content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Guided exercises, a home routine and regular check-ins with the team.' }] }],
    },
  ],
});

/** Creates a draft through the Document Service (no request, so the actor is the system). */
export const createDraft = async (strapi: Strapi, uid: string, data: Record<string, unknown>): Promise<string> => {
  const created = (await strapi.documents(uid as never).create({ data } as never)) as unknown as { documentId: string };
  return created.documentId;
};

/** One active consent (the fixtures' valid HIPAA authorization), created without HTTP. */
export const createConsent = async (strapi: Strapi): Promise<string> =>
  (await service(strapi, 'consents').create(validConsent(), SYSTEM, {})).documentId;

/**
 * Makes a testimonial draft publishable: links `consentDocumentId` and records the privacy and
 * medical approvals, by two different reviewers, on the hash of its current draft (inserted
 * directly: the HTTP route would also check a password, which is not what these benchmarks measure).
 */
export const makePublishable = async (strapi: Strapi, documentId: string, consentDocumentId: string): Promise<void> => {
  await service(strapi, 'consents').link(consentDocumentId, { uid: MARKED_UID, documentId }, SYSTEM, {});
  const draft = await service(strapi, 'entries').loadDraft(MARKED_UID, documentId);
  if (!draft) throw new Error(`no draft ${documentId}`);
  const contentHash = service(strapi, 'checks').contentHashOf(MARKED_UID, draft);
  // Two required roles need two different reviewers (the two-person rule of review.approval).
  for (const [index, role] of ['privacy', 'medical'].entries()) {
    // Straight to the table, as the plugin's own services write it (the guards refuse anyone else).
    await asPluginWrite(() => strapi.db.query('plugin::compliance.review').create({
      data: {
        entryUid: MARKED_UID,
        entryDocumentId: documentId,
        entryLocale: null,
        role,
        decision: 'approved',
        comment: null,
        reviewer: { id: 1000 + index, name: `Bench ${role} reviewer` },
        meaning: `${role} review: approved`,
        contentHash,
        signedAt: new Date().toISOString(),
      },
    }));
  }
  const checklist = await service(strapi, 'checks').evaluate({ uid: MARKED_UID, documentId });
  if (!checklist.passed) {
    const failing = checklist.checks.filter((check) => check.status === 'fail' && check.severity === 'blocker');
    throw new Error(`prepared testimonial does not pass: ${JSON.stringify(failing)}`);
  }
};

// ---------------------------------------------------------------------------------------------
// Statistics

export const median = (values: readonly number[]): number => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export const percentile = (values: readonly number[], p: number): number => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
};

/** Milliseconds `fn` takes. */
export const timed = async <T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
};

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

/** Runs the bench's main, always printing failures and exiting (Strapi keeps handles open). */
export const runBench = (name: string, main: () => Promise<void>): void => {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      emitResult({ bench: name, error: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    }
  );
};
