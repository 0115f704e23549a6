// A 360 in the browser from start to report, on the demo's "Leadership Coaching Pilot": the admin
// starts a pre-program 360 for the pilot's participant, who nominates their manager, three peers
// and one direct report (from the reporting-line suggestions and the search box) and sends the
// list to their manager. The manager sends it back with a note, the participant sends it again,
// the manager approves and every rater gets a personal link by mail (read from the .eml files the
// server writes). The participant, the manager and the peers answer through their links without
// signing in; so does the lone direct report, whose group is too small to be shown. The admin
// closes the cycle, and the participant reads a report with the manager (attributed) and the
// peers, a finding per competency and the radar chart — and nothing of the lone rater's. The
// manager asking for the report is turned away.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadership360 } from '../src/domain/assessments/index.js';
import { generateDemoPeople } from '../src/server/modules/demo/demo.people.js';
import { launchBrowser } from './support/browser.js';
import { readOutbox, type Mail } from './support/outbox.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { bodyRows, chooseOption, screenshot, signInAs, signOutOf, waitForValue } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-feedback-'));
const outboxDir = path.join(dataDir, 'outbox-mail');
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const screenshots = ['journey-feedback-nominations.png', 'journey-feedback-rater.png', 'journey-feedback-report.png'];

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

const programName = 'Leadership Coaching Pilot';
const phaseLabel = 'Start of program';
const closesOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
const returnNote =
  'Your direct report is on leave until next week: check that they can answer before the last day, then send the list again.';
const loneMarker = 'LONE-RATER-MARKER';

// The demo's people are generated from a fixed seed: their mail addresses, by name.
const demoPeople = generateDemoPeople(200);
function emailOf(name: string): string {
  const person = demoPeople.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`${name} is not one of the demo's people.`);
  return person.email;
}

// The shipped questionnaire. Everyone answers every statement so that a competency scores
// exactly the planned value (a reverse-keyed statement is answered the other way round).
const points = leadership360.likert.points;
const labels = leadership360.likert.labels;
const statements = leadership360.items.flatMap((item) => (item.kind === 'likert' ? [item] : []));
const commentQuestions = leadership360.items.flatMap((item) => (item.kind === 'comment' ? [item] : []));
const competencies = leadership360.scales.map((scale) => scale.label);
const [blindSpot, hiddenStrength] = leadership360.scales;
/** The participant rates themselves 4 throughout; the manager and peers agree except on two competencies. */
const selfScore = () => 4;
const othersScore = (scaleKey: string) => (scaleKey === blindSpot!.key ? 3 : scaleKey === hiddenStrength!.key ? 5 : 4);
/** The lone direct report's 1s would pull every shown mean down if they leaked into the report. */
const loneScore = () => 1;

type Rater = { name: string; group: 'self' | 'manager' | 'peers' | 'direct_reports'; link?: string };
let participantName = '';
let managerName = '';
const peers: string[] = [];
let directReport = '';
let cycleUrl = '';

const readMails = () => readOutbox(outboxDir);

