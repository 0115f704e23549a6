// A coaching engagement run in the browser from proposal to close-out, on the demo's "Leadership
// Coaching Pilot": the coach writes two goals and confirms them, the leader and the leader's
// manager confirm (the manager reads the goals without any edit control), the coach starts it and
// records a progress check (each goal rated with evidence), the manager reads the check without a
// form, the coach pauses, resumes and completes the engagement with a final summary, and the
// leader reads it.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { bodyRows, chooseOption, screenshot, signInAs, signOutOf } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-coaching-'));
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const screenshots = [
  'journey-coaching-proposed.png',
  'journey-coaching-goals.png',
  'journey-coaching-manager.png',
  'journey-coaching-progress.png',
  'journey-coaching-completed.png',
  'journey-coaching-leader.png',
];

const programName = 'Leadership Coaching Pilot';
const goals = [
  {
    statement: 'Listens fully before answering in team meetings',
    competency: 'Communication and active listening',
    metric: '360 rating of listening (1–5)',
    baseline: '2.8',
    target: '4',
  },
  {
    statement: 'Settles disagreements within the team in the same week',
    competency: 'Conflict management',
    metric: 'Escalations to the director per quarter',
    baseline: '6',
    target: '1',
  },
];
const progressRatings = [
  { rating: '3', evidence: 'Waited for others to finish in four of five team meetings, per the facilitator.' },
  { rating: '2', evidence: 'Two escalations this month, down from three; one settled within the week.' },
];
const finalSummary =
  'Both goals were met: listening rose to 4.1 in the closing 360, and escalations fell to one in the last quarter.';
let leaderName = '';
let coachName = '';

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
});

const signIn = (email: string) => signInAs(page, server.url, email);
const signOut = () => signOutOf(page);

/** Opens the engagement from a list page's table. */
async function openEngagement(navigationLabel: string, tableName: string): Promise<void> {
  await page.getByRole('link', { name: navigationLabel, exact: true }).click();
  const table = page.getByRole('table', { name: tableName, exact: true });
  await table.waitFor();
  await table.getByRole('link', { name: /^Coaching of / }).click();
  await page.getByRole('heading', { level: 1, name: 'Coaching engagement' }).waitFor();
}

const statusSection = () => page.getByRole('region', { name: 'Status', exact: true });
const agreementSection = () => page.getByRole('region', { name: 'Three-way agreement' });
const progressSection = () => page.getByRole('region', { name: 'Progress', exact: true });
const sessionsSection = () => page.getByRole('region', { name: 'Sessions', exact: true });

/** The ratings of the newest progress check, as rows of goal, rating and evidence. */
async function latestRatings(): Promise<string[][]> {
  const table = progressSection()
    .getByRole('table', { name: /^Ratings of / })
    .first();
  await table.waitFor();
  return bodyRows(table);
}

