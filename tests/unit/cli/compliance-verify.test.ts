import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../server/src/cli/compliance-verify';
import { GENESIS_HASH, hashEvent, type AuditEvent } from '../../../server/src/domain/audit-chain';
import { generateSigningKey, loadSigningKey, signMessage } from '../../../server/src/domain/audit-signing';
import { Readable } from 'node:stream';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-verify-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const generated = generateSigningKey();
const key = loadSigningKey(generated.privateKeyPem);
const keyFile = path.join(dir, 'key.pem');
fs.writeFileSync(keyFile, generated.publicKeyPem);

const chain = (count: number, signed = true): AuditEvent[] => {
  const events: AuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const body = { seq, occurredAt: '2026-03-01T10:00:00.000Z', action: 'publish.allowed', actor: { type: 'system' as const, id: null }, subject: null, data: { seq } };
    const hash = hashEvent(prevHash, body);
    events.push({ ...body, prevHash, hash, ...(signed ? { signature: signMessage(hash, key.privateKey), keyId: key.keyId } : {}) });
    prevHash = hash;
  }
  return events;
};

let fileNo = 0;
const write = (events: AuditEvent[]) => {
  fileNo += 1;
  const file = path.join(dir, `export-${fileNo}.ndjson`);
  fs.writeFileSync(file, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
  return file;
};

const run = async (args: string[], stdin = '') => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, stdin: Readable.from([stdin]) });
  return { code, stdout: out.join(''), stderr: err.join('') };
};

describe('compliance-verify', () => {
  it('accepts a signed export with the public key, and prints the head to keep', async () => {
    const events = chain(4);
    const result = await run([write(events), '--public-key', keyFile]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`VALID: 4 event(s), last seq 4, head 4:${events[3].hash}`);
    expect(result.stdout).toContain('signatures: 4 checked, from event 1 on');
  });

  it('says when signatures were not checked, or are absent', async () => {
    expect((await run([write(chain(2))])).stdout).toContain('signatures: 2 present, not checked (give --public-key)');
    expect((await run([write(chain(2, false))])).stdout).toContain('signatures: none');
    expect(await run([write(chain(2, false)), '--public-key', keyFile])).toMatchObject({ code: 1, stdout: 'INVALID: no event is signed, though --public-key was given\n' });
  });

  it('fails on a consistent rewrite when given the key, and on a truncation when given an earlier head', async () => {
    const events = chain(5);
    const forged = { ...events[1], data: { seq: 'forged' } };
    const rewritten = [events[0], { ...forged, hash: hashEvent(forged.prevHash, forged) }];
    for (let index = 2; index < events.length; index += 1) {
      const prevHash = rewritten[index - 1].hash;
      rewritten.push({ ...events[index], prevHash, hash: hashEvent(prevHash, { ...events[index] }) });
    }
    expect((await run([write(rewritten)])).code).toBe(0);
    expect(await run([write(rewritten), '--public-key', keyFile])).toMatchObject({ code: 1, stdout: expect.stringMatching(/^INVALID at seq 2: the signature of event 2 does not match/) });

    const head = `5:${events[4].hash}`;
    expect((await run([write(events), '--public-key', keyFile, '--expect-head', head])).stdout).toContain(`expected head 5:${events[4].hash.slice(0, 12)}… found`);
    expect(await run([write(events.slice(0, 3)), '--public-key', keyFile, '--expect-head', head])).toMatchObject({ code: 1, stdout: expect.stringMatching(/^INVALID at seq 4: the chain ends at event 3, but event 5/) });
  });

  it('verifies a filtered export with --partial, and reads standard input', async () => {
    const events = chain(6);
    const file = write([events[1], events[4]]);
    expect((await run([file, '--public-key', keyFile])).code).toBe(1);
    const partial = await run([file, '--partial', `--public-key=${keyFile}`]);
    expect(partial).toMatchObject({ code: 0, stdout: expect.stringContaining('VALID: 2 event(s), last seq 5') });
    expect(partial.stdout).toContain('(partial: only the events in this file)');
    const piped = await run(['-'], events.map((event) => JSON.stringify(event)).join('\n'));
    expect(piped).toMatchObject({ code: 0, stdout: expect.stringContaining('VALID: 6 event(s)') });
  });

  it('refuses bad input with exit code 1 (not an export) or 2 (usage)', async () => {
    const notJson = path.join(dir, 'bad.ndjson');
    fs.writeFileSync(notJson, 'hello\n');
    expect(await run([notJson])).toMatchObject({ code: 1, stdout: 'INVALID: line 1 is not JSON\n' });
    fs.writeFileSync(notJson, '{"seq":"one"}\n');
    expect(await run([notJson])).toMatchObject({ code: 1, stdout: 'INVALID: line 1 is not an audit event\n' });
    expect(await run([])).toMatchObject({ code: 2, stderr: expect.stringContaining('give the export file') });
    expect(await run([notJson, '--expect-head', '5:abc'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--expect-head takes SEQ:HASH') });
    expect(await run([notJson, '--public-key'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--public-key needs a value') });
    const plain = path.join(dir, 'plain.txt');
    fs.writeFileSync(plain, 'no key here\n');
    expect(await run([notJson, '--public-key', plain])).toMatchObject({ code: 2, stderr: expect.stringContaining('no public key found') });
    expect(await run([notJson, '--public-key', notJson])).toMatchObject({ code: 2, stderr: expect.stringContaining('JSON public keys must be') });
    expect(await run([notJson, '--frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --frobnicate') });
    expect(await run([path.join(dir, 'missing.ndjson')])).toMatchObject({ code: 2, stderr: expect.stringContaining('ENOENT') });
  });

  it('makes a key pair: the private key on stdout, which the server can load', async () => {
    const result = await run(['--generate-key']);
    expect(result.code).toBe(0);
    const made = loadSigningKey(result.stdout);
    expect(result.stderr).toContain(`key id ${made.keyId}`);
    expect(result.stderr).toContain(made.publicKeyPem);
  });
});
