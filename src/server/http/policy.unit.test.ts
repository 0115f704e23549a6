import { describe, expect, it } from 'vitest';
import { authorize, type Actor } from './policy.js';

const actor: Actor = {
  userId: 'u1',
  orgId: 'org-a',
  roles: ['participant'],
  personId: null,
  sessionId: 's1',
  csrfToken: 'c',
};

describe('authorize', () => {
  it('asks an anonymous caller to sign in', () => {
    expect(() => authorize(null, 'me.read')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('reports a record of another organization as missing, not forbidden', () => {
    expect(() => authorize(actor, 'me.read', { orgId: 'org-b' })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('lets a signed-in user read themselves and sign out', () => {
    expect(authorize(actor, 'me.read', { orgId: 'org-a' })).toBe(actor);
    expect(authorize(actor, 'session.end')).toBe(actor);
  });
});
