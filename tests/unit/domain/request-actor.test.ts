import { actorFrom } from '../../../server/src/services/request-actor';

describe('actorFrom', () => {
  it('tells admins, API tokens, end users and the system apart', () => {
    expect(actorFrom({ state: { user: { id: 3, email: 'a@x.example' }, auth: { strategy: { name: 'admin' } } } })).toEqual({ type: 'admin', id: 3, email: 'a@x.example' });
    expect(actorFrom({ state: { auth: { strategy: { name: 'content-api-token' }, credentials: { id: 9 } } } })).toEqual({ type: 'api-token', id: 9 });
    // A Users & Permissions user is an end user, recorded by id only.
    expect(actorFrom({ state: { user: { id: 12, email: 'patient@x.example' }, auth: { strategy: { name: 'users-permissions' } } } })).toEqual({ type: 'end-user', id: 12 });
    expect(actorFrom({ state: {} })).toEqual({ type: 'system', id: null });
    expect(actorFrom(undefined)).toEqual({ type: 'system', id: null });
  });
});
