import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../../bin/compliance-verify.js');

/**
 * Runs the packaged `compliance-verify` command in its own process. Jest gives each test file a
 * copy of process.env, so it is passed on explicitly: COMPLIANCE_PLUGIN_SOURCE=true makes the
 * command run from the TypeScript source.
 */
export const runVerifier = (args: string[]) => {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

/** Files for the verifier in a temporary folder (an export, a public key), removed by `cleanup`. */
export const scratch = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-verify-'));
  let count = 0;
  return {
    file(content: string, name = 'file') {
      count += 1;
      const file = path.join(dir, `${count}-${name}`);
      fs.writeFileSync(file, content);
      return file;
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
};
