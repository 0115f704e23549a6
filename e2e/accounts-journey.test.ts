// Accounts in the browser: the demo admin ends a user's sessions and disables the login, after
// which the user cannot sign in; a participant changes their password on My account and signs in
// with the new one.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { screenshot, signInAs, signOutOf } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-accounts-'));
const artifacts = path.resolve('test-results');
const screenshots = ['journey-accounts-users.png', 'journey-accounts-password.png'];
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  for (const name of screenshots) rmSync(path.join(artifacts, name), { force: true });
  server = await startTandem(['--demo-if-empty'], { TANDEM_DATA_DIR: dataDir });
  browser = await launchBrowser();
  page = await browser.browser.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const mentorEmail = 'mentor@northwind.example';

/** Signs in through the API, as another browser of the user would: answers its cookie. */
async function signInElsewhere(email: string, password = 'tandem-demo'): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} answered ${response.status}`);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

const meStatus = async (cookie: string) => (await fetch(`${server.url}/api/me`, { headers: { cookie } })).status;

async function openMentorDialog(): Promise<void> {
  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  const rows = page.getByRole('table', { name: 'Users' }).locator('tbody tr');
  await rows.first().waitFor();
  await page.getByRole('searchbox', { name: 'Search' }).fill('mentor@northwind');
  // The search applies once typing pauses: wait until the mentor is the only row.
  await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining(mentorEmail)]);
  await rows.getByRole('button', { name: /^Manage / }).click();
  await page.getByRole('dialog').waitFor();
}

describe('the admin ends sessions and disables a login', () => {
  let mentorElsewhere = '';

  it('signs in as the demo admin while the mentor is signed in elsewhere', async () => {
    mentorElsewhere = await signInElsewhere(mentorEmail);
    expect(await meStatus(mentorElsewhere)).toBe(200);
    await signInAs(page, server.url, 'admin@northwind.example');
  });

  it('finds the mentor under Users, with roles and one active session, and ends the sessions', async () => {
    await openMentorDialog();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Active sessions: 1.').waitFor();
    await dialog.getByRole('button', { name: 'End sessions' }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: /have ended/ })
      .waitFor();
    await dialog.getByText('Active sessions: 0.').waitFor();
    expect(await meStatus(mentorElsewhere)).toBe(401);
  });

  it('disables the login: the mentor is signed out at once and cannot sign in again', async () => {
    mentorElsewhere = await signInElsewhere(mentorEmail);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Disable sign-in' }).click();
    await dialog.getByRole('button', { name: 'Enable sign-in' }).waitFor();
    await dialog.getByText(/cannot sign in/).waitFor();
    expect(await meStatus(mentorElsewhere)).toBe(401);

    await dialog.getByRole('button', { name: 'Close' }).click();
    const row = page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: mentorEmail });
    await row.getByText('Disabled', { exact: true }).waitFor();
    expect(await screenshot(page, artifacts, screenshots[0]!)).toBeGreaterThan(5_000);

    await signOutOf(page);
    await page.getByLabel('Email').fill(mentorEmail);
    await page.getByLabel('Password').fill('tandem-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Email or password is incorrect.');
  });
});

describe('a participant changes their password', () => {
  const newPassword = 'a new and longer secret';

  it('is refused with a wrong current password, then changes it on My account', async () => {
    await signInAs(page, server.url, 'participant@northwind.example');
    await page.getByRole('link', { name: 'My account', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    const form = page.getByRole('form', { name: 'Change password' });

    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel(/^New password/).fill(newPassword);
    await form.getByLabel('Repeat the new password').fill(newPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('Your current password is not correct.').waitFor();

    await form.getByLabel('Current password').fill('tandem-demo');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
    expect(await screenshot(page, artifacts, screenshots[1]!)).toBeGreaterThan(5_000);
    // This session stays: the page still works after the change.
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome,/ }).waitFor();
  });

  it('signs in with the new password, and no longer with the old one', async () => {
    await signOutOf(page);
    await page.getByLabel('Email').fill('participant@northwind.example');
    await page.getByLabel('Password').fill('tandem-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Email or password is incorrect.');
    await signInAs(page, server.url, 'participant@northwind.example', newPassword);
  });
});
