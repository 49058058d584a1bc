'use strict';

/**
 * One stage of `npm test` (scripts/test.js): a command run in its own process group with its
 * output kept, which always ends, so that a stuck process shows up as a note in the log instead
 * of a CI run that never finishes (CONTRIBUTING.md, "Test").
 *
 * Three ways a stage could otherwise hang, each bounded here:
 * - its command exits, but a process it started keeps the output pipe open (so Node's 'close'
 *   never comes): after `graceMs` the rest of the group is killed and the pipes are dropped;
 * - jest wrote its report (`report`) but does not exit, because a test left a handle open: after
 *   `reportGraceMs` the group is killed, and the stage's status is the report's;
 * - it runs past `timeoutMs`: the group is killed, and the stage fails.
 * Each is reported in `notes`, with the processes that were still running.
 */
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');

/** The processes of one process group, a line each ("pid seconds command"), for a note. */
const processesOf = (group) => {
  try {
    return execFileSync('ps', ['-eo', 'pid=,pgid=,etimes=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields.length >= 4 && Number(fields[1]) === group && Number(fields[0]) !== process.pid)
      .map(([pid, , seconds, ...args]) => `  ${pid} (${seconds}s) ${args.join(' ').slice(0, 160)}`);
  } catch {
    return [];
  }
};

/** The process groups of the stages still running, for stopAll. */
const live = new Set();

const killGroup = (group, signal) => {
  try {
    process.kill(-group, signal);
  } catch {
    // the group is already gone
  }
};

/** Whether a jest JSON report says every test passed; false when it cannot be read. */
const reportPassed = (report) => {
  try {
    const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
    return summary.success === true && summary.numFailedTests === 0 && summary.numRuntimeErrorTestSuites === 0;
  } catch {
    return false;
  }
};

/**
 * Runs `command args` in `cwd` with `env`; resolves with { status, output, notes } once it and
 * everything it started have ended or been stopped.
 */
const runStage = ({ command, args = [], cwd, env = process.env, report, graceMs = 15000, reportGraceMs = 60000, timeoutMs = 0, pollMs = 1000 }) =>
  new Promise((resolve) => {
    const chunks = [];
    const notes = [];
    const timers = [];
    let exitStatus = null;
    let stoppedAfterReport = false;
    let timedOut = false;
    let done = false;
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const group = child.pid;
    if (group) live.add(group);
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    const later = (ms, action) => timers.push(setTimeout(action, ms));
    const stop = (note) => {
      notes.push([note, ...processesOf(group)].join('\n'));
      killGroup(group, 'SIGTERM');
      later(5000, () => killGroup(group, 'SIGKILL'));
    };
    const finish = (status) => {
      if (done) return;
      done = true;
      live.delete(group);
      timers.forEach(clearTimeout);
      // Whatever the group still runs has no reader any more.
      killGroup(group, 'SIGKILL');
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ status, output: Buffer.concat(chunks).toString(), notes });
    };
    const statusAtEnd = () => {
      if (timedOut) return 1;
      if (stoppedAfterReport) return reportPassed(report) ? 0 : 1;
      return exitStatus;
    };

    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.stack ?? error}\n`));
      exitStatus = 1;
      finish(1);
    });
    child.on('exit', (code, signal) => {
      exitStatus = code ?? (signal ? 1 : 0);
      later(graceMs, () => {
        stop(`its command ended, but processes it started still held its output ${graceMs / 1000} s later; stopped:`);
        finish(statusAtEnd());
      });
    });
    child.on('close', () => finish(statusAtEnd()));

    if (report) {
      const poll = setInterval(() => {
        if (exitStatus !== null || done) return clearInterval(poll);
        if (!fs.existsSync(report)) return;
        clearInterval(poll);
        later(reportGraceMs, () => {
          if (exitStatus !== null) return;
          stoppedAfterReport = true;
          stop(`jest wrote its report but had not exited ${reportGraceMs / 1000} s later (a test left a handle open); stopped:`);
        });
      }, pollMs);
      timers.push(poll);
    }
    if (timeoutMs > 0) {
      later(timeoutMs, () => {
        if (exitStatus !== null) return;
        timedOut = true;
        stop(`still running after ${Math.round(timeoutMs / 60000)} min (COMPLIANCE_STAGE_MINUTES); stopped:`);
      });
    }
  });

/** Kills every stage still running (when `npm test` itself is interrupted). */
const stopAll = () => live.forEach((group) => killGroup(group, 'SIGKILL'));

module.exports = { runStage, stopAll };
