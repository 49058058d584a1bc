/**
 * Memory the claim detector keeps once it has checked entries (docs/architecture.md, "Regexps and
 * V8's code budget"), in a fresh process:
 *
 *   node --expose-gc -r ./scripts/register-ts.js bench/claims-memory.ts en     # English entries
 *   node --expose-gc -r ./scripts/register-ts.js bench/claims-memory.ts en,es  # then Spanish ones
 *   node --expose-gc -r ./scripts/register-ts.js bench/claims-memory.ts en,es all  # every scanner
 *
 * Entries are ten development texts of the claims corpus each (bench/lib/claims-corpus.ts, never
 * the held-out files), made two-byte as real fields are: straight apostrophes curly, an emoji at
 * the end. Prints resident memory, heap used after a collection and V8's code space before and
 * after, and the median time per MB of scanProhibitedClaims on the same entries checked again.
 * Not part of `npm run bench` (no targets).
 */
import * as os from 'node:os';
import * as v8 from 'node:v8';
import { scanPhi } from '../server/src/scanners';
import { findEstablishmentClaims, findHealthClaims, scanProhibitedClaims } from '../server/src/scanners/claims';
import { findMaterialConnectionDisclosure, findOutcomeStatements, findTypicalResultsStatement } from '../server/src/scanners/disclosure';
import { measureTone } from '../server/src/scanners/tone';
import { claimDevTexts } from './lib/claims-corpus';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const MB = 1 << 20;

function snapshot(): { rss: number; heap: number; code: number } {
  gc();
  gc();
  const code = v8
    .getHeapSpaceStatistics()
    .filter((s) => s.space_name.startsWith('code'))
    .reduce((sum, s) => sum + s.space_used_size, 0);
  return { rss: process.memoryUsage().rss / MB, heap: process.memoryUsage().heapUsed / MB, code: code / MB };
}

const languages = (process.argv[2] ?? 'en').split(',');
const perEntry = 10;
const entries: Array<{ language: string; texts: string[] }> = [];
for (const language of languages) {
  const texts = claimDevTexts(language).map((t) => `${t.replace(/'/g, '\u2019')} \u{1F642}`);
  for (let i = 0; i < texts.length; i += perEntry) entries.push({ language, texts: texts.slice(i, i + perEntry) });
}

const every = process.argv[3] === 'all';
const check = (): number => {
  let findings = 0;
  for (const e of entries) {
    const segments = e.texts.map((text, i) => ({ path: [`f${i}`], text }));
    findings += scanProhibitedClaims(segments, { language: e.language }).length;
    if (!every) continue;
    // The other scanners of an evaluation, for the whole process's figure (README, "Memory").
    scanPhi(segments, { language: e.language });
    findEstablishmentClaims(segments);
    findHealthClaims(segments);
    findMaterialConnectionDisclosure(segments);
    findOutcomeStatements(segments);
    findTypicalResultsStatement(segments);
    measureTone(segments);
  }
  return findings;
};

const before = snapshot();
const t0 = process.hrtime.bigint();
const findings = check();
const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;
const after = snapshot();

// Time per MB: every entry checked again, with a space more so the analysis cache misses.
const bytes = entries.reduce((sum, e) => sum + e.texts.reduce((s, t) => s + Buffer.byteLength(t), 0), 0);
const times: number[] = [];
for (let run = 1; run <= 5; run++) {
  const pad = ' '.repeat(run);
  const t1 = process.hrtime.bigint();
  for (const e of entries) scanProhibitedClaims(e.texts.map((text, i) => ({ path: [`f${i}`], text: text + pad })), { language: e.language });
  times.push(Number(process.hrtime.bigint() - t1) / 1e6);
}
times.sort((a, b) => a - b);
const msPerMb = (times[2] as number) / (bytes / MB);
const f = (n: number): string => n.toFixed(1);
console.log(
  `${languages.join('+')}${every ? ' (every scanner)' : ''}: ${entries.length} entries, ${findings} findings, first pass ${f(firstMs)} ms; ` +
    `rss ${f(before.rss)} -> ${f(after.rss)} MB (+${f(after.rss - before.rss)}), heap ${f(before.heap)} -> ${f(after.heap)} MB, ` +
    `code space ${f(before.code)} -> ${f(after.code)} MB (+${f(after.code - before.code)}); ` +
    `again: ${f(msPerMb)} ms/MB (median of 5, ${f(bytes / MB)} MB), load ${os.loadavg()[0]?.toFixed(2)}`
);
