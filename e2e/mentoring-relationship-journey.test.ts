// A mentoring relationship run in the browser from request to close-out, on the demo's
// self-service "New Manager Mentoring Circle": the participant asks the demo mentor, the mentor
// accepts, the mentee writes the agreement, both sign it and finish their training, the mentor
// starts the relationship and schedules a session from it, the mentee sees that session as "Next
// session" on My development, sets a weekly goal and ticks it off (a one-week streak), the mentor
// sees that goal on the relationship page and completes the relationship.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { bodyRows, chooseOption, screenshot, signInAs, signOutOf } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-mentoring-'));
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const screenshots = [
  'journey-mentoring-proposed.png',
  'journey-mentoring-agreement.png',
  'journey-mentoring-active.png',
  'journey-mentoring-weekly-goal.png',
  'journey-mentoring-mentor-weekly-goals.png',
  'journey-mentoring-completed.png',
];

const programName = 'New Manager Mentoring Circle';
const norms = 'What we discuss stays between us, unless someone is at risk of harm.';
const topics = ['Giving hard feedback', 'Running my first team offsite'];
const weeklyGoal = {
  description: 'Hold one-to-ones with all five people on my team',
  developmentGoal: 'Giving hard feedback',
  businessResult: 'Keep the Q3 pipeline review on schedule',
};
let mentorName = '';
let menteeName = '';

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

