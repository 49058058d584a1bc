import type { ErrorBody } from '../../../shared/contracts/common';
import { ERROR_CODES } from '../../../shared/error-codes';

/** A request failure reduced to what the UI shows. */
export interface ApiFailure {
  /** HTTP status, when the server answered. */
  status: number | null;
  name: string;
  message: string;
  /** `details.errors` keyed by the joined path (`representative.name`, `purposes.0`); `''` holds errors without a path. */
  fieldErrors: FieldErrors;
  details: Record<string, unknown>;
}

export type FieldErrors = Record<string, string>;

type ErrorDetails = NonNullable<ErrorBody['error']['details']>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export const pathKey = (path: ReadonlyArray<string | number>) => path.map(String).join('.');

/**
 * Strapi's `{ path, message }` list as one message per field. Several problems on the same field
 * are joined so none is lost.
 */
export const mapFieldErrors = (errors: ErrorDetails['errors'] | undefined): FieldErrors => {
  const result: FieldErrors = {};
  for (const error of errors ?? []) {
    if (!error || typeof error.message !== 'string') continue;
    const key = pathKey(Array.isArray(error.path) ? error.path : []);
    result[key] = result[key] && result[key] !== error.message ? `${result[key]}; ${error.message}` : error.message;
  }
  return result;
};

/** The message of `key` and of every path below it (`scope.channels` also shows `scope.channels.0`). */
export const errorsUnder = (errors: FieldErrors, key: string): string | undefined => {
  const messages = Object.entries(errors)
    .filter(([path]) => path === key || path.startsWith(`${key}.`))
    .map(([, message]) => message);
  return messages.length ? messages.join('; ') : undefined;
};

/** Errors no displayed field claims, so a form can still list them. */
export const unclaimedErrors = (errors: FieldErrors, claimed: readonly string[]): string[] =>
  Object.entries(errors)
    .filter(([path]) => !claimed.some((key) => path !== '' && (path === key || path.startsWith(`${key}.`))))
    .map(([, message]) => message);

/** Strapi's `error` object itself, as the admin store's queries and mutations report it. */
const isApiErrorObject = (error: unknown): error is Partial<ErrorBody['error']> =>
  isRecord(error) && !(error instanceof Error) && typeof error.message === 'string' && typeof error.name === 'string';

/**
 * Normalises a failed request: what the admin fetch client throws (a `FetchError` with `status`
 * and, for JSON answers, `response.data` holding Strapi's `{ data: null, error }` body), or the
 * `error` a query or mutation of the admin store reports (Strapi's error object itself).
 */
export const toApiFailure = (error: unknown): ApiFailure => {
  const status = isRecord(error) && typeof error.status === 'number' ? error.status : null;
  const body = isRecord(error) && isRecord(error.response) && isRecord(error.response.data) ? error.response.data : null;
  const apiError = body && isRecord(body.error) ? (body.error as Partial<ErrorBody['error']>) : isApiErrorObject(error) ? error : null;
  const details = apiError && isRecord(apiError.details) ? (apiError.details as ErrorDetails) : {};
  const fallback = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';
  return {
    status: typeof apiError?.status === 'number' ? apiError.status : status,
    name: typeof apiError?.name === 'string' ? apiError.name : error instanceof Error ? error.name : 'UnknownError',
    message: typeof apiError?.message === 'string' && apiError.message ? apiError.message : fallback,
    fieldErrors: mapFieldErrors(Array.isArray(details.errors) ? details.errors : undefined),
    details,
  };
};

/** The answer for a uid that is not a content type marked for compliance. */
export const isUnmarkedTypeFailure = (failure: ApiFailure) => failure.details.code === ERROR_CODES.unmarkedType;

/** A failure to show, or null while there is none (a query's or mutation's `error`). */
export const failureOf = (error: unknown): ApiFailure | null => (error === undefined || error === null ? null : toApiFailure(error));
