import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Ed25519 signatures of the audit chain (README, "Signed events"). An event's signature covers its
 * `hash`, which covers every event before it, so one good signature vouches for the whole history
 * up to that event. The chain head is signed too, with a message that cannot be mistaken for an
 * event's.
 */

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SubjectPublicKeyInfo, PEM. */
  publicKeyPem: string;
  keyId: string;
}

/** A public key by its id, for checking signatures. */
export type KeyRing = ReadonlyMap<string, KeyObject>;

/** The first 16 hex characters of the SHA-256 of the public key's DER (SubjectPublicKeyInfo). */
export const keyIdOf = (publicKey: KeyObject): string =>
  createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);

const pemOf = (publicKey: KeyObject) => publicKey.export({ type: 'spki', format: 'pem' }).toString();

/**
 * Reads an Ed25519 private key in PEM (PKCS#8). Environment files often carry a PEM on one line
 * with literal `\n`, so those are read as line breaks. Errors never repeat the key material.
 */
export const loadSigningKey = (pem: string): SigningKey => {
  const text = pem.includes('\\n') ? pem.replace(/\\n/g, '\n') : pem;
  if (!/-----BEGIN PRIVATE KEY-----/.test(text)) {
    throw new Error('must be an Ed25519 private key in PEM, PKCS#8 ("-----BEGIN PRIVATE KEY-----")');
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: text, format: 'pem' });
  } catch {
    throw new Error('is not a readable PEM private key (PKCS#8)');
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`is an ${String(privateKey.asymmetricKeyType).toUpperCase()} key; the audit trail is signed with Ed25519`);
  }
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyPem: pemOf(publicKey), keyId: keyIdOf(publicKey) };
};

/** A new key pair: the private key as PKCS#8 PEM for COMPLIANCE_AUDIT_SIGNING_KEY, the public key to give auditors. */
export const generateSigningKey = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKeyPem: pemOf(publicKey), keyId: keyIdOf(publicKey) };
};

/** Base64 Ed25519 signature of a message. */
export const signMessage = (message: string, privateKey: KeyObject): string => sign(null, Buffer.from(message), privateKey).toString('base64');

export const verifyMessage = (message: string, signature: string, publicKey: KeyObject): boolean => {
  try {
    return verify(null, Buffer.from(message), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
};

/** What the chain head's signature covers: distinct from an event's message (its bare 64-character hash). */
export const headMessage = (seq: number, hash: string) => `compliance-audit-head\n${seq}\n${hash}`;

const PEM_BLOCK = /-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g;

/**
 * Public keys from text an auditor holds: one or more PEM blocks, or the JSON answer of
 * `GET /compliance/audit/public-key`. Each is indexed by its computed key id, never by a claimed one.
 */
export const parsePublicKeys = (text: string): Map<string, KeyObject> => {
  let pems: string[] = text.match(PEM_BLOCK) ?? [];
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = JSON.parse(trimmed) as unknown;
    const keys = Array.isArray(parsed) ? parsed : (parsed as { data?: { keys?: unknown } })?.data?.keys;
    if (!Array.isArray(keys)) throw new Error('JSON public keys must be the answer of GET /compliance/audit/public-key');
    pems = keys.map((key) => String((key as { publicKey?: unknown }).publicKey ?? ''));
  }
  const ring = new Map<string, KeyObject>();
  for (const pem of pems) {
    const key = createPublicKey({ key: pem, format: 'pem' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`a ${String(key.asymmetricKeyType)} public key was given; audit signatures are Ed25519`);
    ring.set(keyIdOf(key), key);
  }
  return ring;
};