/** The mentee opens the relationship from "My mentoring" on My development. */
async function openAsMentee(): Promise<void> {
  await page.getByRole('link', { name: 'My development', exact: true }).click();
  const section = page.getByRole('region', { name: 'My mentoring' });
  await section.getByRole('link', { name: `Mentoring relationship with ${mentorName}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Mentoring relationship' }).waitFor();
}

/** The mentor opens the relationship from the list at the top of My mentees. */
async function openAsMentor(): Promise<void> {
  await page.getByRole('link', { name: 'My mentees', exact: true }).click();
  const section = page.getByRole('region', { name: 'Your mentoring relationships' });
  await section.getByRole('link', { name: `Mentoring relationship with ${menteeName}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Mentoring relationship' }).waitFor();
}

const statusSection = () => page.getByRole('region', { name: 'Status', exact: true });
const missingList = () => statusSection().getByRole('list', { name: 'What is missing before the start' });

/** Ticks every item of the signed-in side's checklist and saves it. */
async function finishTraining(): Promise<void> {
  const form = page.getByRole('form', { name: 'Your training checklist' });
  const boxes = form.getByRole('checkbox');
  expect(await boxes.count()).toBe(5);
  for (const box of await boxes.all()) await box.check();
  await form.getByRole('button', { name: 'Save my training' }).click();
  await form.getByText('Complete', { exact: true }).waitFor();
}

describe('a mentoring relationship from request to close-out', () => {
  it('the mentee asks the demo mentor, who accepts and opens the relationship', async () => {
    mentorName = await signIn('mentor@northwind.example');
    await signOut();

    menteeName = await signIn('participant@northwind.example');
    await page.getByRole('link', { name: 'My development', exact: true }).click();
    const finder = page.getByRole('region', { name: `Find a mentor: ${programName}` });
    await finder.getByRole('button', { name: `Request ${mentorName} as your mentor` }).click();
    await page
      .getByRole('dialog', { name: `Ask ${mentorName} to mentor you` })
      .getByRole('button', { name: 'Send request' })
      .click();
    await finder.getByText(`Your request to ${mentorName} is waiting for an answer.`).waitFor();
    await signOut();

    await signIn('mentor@northwind.example');
    await page.getByRole('link', { name: 'My mentees', exact: true }).click();
    const waiting = page.getByRole('region', { name: 'Waiting for your answer' });
    await waiting.getByRole('button', { name: `Accept ${menteeName}` }).click();
    const relationships = page.getByRole('region', { name: 'Your mentoring relationships' });
    const table = relationships.getByRole('table', { name: 'Your mentoring relationships' });
    await table.waitFor();
    const rows = await bodyRows(table);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 3)).toEqual([menteeName, programName, 'Proposed']);
    expect(rows[0]![4]).toBe('Write the agreement');

    await relationships.getByRole('link', { name: `Mentoring relationship with ${menteeName}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Mentoring relationship' }).waitFor();
    await page.getByText(`${mentorName} mentors ${menteeName} in ${programName}.`).waitFor();
    await missingList().getByText('Write the agreement.').waitFor();
    expect(await statusSection().getByRole('button', { name: 'Start the relationship' }).isDisabled()).toBe(true);
    // Nothing to sign before the agreement is written.
    expect(await page.getByRole('button', { name: 'Sign the agreement' }).count()).toBe(0);
    expect(await screenshot(page, artifacts, 'journey-mentoring-proposed.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the mentee writes the agreement, signs it and finishes the training', async () => {
    await signIn('participant@northwind.example');
    await openAsMentee();
    const form = page.getByRole('form', { name: 'Mentoring agreement' });
    await form.getByLabel('Confidentiality norms').fill(norms);
    await chooseOption(page, form.getByRole('combobox', { name: 'Meeting cadence' }), 'Every two weeks');
    // The end before the start: the server says so next to the end date.
    await form.getByLabel('Start date').fill('2027-01-04');
    await form.getByLabel('End date').fill('2026-12-01');
    await form.getByRole('textbox', { name: 'Topic 1', exact: true }).fill(topics[0]!);
    await form.getByRole('button', { name: 'Add a topic' }).click();
    await form.getByRole('textbox', { name: 'Topic 2', exact: true }).fill(topics[1]!);
    await form.getByRole('button', { name: 'Save the agreement' }).click();
    await form.getByText('Must be after the start date (2027-01-04).').waitFor();
    await form.getByLabel('End date').fill('2027-07-02');
    await form.getByRole('button', { name: 'Save the agreement' }).click();

    const signatures = page.getByRole('region', { name: 'Signatures' });
    await signatures.getByRole('button', { name: 'Sign the agreement' }).click();
    await signatures.getByText(/^You \(.+\), mentee, on /).waitFor();
    expect(await signatures.getByRole('button', { name: 'Sign the agreement' }).count()).toBe(0);

    await finishTraining();
    await missingList().getByText(`${mentorName} has not signed the agreement.`).waitFor();
    await missingList().getByText(`The training checklist of ${mentorName} is not complete.`).waitFor();
    expect(await missingList().getByRole('listitem').count()).toBe(2);
    expect(await screenshot(page, artifacts, 'journey-mentoring-agreement.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the mentor reads the agreement, signs, trains, starts the relationship and schedules a session', async () => {
    await signIn('mentor@northwind.example');
    await openAsMentor();
    const form = page.getByRole('form', { name: 'Mentoring agreement' });
    expect(await form.getByLabel('Confidentiality norms').inputValue()).toBe(norms);
    expect(await form.getByRole('textbox', { name: 'Topic 2', exact: true }).inputValue()).toBe(topics[1]);
    await missingList().getByText('You have not signed the agreement.').waitFor();
    await page.getByRole('region', { name: 'Training' }).getByText('Complete', { exact: true }).waitFor();

    await page.getByRole('region', { name: 'Signatures' }).getByRole('button', { name: 'Sign the agreement' }).click();
    await missingList().getByText('Your training checklist is not complete.').waitFor();
    await finishTraining();
    await statusSection()
      .getByText('Both of you signed the agreement and finished your training', { exact: false })
      .waitFor();

    await statusSection().getByRole('button', { name: 'Start the relationship' }).click();
    await statusSection().getByText('The relationship is under way.', { exact: false }).waitFor();
    // Once started, the agreement reads as text and can no longer be edited.
    expect(await page.getByRole('form', { name: 'Mentoring agreement' }).count()).toBe(0);
    const topicList = page.getByRole('list', { name: 'Topics' });
    expect(await topicList.getByRole('listitem').allTextContents()).toEqual(topics);

    // The first session, scheduled from the relationship page a week from now (the browser's time zone).
    const sessions = page.getByRole('region', { name: 'Sessions', exact: true });
    await sessions.getByText('No sessions yet.').waitFor();
    await sessions.getByRole('button', { name: 'Schedule a session' }).click();
    const scheduleForm = sessions.getByRole('form', { name: 'Schedule a session' });
    const nextWeek = await page.evaluate(() => {
      const day = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
    });
    await scheduleForm.getByLabel('Date').fill(nextWeek);
    await scheduleForm.getByLabel('Start time').fill('10:00');
    await scheduleForm.getByRole('textbox', { name: 'Length (minutes)' }).fill('45');
    await scheduleForm.getByRole('button', { name: 'Schedule' }).click();
    await sessions.getByText('Session scheduled.', { exact: false }).waitFor();
    // The list refreshes after the message shows; wait for the row rather than read too early.
    const upcomingTable = sessions.getByRole('table', { name: 'Upcoming sessions' });
    await upcomingTable.locator('tbody tr').first().waitFor();
    const upcoming = await bodyRows(upcomingTable);
    expect(upcoming).toHaveLength(1);
    expect(upcoming[0]![0]).toMatch(/10:00–10:45$/);
    expect(await screenshot(page, artifacts, 'journey-mentoring-active.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the mentee sees the next session, sets a weekly goal and ticks it off: a one-week streak', async () => {
    await signIn('participant@northwind.example');
    await page.getByRole('link', { name: 'My development', exact: true }).click();
    // The session the mentor scheduled, at the top: when, with whom, and a link to it.
    const next = page.getByRole('region', { name: 'Next session' });
    const link = next.getByRole('link', { name: /10:00–10:45$/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/sessions\/[0-9a-f-]{36}$/);
    await next.getByText(`With ${mentorName} (mentor)`).waitFor();

    const panel = page.getByRole('region', { name: 'Weekly goals', exact: true });
    await panel.getByRole('heading', { name: 'This week' }).waitFor();
    await panel.getByText('No streak yet').waitFor();
    const form = panel.getByRole('form', { name: 'Add a weekly goal' });
    await form.getByLabel('Goal', { exact: true }).fill(weeklyGoal.description);
    await form.getByLabel('Development goal').fill(weeklyGoal.developmentGoal);
    await form.getByLabel('Business result').fill(weeklyGoal.businessResult);
    await form.getByRole('button', { name: 'Add goal' }).click();
    const done = panel.getByRole('checkbox', { name: `Done: ${weeklyGoal.description}` });
    // A click, not check(): the box may be re-rendered by the refreshed list in between.
    await done.click();
    await panel.getByText('1 week in a row').waitFor();
    expect(await done.isChecked()).toBe(true);

    // The relationship shows as active on My development too.
    const table = page.getByRole('table', { name: 'My mentoring' });
    await table.waitFor();
    const rows = await bodyRows(table);
    expect(rows[0]!.slice(0, 3)).toEqual([mentorName, programName, 'Active']);
    expect(await screenshot(page, artifacts, 'journey-mentoring-weekly-goal.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the mentor sees the weekly goal and completes the relationship', async () => {
    await signIn('mentor@northwind.example');
    await openAsMentor();
    const panel = page.getByRole('region', { name: `Weekly goals of ${menteeName}` });
    await panel.getByText(weeklyGoal.description).waitFor();
    await panel.getByText(`Business result: ${weeklyGoal.businessResult}`).waitFor();
    await panel.getByText('Done', { exact: true }).waitFor();
    await panel.getByText('1 week in a row').waitFor();
    // Read only: nothing to tick or remove.
    expect(await panel.getByRole('checkbox').count()).toBe(0);
    expect(await panel.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    expect(await screenshot(page, artifacts, 'journey-mentoring-mentor-weekly-goals.png')).toBeGreaterThan(5_000);

    await statusSection().getByRole('button', { name: 'Mark as completed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark the relationship as completed?' });
    await dialog.getByRole('button', { name: 'Complete the relationship' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await statusSection().getByText('This relationship is completed.', { exact: false }).waitFor();
    expect(await statusSection().getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save my training' }).count()).toBe(0);
    expect(await screenshot(page, artifacts, 'journey-mentoring-completed.png')).toBeGreaterThan(5_000);
  });

  it('left a screenshot of each main step', () => {
    for (const name of screenshots) {
      expect(existsSync(path.join(artifacts, name)), name).toBe(true);
    }
  });
});
