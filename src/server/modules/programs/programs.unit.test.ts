import { describe, expect, it } from 'vitest';
import * as contract from '../../../contract/programs.js';
import * as domain from '../../../domain/programs/index.js';
import { authorize, type Actor } from '../../http/policy.js';

// The contract may not import the domain, so this test is the one place that holds them together.
describe('the programs contract stays in step with the domain', () => {
  it('has the same lists of types, purposes, statuses, cadences, frameworks, outcome kinds and roles', () => {
    expect(contract.programTypes).toEqual(domain.programTypes);
    expect(contract.programPurposes).toEqual(domain.programPurposes);
    expect(contract.programStatuses).toEqual(domain.programStatuses);
    expect(contract.programSessionCadences).toEqual(domain.sessionCadences);
    expect(contract.programSessionFrameworks).toEqual(domain.sessionFrameworks);
    expect(contract.programOutcomeKinds).toEqual(domain.outcomeKinds);
    expect(contract.programEnrollmentRoles).toEqual(domain.enrollmentRoles);
  });

  it('lets a default mentor or coach capacity through the contract', () => {
    for (const role of ['mentor', 'coach'] as const) {
      const capacity = domain.defaultCapacity(role);
      expect(
        contract.ProgramEnrollmentCreate.safeParse({ personId: crypto.randomUUID(), role, capacity }).success,
      ).toBe(true);
    }
  });
});

describe('who may work with programs', () => {
  const admin: Actor = {
    userId: 'u1',
    orgId: 'org-a',
    roles: ['admin'],
    personId: null,
    sessionId: 's1',
    csrfToken: 'c',
  };
  const sponsor: Actor = { ...admin, roles: ['sponsor', 'participant'] };
  const actions = ['program.create', 'program.read', 'program.update', 'program.enroll'] as const;

  it('lets an admin do everything in their own organization', () => {
    for (const action of actions) expect(authorize(admin, action, { orgId: 'org-a' })).toBe(admin);
  });

  it('forbids everyone else, and hides other organizations’ programs', () => {
    for (const action of actions) {
      expect(() => authorize(sponsor, action)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
      expect(() => authorize(admin, action, { orgId: 'org-b' })).toThrow(
        expect.objectContaining({ code: 'NOT_FOUND' }),
      );
      expect(() => authorize(null, action)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    }
  });
});
