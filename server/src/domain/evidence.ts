import { createHash } from 'node:crypto';

/**
 * The signed-authorization file of a consent: which file types the plugin recognises from their
 * bytes, and how a file is split for storage. Pure functions, no Strapi.
 */

/** Every type the plugin can recognise from a file's first bytes; `evidence.mimeTypes` picks among them. */
export const EVIDENCE_MIME_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'audio/mpeg',
  'audio/aac',
  'audio/mp4',
  'audio/wav',
  'audio/ogg',
  'audio/webm',
  'audio/flac',
  'video/mp4',
  'video/quicktime',
  'video/webm',
  'video/ogg',
] as const;

export type EvidenceMimeType = (typeof EVIDENCE_MIME_TYPES)[number];

export const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** Raw bytes per stored part: 1 MiB, about 1.4 MB of base64, far below MySQL's smallest `max_allowed_packet` default (4 MB). */
export const EVIDENCE_CHUNK_BYTES = 1024 * 1024;

const ALIASES: Record<string, EvidenceMimeType> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'audio/mp3': 'audio/mpeg',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-flac': 'audio/flac',
  'audio/x-aac': 'audio/aac',
  'application/x-pdf': 'application/pdf',
};

/** A declared MIME type in its canonical spelling (parameters and case dropped). */
export const canonicalMime = (declared: string | null | undefined): string | null => {
  if (!declared) return null;
  const base = declared.split(';')[0].trim().toLowerCase();
  return ALIASES[base] ?? base;
};

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((value, index) => bytes[at + index] === value);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/**
 * The types a file's bytes can be, most likely first. Containers that hold audio or video (MP4,
 * WebM, Ogg) give both; the declared type chooses between them in `detectEvidenceType`.
 */
export const candidateTypes = (bytes: Uint8Array): EvidenceMimeType[] => {
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return ['application/pdf'];
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ['image/png'];
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ['image/jpeg'];
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WAVE') return ['audio/wav'];
  if (ascii(bytes, 0, 4) === 'fLaC') return ['audio/flac'];
  if (ascii(bytes, 0, 4) === 'OggS') return ['audio/ogg', 'video/ogg'];
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return ascii(bytes, 0, 64).includes('webm') ? ['video/webm', 'audio/webm'] : [];
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (['M4A ', 'M4B ', 'M4P ', 'F4A '].includes(brand)) return ['audio/mp4'];
    if (brand === 'qt  ') return ['video/quicktime'];
    return ['video/mp4', 'audio/mp4'];
  }
  if (ascii(bytes, 0, 3) === 'ID3') return ['audio/mpeg'];
  if (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0) {
    // MPEG audio frame sync: layer bits 00 are ADTS (AAC), any other layer is MP3.
    return (bytes[1] & 0x06) === 0 ? ['audio/aac'] : ['audio/mpeg'];
  }
  return [];
};

/** The file's type as its bytes show it (the declared type only picks among what the bytes allow), or null. */
export const detectEvidenceType = (bytes: Uint8Array, declared?: string | null): EvidenceMimeType | null => {
  const candidates = candidateTypes(bytes);
  if (!candidates.length) return null;
  const wanted = canonicalMime(declared);
  return candidates.find((type) => type === wanted) ?? candidates[0];
};

export interface EvidencePolicy {
  maxBytes: number;
  mimeTypes: readonly string[];
}

export interface EvidenceProblem {
  code: 'too-large' | 'empty' | 'type';
  message: string;
}

/** Whether a file of this size can be stored at all (checked before its bytes are read). */
export const sizeProblem = (size: number, policy: Pick<EvidencePolicy, 'maxBytes'>): EvidenceProblem | null => {
  if (size === 0) return { code: 'empty', message: 'The evidence file is empty' };
  if (size > policy.maxBytes) {
    return { code: 'too-large', message: `The evidence file is ${size} bytes; the limit is ${policy.maxBytes} bytes (evidence.maxBytes)` };
  }
  return null;
};

/** Why a file cannot be stored as evidence, or null when it can. */
export const evidenceProblem = (size: number, type: EvidenceMimeType | null, policy: EvidencePolicy): EvidenceProblem | null => {
  const bySize = sizeProblem(size, policy);
  if (bySize) return bySize;
  if (!type || !policy.mimeTypes.includes(type)) {
    return {
      code: 'type',
      message: `The evidence file's content is ${type ? type : 'not a recognised type'}; allowed: ${policy.mimeTypes.join(', ')} (checked on the bytes, not the file name)`,
    };
  }
  return null;
};

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Base64 parts of at most `size` raw bytes each, in order. */
export const toBase64Parts = (bytes: Buffer, size = EVIDENCE_CHUNK_BYTES): string[] => {
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) parts.push(bytes.subarray(offset, offset + size).toString('base64'));
  return parts;
};

export const fromBase64Parts = (parts: string[]): Buffer => Buffer.concat(parts.map((part) => Buffer.from(part, 'base64')));

const EXTENSIONS: Record<EvidenceMimeType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'audio/mpeg': 'mp3',
  'audio/aac': 'aac',
  'audio/mp4': 'm4a',
  'audio/wav': 'wav',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
  'audio/flac': 'flac',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'video/ogg': 'ogv',
};

/** A file name safe to store and to send back in Content-Disposition: no directories, no control characters, at most 200 characters. */
export const evidenceFileName = (original: string | null | undefined, type: EvidenceMimeType): string => {
  const base = (original ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '_').trim().slice(-200);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : `signed-authorization.${EXTENSIONS[type]}`;
};
