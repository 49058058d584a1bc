import type { Core } from '@strapi/strapi';
import type { ChainHead } from '../domain/audit-chain';
import { headMessage, signMessage } from '../domain/audit-signing';
import { getService } from '../utils/get-service';

/** What a witness receives: the chain head, signed like the head row (README, "Witness"). */
export interface WitnessedHead {
  chain: string;
  seq: number;
  hash: string;
  signedAt: string;
  keyId?: string;
  signature?: string;
}

const POST_TIMEOUT_MS = 10000;

/**
 * Sends the signed chain head to a URL outside the database every N events or M minutes, so a
 * later truncation or rollback of the database contradicts a record its operators cannot reach.
 */
export const createAuditWitness = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => getService(strapi, 'settings').config().audit.witness;
  let latest: ChainHead | undefined;
  let sent: ChainHead | undefined;
  let sinceSent = 0;
  let sending: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const post = async (head: ChainHead) => {
    const witness = config();
    if (!witness) return;
    const key = getService(strapi, 'audit-keys').signer();
    const body: WitnessedHead = {
      chain: 'main',
      seq: head.seq,
      hash: head.hash,
      signedAt: new Date().toISOString(),
      ...(key ? { keyId: key.keyId, signature: signMessage(headMessage(head.seq, head.hash), key.privateKey) } : {}),
    };
    try {
      const response = await fetch(witness.url, {
        method: 'POST',
        headers: { ...witness.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(POST_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      if (!sent || head.seq > sent.seq) sent = head;
      sinceSent = 0;
    } catch (error) {
      // Tried again with the next event or tick; the chain itself is not affected.
      strapi.log.warn(`compliance: the audit witness did not take head ${head.seq}: ${String(error)}`);
    }
  };

  /** Sends the newest head this process committed, unless the witness has it already. */
  const flush = async () => {
    while (sending) await sending;
    if (!latest || (sent && latest.seq <= sent.seq)) return;
    sending = post(latest).finally(() => {
      sending = undefined;
    });
    await sending;
  };

  /** Called for every committed append of this process. */
  const observe = (head: ChainHead) => {
    const witness = config();
    if (!witness) return;
    if (!latest || head.seq > latest.seq) latest = head;
    sinceSent += 1;
    if (sinceSent >= witness.everyEvents) void flush();
  };

  const start = () => {
    const witness = config();
    if (!witness) return;
    timer = setInterval(() => void flush(), witness.everyMinutes * 60000);
    timer.unref();
  };

  const stop = async () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    while (sending) await sending;
  };

  return { observe, flush, start, stop };
};
