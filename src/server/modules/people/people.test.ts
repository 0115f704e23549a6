import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { insertPeople } from './people.repo.js';

let t: TestApp;
let admin: ReturnType<typeof requestAs>;
let otherAdmin: ReturnType<typeof requestAs>;
let coach: ReturnType<typeof requestAs>;

const header =
  'employee_id,name,email,title,tier,function,department,manager_employee_id,location,time_zone,hire_date,high_potential';

/** A CSV file: the header, then one line per row (given without the header). */
const csv = (...rows: string[]) => [header, ...rows].join('\n') + '\n';

const ceo =
  'E1,Ana Reyes,ana@acme.example,Chief Executive Officer,executive,General Management,Executive Office,,Seattle,America/Los_Angeles,2010-04-01,false';
const cto =
  'E2,Ben Okafor,ben@acme.example,CTO,executive,Technology,Engineering,E1,Berlin,Europe/Berlin,2015-09-15,false';
const lead =
  'E3,"Chen, Wei",wei@acme.example,Team Lead,frontline_manager,Technology,Engineering,E2,Singapore,Asia/Singapore,2020-01-06,true';
const engineer =
  'E4,Dana Kim,dana@acme.example,Engineer,individual_contributor,Technology,Engineering,E3,London,Europe/London,2023-03-01,false';
const company = csv(ceo, cto, lead, engineer);

beforeAll(async () => {
  t = await createTestApp();
  await seedOrganization(t.connection, 'Acme');
  await seedOrganization(t.connection, 'Globex');
  await seedUser(t.connection, t.clock, { org: 'Acme', email: 'admin@acme.example', roles: ['admin'] });
  await seedUser(t.connection, t.clock, { org: 'Acme', email: 'coach@acme.example', roles: ['coach'] });
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'admin@globex.example', roles: ['admin'] });
  admin = requestAs(t.app, await signIn(t.app, 'admin@acme.example', 'correct horse battery'));
  coach = requestAs(t.app, await signIn(t.app, 'coach@acme.example', 'correct horse battery'));
  otherAdmin = requestAs(t.app, await signIn(t.app, 'admin@globex.example', 'correct horse battery'));
});
afterAll(() => t.close());

async function listAll(as = admin, query = '') {
  return (await as.get(`/api/people?pageSize=200${query}`)).json();
}

