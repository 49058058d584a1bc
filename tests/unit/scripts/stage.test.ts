import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// scripts/lib/stage.js: one stage of `npm test` always ends, whatever its processes leave behind.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runStage } = require('../../../scripts/lib/stage') as {
  runStage: (options: Record<string, unknown>) => Promise<{ status: number; output: string; notes: string[] }>;
};

const node = (script: string) => ({ command: process.execPath, args: ['-e', script] });
/** Whether a process runs: a zombie (killed, not yet reaped by whoever adopted it) does not. */
const alive = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
};
const quick = { graceMs: 300, reportGraceMs: 300, pollMs: 50 };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stage-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('keeps the output and the exit status of a command that ends', async () => {
  const result = await runStage({ ...node("console.log('hello'); console.error('warn'); process.exit(3)"), ...quick });
  expect(result.status).toBe(3);
  expect(result.output).toContain('hello');
  expect(result.output).toContain('warn');
  expect(result.notes).toEqual([]);
});

it('ends when a process the command started keeps its output open, and kills that process', async () => {
  const pidFile = path.join(dir, 'pid');
  // The grandchild inherits the stage's stdout and outlives its parent.
  const script = `const { spawn } = require('node:child_process');
    const sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: ['ignore', 'inherit', 'inherit'] });
    require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(sleeper.pid));
    console.log('started'); sleeper.unref(); process.exit(0);`;
  const result = await runStage({ ...node(script), ...quick });
  expect(result.status).toBe(0);
  expect(result.output).toContain('started');
  expect(result.notes).toHaveLength(1);
  expect(result.notes[0]).toMatch(/still held its output/);
  expect(result.notes[0]).toContain('setInterval');
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  expect(pid).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(alive(pid)).toBe(false);
});

it.each([
  ['passed', { success: true, numFailedTests: 0, numRuntimeErrorTestSuites: 0 }, 0],
  ['failed', { success: false, numFailedTests: 2, numRuntimeErrorTestSuites: 0 }, 1],
])('stops a jest that wrote a %s report and did not exit, with the report’s status', async (_name, summary, status) => {
  const report = path.join(dir, 'report.json');
  const script = `require('node:fs').writeFileSync(${JSON.stringify(report)}, ${JSON.stringify(JSON.stringify(summary))}); setInterval(() => {}, 1000);`;
  const result = await runStage({ ...node(script), report, ...quick });
  expect(result.status).toBe(status);
  expect(result.notes).toHaveLength(1);
  expect(result.notes[0]).toMatch(/wrote its report but had not exited/);
});

it('does not stop a command that writes its report and then exits by itself', async () => {
  const report = path.join(dir, 'report.json');
  const script = `require('node:fs').writeFileSync(${JSON.stringify(report)}, '{}'); setTimeout(() => process.exit(4), 100);`;
  const result = await runStage({ ...node(script), report, ...quick, reportGraceMs: 5000 });
  expect(result.status).toBe(4);
  expect(result.notes).toEqual([]);
});

it('stops and fails a stage that runs past its time', async () => {
  const result = await runStage({ ...node("console.log('working'); setInterval(() => {}, 1000)"), ...quick, timeoutMs: 500 });
  expect(result.status).toBe(1);
  expect(result.output).toContain('working');
  expect(result.notes).toHaveLength(1);
  expect(result.notes[0]).toMatch(/still running after/);
});

it('fails a command that cannot start', async () => {
  const result = await runStage({ command: path.join(dir, 'missing'), ...quick });
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/ENOENT/);
});
