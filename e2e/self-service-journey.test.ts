// Self-service matching in the browser: a mentee sees their best-fitting mentors with reasons,
// asks one (after trying and withdrawing another), the mentor accepts, and the mentee sees their
// mentor. Runs on the demo's "New Manager Mentoring Circle" (self-service, four mentors with
// three places each, the demo mentor among them; the demo participant among the mentees).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { bodyRows, screenshot, signInAs, signOutOf } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-self-service-'));
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const screenshots = [
  'journey-self-service-empty.png',
  'journey-self-service-suggestions.png',
  'journey-self-service-request.png',
  'journey-self-service-mentor.png',
  'journey-self-service-matched.png',
];

const programName = 'New Manager Mentoring Circle';
const message = 'I lead a team for the first time and would like help with hard conversations.';
let mentorName = '';
let participantName = '';
let otherMentorName = '';

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

async function openDevelopment() {
  await page.getByRole('link', { name: 'My development', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My development' }).waitFor();
  const section = page.getByRole('region', { name: `Find a mentor: ${programName}` });
  await section.waitFor();
  return section;
}

async function openMentees() {
  await page.getByRole('link', { name: 'My mentees', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My mentees' }).waitFor();
}

describe('a mentee asks a suggested mentor, and the mentor accepts', () => {
  it('the mentor has no requests yet', async () => {
    mentorName = await signIn('mentor@northwind.example');
    await openMentees();
    await page.getByRole('heading', { level: 2, name: 'No requests yet' }).waitFor();
    expect(await screenshot(page, artifacts, 'journey-self-service-empty.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the mentee sees up to five suggestions, with scores, reasons and places left', async () => {
    participantName = await signIn('participant@northwind.example');
    const section = await openDevelopment();
    const cards = section.getByRole('article');
    await cards.first().waitFor();
    // The circle has four mentors, each with three free places: all of them are suggested.
    expect(await cards.count()).toBe(4);
    const names = await cards.getByRole('heading', { level: 3 }).allTextContents();
    expect(names).toContain(mentorName);
    expect(new Set(names).size).toBe(names.length);

    const mentorCard = section.getByRole('article', { name: mentorName });
    await mentorCard.getByText('3 places left', { exact: true }).waitFor();
    expect(await mentorCard.getByText(/^Match \d{1,3}\/100$/).count()).toBe(1);
    const reasons = mentorCard.getByRole('list', { name: `Why ${mentorName}` }).getByRole('listitem');
    expect(await reasons.count()).toBeGreaterThanOrEqual(1);
    expect((await reasons.first().textContent())?.trim().length).toBeGreaterThan(10);
    expect(await screenshot(page, artifacts, 'journey-self-service-suggestions.png')).toBeGreaterThan(5_000);
  });

  it('asks another mentor first, then withdraws that request', async () => {
    const section = page.getByRole('region', { name: `Find a mentor: ${programName}` });
    const names = await section.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
    otherMentorName = names.find((name) => name !== mentorName)!;

    await section.getByRole('button', { name: `Request ${otherMentorName} as your mentor` }).click();
    const dialog = page.getByRole('dialog', { name: `Ask ${otherMentorName} to mentor you` });
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await section.getByText(`Your request to ${otherMentorName} is waiting for an answer.`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // While one request waits, nobody else can be asked.
    expect(await section.getByRole('button', { name: /^Request / }).count()).toBe(0);

    await section.getByRole('button', { name: `Withdraw your request to ${otherMentorName}` }).click();
    await section.getByRole('button', { name: `Request ${mentorName} as your mentor` }).waitFor();
    const history = page.getByRole('table', { name: 'Your earlier requests' });
    await history.waitFor();
    const rows = await bodyRows(history);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 2)).toEqual([otherMentorName, programName]);
    expect(rows[0]![3]).toMatch(/^Withdrawn on \d{1,2} \w{3} \d{4}$/);
  });

  it('asks the demo mentor with a message and sees the request waiting', async () => {
    const section = page.getByRole('region', { name: `Find a mentor: ${programName}` });
    await section.getByRole('button', { name: `Request ${mentorName} as your mentor` }).click();
    const dialog = page.getByRole('dialog', { name: `Ask ${mentorName} to mentor you` });
    await dialog.getByRole('textbox', { name: 'Message (optional)' }).fill(message);
    await dialog.getByRole('button', { name: 'Send request' }).click();

    await section.getByText(`Your request to ${mentorName} is waiting for an answer.`).waitFor();
    const request = section.getByRole('article', { name: `Your request to ${mentorName}` });
    await request.getByText(message, { exact: true }).waitFor();
    expect(
      await request
        .getByRole('list', { name: `Why ${mentorName}` })
        .getByRole('listitem')
        .count(),
    ).toBeGreaterThanOrEqual(1);
    await section.getByRole('button', { name: `Withdraw your request to ${mentorName}` }).waitFor();
    expect(await screenshot(page, artifacts, 'journey-self-service-request.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the mentor reads the request with its message and reasons, and accepts', async () => {
    await signIn('mentor@northwind.example');
    await openMentees();
    const waiting = page.getByRole('region', { name: 'Waiting for your answer' });
    const card = waiting.getByRole('article', { name: participantName });
    await card.waitFor();
    expect(await waiting.getByRole('article').count()).toBe(1);
    await card.getByText(message, { exact: true }).waitFor();
    await card.getByText(programName, { exact: false }).waitFor();
    expect(await card.getByText(/^Match \d{1,3}\/100$/).count()).toBe(1);
    const reasons = card.getByRole('list', { name: `Why ${participantName} and you` }).getByRole('listitem');
    expect(await reasons.count()).toBeGreaterThanOrEqual(1);

    expect(await screenshot(page, artifacts, 'journey-self-service-mentor.png')).toBeGreaterThan(5_000);

    // Decline asks for an optional reason; the mentor thinks better of it.
    await card.getByRole('button', { name: `Decline ${participantName}` }).click();
    const decline = page.getByRole('dialog', { name: `Decline ${participantName}'s request?` });
    await decline.getByRole('textbox', { name: 'Reason (optional)' }).waitFor();
    await decline.getByRole('button', { name: 'Keep the request' }).click();
    await decline.waitFor({ state: 'hidden' });

    await card.getByRole('button', { name: `Accept ${participantName}` }).click();
    await waiting.getByText('Nothing is waiting for you.').waitFor();
    const answered = page.getByRole('table', { name: 'Answered' });
    await answered.waitFor();
    const rows = await bodyRows(answered);
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toContain(participantName);
    expect(rows[0]![1]).toBe(programName);
    expect(rows[0]![3]).toBe('Accepted');
    await signOut();
  });

  it('the mentee sees their mentor', async () => {
    await signIn('participant@northwind.example');
    const section = await openDevelopment();
    await section.getByText(`Your mentor: ${mentorName}`, { exact: true }).waitFor();
    expect(await section.getByRole('article').count()).toBe(0);
    expect(await section.getByRole('button', { name: /^Request / }).count()).toBe(0);
    // The history keeps the withdrawn request; the accepted one joins it.
    const history = page.getByRole('table', { name: 'Your earlier requests' });
    // The history loads on its own; wait for both rows before reading them.
    await history.getByRole('row').nth(2).waitFor();
    const rows = await bodyRows(history);
    expect(rows.map((row) => [row[0], row[3]!.split(' on ')[0]])).toEqual([
      [mentorName, 'Accepted'],
      [otherMentorName, 'Withdrawn'],
    ]);
    expect(await screenshot(page, artifacts, 'journey-self-service-matched.png')).toBeGreaterThan(5_000);
  });

  it('left a screenshot of each main step', () => {
    for (const name of screenshots) {
      expect(existsSync(path.join(artifacts, name)), name).toBe(true);
    }
  });
});
