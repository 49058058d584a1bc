import { errors } from '@strapi/utils';

/**
 * A 409 with Strapi's usual error body `{ data: null, error: { status, name, message, details } }`.
 * @strapi/utils has no conflict error, and Strapi's error middleware formats any other
 * ApplicationError as a 400; an http-errors `HttpError` it formats with its own status. The
 * http-errors constructor refuses to be called by a subclass, so the prototype is linked instead.
 */
export class ConflictError<TDetails extends Record<string, unknown>> extends Error {
  readonly status = 409;
  readonly statusCode = 409;
  readonly expose = true;
  readonly details: TDetails;

  constructor(message: string, details: TDetails) {
    super(message);
    this.name = 'ConflictError';
    this.details = details;
  }
}
Object.setPrototypeOf(ConflictError.prototype, errors.HttpError.prototype);
