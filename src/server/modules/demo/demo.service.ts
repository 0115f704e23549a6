import { randomUUID } from 'node:crypto';
import { addMonths } from '../../../domain/engagements/index.js';
import type { Role } from '../../../contract/roles.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { recordAuditEvent } from '../audit/index.js';
import { countOrganizations, createOrganization } from '../organizations/index.js';
import { insertPeople } from '../people/index.js';
import { insertEnrollments, insertProgram, replaceOutcomes } from '../programs/index.js';
import { hashUserPassword, insertUsers } from '../users/index.js';
import { generateDemoPeople, type DemoPerson } from './demo.people.js';
import { planDemoPrograms } from './demo.programs.js';
import { insertDemoEngagement } from './demo.engagements.js';
import { seedDemoOutcomes } from './demo.outcomes.js';
import { seedDemoSuccession } from './demo.succession.js';
import { seedDemoFeedbackExchange } from './demo.feedback.js';

export const demoOrganizationName = 'Northwind Aviation (demo)';
export const demoPassword = 'tandem-demo';

export type DemoLogin = { role: Role; email: string; displayName: string };
export type DemoSummary = {
  organizationName: string;
  peopleCount: number;
  programCount: number;
  password: string;
  logins: DemoLogin[];
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

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
    {
      role: 'coach',
      email: 'coach@northwind.example',
      // An internal coach from Learning and Development.
      person: findPerson(demoPeople, (p) => p.title === 'Manager, Learning and Development', 'L&D manager'),
    },
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
  const sponsor = logins.find((login) => login.role === 'sponsor')!.person!;
  const programs = planDemoPrograms(demoPeople, {
    participantKey: participant.key,
    mentorKey: logins.find((login) => login.role === 'mentor')!.person!.key,
    coachKey: logins.find((login) => login.role === 'coach')!.person!.key,
  });
  // Programs start three weeks after the demo is made and run a year.
  const now = deps.clock.now();
  const startDate = new Date(now.getTime() + 21 * 86_400_000);
  const endDate = new Date(startDate.getTime() + 364 * 86_400_000);

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
    for (const program of programs) {
      const row = await insertProgram(tx, {
        orgId: organization.orgId,
        name: program.name,
        type: program.type,
        purpose: program.purpose,
        purposeDescription: null,
        targetTiers: program.targetTiers,
        sponsorPersonId: ids[sponsor.key]!,
        startDate: isoDate(startDate),
        endDate: isoDate(endDate),
        sessionCadence: program.sessionCadence,
        sessionFramework: program.sessionFramework,
        matchingSettings: program.matchingSettings,
        status: program.status,
        createdAt: now,
        updatedAt: now,
      });
      await replaceOutcomes(tx, organization.orgId, row.id, [program.outcome]);
      await insertEnrollments(
        tx,
        program.enrollments.map((enrollment) => ({
          orgId: organization.orgId,
          programId: row.id,
          personId: ids[enrollment.key]!,
          role: enrollment.role,
          capacity: enrollment.capacity,
          createdAt: now,
        })),
      );
      for (const engagement of program.engagements) {
        const leader = demoPeople[engagement.leaderKey]!;
        await insertDemoEngagement(tx, {
          orgId: organization.orgId,
          programId: row.id,
          coachPersonId: ids[engagement.coachKey]!,
          leaderPersonId: ids[leader.key]!,
          managerPersonId: leader.managerKey === null ? null : ids[leader.managerKey]!,
          sponsorPersonId: ids[sponsor.key]!,
          startDate: isoDate(startDate),
          endDate: addMonths(isoDate(startDate), 6),
          createdAt: now,
        });
      }
    }
    // A fourth program, a year under way, whose outcomes dashboard has real figures to show.
    await seedDemoOutcomes(tx, {
      orgId: organization.orgId,
      people: demoPeople,
      ids,
      now,
      sponsorKey: sponsor.key,
      loginKeys: logins.flatMap((login) => (login.person ? [login.person.key] : [])),
      // Everyone in the circle and the pilot (the bulk program enrolls the whole organization).
      busyKeys: programs
        .filter((program) => program.enrollments.length < demoPeople.length)
        .flatMap((program) => program.enrollments.map((enrollment) => enrollment.key)),
    });
    // Key positions with a year of successors' readiness, and a blended program open to enrollment.
    const personOf = (role: Role) => logins.find((login) => login.role === role)!.person!.key;
    await seedDemoSuccession(tx, {
      orgId: organization.orgId,
      people: demoPeople,
      ids,
      now,
      sponsorKey: sponsor.key,
      adminKey: personOf('admin'),
      coachKey: personOf('coach'),
      mentorKey: personOf('mentor'),
    });
    await seedDemoFeedbackExchange(tx, {
      orgId: organization.orgId,
      people: demoPeople,
      ids,
      now,
      participantKey: participant.key,
      loginKeys: logins.flatMap((login) => (login.person ? [login.person.key] : [])),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: organization.orgId,
      actorUserId: null,
      action: 'demo.created',
      targetType: 'organization',
      targetId: organization.orgId,
      details: { people: demoPeople.length, users: users.length, programs: programs.length + 2 },
    });
  });
  return {
    organizationName: demoOrganizationName,
    peopleCount: demoPeople.length,
    programCount: programs.length + 2,
    password: demoPassword,
    logins: logins.map((login) => ({
      role: login.role,
      email: login.email,
      displayName: login.person?.name ?? login.displayName ?? login.email,
    })),
  };
}
