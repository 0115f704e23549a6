// The admin's bulk-matching journey in the browser: open a program that is in matching, run it,
// review the board (reasons, the unmatched, fairness), edit it by hand, re-run around the locked
// pairs, publish, and find the published pairs on the program page.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { bodyRows, screenshot } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-matching-journey-'));
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const screenshots = ['journey-matching-board.png', 'journey-matching-published.png'];

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  for (const name of [...screenshots, 'journey-matching-failure.png'])
    rmSync(path.join(artifacts, name), { force: true });
  server = await startTandem(['--demo-if-empty'], { TANDEM_DATA_DIR: dataDir });
  browser = await launchBrowser();
  page = await browser.browser.newPage();
  page.setDefaultTimeout(15_000);
});
// A failed step leaves what the page showed, to see why.
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) {
    await screenshot(page, artifacts, 'journey-matching-failure.png').catch(() => 0);
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const programName = 'Leadership Mentoring 2027';
const idPattern = '[0-9a-f-]{36}';

/** A number shown on the board's summary, e.g. the "Matched" card. */
async function summaryNumber(label: string): Promise<number> {
  const card = page.getByRole('region', { name: 'Summary' }).getByText(label, { exact: true }).locator('..');
  const text = (await card.textContent()) ?? '';
  const value = Number(text.slice(label.length));
  if (!Number.isFinite(value)) throw new Error(`"${label}" shows no number: ${text}`);
  return value;
}

function summaryCard(label: string): Locator {
  return page.getByRole('region', { name: 'Summary' }).getByText(label, { exact: true }).locator('..');
}

/** The participant's name in a board row (the first line of the first cell). */
async function participantOf(row: Locator): Promise<string> {
  return (await row.locator('td').first().locator('p').first().textContent()) ?? '';
}

async function partnerOf(row: Locator): Promise<string> {
  return (await row.locator('td').nth(1).locator('p').first().textContent()) ?? '';
}

const proposals = () => page.getByRole('table', { name: 'Proposed pairs' });
const unmatched = () => page.getByRole('table', { name: 'Unmatched participants' });
const filter = () => page.getByRole('searchbox', { name: 'Filter pairs by name' });
/** The board row of a participant (after filtering the board down to them). */
async function rowOf(name: string): Promise<Locator> {
  await filter().fill(name);
  const row = proposals()
    .locator('tbody tr')
    .filter({ has: page.getByText(name, { exact: true }) })
    .filter({ has: page.getByRole('switch', { name: `Lock the pair of ${name}` }) });
  await row.first().waitFor();
  return row.first();
}

let matched = 0;
let unmatchedCount = 0;
let lockedName = '';
let lockedPartner = '';
let removedName = '';
let freedPartner = '';
let assignedName = '';

describe('an admin runs bulk matching for a program, reviews and edits the board, and publishes it', () => {
  it('signs in and finds the program on the Matching page', async () => {
    await page.goto(server.url);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Email').fill('admin@northwind.example');
    await page.getByLabel('Password').fill('tandem-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome,/ }).waitFor();

    await page.getByRole('link', { name: 'Matching', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Matching' }).waitFor();
    const programs = page.getByRole('table', { name: 'Programs to match' });
    const row = programs.locator('tbody tr').filter({ hasText: programName });
    await row.getByText('Not run yet').waitFor();
    expect(await row.getByText('Matching', { exact: true }).count()).toBe(1);
    await row.getByRole('link', { name: programName }).click();
  });

  it('sees and saves the settings, then runs matching and lands on the board', async () => {
    await page.waitForURL(new RegExp(`/programs/${idPattern}/matching$`));
    await page.getByRole('heading', { level: 1, name: `Matching: ${programName}` }).waitFor();
    const settings = page.getByRole('form', { name: 'Matching settings' });
    expect(await settings.getByRole('textbox', { name: 'Complementary strengths' }).inputValue()).toBe('35');
    expect(await settings.getByRole('radio', { name: 'Match as many people as possible' }).isChecked()).toBe(true);
    const noManager = settings.getByRole('switch', { name: 'Never pair someone with their manager', exact: true });
    expect(await noManager.isChecked()).toBe(true);
    await page.getByText('No runs yet.').waitFor();

    // Nobody has ranked choices in the demo: weigh them less, and save.
    await settings.getByRole('textbox', { name: 'Ranked choices' }).fill('5');
    await settings.getByText('Unsaved changes: matching runs with the saved settings.').waitFor();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();

    await page.getByRole('button', { name: 'Run matching' }).click();
    // The solver takes a few seconds; the page says it is working meanwhile.
    await page.getByRole('status').filter({ hasText: 'scoring every allowed pair' }).waitFor();
    await page.waitForURL(new RegExp(`/programs/${idPattern}/matching/${idPattern}$`));
    await page.getByRole('heading', { level: 1, name: `Matching board: ${programName}` }).waitFor();
  });

  it('shows the proposals with their reasons, the unmatched with theirs, and the fairness report', async () => {
    await proposals().waitFor();
    matched = await summaryNumber('Matched');
    unmatchedCount = await summaryNumber('Unmatched');
    // ~163 participants and fewer mentor places than that: most are matched, some are not.
    expect(matched + unmatchedCount).toBeGreaterThan(150);
    expect(matched).toBeGreaterThan(80);
    expect(unmatchedCount).toBeGreaterThan(0);
    await summaryCard('Solution').getByText('Proven best').waitFor();
    await page.getByRole('heading', { level: 2, name: `Proposed pairs (${matched})` }).waitFor();
    await page.getByRole('heading', { level: 2, name: `Unmatched (${unmatchedCount})` }).waitFor();

    // Pages of 50, each pair with at least one reason in plain words.
    expect(await proposals().locator('tbody tr').count()).toBe(Math.min(50, matched));
    const firstReasons = proposals().locator('tbody tr').first().getByRole('listitem');
    expect(await firstReasons.count()).toBeGreaterThan(0);
    expect((await firstReasons.first().textContent())?.length).toBeGreaterThan(5);
    expect(await unmatched().locator('tbody tr').count()).toBe(unmatchedCount);

    const fairness = page.getByRole('region', { name: 'Fairness report' });
    const rate = Math.round((matched / (matched + unmatchedCount)) * 100);
    await fairness.getByText(`Match rate ${rate}%`, { exact: true }).waitFor();
    const departments = await bodyRows(fairness.getByRole('table', { name: 'Match rate by department' }));
    expect(departments.length).toBeGreaterThan(2);
    // Lowest rate first.
    const rates = departments.map((cells) => Number(cells[2]!.replace('%', '')));
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    const histogram = await bodyRows(fairness.getByRole('table', { name: 'Pairs by score' }));
    expect(histogram).toHaveLength(10);
    expect(histogram.reduce((sum, cells) => sum + Number(cells[1]), 0)).toBe(matched);
    const loads = await bodyRows(fairness.getByRole('table', { name: 'Mentors by load' }));
    expect(loads.reduce((sum, cells) => sum + Number(cells[0]) * Number(cells[1]), 0)).toBe(matched);
    expect(await screenshot(page, artifacts, 'journey-matching-board.png')).toBeGreaterThan(20_000);
  });

  it('locks one pair and removes another', async () => {
    const rows = proposals().locator('tbody tr');
    lockedName = await participantOf(rows.nth(0));
    lockedPartner = await partnerOf(rows.nth(0));
    removedName = await participantOf(rows.nth(1));
    freedPartner = await partnerOf(rows.nth(1));

    const lock = page.getByRole('switch', { name: `Lock the pair of ${lockedName}` });
    // A Switch's input is visually hidden; its track (the input's label) is what one clicks.
    await page.locator(`label[for="${await lock.getAttribute('id')}"]`).click();
    await page.getByText('Locked pairs (1 now)', { exact: false }).waitFor();
    expect(await lock.isChecked()).toBe(true);
    // Locking keeps the proven optimum.
    await summaryCard('Solution').getByText('Proven best').waitFor();

    await page.getByRole('button', { name: `Remove the pair of ${removedName}` }).click();
    await page.getByRole('heading', { level: 2, name: `Unmatched (${unmatchedCount + 1})` }).waitFor();
    await page.getByRole('heading', { level: 2, name: `Proposed pairs (${matched - 1})` }).waitFor();
    await summaryCard('Solution').getByText('Edited by hand').waitFor();
    const removedRow = unmatched().locator('tbody tr').filter({ hasText: removedName });
    await removedRow.getByText('Taken off the board by hand.').waitFor();
  });

  it('assigns an unmatched person to the mentor who now has a free place', async () => {
    const candidates = (await bodyRows(unmatched())).length;
    // Hard rules (e.g. the same reporting line) may forbid a pair: try the next person then.
    for (let index = 0; index < Math.min(candidates, 5) && assignedName === ''; index += 1) {
      const row = unmatched().locator('tbody tr').nth(index);
      const name = await participantOf(row);
      if (name === removedName) continue;
      await row.getByRole('button', { name: `Assign ${name}` }).click();
      const dialog = page.getByRole('dialog', { name: `Assign ${name}` });
      const mentor = dialog.getByRole('combobox', { name: 'Mentor with a place left' });
      await mentor.fill(freedPartner);
      await page.getByRole('option').filter({ hasText: freedPartner }).filter({ hasText: '1 place left' }).click();
      await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
      const refused = dialog.getByRole('alert').filter({ hasText: 'cannot be paired' });
      const outcome = await Promise.race([
        dialog.waitFor({ state: 'detached' }).then(() => 'assigned' as const),
        refused.waitFor().then(() => 'refused' as const),
      ]);
      if (outcome === 'assigned') assignedName = name;
      else await dialog.getByRole('button', { name: 'Cancel' }).click();
    }
    expect(assignedName).not.toBe('');

    await page.getByRole('heading', { level: 2, name: `Unmatched (${unmatchedCount})` }).waitFor();
    await page.getByRole('heading', { level: 2, name: `Proposed pairs (${matched})` }).waitFor();
    const row = await rowOf(assignedName);
    expect(await partnerOf(row)).toBe(freedPartner);
    await row.getByText('Placed by hand').waitFor();
    // A pair placed by hand is locked.
    expect(await row.getByRole('switch').isChecked()).toBe(true);
    await filter().fill('');
  });

  it('swaps the mentors of two pairs', async () => {
    const rows = proposals().locator('tbody tr');
    let swapped: [string, string] | null = null;
    // Hard rules may forbid one of the new pairs: try the next pair then.
    for (let index = 2; index < 8 && swapped === null; index += 1) {
      const name = await participantOf(rows.nth(index));
      const partner = await partnerOf(rows.nth(index));
      if ([lockedName, assignedName, removedName].includes(name)) continue;
      await page.getByRole('button', { name: `Swap the mentor of ${name}` }).click();
      const dialog = page.getByRole('dialog', { name: `Swap the mentor of ${name}` });
      const other = dialog.getByRole('combobox', { name: 'Swap with the pair of' });
      await other.click();
      const option = page.getByRole('option').nth(index);
      const otherName = ((await option.textContent()) ?? '').split(' (')[0]!;
      const otherPartner = ((await option.textContent()) ?? '').replace(/^.*\(mentor: (.*)\)$/, '$1');
      await option.click();
      await dialog.getByRole('button', { name: 'Swap', exact: true }).click();
      const outcome = await Promise.race([
        dialog.waitFor({ state: 'detached' }).then(() => 'swapped' as const),
        dialog
          .getByRole('alert')
          .waitFor()
          .then(() => 'refused' as const),
      ]);
      if (outcome === 'refused') {
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        continue;
      }
      swapped = [name, otherName];
      expect(await partnerOf(await rowOf(name))).toBe(otherPartner);
      expect(await partnerOf(await rowOf(otherName))).toBe(partner);
      await filter().fill('');
    }
    expect(swapped).not.toBeNull();
    await page.getByText('Locked pairs (4 now)', { exact: false }).waitFor();
  });

  it('re-runs around the locked pairs: they stay as they were', async () => {
    await page.getByRole('button', { name: 'Re-run around locked pairs' }).click();
    await summaryCard('Solution').getByText('Proven best').waitFor({ timeout: 30_000 });
    matched = await summaryNumber('Matched');
    unmatchedCount = await summaryNumber('Unmatched');
    expect(matched).toBeGreaterThan(80);

    const locked = await rowOf(lockedName);
    expect(await partnerOf(locked)).toBe(lockedPartner);
    expect(await locked.getByRole('switch').isChecked()).toBe(true);
    const assigned = await rowOf(assignedName);
    expect(await partnerOf(assigned)).toBe(freedPartner);
    await page.getByText('Locked pairs (4 now)', { exact: false }).waitFor();
    await filter().fill('');
  });

  it('publishes the board after confirming, and finds the pairs on the program page', async () => {
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this board?' });
    await dialog.getByText(`${matched} pairs become mentoring relationships.`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: `Publish ${matched} pairs` }).click();

    const done = page.getByRole('status').filter({ hasText: 'Published' });
    await done.getByText(`${matched} mentoring relationships were created.`, { exact: false }).waitFor();
    // A published board is read-only.
    await summaryCard('Solution').getByText('Published').waitFor();
    expect(await page.getByRole('button', { name: /^Remove the pair of/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Re-run around locked pairs' }).count()).toBe(0);
    expect(await screenshot(page, artifacts, 'journey-matching-published.png')).toBeGreaterThan(20_000);

    await done.getByRole('link', { name: 'See the program’s matches' }).click();
    await page.waitForURL(new RegExp(`/programs/${idPattern}#program-matches$`));
    await page.getByRole('heading', { level: 1, name: programName }).waitFor();
    const matches = page.getByRole('region', { name: 'Matches' });
    await matches.getByText(`${matched} pairs, newest first`).waitFor();
    const rows = await bodyRows(matches.getByRole('table', { name: 'Matches' }));
    expect(rows).toHaveLength(Math.min(25, matched));
    expect(rows.every((cells) => cells[2] === 'Proposed' && cells[3] === 'Matching run')).toBe(true);
  });

  it('shows the published run on the Matching page', async () => {
    await page.getByRole('link', { name: 'Matching', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Matching' }).waitFor();
    const row = page.getByRole('table', { name: 'Programs to match' }).locator('tbody tr').filter({
      hasText: programName,
    });
    await row.getByText('Published').waitFor();
    const cells = (await bodyRows(page.getByRole('table', { name: 'Programs to match' }))).find((entry) =>
      entry[0]!.startsWith(programName),
    );
    expect(cells?.[4]).toBe(String(matched));
    expect(cells?.[5]).toBe(String(unmatchedCount));
  });

  it('left a screenshot of the board and of the published run', () => {
    for (const name of screenshots) expect(existsSync(path.join(artifacts, name)), name).toBe(true);
  });
});