describe('POST /api/people/import', () => {
  it('validates without writing anything', async () => {
    const response = await admin.postCsv('/api/people/import?mode=validate', company);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      mode: 'validate',
      rows: 4,
      created: 4,
      updated: 0,
      unchanged: 0,
      errors: [],
      isCommitted: false,
    });
    expect((await listAll()).total).toBe(0);
  });

  it('commits a file, linking each person to their manager', async () => {
    const response = await admin.postCsv('/api/people/import?mode=commit', company);
    expect(response.json()).toMatchObject({ created: 4, updated: 0, unchanged: 0, totalErrors: 0, isCommitted: true });
    const people = (await listAll()).items;
    expect(people.map((person: { name: string }) => person.name)).toEqual([
      'Ana Reyes',
      'Ben Okafor',
      'Chen, Wei',
      'Dana Kim',
    ]);
    const dana = people.find((person: { employeeId: string }) => person.employeeId === 'E4');
    const chain = (await admin.get(`/api/people/${dana.id}/reporting-chain`)).json();
    expect(chain.items.map((manager: { name: string }) => manager.name)).toEqual([
      'Chen, Wei',
      'Ben Okafor',
      'Ana Reyes',
    ]);
  });

  it('changes nothing when the same file comes again', async () => {
    const response = await admin.postCsv('/api/people/import?mode=commit', company);
    expect(response.json()).toMatchObject({ created: 0, updated: 0, unchanged: 4, isCommitted: true });
  });

  it('counts a changed title and a changed manager as updates', async () => {
    const promoted = engineer.replace('Engineer,', 'Senior Engineer,');
    const moved = lead.replace(',E2,', ',E1,');
    const response = await admin.postCsv('/api/people/import?mode=commit', csv(ceo, cto, moved, promoted));
    expect(response.json()).toMatchObject({ created: 0, updated: 2, unchanged: 2 });
    const wei = (await listAll(admin, '&search=wei')).items[0];
    expect((await admin.get(`/api/people/${wei.id}`)).json().manager.name).toBe('Ana Reyes');
  });

  it('reports every bad row on its line and column, and commits nothing', async () => {
    const file = csv(
      'E10,Bad Email,not-an-email,Analyst,individual_contributor,Finance,Finance,E1,Paris,Europe/Paris,2024-01-01,false',
      'E11,Bad Date,e11@acme.example,Analyst,individual_contributor,Finance,Finance,E1,Paris,Europe/Paris,2024-02-30,false',
      'E12,No Boss,e12@acme.example,Analyst,individual_contributor,Finance,Finance,E999,Paris,Europe/Paris,2024-01-01,false',
      'E10,Twice,e10b@acme.example,Analyst,individual_contributor,Finance,Finance,E1,Paris,Europe/Paris,2024-01-01,false',
      'E13,Loop A,e13@acme.example,Manager,middle_manager,Finance,Finance,E14,Paris,Europe/Paris,2024-01-01,false',
      'E14,Loop B,e14@acme.example,Manager,middle_manager,Finance,Finance,E13,Paris,Europe/Paris,2024-01-01,false',
      'E15,Bad Tier,e15@acme.example,Analyst,intern,Finance,Finance,E1,Paris,Europe/Paris,2024-01-01,maybe',
      'E16,Bad Zone,e16@acme.example,Analyst,individual_contributor,Finance,Finance,E1,Paris,Mars/Olympus,2024-01-01,false',
      'E17,Short Row,e17@acme.example',
      'E18,Fine,e18@acme.example,Analyst,individual_contributor,Finance,Finance,E1,Paris,Europe/Paris,2024-01-01,false',
    );
    const response = await admin.postCsv('/api/people/import?mode=commit', file);
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.isCommitted).toBe(false);
    const where = (line: number) =>
      result.errors
        .filter((error: { line: number }) => error.line === line)
        .map((error: { column: string }) => error.column);
    expect(where(2)).toEqual(['email']);
    expect(where(3)).toEqual(['hire_date']);
    expect(where(4)).toEqual(['manager_employee_id']);
    expect(where(5)).toEqual(['employee_id']);
    expect(where(6)).toEqual(['manager_employee_id']);
    expect(where(7)).toEqual(['manager_employee_id']);
    expect(where(8).sort()).toEqual(['high_potential']);
    expect(where(9)).toEqual(['time_zone']);
    expect(where(10)).toContain('');
    expect(where(11)).toEqual([]);
    const cycle = result.errors.find((error: { line: number }) => error.line === 6);
    expect(cycle.message).toBe('reporting-line cycle: E13 → E14 → E13');
    const duplicate = result.errors.find((error: { line: number }) => error.line === 5);
    expect(duplicate.message).toContain('line 2');
    expect(result.totalErrors).toBe(result.errors.length);
    expect((await listAll()).total).toBe(4);
  });

  it('reports the bad tier once its boolean is fixed', async () => {
    const file = csv(
      'E15,Bad Tier,e15@acme.example,Analyst,intern,Finance,Finance,E1,Paris,Europe/Paris,2024-01-01,true',
    );
    const result = (await admin.postCsv('/api/people/import?mode=validate', file)).json();
    expect(result.errors).toEqual([{ line: 2, column: 'tier', message: expect.stringContaining('must be one of') }]);
  });

  it('finds a cycle that runs through people already in the directory', async () => {
    // E1 (in the directory, top) would report to E4, who reports up to E1.
    const file = csv(ceo.replace(',,Seattle', ',E4,Seattle'));
    const result = (await admin.postCsv('/api/people/import?mode=validate', file)).json();
    expect(result.errors).toEqual([
      { line: 2, column: 'manager_employee_id', message: 'reporting-line cycle: E1 → E4 → E3 → E1' },
    ]);
  });

  it('checks the header: missing and unknown columns are errors on line 1', async () => {
    const file = 'employee_id,name,shoe_size\nE1,Ana,42\n';
    const result = (await admin.postCsv('/api/people/import?mode=validate', file)).json();
    expect(result.rows).toBe(0);
    expect(result.errors[0]).toEqual({ line: 1, column: 'shoe_size', message: 'unknown column "shoe_size"' });
    expect(result.errors.map((error: { column: string }) => error.column)).toContain('email');
  });

  it('says an empty file needs a header', async () => {
    const result = (await admin.postCsv('/api/people/import?mode=validate', '')).json();
    expect(result.errors).toEqual([{ line: 1, column: '', message: 'the file is empty: a header row is required' }]);
  });

  it('reports broken CSV quoting as an error, not a crash', async () => {
    const result = (await admin.postCsv('/api/people/import?mode=commit', csv('E20,"Unclosed,x'))).json();
    expect(result.isCommitted).toBe(false);
    expect(result.errors[0].message).toMatch(/not valid CSV/);
  });

  it('reads the optional columns: languages, ratings, skills, goals, status', async () => {
    const file =
      `${header},languages,performance_rating,potential_rating,skills,industries,years_of_experience,development_goals,development_competencies,status,exit_date\n` +
      `E30,Eve Lund,eve@acme.example,Director,senior_leader,Finance,Finance,E1,Oslo,Europe/Oslo,2012-05-01,true,Norwegian; English,3,3,Negotiation:4; decision_making:5,Banking,18,Lead the finance transformation,strategic_thinking; executive_presence,active,\n` +
      `E31,Finn Berg,finn@acme.example,Analyst,individual_contributor,Finance,Finance,E30,Oslo,Europe/Oslo,2019-05-01,false,,,,,,,,,left,2025-12-31\n`;
    const result = (await admin.postCsv('/api/people/import?mode=commit', file)).json();
    expect(result).toMatchObject({ created: 2, totalErrors: 0 });
    const eve = (await listAll(admin, '&search=eve')).items[0];
    const person = (await admin.get(`/api/people/${eve.id}`)).json();
    expect(person).toMatchObject({
      languages: ['Norwegian', 'English'],
      performanceRating: 3,
      skills: [
        { skill: 'Negotiation', level: 4 },
        { skill: 'decision_making', level: 5 },
      ],
      yearsOfExperience: 18,
      developmentCompetencies: ['strategic_thinking', 'executive_presence'],
      isHighPotential: true,
      directReports: 1,
    });
    expect((await listAll(admin, '&search=finn')).total).toBe(0);
    expect((await listAll(admin, '&search=finn&status=left')).items[0].status).toBe('left');
  });

  it('keeps any text exactly: quotes, backslashes, braces, commas and the word NULL', async () => {
    const file =
      `${header},languages,skills,development_goals,development_competencies\n` +
      `E90,"Jo ""JJ"" O\\Brien",jo@acme.example,"{Head}, of NULL",individual_contributor,"a\\\\b",NULL,,"Zürich, ""CH""",Europe/Zurich,2011-02-03,false,"NULL; {x,y}; ""q""; back\\slash","Plan \\""A"":2","Goal: ""win"" {all}, \\n not a newline",decision_making\n`;
    const result = (await admin.postCsv('/api/people/import?mode=commit', file)).json();
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ created: 1, totalErrors: 0, isCommitted: true });
    const jo = (await listAll(admin, '&search=jo@acme')).items[0];
    const person = (await admin.get(`/api/people/${jo.id}`)).json();
    expect(person).toMatchObject({
      name: 'Jo "JJ" O\\Brien',
      title: '{Head}, of NULL',
      function: 'a\\\\b',
      department: 'NULL',
      location: 'Zürich, "CH"',
      languages: ['NULL', '{x,y}', '"q"', 'back\\slash'],
      skills: [{ skill: 'Plan \\"A"', level: 2 }],
      developmentGoals: 'Goal: "win" {all}, \\n not a newline',
    });
    const again = (await admin.postCsv('/api/people/import?mode=commit', file)).json();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('refuses a body that is not CSV, or a missing mode, naming the field', async () => {
    const json = await admin.post('/api/people/import?mode=validate', { people: [] });
    expect(json.statusCode).toBe(400);
    expect(json.json().field).toBe('headers.content-type');
    const noMode = await admin.postCsv('/api/people/import', company);
    expect(noMode.statusCode).toBe(400);
    expect(noMode.json().field).toBe('querystring.mode');
  });

  it('is for admins only', async () => {
    expect((await coach.postCsv('/api/people/import?mode=validate', company)).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/people/import?mode=validate',
      payload: company,
      headers: { 'content-type': 'text/csv' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('the directory', () => {
  it('searches, filters, sorts and pages', async () => {
    const page1 = (await admin.get('/api/people?sort=-name&pageSize=2&page=1')).json();
    const page2 = (await admin.get('/api/people?sort=-name&pageSize=2&page=2')).json();
    expect(page1.total).toBe(page2.total);
    expect(page1.items).toHaveLength(2);
    const names = [...page1.items, ...page2.items].map((person: { name: string }) => person.name);
    expect(names).toEqual([...names].sort().reverse());
    expect(
      (await admin.get('/api/people?highPotential=true')).json().items.map((p: { name: string }) => p.name),
    ).toEqual(['Chen, Wei', 'Eve Lund']);
    expect((await admin.get('/api/people?tier=executive')).json().total).toBe(2);
    expect((await admin.get('/api/people?department=Engineering')).json().total).toBe(3);
    expect((await admin.get('/api/people?department=engineering')).json().total).toBe(3);
    expect((await admin.get('/api/people?search=100%25')).json().total).toBe(0);
  });

  it('names the bad query parameter', async () => {
    const response = await admin.get('/api/people?tier=boss&pageSize=5000');
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['querystring.pageSize', 'querystring.tier']);
  });

  it('updates a person, keeping the import rules', async () => {
    const dana = (await listAll(admin, '&search=dana')).items[0];
    const updated = await admin.patch(`/api/people/${dana.id}`, {
      title: 'Staff Engineer',
      languages: ['English', 'Korean'],
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      title: 'Staff Engineer',
      languages: ['English', 'Korean'],
      name: 'Dana Kim',
    });

    const badTier = await admin.patch(`/api/people/${dana.id}`, { tier: 'boss' });
    expect(badTier.statusCode).toBe(400);
    expect(badTier.json().field).toBe('body.tier');

    const ceoRow = (await listAll(admin, '&search=ana')).items.find(
      (p: { employeeId: string }) => p.employeeId === 'E1',
    );
    const cycle = await admin.patch(`/api/people/${ceoRow.id}`, { managerEmployeeId: 'E4' });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().field).toBe('body.managerEmployeeId');
    expect(cycle.json().detail).toMatch(/cycle/);

    const leftWithoutDate = await admin.patch(`/api/people/${dana.id}`, { status: 'left' });
    expect(leftWithoutDate.json().field).toBe('body.exitDate');
  });

  it('marks a person as left', async () => {
    const dana = (await listAll(admin, '&search=dana')).items[0];
    const response = await admin.post(`/api/people/${dana.id}/leave`, { exitDate: '2026-06-30' });
    expect(response.json()).toMatchObject({ status: 'left', exitDate: '2026-06-30' });
    expect((await admin.post(`/api/people/${dana.id}/leave`, { exitDate: '30/06/2026' })).json().field).toBe(
      'body.exitDate',
    );
  });

  it('exports CSV that imports back unchanged', async () => {
    const exported = await admin.get('/api/people/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(exported.body.split('\n')[0]).toMatch(/^employee_id,name,email,/);
    const total = (await listAll(admin, '&status=all')).total;
    const again = (await admin.postCsv('/api/people/import?mode=validate', exported.body)).json();
    expect(again).toMatchObject({ rows: total, created: 0, updated: 0, unchanged: total, totalErrors: 0 });
  });

  it('defuses spreadsheet formulas in exports, and the round trip keeps the text', async () => {
    const file = csv(
      'E40,"=HYPERLINK(""x"")",e40@acme.example,Analyst,individual_contributor,Finance,Finance,E1,Paris,Europe/Paris,2024-01-01,false',
    );
    expect((await admin.postCsv('/api/people/import?mode=commit', file)).json().created).toBe(1);
    const exported = (await admin.get('/api/people/export')).body;
    expect(exported).toContain(`E40,"'=HYPERLINK(""x"")"`);
    expect((await admin.postCsv('/api/people/import?mode=validate', exported)).json()).toMatchObject({
      updated: 0,
      created: 0,
    });
  });

  it('shows nothing of one organization to another: lists are empty and records are 404', async () => {
    const acmePerson = (await listAll()).items[0];
    expect((await listAll(otherAdmin)).total).toBe(0);
    expect((await otherAdmin.get(`/api/people/${acmePerson.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.patch(`/api/people/${acmePerson.id}`, { title: 'Hacked' })).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/people/${acmePerson.id}/reporting-chain`)).statusCode).toBe(404);
    expect((await otherAdmin.get('/api/people/export')).body.trim().split('\n')).toHaveLength(1);
    // Globex may reuse Acme's employee ids: keys are per organization.
    expect((await otherAdmin.postCsv('/api/people/import?mode=commit', csv(ceo))).json().created).toBe(1);
  });

  it('keeps the directory from non-admins', async () => {
    expect((await coach.get('/api/people')).statusCode).toBe(403);
    expect((await coach.get('/api/people/export')).statusCode).toBe(403);
  });
  it('updates a person stored before hire dates were kept', async () => {
    const [organization] = await queryRows<{ org_id: string }>(
      t.db,
      sql`select org_id from organizations where name = 'Acme'`,
    );
    await insertPeople(t.db, [
      {
        orgId: organization!.org_id,
        employeeId: 'OLD1',
        name: 'Old Timer',
        email: 'old@acme.example',
        title: 'Advisor',
        tier: 'senior_leader',
        department: 'Board',
      },
    ]);
    const old = (await listAll(admin, '&search=old%20timer')).items[0];
    const stored = await admin.get(`/api/people/${old.id}`);
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json().hireDate).toBeNull();
    const response = await admin.post(`/api/people/${old.id}/leave`, { exitDate: '2026-01-31' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'left', hireDate: null });
  });
});
