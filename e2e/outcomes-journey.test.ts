// A program's outcomes report in the browser, on the demo's "Emerging Leaders Coaching", a coaching
// program seeded with a year of data and effects we know. The admin opens it from Outcomes and finds
// every section with its figures: the 360 change and the team engagement difference each with an
// interval that holds the seeded effect, a log-rank test for retention, the charts and the four
// levels. The 360 table downloads as a CSV file holding exactly the rows shown. The admin records
// a business measurement for a participant's team and sees it become that leader's latest, changes
// the ROI's attribution and reads the ROI Phillips' formula gives, and records a participant as
// "ready now" on their person page. The sponsor reads the same report from their dashboard without
// the admin's forms; the manager is told the page does not exist. The report prints without the
// app's navigation and forms.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOutcomeEffects, demoOutcomeProgramName } from '../src/server/modules/demo/demo.outcomes.js';
import { generateDemoPeople } from '../src/server/modules/demo/demo.people.js';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { bodyRows, chooseOption, screenshot, signInAs, signOutOf } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-outcomes-'));
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const screenshots = ['journey-outcomes-report.png', 'journey-outcomes-sponsor.png', 'journey-outcomes-print.png'];

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

const programName = demoOutcomeProgramName;
const demoPrograms = [
  'Leadership Coaching Pilot',
  'Leadership Mentoring 2027',
  'New Manager Mentoring Circle',
  'Succession Accelerator 2027',
  programName,
];
const sections = [
  '360 change',
  'Team engagement',
  'Promotion readiness',
  'Retention',
  'Business outcomes',
  'Four levels (Kirkpatrick)',
  'ROI (Phillips)',
];
const levels = ['Reaction', 'Learning', 'Behaviour', 'Results'];

// The demo's people are generated from a fixed seed: their titles and employee IDs, by name.
const demoPeople = generateDemoPeople(200);
const isUniqueName = (name: string) => demoPeople.filter((person) => person.name === name).length === 1;
function demoPerson(name: string) {
  const person = demoPeople.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`${name} is not one of the demo's people.`);
  return person;
}

/** Today as the browser's forms fill it in: the local calendar date. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
const today = localToday();
/** The date as the measurement form's confirmation writes it: "2 Dec 2026". */
const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** The date as the readiness history writes it: "2 December 2026". */
const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

let reportUrl = '';
let adminName = '';
/** The participant whose team is measured and who is assessed "ready now". */
let leader = '';
let metric = '';
const measuredValue = '7.5';

/** "[0.28, 0.51]" or "0.28 to 0.51" as its two ends. */
function interval(text: string): [number, number] {
  const match = /(-?\d+(?:\.\d+)?)(?:, | to )(-?\d+(?:\.\d+)?)/.exec(text);
  if (!match) throw new Error(`No interval in "${text}".`);
  return [Number(match[1]), Number(match[2])];
}
const holds = ([low, high]: [number, number], value: number) => low <= value && value <= high;

/** A CSV text (RFC 4180) as rows of cells, without the byte order mark. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The header cells of a table. */
function headerCells(table: Locator): Promise<string[]> {
  return table.locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
}

/** A section of the report, by its h2. */
const section = (name: string) => page.getByRole('region', { name, exact: true });

/** Opens the report from the table of programs on the page, and waits for its heading. */
async function openReportFrom(tableName: string): Promise<void> {
  await page
    .getByRole('table', { name: tableName, exact: true })
    .getByRole('link', { name: `Outcomes of ${programName}`, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: `Outcomes: ${programName}` }).waitFor();
}

/** The total of "Rated ready now" over the tiers shown. */
async function readyNowTotal(): Promise<number> {
  const rows = await bodyRows(
    section('Promotion readiness').getByRole('table', { name: 'Time to ready now, per tier' }),
  );
  return rows.reduce((sum, row) => sum + Number(row[2]), 0);
}

/** The HTTP status of a GET made by the page itself, with the signed-in user's cookie. */
function statusOfGet(url: string): Promise<number> {
  return page.evaluate(async (target) => (await fetch(target)).status, url);
}

let readyNowBefore = 0;

