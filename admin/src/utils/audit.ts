/** Audit actions offered as a filter (the server accepts any action string). */
export { AUDIT_ACTIONS } from '../../../shared/contracts/audit';

/**
 * `from`/`to` for calendar days picked in the browser: from the start of the first day to the
 * end of the last, in the user's time zone, as UTC instants.
 */
export const dayRange = (from: Date | undefined, to: Date | undefined): { from?: string; to?: string } => {
  const range: { from?: string; to?: string } = {};
  if (from) range.from = new Date(from.getFullYear(), from.getMonth(), from.getDate(), 0, 0, 0, 0).toISOString();
  if (to) range.to = new Date(to.getFullYear(), to.getMonth(), to.getDate(), 23, 59, 59, 999).toISOString();
  return range;
};

/** One PEM file with every public key, as `compliance-verify --public-key` reads it. */
export const publicKeysPem = (keys: Array<{ keyId: string; publicKey: string }>) =>
  keys.map((key) => `# key id ${key.keyId}\n${key.publicKey.trim()}\n`).join('');
