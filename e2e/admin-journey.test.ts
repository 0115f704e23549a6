// The admin's journey in the browser: import people from CSV (seeing row errors first), design a
// program through the wizard, enroll people, and get a recommendation with its reasons for a leader.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approachRules } from '../src/domain/approach/rules.js';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { bodyRows, chooseOption, pickPerson, screenshot, waitForValue } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-journey-'));
const filesDir = mkdtempSync(path.join(tmpdir(), 'tandem-journey-files-'));
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const screenshots = [
  'journey-import-errors.png',
  'journey-import-done.png',
  'journey-program.png',
  'journey-recommendation.png',
];

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  // Screenshots of an earlier run must not pass for this one's.
  for (const name of screenshots) rmSync(path.join(artifacts, name), { force: true });
  server = await startTandem(['--demo-if-empty'], { TANDEM_DATA_DIR: dataDir });
  browser = await launchBrowser();
  page = await browser.browser.newPage();
  // Every wait is on something visible; a missing one should fail in seconds, not minutes.
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(filesDir, { recursive: true, force: true });
});

// E1001 is the demo's CEO. The new senior leader reports to the CEO; the analysts report to her.
const header =
  'employee_id,name,email,title,tier,function,department,manager_employee_id,location,time_zone,hire_date,high_potential';
const leader = {
  employeeId: 'E9001',
  name: 'Rosalind Tenbury',
  title: 'Vice President of Strategy',
};
const leaderRow = `${leader.employeeId},${leader.name},rosalind.tenbury@northwind.example,${leader.title},senior_leader,Strategy,Executive Office,E1001,London,Europe/London,2024-03-04,true`;
const analystRow = (email: string) =>
  `E9002,Milo Tenbury,${email},Strategy Analyst,individual_contributor,Strategy,Executive Office,E9001,London,Europe/London,2025-01-15,false`;
const plannerRow = (manager: string) =>
  `E9003,Ada Fenwick,ada.fenwick@northwind.example,Strategy Planner,individual_contributor,Strategy,Executive Office,${manager},Toulouse,Europe/Paris,2025-06-02,false`;

function writeCsv(name: string, rows: string[]): string {
  const file = path.join(filesDir, name);
  writeFileSync(file, `${[header, ...rows].join('\n')}\n`);
  return file;
}

const programName = 'Strategy succession circle';
let sponsorName = '';
let mentorName = '';

