import { readFile } from 'node:fs/promises';
import { errors } from '@strapi/utils';
import { detectEvidenceType, evidenceFileName, evidenceProblem, sizeProblem, type EvidencePolicy, type EvidenceProblem } from '../domain/evidence';
import { ERROR_CODES } from '../../../shared/error-codes';

/** A file as Strapi's body parser (koa-body, formidable) leaves it in `ctx.request.files`. */
export interface UploadedFile {
  filepath: string;
  size: number;
  originalFilename?: string | null;
  mimetype?: string | null;
}

export const EVIDENCE_FILE_FIELD = 'files.evidence';

type Problem = { path: string[]; message: string; name: 'ValidationError' };

const problem = (path: string[], message: string): Problem => ({ path, message, name: 'ValidationError' });

const isUploadedFile = (value: unknown): value is UploadedFile =>
  Boolean(value) && typeof value === 'object' && typeof (value as UploadedFile).filepath === 'string' && typeof (value as UploadedFile).size === 'number';

/** Every file of the request, so the caller can delete them whatever happens. */
export const uploadedFiles = (files: unknown): UploadedFile[] =>
  files && typeof files === 'object' ? Object.values(files as Record<string, unknown>).flat().filter(isUploadedFile) : [];

/**
 * A multipart POST /consents, in Strapi's convention: the consent as JSON in the field `data`, the
 * signed form in the file field `files.evidence`. Anything else is refused, every problem listed.
 */
export const readConsentMultipart = (fields: unknown, files: unknown): { input: unknown; evidence: UploadedFile | null } => {
  const problems: Problem[] = [];
  const form = (fields && typeof fields === 'object' ? fields : {}) as Record<string, unknown>;
  for (const key of Object.keys(form)) {
    if (key !== 'data') problems.push(problem([key], `unknown field "${key}": send the consent as JSON in "data" and the signed form as the file "${EVIDENCE_FILE_FIELD}"`));
  }
  let input: unknown;
  if (typeof form.data !== 'string') {
    problems.push(problem(['data'], 'data is required: the consent as a JSON string'));
  } else {
    try {
      input = JSON.parse(form.data);
    } catch {
      problems.push(problem(['data'], 'data must be valid JSON'));
    }
  }
  const byField = (files && typeof files === 'object' ? files : {}) as Record<string, unknown>;
  for (const key of Object.keys(byField)) {
    if (key !== EVIDENCE_FILE_FIELD) problems.push(problem([key], `unknown file field "${key}" (allowed: ${EVIDENCE_FILE_FIELD})`));
  }
  const sent = byField[EVIDENCE_FILE_FIELD];
  if (Array.isArray(sent)) problems.push(problem(['evidence'], 'send one evidence file'));
  if (problems.length) throw new errors.ValidationError(`${problems.length} problem(s) in the upload`, { code: ERROR_CODES.invalidInput, errors: problems });
  return { input, evidence: isUploadedFile(sent) ? sent : null };
};

const EVIDENCE_CODES: Record<EvidenceProblem['code'], string> = {
  'too-large': ERROR_CODES.evidenceTooLarge,
  type: ERROR_CODES.evidenceType,
  empty: ERROR_CODES.invalidInput,
};

export interface EvidenceCheckResult {
  upload: { bytes: Buffer; name: string; mime: string } | null;
  problem: (Problem & { code: string }) | null;
}

/** Reads the uploaded file and checks it against the configured size limit and types, on its bytes. */
export const checkEvidenceFile = async (file: UploadedFile, policy: EvidencePolicy): Promise<EvidenceCheckResult> => {
  const refuse = (found: EvidenceProblem): EvidenceCheckResult => ({
    upload: null,
    problem: { ...problem(['evidence'], found.message), code: EVIDENCE_CODES[found.code] },
  });
  const bySize = sizeProblem(file.size, policy);
  if (bySize) return refuse(bySize);
  const bytes = await readFile(file.filepath);
  const mime = detectEvidenceType(bytes, file.mimetype);
  const found = evidenceProblem(bytes.length, mime, policy);
  if (found) return refuse(found);
  if (!mime) return refuse({ code: 'type', message: 'The evidence file is not a recognised type' });
  return { upload: { bytes, name: evidenceFileName(file.originalFilename, mime), mime }, problem: null };
};
