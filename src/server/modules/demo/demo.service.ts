import { randomUUID } from 'node:crypto';
import type { Role } from '../../../contract/roles.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { recordAuditEvent } from '../audit/index.js';
import { countOrganizations, createOrganization } from '../organizations/index.js';
import { insertPeople } from '../people/index.js';
import { hashUserPassword, insertUsers } from '../users/index.js';
import { generateDemoPeople, type DemoPerson } from './demo.people.js';

export const demoOrganizationName = 'Northwind Aviation (demo)';
export const demoPassword = 'tandem-demo';

export type DemoLogin = { role: Role; email: string; displayName: string };
export type DemoSummary = { organizationName: string; peopleCount: number; password: string; logins: DemoLogin[] };

function findPerson(people: DemoPerson[], test: (person: DemoPerson) => boolean, what: string): DemoPerson {
  const person = people.find(test);
  if (!person) throw new Error(`Demo data has no ${what}.`);
  return person;
}

/** True when the database has no organization yet: the first start of a fresh install. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  return (await countOrganizations(db)) === 0;
}

/** Creates the demo organization: about 200 people in a realistic hierarchy and one login per role. */
export async function createDemoOrganization(
  deps: { db: Database; clock: Clock },
  context: RequestContext,
): Promise<DemoSummary> {
  const demoPeople = generateDemoPeople(200);
  const participant = findPerson(
    demoPeople,
    (p) => p.tier === 'middle_manager' && p.department === 'Sales',
    'sales middle manager',
  );
  const manager = demoPeople[participant.managerKey!]!;
  const logins: { role: Role; email: string; person: DemoPerson | null; displayName?: string }[] = [
    {
      role: 'admin',
      email: 'admin@northwind.example',
      person: findPerson(demoPeople, (p) => p.title === 'Director of Learning and Development', 'L&D director'),
    },
    { role: 'coach', email: 'coach@northwind.example', person: null, displayName: 'Casey Morgan' },
    {
      role: 'mentor',
      email: 'mentor@northwind.example',
      person: findPerson(
        demoPeople,
        (p) => p.tier === 'senior_leader' && p.department === 'Engineering',
        'engineering senior leader',
      ),
    },
    { role: 'participant', email: 'participant@northwind.example', person: participant },
    {
      role: 'sponsor',
      email: 'sponsor@northwind.example',
      person: findPerson(demoPeople, (p) => p.title === 'Chief Operating Officer', 'COO'),
    },
    { role: 'manager', email: 'manager@northwind.example', person: manager },
  ];
  // Hash before the transaction: PGlite has one connection, so transactions stay short.
  const passwordHash = await hashUserPassword(demoPassword);
  const ids = demoPeople.map(() => randomUUID());

  await deps.db.transaction(async (tx) => {
    const organization = await createOrganization(tx, { name: demoOrganizationName });
    await insertPeople(
      tx,
      demoPeople.map(({ key, managerKey, ...fields }) => ({
        ...fields,
        id: ids[key]!,
        orgId: organization.orgId,
        managerId: managerKey === null ? null : ids[managerKey]!,
      })),
    );
    const users = await insertUsers(
      tx,
      logins.map((login) => ({
        orgId: organization.orgId,
        email: login.email,
        displayName: login.person?.name ?? login.displayName ?? login.email,
        passwordHash,
        roles: [login.role],
        personId: login.person ? ids[login.person.key]! : null,
      })),
    );
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: organization.orgId,
      actorUserId: null,
      action: 'demo.created',
      targetType: 'organization',
      targetId: organization.orgId,
      details: { people: demoPeople.length, users: users.length },
    });
  });
  return {
    organizationName: demoOrganizationName,
    peopleCount: demoPeople.length,
    password: demoPassword,
    logins: logins.map((login) => ({
      role: login.role,
      email: login.email,
      displayName: login.person?.name ?? login.displayName ?? login.email,
    })),
  };
}
