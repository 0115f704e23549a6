// Personal data in the browser: the demo admin sets how long session notes are kept, downloads a
// person's data, erases the person and sees the Erased state; a participant downloads their own.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonalDataExport } from '../src/contract/privacy.js';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { bodyRows, screenshot, signInAs, signOutOf, waitForValue } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-personal-data-'));
const downloadsDir = mkdtempSync(path.join(tmpdir(), 'tandem-personal-data-downloads-'));
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

// An individual contributor of the demo directory, with no login of their own.
const employeeId = 'E1200';
let personName = '';

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  rmSync(path.join(artifacts, 'journey-personal-data-erased.png'), { force: true });
  server = await startTandem(['--demo-if-empty'], { TANDEM_DATA_DIR: dataDir });
  browser = await launchBrowser();
  page = await browser.browser.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(downloadsDir, { recursive: true, force: true });
});

/** Clicks a download link and answers the saved file's name and parsed JSON. */
async function download(name: string): Promise<{ fileName: string; data: PersonalDataExport }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const target = path.join(downloadsDir, file.suggestedFilename());
  await file.saveAs(target);
  return { fileName: file.suggestedFilename(), data: JSON.parse(readFileSync(target, 'utf8')) as PersonalDataExport };
}

describe('an admin keeps session notes for a set time, exports and erases a person', () => {
  it('sets the session note retention on /settings', async () => {
    await signInAs(page, server.url, 'admin@northwind.example');
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByText(/private notes and the agenda of every session/).waitFor();
    expect(await page.getByRole('radio', { name: 'Keep them until someone deletes them' }).isChecked()).toBe(true);

    await page.getByRole('radio', { name: /Delete them a set number of days/ }).check();
    const days = page.getByRole('textbox', { name: 'Days after the end' });
    await days.fill('20');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a whole number of days from 30 to 3650.').waitFor();

    await days.fill('400');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // Read back from the server, not from the form's memory.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await waitForValue(page.getByRole('textbox', { name: 'Days after the end' }), '400');
  });

  it('downloads a person’s data from their page', async () => {
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill(employeeId);
    await page.getByText('1 person', { exact: true }).waitFor();
    const people = page.getByRole('table', { name: 'People' });
    personName = (await bodyRows(people))[0]![0]!;
    await people.getByRole('link', { name: personName }).click();
    await page.getByRole('heading', { level: 1, name: personName }).waitFor();

    const { fileName, data } = await download('Download personal data');
    expect(fileName).toBe(`personal-data-${employeeId}.json`);
    expect(data.person).toMatchObject({ employeeId, name: personName, erasedAt: null });
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|\$argon2/);
  });

  it('erases the person after typing their employee id, and sees the Erased state', async () => {
    await page.getByRole('button', { name: 'Erase person…' }).click();
    const dialog = page.getByRole('dialog', { name: `Erase ${personName}` });
    await dialog.waitFor();
    const confirm = dialog.getByRole('button', { name: 'Erase person' });
    await dialog.getByRole('textbox', { name: /Type the employee id/ }).fill('E0000');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: /Type the employee id/ }).fill(employeeId);
    await confirm.click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('heading', { level: 1, name: 'Erased person' }).waitFor();
    await page.getByText('Erased', { exact: true }).first().waitFor();
    await page.getByText(/was erased on request/).waitFor();
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Erase person…' }).count()).toBe(0);
    expect(await page.getByText(personName).count()).toBe(0);
    expect(await screenshot(page, artifacts, 'journey-personal-data-erased.png')).toBeGreaterThan(5_000);

    // The export now shows the tombstone.
    const { data } = await download('Download personal data');
    expect(data.person).toMatchObject({ employeeId, name: 'Erased person', status: 'left' });
    expect(data.person.erasedAt).not.toBeNull();
    await signOutOf(page);
  });
});

describe('a participant downloads their own data', () => {
  it('finds "Download my data" on the home page', async () => {
    const name = await signInAs(page, server.url, 'participant@northwind.example');
    await page.getByRole('heading', { level: 2, name: 'Your data' }).waitFor();
    const { fileName, data } = await download('Download my data');
    expect(fileName).toMatch(/^personal-data-.+\.json$/);
    expect(data.person.name).toBe(name);
    expect(data.userAccounts.map((account) => account.email)).toEqual(['participant@northwind.example']);
    await signOutOf(page);
  });
});
