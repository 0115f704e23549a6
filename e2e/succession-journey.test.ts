// Succession planning in the browser, on the demo organization. The admin reads the bench (three
// of the demo's five key positions covered), adds a key position with its incumbent and the
// competencies it needs, names a successor, and opens the successor's gap: the competencies they
// lack, the approach the rules recommend and the demo's blended program open to enrollment, into
// which one click enrolls them. A second readiness judgement makes them ready now, which the
// history keeps and the bench counts. On the nine-box the admin moves the successor with a reason
// and finds the move among the recent ones. The sponsor reads succession without the admin's
// forms; the participant has no way in and is told the page does not exist.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendApproach } from '../src/domain/approach/index.js';
import { defaultCompetencies } from '../src/domain/competencies/index.js';
import { competencyGap, nineBoxCellName, successionNeed, type Rating } from '../src/domain/succession/index.js';
import { generateDemoPeople } from '../src/server/modules/demo/demo.people.js';
import { demoSuccessionProgramName } from '../src/server/modules/demo/demo.succession.js';
import { approachLabels } from '../src/web/features/people/labels.js';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { bodyRows, chooseOption, pickPerson, screenshot, signInAs, signOutOf } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-succession-'));
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  rmSync(path.join(artifacts, 'journey-succession.png'), { force: true });
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

// The demo's people come from a fixed seed: pick the incumbent and the successor by what they are.
const demoPeople = generateDemoPeople(200);
const isUnique = (name: string) => demoPeople.filter((person) => person.name === name).length === 1;
const participant = demoPeople.find((p) => p.tier === 'middle_manager' && p.department === 'Sales')!;
const incumbent = demoPeople.find(
  (p) => p.tier === 'senior_leader' && p.department === 'Engineering' && isUnique(p.name),
)!;
const successor = demoPeople.find(
  (p) => p.tier === 'middle_manager' && p.key !== participant.key && p.department === 'Operations' && isUnique(p.name),
)!;
const required = ['strategic_thinking', 'decision_making', 'executive_presence'];
const labelOf = (key: string) => defaultCompetencies.find((competency) => competency.key === key)!.label;
const positionTitle = 'Director of Network Operations';

const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