async function waitForMails(count: number, timeoutMs = 60_000): Promise<Mail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = readMails().filter((mail) => /\/rate\/[A-Za-z0-9_-]{43}/.test(mail.text));
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) throw new Error(`Only ${mails.length} of ${count} rater mails arrived.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Opens the participant's own cycle from "360 feedback" in the navigation. */
async function openOwnCycle(): Promise<void> {
  await page.getByRole('link', { name: '360 feedback', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '360 feedback' }).waitFor();
  await page
    .getByRole('table', { name: 'Your 360s' })
    .getByRole('link', { name: `Your 360 in ${programName}, ${phaseLabel}` })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Your 360 feedback' }).waitFor();
}

/** Opens the participant's cycle as the manager or an admin, from the table of that name. */
async function openCycleFrom(tableName: string): Promise<void> {
  await page.getByRole('link', { name: '360 feedback', exact: true }).click();
  await page
    .getByRole('table', { name: tableName })
    .getByRole('link', { name: `360 of ${participantName}, ${phaseLabel}` })
    .click();
  await page.getByRole('heading', { level: 1, name: `360 feedback for ${participantName}` }).waitFor();
}

/** Answers the questionnaire behind a rater's link: every statement, both comments, then submit. */
async function answer(link: string, score: (scaleKey: string) => number, comments: readonly string[]) {
  await page.goto(`${server.url}${link}`);
  const form = page.getByRole('form', { name: 'Questionnaire' });
  await form.waitFor();
  for (const statement of statements) {
    const value = statement.isReverseKeyed ? points + 1 - score(statement.scaleKey) : score(statement.scaleKey);
    await form
      .getByRole('radiogroup', { name: statement.text, exact: true })
      .getByRole('radio', { name: labels[value - 1]!, exact: true })
      .check();
  }
  for (const [index, question] of commentQuestions.entries()) {
    await form.getByLabel(question.text).fill(comments[index]!);
  }
  await form.getByText(`${statements.length} of ${statements.length} statements answered`).waitFor();
  await form.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('status').filter({ hasText: 'Thank you: your answers are in' }).waitFor();
}

describe('a 360 from nomination to report, with a group too small to show', () => {
  it('the admin starts a pre-program 360 for the pilot’s participant', async () => {
    await signIn('admin@northwind.example');
    await page.getByRole('link', { name: 'Programs', exact: true }).click();
    await page.getByRole('link', { name: programName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: programName }).waitFor();

    const section = page.getByRole('region', { name: '360 feedback' });
    await section.getByText('No 360s in this program yet.').waitFor();
    const form = section.getByRole('form', { name: 'Start a 360' });
    // The pilot has one participant: the demo participant login.
    const participant = form.getByRole('combobox', { name: 'Participant' });
    await participant.click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.count()).toBe(1);
    await options.first().click();
    participantName = (await participant.inputValue()).replace(/ \(.*\)$/, '');
    expect(participantName).not.toBe('');
    await chooseOption(page, form.getByRole('combobox', { name: 'Phase' }), phaseLabel);
    await form.getByLabel('Closes on').fill(closesOn);
    expect(await form.getByRole('textbox', { name: 'Anonymity threshold' }).inputValue()).toBe('3');
    await form.getByRole('button', { name: 'Start the 360' }).click();

    await form
      .getByRole('status')
      .filter({ hasText: `Started a 360 for ${participantName}.` })
      .waitFor();
    const table = section.getByRole('table', { name: '360s in this program' });
    await table.getByRole('link', { name: `360 of ${participantName}, ${phaseLabel}` }).waitFor();
    const rows = await bodyRows(table);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 3)).toEqual([participantName, phaseLabel, 'Choosing raters']);
    expect(rows[0]![4]).toBe('Not invited yet');
    await signOut();
  });

  it('the participant nominates their manager, three peers and a direct report, and sends the list', async () => {
    expect(await signIn('participant@northwind.example')).toBe(participantName);
    await openOwnCycle();
    cycleUrl = page.url();
    expect(cycleUrl).toMatch(/\/feedback\/[0-9a-f-]{36}$/);
    await page.getByText('Choose your raters and send the list to your manager.').waitFor();

    const editor = page.getByRole('region', { name: 'Choose your raters' });
    const suggestions = editor.getByRole('region', { name: 'Suggested from your reporting lines' });
    const suggestion = (group: string) => suggestions.getByRole('button', { name: new RegExp(` to ${group}$`) });
    const nameIn = async (button: ReturnType<typeof suggestion>, group: string) =>
      ((await button.getAttribute('aria-label')) ?? '').replace(/^Add /, '').replace(` to ${group}`, '');

    // The reporting lines suggest the manager, a peer and a direct report.
    await suggestion('Manager').waitFor();
    expect(await suggestion('Manager').count()).toBe(1);
    managerName = await nameIn(suggestion('Manager'), 'Manager');
    await suggestion('Manager').click();
    await editor.getByRole('heading', { name: 'Manager (1)' }).waitFor();

    expect(await suggestion('Peers').count()).toBeGreaterThanOrEqual(1);
    const suggestedPeer = suggestion('Peers').first();
    peers.push(await nameIn(suggestedPeer, 'Peers'));
    await suggestedPeer.click();
    await editor.getByRole('heading', { name: 'Peers (1)' }).waitFor();

    const suggestedReport = suggestion('Direct reports').first();
    directReport = await nameIn(suggestedReport, 'Direct reports');
    await suggestedReport.click();
    await editor.getByRole('heading', { name: 'Direct reports (1)' }).waitFor();
    // Too few besides the manager: sending waits.
    await editor.getByText('Add 1 more person besides your manager before sending', { exact: false }).waitFor();
    expect(await editor.getByRole('button', { name: 'Send to my manager' }).isDisabled()).toBe(true);

    // Two more peers from the search box: regional managers of other sales teams.
    const picker = editor.getByRole('form', { name: 'Add a rater' });
    for (const count of [2, 3]) {
      const person = picker.getByRole('combobox', { name: 'Person' });
      await person.fill('Regional Manager');
      // The group boxes of the list are selects too: only the search's options name a title.
      const option = page
        .getByRole('option')
        .filter({ hasText: 'Regional Manager' })
        .filter({ hasNotText: 'already in' })
        .first();
      await option.waitFor();
      await option.click();
      const name = await person.inputValue();
      expect(name).not.toBe('Regional Manager');
      // The list's own group boxes hold options of the same names: pick from this box's list.
      const group = picker.getByRole('combobox', { name: 'Group' });
      await group.click();
      await page.getByRole('listbox', { name: 'Group' }).getByRole('option', { name: 'Peers', exact: true }).click();
      await waitForValue(group, 'Peers');
      await picker.getByRole('button', { name: 'Add' }).click();
      await editor.getByRole('heading', { name: `Peers (${count})` }).waitFor();
      peers.push(name);
    }
    expect(new Set([managerName, directReport, ...peers]).size).toBe(5);
    await editor.getByText('5 raters chosen').waitFor();

    await editor.getByRole('button', { name: 'Save the list' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await screenshot(page, artifacts, 'journey-feedback-nominations.png')).toBeGreaterThan(5_000);

    await editor.getByRole('button', { name: 'Send to my manager' }).click();
    await page.getByText('Waiting for your manager to approve your raters.').waitFor();
    // The list is read only while it waits.
    const raters = page.getByRole('region', { name: 'Raters' });
    await raters.getByRole('region', { name: 'Peers' }).getByText(peers[2]!).waitFor();
    expect(await page.getByRole('button', { name: 'Send to my manager' }).count()).toBe(0);
    await signOut();
  });

  it('the manager sends the list back with a note', async () => {
    expect(await signIn('manager@northwind.example')).toBe(managerName);
    await openCycleFrom('Waiting for your approval');
    const approval = page.getByRole('region', { name: 'Raters to approve' });
    for (const peer of peers) await approval.getByRole('region', { name: 'Peers' }).getByText(peer).waitFor();
    await approval.getByRole('region', { name: 'Manager' }).getByText(managerName).waitFor();
    // One direct report alone cannot be shown: the approver is told so.
    await approval.getByText('Only 1 direct report: with fewer than 3 answers', { exact: false }).waitFor();

    await approval.getByRole('button', { name: 'Send back' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send the list back' });
    await dialog.getByRole('textbox', { name: 'Note' }).fill(returnNote);
    await dialog.getByRole('button', { name: 'Send back' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('The participant is choosing raters.').waitFor();
    expect(await page.getByRole('button', { name: 'Approve and invite' }).count()).toBe(0);
    await signOut();
  });

  it('the participant reads the note and sends the list again', async () => {
    await signIn('participant@northwind.example');
    await openOwnCycle();
    const alert = page.getByRole('alert').filter({ hasText: 'Your manager sent the list back' });
    await alert.getByText(returnNote).waitFor();
    await page
      .getByText('Your manager sent the list back: read their note, change the list and send it again.')
      .waitFor();
    // The saved list is still there.
    const editor = page.getByRole('region', { name: 'Choose your raters' });
    await editor.getByText('5 raters chosen').waitFor();
    await editor.getByRole('heading', { name: 'Peers (3)' }).waitFor();

    await editor.getByRole('button', { name: 'Send to my manager' }).click();
    await page.getByText('Waiting for your manager to approve your raters.').waitFor();
    expect(await page.getByText(returnNote).count()).toBe(0);
    await signOut();
  });

  it('the manager approves the list and invites the raters', async () => {
    await signIn('manager@northwind.example');
    await openCycleFrom('Waiting for your approval');
    const approval = page.getByRole('region', { name: 'Raters to approve' });
    await approval.getByRole('button', { name: 'Approve and invite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve the list and invite the raters?' });
    await dialog.getByText(`Tandem emails each of the 5 raters a personal link`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Approve and invite' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/^Raters are answering until /).waitFor();
    const counts = page.getByRole('table', { name: 'Invitations and answers per group' });
    expect(await bodyRows(counts)).toEqual([
      ['Self-rating', '1', '0'],
      ['Manager', '1', '0'],
      ['Peers', '3', '0'],
      ['Direct reports', '1', '0'],
    ]);
    await signOut();
  });

  const raters: Rater[] = [];

  it('every rater and the participant get a personal link by mail', async () => {
    raters.push(
      { name: participantName, group: 'self' },
      { name: managerName, group: 'manager' },
      ...peers.map((name): Rater => ({ name, group: 'peers' })),
      { name: directReport, group: 'direct_reports' },
    );
    const mails = await waitForMails(raters.length);
    expect(mails).toHaveLength(raters.length);
    for (const rater of raters) {
      const mine = mails.filter((mail) => mail.to === emailOf(rater.name));
      expect(mine, rater.name).toHaveLength(1);
      const mail = mine[0]!;
      expect(mail.subject).toBe(
        rater.group === 'self' ? 'Rate yourself for your 360 feedback' : `${participantName} asks for your feedback`,
      );
      expect(mail.text).toContain(`Hello ${rater.name},`);
      rater.link = /\/rate\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0];
    }
    expect(new Set(raters.map((rater) => rater.link)).size).toBe(raters.length);
  });

  const comments = (who: string) => [
    `${who}: keeps the weekly pipeline review short and focused.`,
    `${who}: could delegate the forecast to the team leads.`,
  ];
  const raterOf = (group: Rater['group'], index = 0) => raters.filter((rater) => rater.group === group)[index]!;

  it('the participant rates themselves through their link, without signing in', async () => {
    await answer(raterOf('self').link!, selfScore, comments('Self'));
    await page.getByRole('heading', { level: 1, name: 'Your self-rating' }).waitFor();
    // Nobody is signed in on the questionnaire: no navigation, no sign-out.
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '360 feedback', exact: true }).count()).toBe(0);
  });

  it('the manager answers through their link, told that their answers are attributed', async () => {
    await answer(raterOf('manager').link!, othersScore, comments('Manager'));
    await page.getByText(`You are giving feedback to ${participantName} as their manager.`).waitFor();
    await page.getByText('As the manager, your answers and comments are shown as yours in the report.').waitFor();
  });

  for (const index of [0, 1, 2]) {
    it(`peer ${index + 1} of 3 answers through their link`, async () => {
      await answer(raterOf('peers', index).link!, othersScore, comments(`Peer ${index + 1}`));
      await page.getByText(`You are giving feedback to ${participantName} as a peer.`).waitFor();
      if (index === 0) expect(await screenshot(page, artifacts, 'journey-feedback-rater.png')).toBeGreaterThan(5_000);
    });
  }

  it('the lone direct report answers too, alone in their group', async () => {
    await answer(raterOf('direct_reports').link!, loneScore, [`${loneMarker} keep doing`, `${loneMarker} change this`]);
    await page.getByText(`You are giving feedback to ${participantName} as one of their direct reports.`).waitFor();
  });

  it('the admin closes the cycle', async () => {
    await signIn('admin@northwind.example');
    await openCycleFrom('All 360s in the organization');
    const counts = page.getByRole('table', { name: 'Invitations and answers per group' });
    expect(await bodyRows(counts)).toEqual([
      ['Self-rating', '1', '1'],
      ['Manager', '1', '1'],
      ['Peers', '3', '3'],
      ['Direct reports', '1', '1'],
    ]);
    // An admin sees counts, never who was asked.
    expect(await page.getByRole('region', { name: 'Raters', exact: true }).count()).toBe(0);
    expect(await page.getByText(peers[0]!).count()).toBe(0);

    await page.getByRole('region', { name: 'Close the cycle' }).getByRole('button', { name: 'Close cycle' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close this cycle?' });
    await dialog.getByRole('button', { name: 'Close cycle' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Closed. The report goes to the participant only.').waitFor();
    expect(await page.getByRole('button', { name: 'Close cycle' }).count()).toBe(0);
    await signOut();
  });

  it('the manager cannot open the report', async () => {
    await signIn('manager@northwind.example');
    await page.goto(`${cycleUrl}/report`);
    await page.getByRole('heading', { level: 1, name: 'This report is not available' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Your 360 feedback report' }).count()).toBe(0);
    expect(await page.content()).not.toContain(loneMarker);
    await signOut();
  });

  it('the participant reads the report: manager and peers shown, the lone direct report left out', async () => {
    await signIn('participant@northwind.example');
    await page.getByRole('link', { name: '360 feedback', exact: true }).click();
    await page
      .getByRole('table', { name: 'Your 360s' })
      .getByRole('link', { name: `Report of your 360 in ${programName}, ${phaseLabel}` })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Your 360 feedback report' }).waitFor();
    await page.getByText(`${programName} · ${leadership360.title} · ${phaseLabel}`).waitFor();

    const groups = page.getByRole('table', { name: 'Groups shown in this report' });
    expect(await bodyRows(groups)).toEqual([
      ['Manager (attributed)', '1'],
      ['Peers', '3'],
    ]);
    await page
      .getByText(
        'Feedback from direct reports is not shown: fewer than 3 answered, and showing so few answers could reveal who said what.',
        { exact: false },
      )
      .waitFor();

    // The radar chart, self against others, over the seven competencies.
    const radar = page.getByRole('img', { name: /^Your self-rating and others’ ratings, per scale/ });
    await radar.waitFor();
    const description = await radar.locator('desc').textContent();
    for (const competency of competencies) expect(description).toContain(competency);

    // A finding per competency; the lone rater's 1s would have turned every "aligned" into a blind spot.
    const expected = (key: string) =>
      key === blindSpot!.key ? 'Blind spot' : key === hiddenStrength!.key ? 'Hidden strength' : 'Aligned';
    for (const scale of leadership360.scales) {
      const card = page.getByRole('region', { name: scale.label, exact: true });
      await card.getByText(expected(scale.key), { exact: true }).waitFor();
      const scores = card.getByRole('group', { name: `Scores for ${scale.label}` });
      const others = (othersScore(scale.key) as number).toFixed(1);
      const text = ((await scores.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(text).toContain(`You${selfScore().toFixed(1)}`);
      expect(text).toContain(`Others4 responses${others}`);
      expect(text).toContain(`Manager (attributed)1 response${others}`);
      expect(text).toContain(`Peers3 responses${others}`);
      expect(text).not.toContain('Direct reports');
    }
    await page.getByText(`Blind spots: ${blindSpot!.label}`).waitFor();
    await page.getByText(`Hidden strengths: ${hiddenStrength!.label}`).waitFor();

    // The peers' comments without names, the manager's as the manager's; nothing of the lone rater's.
    const comments = page.getByRole('region', { name: 'Comments', exact: true });
    await comments.getByText('Peer 2: keeps the weekly pipeline review short and focused.').waitFor();
    const managerComments = page.getByRole('region', { name: 'Your manager’s comments' });
    await managerComments.getByText('manager: could delegate the forecast to the team leads.').waitFor();
    const ownComments = page.getByRole('region', { name: 'Your own comments' });
    await ownComments.getByText('Self: could delegate the forecast to the team leads.').waitFor();
    expect(await page.content()).not.toContain(loneMarker);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(loneMarker);
    expect(await screenshot(page, artifacts, 'journey-feedback-report.png')).toBeGreaterThan(5_000);
  });

  it('left a screenshot of each main step', () => {
    for (const name of screenshots) {
      expect(existsSync(path.join(artifacts, name)), name).toBe(true);
    }
  });
});
