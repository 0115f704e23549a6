// Small helpers for driving Tandem's Mantine pages with role- and label-based locators.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/**
 * Chooses `option` in a Mantine Select. Picking the option already chosen would clear it
 * (Select allows deselecting), so a box that already shows it is left alone.
 */
export async function chooseOption(page: Page, combobox: Locator, option: string): Promise<void> {
  if ((await combobox.inputValue()) === option) return;
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await waitForValue(combobox, option);
}

/**
 * Types into a person picker (a searchable Select backed by the people search) and picks the one
 * option whose text includes `hint` (e.g. a title). Answers the chosen person's name.
 */
export async function pickPerson(page: Page, combobox: Locator, search: string, hint: string): Promise<string> {
  await combobox.fill(search);
  const option = page.getByRole('option').filter({ hasText: hint });
  await option.click();
  const name = await combobox.inputValue();
  if (name === '' || name === search) throw new Error(`No person was picked for "${search}".`);
  return name;
}

/** Waits until an input shows `value` (an input's value is not part of its text). */
export async function waitForValue(input: Locator, value: string): Promise<void> {
  await input
    .page()
    .waitForFunction(([element, expected]) => (element as HTMLInputElement).value === expected, [
      await input.elementHandle(),
      value,
    ] as const);
}

/** The body rows of a table, each as its cells' trimmed text. */
export function bodyRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent?.trim() ?? '')),
    );
}

/** Saves a full-page screenshot under `folder` and answers its size in bytes. */
export async function screenshot(page: Page, folder: string, name: string): Promise<number> {
  const file = path.join(folder, name);
  // From the top: scrolled down, the fixed header and navigation would be drawn mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: true });
  return statSync(file).size;
}

/** Signs in through the login page and answers the name the home page greets the user with. */
export async function signInAs(page: Page, baseUrl: string, email: string, password = 'tandem-demo'): Promise<string> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const welcome = page.getByRole('heading', { level: 1, name: /^Welcome,/ });
  await welcome.waitFor();
  const name = ((await welcome.textContent()) ?? '').replace(/^Welcome,\s*/, '').trim();
  if (name === '') throw new Error(`The home page greeted ${email} without a name.`);
  return name;
}

export async function signOutOf(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login/);
}
