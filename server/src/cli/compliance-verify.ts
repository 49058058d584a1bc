import type { KeyObject } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { createChainVerifier, type ChainHead, type ExportedAuditEvent } from '../domain/audit-chain';
import { generateSigningKey, parsePublicKeys, type KeyRing } from '../domain/audit-signing';

/**
 * `compliance-verify`: the offline verifier of audit exports, built from the same domain code the
 * server verifies with (bin/compliance-verify.js runs the build of this file).
 */
export const USAGE = `usage: compliance-verify FILE [--public-key PEM]... [--expect-head SEQ:HASH]... [--partial]
       compliance-verify --generate-key

Verifies an NDJSON export of the compliance audit trail (FILE, or - for standard input): each
hash = sha256hex(prevHash + "\\n" + JCS({ seq, occurredAt, action, actor, subject, data })), seq 1, 2,
3, ... without gaps from a prevHash of 64 zeros, and each exported text against its digest.

  --public-key PEM        a file with the public key(s): PEM blocks, or the JSON answer of
                          GET /compliance/audit/public-key. Every signature is checked, and every
                          event from the first signed one on must be signed by one of these keys.
  --expect-head SEQ:HASH  a head kept from an earlier export (repeatable): the file must contain
                          that seq with that hash, so a shortened or rewritten chain fails.
  --partial               a filtered or windowed export, whose seqs are not contiguous from 1: each
                          event's own hash (and signature, with --public-key) is checked, and events
                          with consecutive seqs must link. It cannot show that no event is missing.
  --generate-key          prints a new Ed25519 private key (PKCS#8 PEM) on stdout, for
                          COMPLIANCE_AUDIT_SIGNING_KEY, and its public key and key id on stderr.

Exit code 0: valid; 1: invalid (the first bad seq is printed); 2: usage or read error.
`;

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin: NodeJS.ReadableStream;
}

interface Options {
  file: string;
  keyFiles: string[];
  expectHeads: ChainHead[];
  partial: boolean;
}

class UsageError extends Error {}

const parseArgs = (argv: string[]): Options | 'generate-key' | 'help' => {
  const options: Options = { file: '', keyFiles: [], expectHeads: [], partial: false };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].startsWith('--') ? (argv[index].split(/=(.*)/s) as [string, string | undefined]) : [argv[index], undefined];
    const value = () => {
      const next = inline ?? argv[(index += 1)];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--generate-key') return 'generate-key';
    if (flag === '--partial') options.partial = true;
    else if (flag === '--public-key') options.keyFiles.push(value());
    else if (flag === '--expect-head') {
      const head = /^(\d+):([0-9a-f]{64})$/.exec(value());
      if (!head || Number(head[1]) < 1) throw new UsageError('--expect-head takes SEQ:HASH, e.g. 1234:3f5a… (the 64 hex characters of that event\'s hash)');
      options.expectHeads.push({ seq: Number(head[1]), hash: head[2] });
    } else if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
    else if (options.file) throw new UsageError('give one export file');
    else options.file = flag;
  }
  if (!options.file) throw new UsageError('give the export file to verify');
  return options;
};

const readKeys = (files: string[]): KeyRing | undefined => {
  if (!files.length) return undefined;
  const ring = new Map<string, KeyObject>();
  for (const file of files) {
    let keys: Map<string, KeyObject>;
    try {
      keys = parsePublicKeys(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`--public-key ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!keys.size) throw new UsageError(`--public-key ${file}: no public key found (expected "-----BEGIN PUBLIC KEY-----")`);
    for (const [keyId, key] of keys) ring.set(keyId, key);
  }
  return ring;
};

const isEvent = (value: unknown): value is ExportedAuditEvent => {
  const event = value as ExportedAuditEvent;
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isInteger(event.seq) &&
    typeof event.prevHash === 'string' &&
    typeof event.hash === 'string' &&
    typeof event.data === 'object' &&
    event.data !== null
  );
};

const verifyFile = async (options: Options, io: Io): Promise<number> => {
  const keys = readKeys(options.keyFiles);
  const verifier = createChainVerifier({ keys, partial: options.partial, expectHeads: options.expectHeads });
  const input = options.file === '-' ? io.stdin : fs.createReadStream(options.file);
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    if (!line.trim()) continue;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      io.stdout.write(`INVALID: line ${lineNo} is not JSON\n`);
      return 1;
    }
    if (!isEvent(event)) {
      io.stdout.write(`INVALID: line ${lineNo} is not an audit event\n`);
      return 1;
    }
    if (!verifier.next(event)) break;
  }
  const verdict = verifier.result();
  if (!verdict.valid) {
    io.stdout.write(`INVALID at seq ${verdict.brokenAt}: ${verdict.reason}\n`);
    return 1;
  }
  if (keys && !verdict.signedCount) {
    io.stdout.write('INVALID: no event is signed, though --public-key was given\n');
    return 1;
  }
  const { last } = verdict;
  io.stdout.write(`VALID: ${verdict.count} event(s)${last ? `, last seq ${last.seq}, head ${last.seq}:${last.hash}` : ''}${options.partial ? ' (partial: only the events in this file)' : ''}\n`);
  if (!verdict.signedCount) io.stdout.write('signatures: none (the events are hash-chained but not signed)\n');
  else if (!keys) io.stdout.write(`signatures: ${verdict.signedCount} present, not checked (give --public-key)\n`);
  else {
    io.stdout.write(`signatures: ${verdict.signedCount} checked, from event ${verdict.signedFrom} on\n`);
    if (!options.partial && verdict.signedFrom && verdict.signedFrom > 1) {
      io.stdout.write(`events 1-${verdict.signedFrom - 1} precede signing; the signature of event ${verdict.signedFrom} covers them through the chain\n`);
    }
  }
  for (const head of options.expectHeads) io.stdout.write(`expected head ${head.seq}:${head.hash.slice(0, 12)}… found\n`);
  return 0;
};

/** Runs the command; resolves to the exit code. */
export const main = async (argv: string[], io: Io = process): Promise<number> => {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    io.stderr.write(`compliance-verify: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (parsed === 'generate-key') {
    const key = generateSigningKey();
    io.stdout.write(key.privateKeyPem);
    io.stderr.write(`Public key (key id ${key.keyId}), for auditors:\n${key.publicKeyPem}`);
    return 0;
  }
  try {
    return await verifyFile(parsed, io);
  } catch (error) {
    io.stderr.write(`compliance-verify: ${(error as Error).message}\n`);
    return 2;
  }
};
