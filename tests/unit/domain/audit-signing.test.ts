import { createHash, generateKeyPairSync } from 'node:crypto';
import { generateSigningKey, headMessage, keyIdOf, loadSigningKey, parsePublicKeys, signMessage, verifyMessage } from '../../../server/src/domain/audit-signing';

describe('audit signing keys', () => {
  const generated = generateSigningKey();
  const key = loadSigningKey(generated.privateKeyPem);

  it('reads a PKCS#8 Ed25519 key, also with literal \\n as an environment file writes it', () => {
    expect(key.keyId).toBe(generated.keyId);
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(key.publicKeyPem).toBe(generated.publicKeyPem);
    expect(loadSigningKey(generated.privateKeyPem.replace(/\n/g, '\\n')).keyId).toBe(key.keyId);
  });

  it('names the key id after the SHA-256 of the public key DER', () => {
    const der = key.publicKey.export({ type: 'spki', format: 'der' });
    expect(key.keyId).toBe(createHash('sha256').update(der).digest('hex').slice(0, 16));
    expect(keyIdOf(key.publicKey)).toBe(key.keyId);
  });

  it.each([
    ['not a key', /PKCS#8/],
    [generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), /RSA key; the audit trail is signed with Ed25519/],
    ['-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n', /not a readable PEM/],
    [generated.publicKeyPem, /PKCS#8/],
  ])('refuses %#, without repeating the key', (pem, message) => {
    expect(() => loadSigningKey(pem)).toThrow(message);
    try {
      loadSigningKey(pem);
    } catch (error) {
      expect((error as Error).message).not.toContain('MC4CAQAwBQYDK2Vw');
    }
  });

  it('signs the bare hash of an event, and the head with a message of its own', () => {
    const hash = 'a'.repeat(64);
    const signature = signMessage(hash, key.privateKey);
    expect(Buffer.from(signature, 'base64')).toHaveLength(64);
    expect(verifyMessage(hash, signature, key.publicKey)).toBe(true);
    expect(verifyMessage('b'.repeat(64), signature, key.publicKey)).toBe(false);
    expect(verifyMessage(headMessage(3, hash), signature, key.publicKey)).toBe(false);
    expect(verifyMessage(hash, 'not base64 at all', key.publicKey)).toBe(false);
  });

  it('reads public keys from PEM blocks or from the public-key endpoint’s JSON, indexed by computed id', () => {
    const other = generateSigningKey();
    expect([...parsePublicKeys(`${generated.publicKeyPem}\n${other.publicKeyPem}`).keys()]).toEqual([generated.keyId, other.keyId]);
    const json = JSON.stringify({ data: { keys: [{ keyId: 'ffffffffffffffff', publicKey: other.publicKeyPem }] } });
    expect([...parsePublicKeys(json).keys()]).toEqual([other.keyId]);
    expect(parsePublicKeys('nothing here').size).toBe(0);
    expect(() => parsePublicKeys('{"data":{}}')).toThrow(/GET \/compliance\/audit\/public-key/);
  });
});