describe('succession: from the bench to a successor enrolled in a program', () => {
  it('the admin reads the demo bench', async () => {
    await signInAs(page, server.url, 'admin@northwind.example');
    await nav('Succession').click();
    await page.getByRole('heading', { level: 1, name: 'Succession' }).waitFor();
    await page.getByText('3 of 5 key positions have a successor ready now.').waitFor();
    await expect(page.getByText('60%', { exact: true }).isVisible()).resolves.toBe(true);
    const uncovered = page.getByLabel('Positions without a ready-now successor');
    expect(await uncovered.getByRole('link').count()).toBe(2);
    expect(await page.getByRole('img', { name: /Share of key positions/ }).count()).toBe(1);
    const positions = page.getByRole('table', { name: 'Key positions' });
    await positions.getByRole('link', { name: 'Chief Executive Officer' }).waitFor();
    expect((await bodyRows(positions)).length).toBe(5);
  });

  it('adds a key position with its incumbent and competencies', async () => {
    await page.getByRole('button', { name: 'Add key position' }).click();
    const form = page.getByRole('form', { name: 'Add key position' });
    await form.getByRole('button', { name: 'Add key position' }).click();
    await form.getByText('Give the position a title.').waitFor();
    await form.getByLabel('Title').fill(positionTitle);
    await pickPerson(
      page,
      form.getByRole('combobox', { name: 'Incumbent', exact: true }),
      incumbent.employeeId,
      incumbent.title,
    );
    await chooseOption(page, form.getByRole('combobox', { name: 'Criticality' }), 'Critical');
    await chooseOption(
      page,
      form.getByRole('combobox', { name: "Incumbent's risk of leaving" }),
      'High risk of leaving',
    );
    const competencies = form.getByRole('combobox', { name: 'Competencies the role needs' });
    for (const key of required) {
      await competencies.click();
      await page.getByRole('option', { name: labelOf(key), exact: true }).click();
    }
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Add key position' }).click();
    await page.getByRole('heading', { level: 1, name: positionTitle }).waitFor();
    await page.getByText(`Held by ${incumbent.name}`).waitFor();
    await page.getByText('Nobody is named yet.').waitFor();
  });

  it('names a successor, ready in 1–2 years', async () => {
    const form = page.getByRole('form', { name: 'Name a successor' });
    await pickPerson(page, form.getByRole('combobox', { name: 'Successor' }), successor.employeeId, successor.title);
    await chooseOption(page, form.getByRole('combobox', { name: 'Readiness', exact: true }), 'Ready in 1–2 years');
    await form.getByLabel('Note').fill('Ran the winter operations review');
    await form.getByRole('button', { name: 'Name successor' }).click();
    const table = page.getByRole('table', { name: 'Successors' });
    await table.getByText(successor.name).waitFor();
    const [row] = await bodyRows(table);
    expect(row![1]).toBe('Ready in 1–2 years');
  });

  it("opens the successor's gap and enrolls them in a fitting program in one click", async () => {
    await page.getByRole('button', { name: `Gap and history of ${successor.name}` }).click();
    const gap = page.getByLabel('Gap and action');
    const table = gap.getByRole('table', { name: 'Competencies the position needs' });
    await table.getByRole('cell', { name: labelOf(required[0]!), exact: true }).waitFor();
    const rows = await bodyRows(table);
    const expected = competencyGap(required, successor.skills);
    expect(rows.map((row) => [row[0], row[2]])).toEqual(
      expected.map((standing) => [labelOf(standing.competency), standing.isGap ? 'Gap' : 'Strength']),
    );
    const recommendation = recommendApproach(
      successionNeed({
        gaps: expected.filter((standing) => standing.isGap).map((standing) => standing.competency),
        readiness: 'ready_1_2_years',
        isHighPotential: successor.isHighPotential,
        criticality: 'critical',
        leavingRisk: 'high',
      }),
      { tier: 'middle_manager', isHighPotential: successor.isHighPotential },
    );
    await gap.getByText(approachLabels[recommendation.approach], { exact: true }).waitFor();
    await gap.getByRole('link', { name: demoSuccessionProgramName }).waitFor();
    await gap.getByRole('button', { name: `Enroll ${successor.name}` }).click();
    await gap.getByText('Enrolled', { exact: true }).waitFor();
    expect(await gap.getByRole('button', { name: `Enroll ${successor.name}` }).count()).toBe(0);
  });

  it('records them ready now: the history keeps both judgements and the bench counts them', async () => {
    const form = page.getByRole('form', { name: 'Record readiness again' });
    await chooseOption(page, form.getByRole('combobox', { name: 'Readiness now' }), 'Ready now');
    await form.getByLabel('Note').fill('Led the hub move');
    await form.getByRole('button', { name: 'Record readiness' }).click();
    const history = page.getByRole('table', { name: 'Readiness history' });
    await history.getByText('Led the hub move').waitFor();
    const rows = await bodyRows(history);
    expect(rows.map((row) => row[1])).toEqual(['Ready now', 'Ready in 1–2 years']);
    await nav('Succession').click();
    await page.getByText('4 of 6 key positions have a successor ready now.').waitFor();
    await screenshot(page, artifacts, 'journey-succession.png');
  });

  it('moves the successor on the nine-box with a reason, kept among the recent moves', async () => {
    await nav('Nine-box').click();
    await page.getByRole('heading', { level: 1, name: 'Nine-box' }).waitFor();
    const to = {
      performance: (successor.performanceRating === 3 ? 2 : 3) as Rating,
      potential: 3 as Rating,
    };
    await page.getByRole('button', { name: `Move ${successor.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Move ${successor.name}` });
    const levelName = (rating: Rating) => `${rating} · ${['Low', 'Moderate', 'High'][rating - 1]}`;
    await chooseOption(page, dialog.getByRole('combobox', { name: 'Performance' }), levelName(to.performance));
    await chooseOption(page, dialog.getByRole('combobox', { name: 'Potential' }), levelName(to.potential));
    await dialog.getByLabel('Reason').fill('Named successor for network operations');
    await dialog.getByRole('button', { name: 'Move' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const recent = page.getByRole('table', { name: 'Recent moves' });
    await recent.getByText('Named successor for network operations').waitFor();
    const moves = await bodyRows(recent);
    expect(moves[0]).toEqual(
      expect.arrayContaining([
        successor.name,
        `P${to.performance} / Pot${to.potential}`,
        'Named successor for network operations',
      ]),
    );
    const cell = page.getByRole('listitem', { name: new RegExp(`^${nineBoxCellName(to.performance, to.potential)}:`) });
    await cell.getByRole('button', { name: `Move ${successor.name}` }).waitFor();
    await signOutOf(page);
  });

  it('the sponsor reads succession without the forms; the participant has no way in', async () => {
    await signInAs(page, server.url, 'sponsor@northwind.example');
    await nav('Succession').click();
    await page.getByText('4 of 6 key positions have a successor ready now.').waitFor();
    expect(await page.getByRole('button', { name: 'Add key position' }).count()).toBe(0);
    await page.getByRole('link', { name: positionTitle }).click();
    await page.getByRole('heading', { level: 1, name: positionTitle }).waitFor();
    expect(await page.getByRole('form', { name: 'Name a successor' }).count()).toBe(0);
    await signOutOf(page);

    await signInAs(page, server.url, 'participant@northwind.example');
    expect(await nav('Succession').count()).toBe(0);
    await page.goto(`${server.url}/succession`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/key-positions')).status);
    expect(status).toBe(404);
  });
});