describe('an admin imports people, designs a program, enrolls people and asks for a recommendation', () => {
  it('signs in as the demo admin', async () => {
    await page.goto(server.url);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Email').fill('admin@northwind.example');
    await page.getByLabel('Password').fill('tandem-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome,/ }).waitFor();
  });

  it('imports people from CSV: sees the bad rows, then imports the corrected file', async () => {
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import people' }).waitFor();

    // Line 3: an email that is not one. Line 4: a manager nobody has heard of.
    const broken = writeCsv('people-with-errors.csv', [
      leaderRow,
      analystRow('milo.tenbury@@northwind'),
      plannerRow('E9999'),
    ]);
    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles(broken);
    await page.getByRole('button', { name: 'Check file' }).click();

    const problems = page.getByRole('table', { name: 'Problems in the file' });
    await problems.waitFor();
    await page.getByRole('alert').filter({ hasText: 'The file has problems' }).waitFor();
    const rows = await bodyRows(problems);
    expect(rows).toEqual([
      ['3', 'email', 'Is not a valid email address'],
      ['4', 'manager_employee_id', 'Manager E9999 is neither in the file nor in the directory'],
    ]);
    // Nothing can be imported from a file with problems.
    expect(await page.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    expect(await screenshot(page, artifacts, 'journey-import-errors.png')).toBeGreaterThan(5_000);

    const fixed = writeCsv('people.csv', [
      leaderRow,
      analystRow('milo.tenbury@northwind.example'),
      plannerRow('E9001'),
    ]);
    await fileInput.setInputFiles(fixed);
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByRole('status', { name: 'The file is ready to import' }).waitFor();
    expect(await problems.count()).toBe(0);

    await page.getByRole('button', { name: 'Import 3 people' }).click();
    const done = page.getByRole('status', { name: 'Import complete' });
    await done.waitFor();
    expect(await done.textContent()).toContain('3 rows were imported: 3 created, 0 updated, 0 unchanged.');
    expect(await screenshot(page, artifacts, 'journey-import-done.png')).toBeGreaterThan(5_000);

    // The new leader is in the directory.
    await done.getByRole('link', { name: 'Back to People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill(leader.employeeId);
    const people = page.getByRole('table', { name: 'People' });
    await people.getByRole('link', { name: leader.name }).waitFor();
    await page.getByText('1 person', { exact: true }).waitFor();
    expect(await bodyRows(people)).toEqual([
      [leader.name, leader.employeeId, leader.title, 'Senior leader', 'Executive Office', 'High potential'],
    ]);
  });

  it('designs a program through the wizard, answering the three design questions first', async () => {
    await page.getByRole('link', { name: 'Programs', exact: true }).click();
    await page.getByRole('link', { name: 'New program' }).click();
    await page.waitForURL(/\/programs\/new$/);
    const question = (name: string) => page.getByRole('heading', { level: 2, name }).waitFor();
    const next = () => page.getByRole('button', { name: 'Next' }).click();

    await question('Succession pipeline or urgent performance gaps?');
    await page.getByRole('radio', { name: 'Succession pipeline' }).check();
    await next();

    await question('Which tier?');
    await page.getByRole('checkbox', { name: 'Senior leaders' }).check();
    await next();

    await question('Which outcomes define success?');
    await chooseOption(page, page.getByRole('combobox', { name: 'Kind' }), 'Business');
    await page.getByRole('textbox', { name: 'Name' }).fill('Key roles with a ready-now successor');
    await page.getByRole('textbox', { name: 'Measured as (unit)' }).fill('% of key roles');
    await page.getByRole('textbox', { name: 'Baseline' }).fill('20');
    await page.getByRole('textbox', { name: 'Target' }).fill('60');
    await next();

    await question('Name, approach, sponsor and calendar');
    await page.getByRole('textbox', { name: 'Name' }).fill(programName);
    await page.getByRole('radio', { name: 'Mentoring', exact: true }).check();
    sponsorName = await pickPerson(
      page,
      page.getByRole('combobox', { name: 'Executive sponsor' }),
      'E1001',
      'Chief Executive Officer',
    );
    await page.getByLabel('Start date').fill('2026-09-01');
    await page.getByLabel('End date').fill('2027-08-31');
    await chooseOption(page, page.getByRole('combobox', { name: 'Session cadence' }), 'Every two weeks');
    await chooseOption(
      page,
      page.getByRole('combobox', { name: 'Session framework' }),
      '5 Cs (mentoring conversation)',
    );
    await next();

    await question('Review and create');
    const review = await bodyRows(page.getByRole('table'));
    expect(review).toEqual([
      ['Name', programName],
      ['Purpose', 'Succession pipeline'],
      ['Tiers', 'Senior leaders'],
      ['Approach', 'Mentoring'],
      ['Executive sponsor', `${sponsorName} (Chief Executive Officer)`],
      ['Dates', '2026-09-01 to 2027-08-31'],
      ['Session cadence', 'Every two weeks'],
      ['Session framework', '5 Cs (mentoring conversation)'],
    ]);
    await page.getByText('Key roles with a ready-now successor (business): from 20 to 60 % of key roles').waitFor();
    await page.getByRole('button', { name: 'Create program' }).click();

    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: programName }).waitFor();
    await page.getByText('This program is draft.').waitFor();
  });

  it('enrolls a participant and a mentor, then opens enrollment', async () => {
    const form = page.getByRole('form', { name: 'Enroll a person' });
    const person = form.getByRole('combobox', { name: 'Person' });
    const enrollments = page.getByRole('region', { name: 'Enrollments' });

    // The senior leader just imported takes part...
    await pickPerson(page, person, leader.employeeId, leader.title);
    await form.getByRole('button', { name: 'Enroll' }).click();
    await enrollments.getByRole('cell', { name: leader.name, exact: true }).waitFor();
    await waitForValue(person, '');

    // ...mentored by the demo's Chief Operating Officer, who can take two participants.
    mentorName = await pickPerson(page, person, 'E1018', 'Chief Operating Officer');
    await chooseOption(page, form.getByRole('combobox', { name: 'Role' }), 'Mentor');
    await form.getByRole('textbox', { name: 'Capacity' }).fill('2');
    await form.getByRole('button', { name: 'Enroll' }).click();
    await enrollments.getByRole('cell', { name: mentorName, exact: true }).waitFor();
    await enrollments.getByText('Mentors: 1').waitFor();

    const rows = await bodyRows(enrollments.getByRole('table'));
    expect(rows.map(([name, , , , role, capacity]) => [name, role, capacity])).toEqual(
      [
        [leader.name, 'Participant', '–'],
        [mentorName, 'Mentor', '2'],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    expect(await enrollments.getByText('Participants: 1').count()).toBe(1);

    const status = page.getByRole('region', { name: 'Status' });
    await status.getByRole('button', { name: 'Open enrollment' }).click();
    await status.getByText('This program is enrolling.').waitFor();
    await status.getByRole('button', { name: 'Start matching' }).waitFor();
    await page.getByRole('heading', { level: 1, name: programName }).locator('..').getByText('Enrolling').waitFor();
    // The design keeps its sponsor.
    await page.getByRole('cell', { name: `${sponsorName} (Chief Executive Officer)` }).waitFor();
    expect(await screenshot(page, artifacts, 'journey-program.png')).toBeGreaterThan(5_000);
  });

  it('recommends coaching and mentoring, with its reasons, for a senior leader moving into the executive team', async () => {
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill(leader.employeeId);
    await page.getByRole('table', { name: 'People' }).getByRole('link', { name: leader.name }).click();
    await page.getByRole('heading', { level: 1, name: leader.name }).waitFor();
    await page.getByText('No recommendation yet.', { exact: false }).waitFor();

    const need = page.getByRole('form', { name: 'Describe the development need' });
    // A Chip's checkbox is visually hidden; its label is what one clicks.
    const kind = need.getByRole('checkbox', { name: 'A transition into the executive team' });
    await need.getByText('A transition into the executive team', { exact: true }).click();
    expect(await kind.isChecked()).toBe(true);
    await need.getByRole('button', { name: 'Recommend an approach' }).click();

    await page.getByText('Recommended: Coaching and mentoring', { exact: true }).waitFor();
    const section = page.getByRole('region', { name: 'Coaching or mentoring?' });
    // The badge sits beside its label.
    const finalApproach = section.getByText('Final approach', { exact: true }).locator('..');
    await finalApproach.getByText('Coaching and mentoring', { exact: true }).waitFor();

    const cSuite = approachRules.find((rule) => rule.id === 'c-suite-transition')!;
    const reasons = page.getByRole('list', { name: 'Reasons' });
    const reason = reasons.getByRole('listitem').filter({ hasText: cSuite.explanation });
    await reason.waitFor();
    expect(await reason.textContent()).toContain(cSuite.title);
    expect(await reasons.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
    expect(await screenshot(page, artifacts, 'journey-recommendation.png')).toBeGreaterThan(5_000);
  });

  it('left a screenshot of each main step', () => {
    for (const name of screenshots) {
      expect(existsSync(path.join(artifacts, name)), name).toBe(true);
    }
  });
});