describe('a program’s outcomes report, from the figures to the forms behind them', () => {
  it('the admin opens Outcomes and finds the demo’s five programs', async () => {
    adminName = await signIn('admin@northwind.example');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outcomes', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Outcomes' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/outcomes');

    const programs = page.getByRole('table', { name: 'Programs', exact: true });
    await programs.getByRole('link', { name: `Outcomes of ${programName}`, exact: true }).waitFor();
    expect(await headerCells(programs)).toEqual(['Program', 'Approach', 'Status', 'Dates', 'Participants']);
    const rows = await bodyRows(programs);
    expect(rows.map((row) => row[0]).sort()).toEqual([...demoPrograms].sort());
    const showcase = rows.find((row) => row[0] === programName)!;
    expect([showcase[1], showcase[2], showcase[4]]).toEqual(['Coaching', 'Running', '16']);

    await openReportFrom('Programs');
    reportUrl = page.url();
    expect(new URL(reportUrl).pathname).toMatch(/^\/programs\/[0-9a-f-]{36}\/outcomes$/);
  });

  it('shows every section with figures that hold the effects the demo was seeded with', async () => {
    for (const name of sections) {
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
      expect(
        await section(name)
          .getByText(/^n = \d+/)
          .count(),
        name,
      ).toBeGreaterThan(0);
    }

    // 360 change: every competency and the overall row, the overall change positive and its interval
    // around the seeded +0.4.
    const change = section('360 change');
    expect(await change.getByRole('note', { name: 'Not enough data' }).count()).toBe(0);
    const table = change.getByRole('table', { name: '360 change per competency' });
    expect(await headerCells(table)).toEqual([
      'Competency',
      'n',
      'Pre mean',
      'Post mean',
      'Change',
      '95% CI',
      'p',
      'Cohen’s dz',
      'Hedges’ gz',
    ]);
    const rows = await bodyRows(table);
    expect(rows).toHaveLength(8);
    const overall = rows.at(-1)!;
    expect(overall[0]).toBe('All competencies');
    expect(overall[4]).toMatch(/^\+\d+\.\d{2}$/);
    expect(Number(overall[4])).toBeGreaterThan(0);
    const overallCi = interval(overall[5]!);
    expect(overallCi[0], overall[5]).toBeGreaterThan(0);
    expect(holds(overallCi, demoOutcomeEffects.feedbackChange), overall[5]).toBe(true);
    for (const row of rows) expect(row[2], row[0]).not.toBe('Not enough data');
    await change.getByRole('img', { name: /^Change from pre to post 360/ }).waitFor();

    // Team engagement: the difference in differences, its interval around the seeded +0.3.
    const estimate = section('Team engagement').getByRole('group', { name: 'Difference in differences' });
    const estimateText = ((await estimate.textContent()) ?? '').replace(/\s+/g, ' ');
    const difference = /([+-]?\d+\.\d{2})95% CI (-?\d+\.\d{2} to -?\d+\.\d{2})/.exec(estimateText);
    expect(difference, estimateText).not.toBeNull();
    expect(Number(difference![1])).toBeGreaterThan(0);
    expect(holds(interval(difference![2]!), demoOutcomeEffects.engagementDifference), estimateText).toBe(true);
    expect(await estimate.getByRole('note', { name: 'Not enough data' }).count()).toBe(0);
    await section('Team engagement').getByRole('note', { name: 'Compared with' }).waitFor();
    await section('Team engagement').getByRole('note', { name: 'Assumption' }).waitFor();

    // Promotion readiness and retention: a Kaplan–Meier chart each, and the log-rank test.
    await section('Promotion readiness')
      .getByRole('img', { name: /^Share not yet ready now by months since enrollment/ })
      .waitFor();
    readyNowBefore = await readyNowTotal();
    expect(readyNowBefore).toBeGreaterThan(0);
    const retention = section('Retention');
    await retention.getByRole('img', { name: /^Share still employed by months since the start/ }).waitFor();
    await retention.getByText(/^Log-rank test:\s*chi-square = \d+\.\d{2}, df = 1, p [=<] \d/).waitFor();
    const retentionRows = await bodyRows(retention.getByRole('table', { name: 'Retention per group' }));
    expect(retentionRows.map((row) => row[2])).toEqual([
      String(demoOutcomeEffects.leavers.participants),
      String(demoOutcomeEffects.leavers.comparison),
    ]);

    // The four levels, each with figures.
    const kirkpatrick = section('Four levels (Kirkpatrick)');
    for (const [index, level] of levels.entries()) {
      const card = kirkpatrick.getByRole('region', { name: level, exact: true });
      await card.getByText(`Level ${index + 1}`, { exact: true }).waitFor();
      expect(await card.getByText('No figures for this level yet.').count(), level).toBe(0);
      expect(await card.locator('dt').count(), level).toBeGreaterThan(0);
    }

    // The ROI of the seeded assumptions.
    await section('ROI (Phillips)')
      .getByRole('group', { name: 'ROI', exact: true })
      .getByText(`${demoOutcomeEffects.roiPercent.toFixed(0)}%`, { exact: true })
      .waitFor();
    expect(await screenshot(page, artifacts, 'journey-outcomes-report.png')).toBeGreaterThan(5_000);
  });

  it('downloads the 360 change table as a CSV file holding exactly the rows shown', async () => {
    const table = section('360 change').getByRole('table', { name: '360 change per competency' });
    const shownHeader = await headerCells(table);
    const shownRows = await bodyRows(table);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV: 360 change per competency', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('emerging-leaders-coaching-360-change.csv');
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const csv = parseCsv(text);
    expect(csv[0]).toEqual([
      'Competency',
      'n',
      'Pre mean',
      'Post mean',
      'Change',
      '95% CI',
      'p',
      'Cohen’s dz',
      'Hedges’ gz',
    ]);
    expect(csv[0]).toEqual(shownHeader);
    // One line per competency and the overall line, as in the table.
    expect(csv).toHaveLength(shownRows.length + 1);
    expect(csv.slice(1)).toEqual(shownRows);
    expect(csv.at(-1)![0]).toBe('All competencies');
  });

  it('records a business measurement for a participant’s team, which becomes their latest', async () => {
    const business = section('Business outcomes');
    const metrics = await bodyRows(business.getByRole('table', { name: 'Business outcomes', exact: true }));
    expect(metrics.length).toBeGreaterThan(0);
    metric = metrics[0]![0]!;
    expect(metric).toBe('Voluntary turnover in the team');

    const latest = business.getByRole('table', { name: `Latest measurement per leader: ${metric}`, exact: true });
    const before = await bodyRows(latest);
    expect(before.length).toBe(Number(metrics[0]![4]));
    // A participant whose name nobody else in the demo has, measured before today at another value.
    const chosen = before.find((row) => isUniqueName(row[0]!) && row[1]! < today && row[2] !== measuredValue);
    expect(chosen).toBeDefined();
    leader = chosen![0]!;

    const form = business.getByRole('form', { name: `Record a measurement: ${metric}`, exact: true });
    // Searching by the whole name: the option that names the leader's title is theirs.
    const picker = form.getByRole('combobox', { name: 'Leader' });
    await picker.fill(leader);
    await page
      .getByRole('option')
      .filter({ hasText: demoPerson(leader).title })
      .click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    expect(await picker.inputValue()).toBe(leader);
    const measuredOn = form.getByLabel('Measured on');
    // The form starts at today's date.
    expect(await measuredOn.inputValue()).toBe(today);
    await measuredOn.fill(today);
    await form.getByRole('textbox', { name: 'Value' }).fill(measuredValue);
    await form.getByRole('button', { name: 'Record measurement' }).click();

    await form
      .getByRole('status')
      .filter({ hasText: `Recorded ${measuredValue} for ${leader}, measured on ${shortDate.format(asDate(today))}.` })
      .waitFor();
    // The report is read again: the leader's latest is today's, the other leaders as they were.
    await expect
      .poll(async () => (await bodyRows(latest)).find((row) => row[0] === leader), { timeout: 15_000 })
      .toEqual([leader, today, measuredValue]);
    const after = await bodyRows(latest);
    expect(after.filter((row) => row[0] !== leader)).toEqual(before.filter((row) => row[0] !== leader));
    // Still one latest measurement per leader: n does not change.
    const metricsAfter = await bodyRows(business.getByRole('table', { name: 'Business outcomes', exact: true }));
    expect(metricsAfter[0]![4]).toBe(metrics[0]![4]);
    // The form is cleared for the next leader; the date stays.
    expect(await form.getByRole('combobox', { name: 'Leader' }).inputValue()).toBe('');
    expect(await form.getByRole('textbox', { name: 'Value' }).inputValue()).toBe('');
  });

  it('changes the ROI’s attribution and reads the ROI Phillips’ formula gives', async () => {
    const roi = section('ROI (Phillips)');
    const form = roi.getByRole('form', { name: 'ROI assumptions', exact: true });
    const number = async (label: string) =>
      Number((await form.getByRole('textbox', { name: label, exact: true }).inputValue()).replace(/,/g, ''));
    const benefits = await number('Monetary benefits per year');
    const confidence = await number('Confidence (%)');
    const costs = await number('Fully loaded costs');
    // The demo's assumptions, as the form shows them.
    expect([benefits, await number('Attribution (%)'), confidence, costs]).toEqual([420_000, 50, 70, 120_000]);
    expect(await form.getByRole('textbox', { name: 'Currency' }).inputValue()).toBe('EUR');

    const attribution = 60;
    await form.getByRole('textbox', { name: 'Attribution (%)', exact: true }).fill(String(attribution));
    await form.getByRole('button', { name: 'Save assumptions' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const roiAt = (attributed: number, sure: number) => ((benefits * attributed * sure - costs) / costs) * 100;
    const expected = roiAt(attribution / 100, confidence / 100);
    expect(expected).toBeCloseTo(47, 6);
    const stat = (label: string) => roi.getByRole('group', { name: label, exact: true });
    await stat('ROI')
      .getByText(`${expected.toFixed(0)}%`, { exact: true })
      .waitFor();
    const adjusted = (benefits * attribution * confidence) / 10_000;
    await stat('Adjusted benefits')
      .getByText(`€${new Intl.NumberFormat('en').format(Math.round(adjusted))}`, { exact: true })
      .waitFor();
    await stat('Benefit–cost ratio')
      .getByText(`${(adjusted / costs).toFixed(2)} : 1`, { exact: true })
      .waitFor();
    // Attribution and confidence each 20 points lower, and higher.
    const low = roiAt(attribution / 100 - 0.2, confidence / 100 - 0.2);
    const high = roiAt(Math.min(1, attribution / 100 + 0.2), Math.min(1, confidence / 100 + 0.2));
    await stat('Sensitivity range')
      .getByText(`${low.toFixed(0)}% to ${high.toFixed(0)}%`, { exact: true })
      .waitFor();
    // The form shows what was saved.
    expect(await number('Attribution (%)')).toBe(attribution);
  });

  it('records the participant as “ready now” on their person page', async () => {
    const person = demoPerson(leader);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill(person.employeeId);
    const people = page.getByRole('table', { name: 'People' });
    await expect.poll(async () => (await bodyRows(people)).map((row) => row[0]), { timeout: 15_000 }).toEqual([leader]);
    await people.getByRole('link', { name: leader, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: leader }).waitFor();

    const readiness = page.getByRole('region', { name: 'Promotion readiness', exact: true });
    const history = readiness.getByRole('table', { name: 'Readiness history' });
    // The demo assessed every participant at the program's start.
    await history.waitFor();
    const before = await bodyRows(history);
    expect(before.length).toBeGreaterThan(0);
    const wasReadyNow = before.some((row) => row[0] === 'Ready now');

    const form = readiness.getByRole('form', { name: 'Record a readiness assessment' });
    await chooseOption(page, form.getByRole('combobox', { name: 'Readiness' }), 'Ready now');
    const assessedOn = form.getByLabel('Assessed on');
    expect(await assessedOn.inputValue()).toBe(today);
    await assessedOn.fill(today);
    const note = 'Led the quarterly planning alone; the team followed.';
    await form.getByLabel('Note').fill(note);
    await form.getByRole('button', { name: 'Record assessment' }).click();
    await form.getByRole('status').filter({ hasText: 'Assessment recorded.' }).waitFor();

    await expect.poll(async () => (await bodyRows(history)).length, { timeout: 15_000 }).toBe(before.length + 1);
    const rows = await bodyRows(history);
    expect(rows[0]).toEqual(['Ready now', longDate.format(asDate(today)), adminName, note]);
    expect(rows.slice(1)).toEqual(before);

    // The report counts a participant's first "ready now" since the start, once.
    await page.goto(reportUrl);
    await page.getByRole('heading', { level: 1, name: `Outcomes: ${programName}` }).waitFor();
    await section('Promotion readiness').getByRole('table', { name: 'Time to ready now, per tier' }).waitFor();
    expect(await readyNowTotal()).toBe(readyNowBefore + (wasReadyNow ? 0 : 1));
    await signOut();
  });

  it('the sponsor reads the report from their dashboard, without the admin’s forms', async () => {
    await signIn('sponsor@northwind.example');
    const navigation = page.getByRole('navigation', { name: 'Main' });
    expect(await navigation.getByRole('link', { name: 'Outcomes', exact: true }).count()).toBe(0);
    await navigation.getByRole('link', { name: 'Program dashboard', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Program dashboard' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Programs you sponsor' }).waitFor();
    const sponsored = page.getByRole('table', { name: 'Programs you sponsor', exact: true });
    await sponsored.getByRole('link', { name: `Outcomes of ${programName}`, exact: true }).waitFor();
    expect((await bodyRows(sponsored)).map((row) => row[0])).toContain(programName);

    await openReportFrom('Programs you sponsor');
    expect(page.url()).toBe(reportUrl);
    for (const name of sections) await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    // What the admin changed, and no way to change it.
    await section('ROI (Phillips)').getByRole('group', { name: 'ROI', exact: true }).getByText('47%').waitFor();
    const latest = page.getByRole('table', { name: `Latest measurement per leader: ${metric}`, exact: true });
    expect((await bodyRows(latest)).find((row) => row[0] === leader)).toEqual([leader, today, measuredValue]);
    expect(await page.getByRole('form', { name: 'ROI assumptions' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: /^Record a measurement/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save assumptions' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Record measurement' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Program dashboard', exact: true }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Program page', exact: true }).count()).toBe(0);
    expect(await screenshot(page, artifacts, 'journey-outcomes-sponsor.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the manager is told the report’s page does not exist', async () => {
    await signIn('manager@northwind.example');
    await page.goto(reportUrl);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: `Outcomes: ${programName}` }).count()).toBe(0);
    expect(await page.getByText('360 change per competency').count()).toBe(0);
    // The API says the same.
    expect(await statusOfGet(`/api${new URL(reportUrl).pathname}`)).toBe(404);
    await signOut();
  });

  it('the report has a Print button and prints without the navigation and the forms', async () => {
    await signIn('admin@northwind.example');
    await page.goto(reportUrl);
    await page.getByRole('heading', { level: 1, name: `Outcomes: ${programName}` }).waitFor();
    const print = page.getByRole('button', { name: 'Print', exact: true });
    await print.waitFor();
    const navigation = page.getByRole('navigation', { name: 'Main' });
    expect(await navigation.isVisible()).toBe(true);
    expect(await page.getByRole('form', { name: 'ROI assumptions' }).isVisible()).toBe(true);

    // Not clicked: the print dialog would wait for a person. The print style sheet is what it prints.
    await page.emulateMedia({ media: 'print' });
    try {
      await navigation.waitFor({ state: 'hidden' });
      await print.waitFor({ state: 'hidden' });
      await page.getByRole('form', { name: 'ROI assumptions' }).waitFor({ state: 'hidden' });
      expect(
        await page
          .getByRole('button', { name: /^Download CSV/ })
          .first()
          .isVisible(),
      ).toBe(false);
      expect(await page.getByRole('form', { name: `Record a measurement: ${metric}` }).isVisible()).toBe(false);
      // The figures stay.
      expect(await page.getByRole('heading', { level: 1, name: `Outcomes: ${programName}` }).isVisible()).toBe(true);
      expect(await page.getByRole('table', { name: '360 change per competency' }).isVisible()).toBe(true);
      expect(await screenshot(page, artifacts, 'journey-outcomes-print.png')).toBeGreaterThan(5_000);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await navigation.waitFor({ state: 'visible' });
  });

  it('left a screenshot of each main step', () => {
    for (const name of screenshots) {
      expect(existsSync(path.join(artifacts, name)), name).toBe(true);
    }
  });
});
