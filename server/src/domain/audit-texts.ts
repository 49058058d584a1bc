import { createHash, randomBytes, randomUUID } from 'node:crypto';

/**
 * Free text people type (a revocation reason, a review comment) can carry PHI, so it is kept
 * beside the chain and can be redacted. The event's data holds only a reference and a salted
 * digest; the salt keeps a short text from being guessed back from the digest.
 */
export interface TextReference {
  textRef: string;
  digest: string;
}

/** A stored text as an export shows it: the text and salt while it exists, only the date once redacted. */
export type ExportedText = { text: string; salt: string } | { redactedAt: string };

export const REDACTED = '[redacted]';

export const textDigest = (salt: string, text: string): string => createHash('sha256').update(`${salt}\n${text}`).digest('hex');

export const newText = (text: string) => {
  const salt = randomBytes(16).toString('hex');
  return { ref: randomUUID(), salt, digest: textDigest(salt, text) };
};

export const isTextReference = (value: unknown): value is TextReference =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as TextReference).textRef === 'string' &&
  typeof (value as TextReference).digest === 'string' &&
  Object.keys(value).length === 2;

/** Text references sit at the top level of an event's data (e.g. `data.reason`, `data.comment`). */
export const textReferencesOf = (data: Record<string, unknown>): TextReference[] => Object.values(data).filter(isTextReference);

/** Whether an exported text is the one whose digest the chain holds (redacted texts cannot be checked). */
export const textMatches = (reference: TextReference, exported: ExportedText | undefined): boolean =>
  !exported || !('text' in exported) || textDigest(exported.salt, exported.text) === reference.digest;
