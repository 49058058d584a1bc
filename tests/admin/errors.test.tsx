import { errorsUnder, isUnmarkedTypeFailure, mapFieldErrors, toApiFailure, unclaimedErrors } from '../../admin/src/utils/errors';

/** What the admin fetch client throws for a JSON error answer. */
const fetchError = (status: number, error: Record<string, unknown>) =>
  Object.assign(new Error(String(error.message)), { name: 'FetchError', status, response: { data: { data: null, error: { status, ...error } } } });

describe('server validation errors → form field messages', () => {
  it('keys each message by its joined path and keeps every problem on the same field', () => {
    expect(
      mapFieldErrors([
        { path: ['subjectName'], message: 'subjectName (the individual) is required', name: 'ValidationError' },
        { path: ['representative', 'authority'], message: 'representative.authority is required', name: 'ValidationError' },
        { path: ['purposes', '0'], message: 'each purpose must be a non-empty string', name: 'ValidationError' },
        { path: ['expiresAt'], message: 'expiresAt must be after signedAt', name: 'ValidationError' },
        { path: ['expiresAt'], message: 'expiresAt must be in the future', name: 'ValidationError' },
        { path: [], message: 'unknown fields: foo', name: 'ValidationError' },
      ]),
    ).toEqual({
      subjectName: 'subjectName (the individual) is required',
      'representative.authority': 'representative.authority is required',
      'purposes.0': 'each purpose must be a non-empty string',
      expiresAt: 'expiresAt must be after signedAt; expiresAt must be in the future',
      '': 'unknown fields: foo',
    });
  });

  it('shows a group’s own message and those of its items together', () => {
    const errors = {
      'scope.channels': 'scope.channels must list at least one channel',
      'scope.channels.1': 'each channel must be a non-empty string',
      'scope.media.0': 'bad medium',
    };
    expect(errorsUnder(errors, 'scope.channels')).toBe('scope.channels must list at least one channel; each channel must be a non-empty string');
    expect(errorsUnder(errors, 'scope.media')).toBe('bad medium');
    // A prefix of a word is not a parent path.
    expect(errorsUnder({ purposesExtra: 'x' }, 'purposes')).toBeUndefined();
  });

  it('lists the messages no displayed field claims, including those without a path', () => {
    const errors = { subjectName: 'required', 'statements.conditioning': 'must be true', evidence: 'must be a number', '': 'unknown fields: foo' };
    expect(unclaimedErrors(errors, ['subjectName', 'statements'])).toEqual(['must be a number', 'unknown fields: foo']);
  });
});

describe('request failures', () => {
  it('reads status, message and field errors from a Strapi error body', () => {
    const failure = toApiFailure(
      fetchError(400, {
        name: 'ValidationError',
        message: '2 errors occurred',
        details: { errors: [{ path: ['password'], message: 'Incorrect password', name: 'ValidationError' }] },
      }),
    );
    expect(failure).toMatchObject({
      status: 400,
      name: 'ValidationError',
      message: '2 errors occurred',
      fieldErrors: { password: 'Incorrect password' },
    });
  });

  it('copes with failures that carry no body (network errors, blob downloads)', () => {
    expect(toApiFailure(Object.assign(new Error('Server Error'), { status: 500 }))).toMatchObject({
      status: 500,
      message: 'Server Error',
      fieldErrors: {},
    });
    expect(toApiFailure(new TypeError('Failed to fetch'))).toMatchObject({ status: null, message: 'Failed to fetch' });
    expect(toApiFailure('boom')).toMatchObject({ status: null, message: 'boom' });
  });

  it('recognises the checks endpoint’s answer for a type that is not marked', () => {
    const message = '"api::page.page" is not a content type marked for compliance';
    const unmarked = toApiFailure(fetchError(400, { name: 'ValidationError', message, details: { code: 'UNMARKED_TYPE' } }));
    expect(isUnmarkedTypeFailure(unmarked)).toBe(true);
    // The code decides, never the English message.
    expect(isUnmarkedTypeFailure(toApiFailure(fetchError(400, { name: 'ValidationError', message })))).toBe(false);
    expect(isUnmarkedTypeFailure(toApiFailure(fetchError(400, { name: 'ValidationError', message: 'locale is invalid' })))).toBe(false);
    expect(isUnmarkedTypeFailure(toApiFailure(fetchError(403, { name: 'PolicyError', message: 'Policy Failed' })))).toBe(false);
  });
});
