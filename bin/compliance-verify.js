#!/usr/bin/env node
'use strict';

/**
 * Verifies an NDJSON export of the compliance audit trail offline:
 *   hash = sha256hex(prevHash + "\n" + JCS({ seq, occurredAt, action, actor, subject, data }))
 * with RFC 8785 canonical JSON, a genesis prevHash of 64 zeros and seq 1, 2, 3, … without gaps.
 * A filtered export is checked for linkage only where consecutive seqs are present.
 * Exit code 0: valid; 1: broken (the first bad seq is printed); 2: usage or read error.
 */
const fs = require('node:fs');
const readline = require('node:readline');
const { createHash } = require('node:crypto');

const canonicalize = (value) => {
  if (value === null || typeof value !== 'object') return value === undefined ? 'null' : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalize(item))).join(',')}]`;
  const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalize(value[key])}`).join(',')}}`;
};

const hashOf = (event) =>
  createHash('sha256')
    .update(`${event.prevHash}\n${canonicalize({ seq: event.seq, occurredAt: event.occurredAt, action: event.action, actor: event.actor, subject: event.subject, data: event.data })}`)
    .digest('hex');

async function main() {
  const args = process.argv.slice(2);
  const partial = args.includes('--partial');
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file || args.includes('--help')) {
    process.stderr.write('usage: compliance-verify <export.ndjson> [--partial]\n  --partial  the export was filtered: check each event\'s hash, and links only between consecutive seqs\n');
    return 2;
  }
  const input = file === '-' ? process.stdin : fs.createReadStream(file);
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let previous = null;
  let count = 0;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    if (!line.trim()) continue;
    let event;
    try {
      event = JSON.parse(line);
    } catch {
      process.stdout.write(`INVALID: line ${lineNo} is not JSON\n`);
      return 1;
    }
    count += 1;
    const fail = (reason) => {
      process.stdout.write(`INVALID at seq ${event.seq}: ${reason}\n`);
      return 1;
    };
    if (!partial) {
      const expectedSeq = previous ? previous.seq + 1 : 1;
      if (event.seq !== expectedSeq) return fail(`expected seq ${expectedSeq} (an event is missing or out of order)`);
      const expectedPrev = previous ? previous.hash : '0'.repeat(64);
      if (event.prevHash !== expectedPrev) return fail('prevHash does not match the previous event');
    } else if (previous && event.seq === previous.seq + 1 && event.prevHash !== previous.hash) {
      return fail('prevHash does not match the previous event');
    }
    if (hashOf(event) !== event.hash) return fail('the event was changed after it was recorded (hash mismatch)');
    previous = event;
  }
  process.stdout.write(`VALID: ${count} event(s)${previous ? `, last seq ${previous.seq}, head ${previous.hash}` : ''}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`compliance-verify: ${error.message}\n`);
    process.exit(2);
  }
);
