import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-'));
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startTandem(['--demo-if-empty'], { TANDEM_DATA_DIR: dataDir });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the demo admin signs in', () => {
  it('prints the demo logins on the first start', () => {
    expect(server.output()).toContain('Demo organization "Northwind Aviation (demo)" created with 200 people');
    expect(server.output()).toContain('admin@northwind.example');
  });

  it('is sent to the login page, sees a wrong password refused, then reaches the home page', async () => {
    const page = await browser.browser.newPage();
    await page.goto(server.url);
    await page.waitForURL(/\/login/);

    await page.getByLabel('Email').fill('admin@northwind.example');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Email or password is incorrect.');

    await page.getByLabel('Password').fill('tandem-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Welcome,/ });
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/^Welcome, \w+/);
    await page.getByText('Northwind Aviation (demo)').first().waitFor();
    // The admin's navigation shows admin pages.
    await page.getByRole('link', { name: 'People' }).waitFor();

    const screenshot = path.join(artifacts, 'home-admin.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(5_000);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
  });
});