describe('a coaching engagement from proposal to close-out', () => {
  it('the coach finds the proposed engagement under My engagements', async () => {
    coachName = await signIn('coach@northwind.example');
    await page.getByRole('link', { name: 'My engagements', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My engagements' }).waitFor();
    const table = page.getByRole('table', { name: 'Coaching engagements', exact: true });
    await table.waitFor();
    const rows = await bodyRows(table);
    expect(rows).toHaveLength(1);
    leaderName = rows[0]![0]!;
    expect(rows[0]![1]).toBe(coachName);
    expect(rows[0]!.slice(2, 4)).toEqual([programName, 'Proposed']);
    expect(rows[0]![5]).toBe('No goals yet');
    expect(rows[0]![6]).toBe('Coach');

    await table.getByRole('link', { name: `Coaching of ${leaderName} by ${coachName}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Coaching engagement' }).waitFor();
    await page.getByText(`${coachName} coaches ${leaderName} in ${programName}.`).waitFor();
    const missing = statusSection().getByRole('list', { name: 'What is missing before the start' });
    await missing.getByText('Write at least one goal.').waitFor();
    expect(await statusSection().getByRole('button', { name: 'Start the engagement' }).isDisabled()).toBe(true);
    // The coach reads the leader's weekly goals, read only.
    await page
      .getByRole('region', { name: `Weekly goals of ${leaderName}` })
      .getByText('No streak yet')
      .waitFor();
    expect(await screenshot(page, artifacts, 'journey-coaching-proposed.png')).toBeGreaterThan(5_000);
  });

  it('the coach writes two goals, saves them and confirms them', async () => {
    const editor = page.getByRole('form', { name: 'Coaching goals' });
    await editor.getByRole('button', { name: 'Add a goal' }).click();
    // Due dates must fall within the engagement; the date input carries its start as `min`.
    const firstDue = editor.getByRole('group', { name: 'Goal 1' }).getByLabel('Due date');
    const startDate = await firstDue.getAttribute('min');
    expect(startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dueDate = new Date(Date.parse(`${startDate}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);

    for (const [index, goal] of goals.entries()) {
      const row = editor.getByRole('group', { name: `Goal ${index + 1}` });
      await row.getByLabel('Goal statement').fill(goal.statement);
      await chooseOption(page, row.getByRole('combobox', { name: 'Competency' }), goal.competency);
      await row.getByLabel('Metric').fill(goal.metric);
      await row.getByLabel('Baseline').fill(goal.baseline);
      await row.getByLabel('Target').fill(goal.target);
      await row.getByLabel('Due date').fill(dueDate);
    }
    await editor.getByRole('button', { name: 'Save goals' }).click();
    await statusSection()
      .getByText('Waiting for the coach, the leader and the manager to confirm the goals.')
      .waitFor();
    await page.getByText('Saving replaces the goals and clears any confirmation', { exact: false }).waitFor();

    await agreementSection().getByRole('button', { name: 'Confirm these goals' }).click();
    await agreementSection().getByText('Waiting for the leader and the manager.').waitFor();
    const confirmations = await bodyRows(agreementSection().getByRole('table', { name: 'Confirmations' }));
    expect(confirmations.map((row) => row[0])).toEqual(['Coach', 'Leader', 'Manager']);
    expect(confirmations[0]![2]).toMatch(/^Confirmed on /);
    expect(confirmations[1]![2]).toBe('Not yet');
    expect(await agreementSection().getByRole('button', { name: 'Confirm these goals' }).count()).toBe(0);
    expect(await statusSection().getByRole('button', { name: 'Start the engagement' }).isDisabled()).toBe(true);
    expect(await screenshot(page, artifacts, 'journey-coaching-goals.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the leader opens it from My development and confirms the goals', async () => {
    await signIn('participant@northwind.example');
    await page.getByRole('link', { name: 'My development', exact: true }).click();
    const section = page.getByRole('region', { name: 'My coaching' });
    await section.getByRole('link', { name: `Coaching of ${leaderName} by ${coachName}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Coaching engagement' }).waitFor();
    const editor = page.getByRole('form', { name: 'Coaching goals' });
    expect(await editor.getByRole('group', { name: 'Goal 2' }).getByLabel('Goal statement').inputValue()).toBe(
      goals[1]!.statement,
    );
    await agreementSection().getByRole('button', { name: 'Confirm these goals' }).click();
    await agreementSection().getByText('Waiting for the manager.').waitFor();
    // Only the coach starts the engagement.
    expect(await statusSection().getByRole('button', { name: 'Start the engagement' }).count()).toBe(0);
    await signOut();
  });

  it('the manager reads the goals without edit controls and confirms them', async () => {
    await signIn('manager@northwind.example');
    await openEngagement('My team', 'Coaching in your team');
    const goalsTable = page.getByRole('table', { name: 'Goals', exact: true });
    await goalsTable.waitFor();
    const rows = await bodyRows(goalsTable);
    expect(rows.map((row) => row.slice(0, 3))).toEqual(
      goals.map((goal) => [goal.statement, goal.competency, goal.metric]),
    );
    expect(rows.map((row) => row.slice(3, 5))).toEqual(goals.map((goal) => [goal.baseline, goal.target]));
    expect(await page.getByRole('form', { name: 'Coaching goals' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save goals' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add a goal' }).count()).toBe(0);
    expect(await page.getByLabel('Goal statement').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'End early' }).count()).toBe(0);

    await agreementSection().getByRole('button', { name: 'Confirm these goals' }).click();
    await agreementSection().getByText('Everyone has confirmed the goals.').waitFor();
    expect(await screenshot(page, artifacts, 'journey-coaching-manager.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the coach starts it and records a progress check, each goal rated with evidence', async () => {
    await signIn('coach@northwind.example');
    await openEngagement('My engagements', 'Coaching engagements');
    await statusSection().getByText('The goals are set and confirmed by everyone', { exact: false }).waitFor();
    // The coach and the leader schedule their sessions here.
    await sessionsSection().getByRole('button', { name: 'Schedule a session' }).waitFor();

    await statusSection().getByRole('button', { name: 'Start the engagement' }).click();
    await statusSection().getByText('The engagement is under way.').waitFor();
    await progressSection()
      .getByText(/^(The next progress check is due on|A progress check is due since) /)
      .waitFor();
    await progressSection().getByText('No progress check yet.').waitFor();

    const form = page.getByRole('form', { name: 'Record a progress check' });
    for (const [index, entry] of progressRatings.entries()) {
      const goal = form.getByRole('group', { name: `Goal ${index + 1}: ${goals[index]!.statement}` });
      await goal.getByRole('radio', { name: entry.rating, exact: true }).check();
      // The second goal's evidence is left out first: the server says so next to it.
      if (index === 0) await goal.getByLabel('Evidence').fill(entry.evidence);
    }
    await form.getByRole('button', { name: 'Record the progress check' }).click();
    const second = form.getByRole('group', { name: `Goal 2: ${goals[1]!.statement}` });
    await second.getByText('Needs the evidence behind the rating.').waitFor();
    await second.getByLabel('Evidence').fill(progressRatings[1]!.evidence);
    await form.getByRole('button', { name: 'Record the progress check' }).click();

    expect(await latestRatings()).toEqual(
      progressRatings.map((entry, index) => [goals[index]!.statement, `${entry.rating} of 5`, entry.evidence]),
    );
    await progressSection()
      .getByRole('heading', { name: new RegExp(`, by ${coachName}$`) })
      .waitFor();
    // The form starts empty again for the next check.
    expect(
      await page.getByRole('form', { name: 'Record a progress check' }).getByRole('radio', { checked: true }).count(),
    ).toBe(0);
    expect(await screenshot(page, artifacts, 'journey-coaching-progress.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the manager reads the progress check without a form', async () => {
    await signIn('manager@northwind.example');
    await openEngagement('My team', 'Coaching in your team');
    expect(await latestRatings()).toEqual(
      progressRatings.map((entry, index) => [goals[index]!.statement, `${entry.rating} of 5`, entry.evidence]),
    );
    expect(await page.getByRole('form', { name: 'Record a progress check' }).count()).toBe(0);
    expect(await progressSection().getByRole('radio').count()).toBe(0);
    // The manager follows the sessions' times but does not schedule them.
    await sessionsSection().getByText('No sessions yet.').waitFor();
    expect(await sessionsSection().getByRole('button', { name: 'Schedule a session' }).count()).toBe(0);
    await signOut();
  });

  it('the coach pauses, resumes and completes it with a final summary', async () => {
    await signIn('coach@northwind.example');
    await openEngagement('My engagements', 'Coaching engagements');
    await statusSection().getByRole('button', { name: 'Pause the engagement' }).click();
    await statusSection().getByText('The engagement is paused.', { exact: false }).waitFor();
    await statusSection().getByRole('button', { name: 'Resume the engagement' }).click();
    await statusSection().getByText('The engagement is under way.').waitFor();

    await statusSection().getByRole('button', { name: 'Complete the engagement' }).click();
    const dialog = page.getByRole('dialog', { name: 'Complete the engagement' });
    // A summary is required: the server says so next to the field.
    await dialog.getByRole('button', { name: 'Complete the engagement' }).click();
    await dialog.getByText('The coach writes a final summary before the engagement completes.').waitFor();
    await dialog.getByLabel('Final summary of goal attainment').fill(finalSummary);
    await dialog.getByRole('button', { name: 'Complete the engagement' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('region', { name: 'Final summary' }).getByText(finalSummary).waitFor();
    await statusSection()
      .getByText(/^The engagement was completed on /)
      .waitFor();
    // Closed: no more goal editing or confirming.
    expect(await page.getByRole('button', { name: 'Save goals' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Confirm these goals' }).count()).toBe(0);
    expect(await screenshot(page, artifacts, 'journey-coaching-completed.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the leader sees it completed, with the summary', async () => {
    await signIn('participant@northwind.example');
    await page.getByRole('link', { name: 'My development', exact: true }).click();
    const section = page.getByRole('region', { name: 'My coaching' });
    const table = section.getByRole('table', { name: 'My coaching' });
    await table.getByText('Completed', { exact: true }).waitFor();
    const rows = await bodyRows(table);
    expect(rows[0]!.slice(2, 4)).toEqual([programName, 'Completed']);
    await section.getByRole('link', { name: `Coaching of ${leaderName} by ${coachName}` }).click();
    await page.getByRole('region', { name: 'Final summary' }).getByText(finalSummary).waitFor();
    const goalsTable = page.getByRole('table', { name: 'Goals', exact: true });
    expect(await bodyRows(goalsTable)).toHaveLength(2);
    expect(await screenshot(page, artifacts, 'journey-coaching-leader.png')).toBeGreaterThan(5_000);
  });

  it('left a screenshot of each main step', () => {
    for (const name of screenshots) {
      expect(existsSync(path.join(artifacts, name)), name).toBe(true);
    }
  });
});
