// A behavioural profile and a quarter's team pulse in the browser, on the demo organization. The
// participant is told to rate every statement, then fills in their profile and reads a score per
// dimension; their coach reads the same scores on the coaching engagement, and none of the answers;
// the participant's manager and an admin asking for the profile are told it does not exist. The
// admin starts this quarter's pulse and every member of a big enough team gets a personal link by
// mail (read from the .eml files the server writes). Five members of one team answer through their
// links without signing in, two of another; the admin closes the survey, and the first team's leader
// shows the mean of the five answers while the second shows too few responses. Links not used by
// then say that the survey has closed.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behaviouralProfile, engagementPulse } from '../src/domain/assessments/index.js';
import { launchBrowser } from './support/browser.js';
import { readOutbox, type Mail } from './support/outbox.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { bodyRows, screenshot, signInAs, signOutOf } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-profile-pulse-'));
const outboxDir = path.join(dataDir, 'outbox-mail');
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
/** Team members open their links in a browser of their own: nobody is signed in there. */
let memberBrowser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
let page: Page;
const screenshots = ['journey-profile-scores.png', 'journey-profile-coach.png', 'journey-pulse-results.png'];

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
  await memberBrowser?.close();
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const signIn = (email: string) => signInAs(page, server.url, email);
const signOut = () => signOutOf(page);

// ---- The behavioural profile ----

const profilePoints = behaviouralProfile.likert.points;
const profileLabels = behaviouralProfile.likert.labels;
const profileStatements = behaviouralProfile.items.flatMap((item) => (item.kind === 'likert' ? [item] : []));
/**
 * The participant's answers per dimension, in the order of the dimension's statements. Every
 * dimension holds two reverse-keyed statements (its third and fifth), answered so that ignoring
 * the reversal would change the score.
 */
const profilePlan: Record<string, readonly number[]> = {
  openness: [5, 4, 2, 4, 1],
  conscientiousness: [4, 5, 1, 3, 2],
  extraversion: [2, 3, 4, 1, 5],
  agreeableness: [4, 2, 4, 5, 1],
  emotional_stability: [1, 2, 5, 2, 4],
};
/** The answer to each statement, by item key. */
const profileAnswers = new Map(
  behaviouralProfile.scales.flatMap((scale) => {
    const statements = profileStatements.filter((statement) => statement.scaleKey === scale.key);
    const plan = profilePlan[scale.key]!;
    if (statements.length !== plan.length) throw new Error(`The plan for ${scale.key} does not fit its statements.`);
    return statements.map((statement, index) => [statement.key, plan[index]!] as const);
  }),
);
/** Each dimension's expected line: its label and "N.N of 5", a reverse-keyed answer turned round. */
const expectedProfileRows = behaviouralProfile.scales.map((scale) => {
  const scored = profileStatements
    .filter((statement) => statement.scaleKey === scale.key)
    .map((statement) => {
      const value = profileAnswers.get(statement.key)!;
      return statement.isReverseKeyed ? profilePoints + 1 - value : value;
    });
  const mean = scored.reduce((sum, value) => sum + value, 0) / scored.length;
  return [scale.label, `${mean.toFixed(1)} of ${profilePoints}`];
});

let participantName = '';
let participantPersonId = '';

/** The label and score of each dimension in a list of profile scores. */
function scoreRows(list: Locator): Promise<string[][]> {
  return list
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => Array.from(item.querySelectorAll('p'), (line) => line.textContent?.trim() ?? '').slice(0, 2)),
    );
}

/** The HTTP status of a GET made by the page itself, with the signed-in user's cookie. */
function statusOfGet(url: string): Promise<number> {
  return page.evaluate(async (target) => (await fetch(target)).status, url);
}

// ---- The team pulse ----

const pulseLabels = engagementPulse.likert.labels;
const pulseStatements = engagementPulse.items.flatMap((item) => (item.kind === 'likert' ? [item] : []));
const pulseComment = engagementPulse.items.find((item) => item.kind === 'comment')!;
/**
 * Five answers from team A, one per statement in the form's order (null: skipped). The sixth
 * statement is reverse keyed. Each response's mean is over the statements it rated, turned round
 * where reverse keyed: 28/7, 24/7, 20/4, 15/7 and 31/7, whose mean is 3.8. Ignoring the reversal
 * would give 3.4, a mean over every rating pooled 3.7, a skipped statement counted as 0 3.4.
 */
const teamAnswers: readonly (readonly (number | null)[])[] = [
  [4, 3, 4, 5, 3, 1, 4],
  [3, 4, 2, 4, 4, 2, 3],
  [5, null, 5, null, null, 1, 5],
  [2, 3, 1, 2, 3, 4, 2],
  [4, 5, 4, 5, 4, 2, 5],
];
const teamBAnswers: readonly (readonly (number | null)[])[] = [
  [1, 1, 1, 1, 1, 5, 1],
  [2, 2, 2, 2, 2, 4, 2],
];
const pulsePoints = engagementPulse.likert.points;
function responseMean(answers: readonly (number | null)[]): number {
  const scored = pulseStatements.flatMap((statement, index) => {
    const value = answers[index] ?? null;
    if (value === null) return [];
    return [statement.isReverseKeyed ? pulsePoints + 1 - value : value];
  });
  return scored.reduce((sum, value) => sum + value, 0) / scored.length;
}
const teamAMean = teamAnswers.map(responseMean).reduce((sum, value) => sum + value, 0) / teamAnswers.length;

let quarter = '';
let invited = 0;
let teams = 0;
let surveyUrl = '';
/** The pulse links of each team, by its leader's name. */
const linksByLeader = new Map<string, string[]>();
let leaderA = '';
let leaderB = '';
let linksA: string[] = [];
let linksB: string[] = [];

const readMails = () => readOutbox(outboxDir);

const pulseLinkPattern = /\/pulse\/[A-Za-z0-9_-]{43}/;

async function waitForPulseMails(count: number, timeoutMs = 90_000): Promise<Mail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = readMails().filter((mail) => pulseLinkPattern.test(mail.text));
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) throw new Error(`Only ${mails.length} of ${count} pulse mails arrived.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A page of the team members' own browser, where nobody ever signed in. */
async function memberPage(): Promise<Page> {
  memberBrowser ??= await launchBrowser();
  const memberPage = await memberBrowser.browser.newPage();
  memberPage.setDefaultTimeout(15_000);
  return memberPage;
}

/** Opens a pulse link as a team member and answers it: a rating per statement, or skipped. */
async function answerPulse(link: string, leader: string, answers: readonly (number | null)[], comment?: string) {
  const member = await memberPage();
  try {
    await member.goto(`${server.url}${link}`);
    await member.getByRole('heading', { level: 1, name: `Team pulse for ${leader}'s team` }).waitFor();
    await member.getByText(`${quarter} · open until `, { exact: false }).waitFor();
    // No navigation and no sign-out: team members need not be users.
    expect(await member.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    const form = member.getByRole('form', { name: 'Team pulse questionnaire' });
    expect(await form.getByRole('radiogroup').count()).toBe(pulseStatements.length);
    for (const [index, statement] of pulseStatements.entries()) {
      const value = answers[index] ?? null;
      if (value === null) continue;
      await form
        .getByRole('radiogroup', { name: statement.text, exact: true })
        .getByRole('radio', { name: pulseLabels[value - 1]!, exact: true })
        .check();
    }
    if (comment !== undefined) await form.getByLabel(pulseComment.text).fill(comment);
    const rated = answers.filter((value) => value !== null).length;
    await form.getByText(`${rated} of ${pulseStatements.length} statements answered`).waitFor();
    await form.getByRole('button', { name: 'Send answers' }).click();
    await member.getByRole('heading', { level: 1, name: 'Thank you: your answers are in' }).waitFor();
    await member
      .getByRole('status')
      .filter({ hasText: `Your answers count towards the average of ${leader}'s team for ${quarter}.` })
      .waitFor();
  } finally {
    await member.close();
  }
}

/** Opens a pulse link as a team member and answers the page's h1. */
async function headingOfLink(link: string): Promise<string> {
  const member = await memberPage();
  try {
    await member.goto(`${server.url}${link}`);
    const heading = member.getByRole('heading', { level: 1 });
    await heading.waitFor();
    return ((await heading.textContent()) ?? '').trim();
  } finally {
    await member.close();
  }
}

/** The results page's search box narrowed to one leader: their row, once the table shows only it. */
async function resultOf(leader: string): Promise<string[]> {
  const results = page.getByRole('region', { name: 'Results per leader' });
  await results.getByRole('searchbox', { name: 'Search leaders' }).fill(leader);
  const table = results.getByRole('table', { name: 'Results per leader' });
  await expect.poll(async () => (await bodyRows(table)).map((row) => row[0]), { timeout: 15_000 }).toEqual([leader]);
  return (await bodyRows(table))[0]!;
}

describe('a behavioural profile read by the coach, and a quarter’s team pulse from links to scores', () => {
  it('the participant fills in their behavioural profile, every statement rated, and reads their scores', async () => {
    participantName = await signIn('participant@northwind.example');
    const me = await page.evaluate(
      async () => (await (await fetch('/api/me')).json()) as { user: { personId: string } },
    );
    participantPersonId = me.user.personId;
    expect(participantPersonId).toMatch(/^[0-9a-f-]{36}$/);

    await page.getByRole('link', { name: 'My profile', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My behavioural profile' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile');
    const form = page.getByRole('form', { name: 'Behavioural profile questionnaire' });
    await form.waitFor();
    expect(await form.getByRole('radiogroup').count()).toBe(25);
    expect(profileStatements).toHaveLength(25);

    // Nothing answered: nothing is saved, and every statement says why.
    await form.getByRole('button', { name: 'Save my profile' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Some statements need an answer: see the messages by the statements.' })
      .waitFor();
    expect(await form.getByText('Choose how well this statement describes you.').count()).toBe(25);
    expect(await page.getByRole('list', { name: 'Your scores per dimension' }).count()).toBe(0);

    for (const statement of profileStatements) {
      const value = profileAnswers.get(statement.key)!;
      await form
        .getByRole('radiogroup', { name: statement.text, exact: true })
        .getByRole('radio', { name: profileLabels[value - 1]!, exact: true })
        .check();
    }
    await form.getByText('25 of 25 statements answered').waitFor();
    // Each answer took its statement's message away.
    expect(await form.getByText('Choose how well this statement describes you.').count()).toBe(0);
    await form.getByRole('button', { name: 'Save my profile' }).click();

    await page
      .getByRole('status')
      .filter({
        hasText: 'Your behavioural profile is saved. Your coach or mentor sees these scores, never your answers.',
      })
      .waitFor();
    const scores = page.getByRole('list', { name: 'Your scores per dimension' });
    await scores.waitFor();
    expect(await scoreRows(scores)).toEqual(expectedProfileRows);
    // Worked by hand: openness rated 5, 4, 2 (reversed: 4), 4 and 1 (reversed: 5) is 22 / 5.
    expect(expectedProfileRows[0]).toEqual(['Openness', '4.4 of 5']);
    expect(await page.getByRole('form', { name: 'Behavioural profile questionnaire' }).count()).toBe(0);
    expect(await screenshot(page, artifacts, 'journey-profile-scores.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the coach reads the participant’s scores on their engagement, and none of the answers', async () => {
    const coachName = await signIn('coach@northwind.example');
    await page.getByRole('link', { name: 'My engagements', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My engagements' }).waitFor();
    await page
      .getByRole('table', { name: 'Coaching engagements', exact: true })
      .getByRole('link', { name: `Coaching of ${participantName} by ${coachName}` })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Coaching engagement' }).waitFor();

    const panel = page.getByRole('region', { name: `Behavioural profile of ${participantName}` });
    await panel.getByText(`You see the scores; the answers stay with ${participantName}.`, { exact: false }).waitFor();
    const scores = panel.getByRole('list', { name: `Scores of ${participantName} per dimension` });
    await scores.waitFor();
    expect(await scoreRows(scores)).toEqual(expectedProfileRows);

    // Not one statement on the page, nor in what it was sent.
    const text = await page.evaluate(() => document.body.innerText);
    const html = await page.content();
    for (const statement of profileStatements) {
      expect(text).not.toContain(statement.text);
      expect(html).not.toContain(statement.text);
    }
    const response = await page.evaluate(async (url) => {
      const answer = await fetch(url);
      return { status: answer.status, body: await answer.text() };
    }, `/api/people/${participantPersonId}/behavioural-profile`);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).not.toHaveProperty('answers');
    for (const statement of profileStatements) expect(response.body).not.toContain(statement.key);
    expect(await screenshot(page, artifacts, 'journey-profile-coach.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the participant’s manager and an admin are told the profile does not exist', async () => {
    const profileUrl = `/api/people/${participantPersonId}/behavioural-profile`;
    await signIn('manager@northwind.example');
    expect(await statusOfGet(profileUrl)).toBe(404);
    await signOut();
    await signIn('admin@northwind.example');
    expect(await statusOfGet(profileUrl)).toBe(404);
    await signOut();
  });

  it('the admin starts this quarter’s team pulse', async () => {
    await signIn('admin@northwind.example');
    await page.getByRole('link', { name: 'Team pulse', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Team pulse' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/pulse-surveys');
    // The demo's coaching program brought the pulses of earlier quarters, all closed; this quarter has none.
    const table = page.getByRole('table', { name: 'Pulse surveys' });
    await table.waitFor();
    const earlier = await bodyRows(table);
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier.map((row) => row[1])).toEqual(earlier.map(() => 'Closed'));

    const form = page.getByRole('form', { name: "Start this quarter's pulse" });
    quarter = await form.getByRole('textbox', { name: 'Quarter' }).inputValue();
    expect(quarter).toMatch(/^\d{4}-Q[1-4]$/);
    expect(earlier.map((row) => row[0])).not.toContain(quarter);
    expect(await form.getByRole('textbox', { name: 'Minimum responses' }).inputValue()).toBe('5');
    await form.getByRole('button', { name: "Start this quarter's pulse" }).click();

    const status = form.getByRole('status').filter({ hasText: `Started the ${quarter} pulse: ` });
    await status.waitFor();
    const started = /(\d+) people in (\d+) teams were asked to answer\./.exec((await status.textContent()) ?? '');
    expect(started).not.toBeNull();
    invited = Number(started![1]);
    teams = Number(started![2]);
    expect(teams).toBeGreaterThanOrEqual(2);
    expect(invited).toBeGreaterThanOrEqual(5 * teams);

    await table.getByRole('link', { name: quarter, exact: true }).waitFor();
    const rows = await bodyRows(table);
    expect(rows).toHaveLength(earlier.length + 1);
    expect(rows[0]!.slice(0, 2)).toEqual([quarter, 'Open']);
    expect(rows[0]!.slice(3, 7)).toEqual([String(teams), String(invited), '0', '0']);
    expect(await page.getByText('No pulse surveys yet').count()).toBe(0);
    await signOut();
  });

  it('every team member gets a personal link by mail, about the team they work in', async () => {
    const mails = await waitForPulseMails(invited);
    expect(mails).toHaveLength(invited);
    for (const mail of mails) {
      expect(mail.subject).toBe(`How is your team doing? A two-minute pulse (${quarter})`);
      expect(mail.text).toMatch(/^Hello [^\n]+,/);
      const leader = /This one is about the team you work in with (.+)\.$/m.exec(mail.text)?.[1];
      expect(leader, mail.to).toBeDefined();
      // The link is a whole address that opens on this server.
      const link = new RegExp(`${server.url.replace(/[.:/]/g, '\\$&')}(${pulseLinkPattern.source})`).exec(mail.text);
      expect(link, mail.to).not.toBeNull();
      linksByLeader.set(leader!, [...(linksByLeader.get(leader!) ?? []), link![1]!]);
    }
    expect(new Set(mails.map((mail) => mail.to)).size).toBe(invited);
    expect(linksByLeader.size).toBe(teams);
    expect(new Set([...linksByLeader.values()].flat()).size).toBe(invited);

    // Team A: five answer and one link stays unused; team B: two answer, again with links to spare.
    const bySize = [...linksByLeader].sort(([, a], [, b]) => a.length - b.length);
    const teamA = bySize.find(([, links]) => links.length >= 6) ?? bySize.find(([, links]) => links.length >= 5);
    expect(teamA).toBeDefined();
    const teamB = bySize.find(([leader, links]) => leader !== teamA![0] && links.length >= 3);
    expect(teamB).toBeDefined();
    [leaderA, linksA] = teamA!;
    [leaderB, linksB] = teamB!;
  });

  it('five members of team A answer through their links, without signing in', async () => {
    for (const [index, answers] of teamAnswers.entries()) {
      await answerPulse(
        linksA[index]!,
        leaderA,
        answers,
        index === 2 ? 'Fewer status meetings, more time to finish things.' : undefined,
      );
    }
  });

  it('a link already used says so, and cannot answer again', async () => {
    expect(await headingOfLink(linksA[0]!)).toBe('You have already answered this survey');
  });

  it('two members of team B answer through their links', async () => {
    for (const [index, answers] of teamBAnswers.entries()) await answerPulse(linksB[index]!, leaderB, answers);
  });

  it('the admin closes the survey: team A shows its mean, team B too few responses', async () => {
    await signIn('admin@northwind.example');
    await page.getByRole('link', { name: 'Team pulse', exact: true }).click();
    await page.getByRole('table', { name: 'Pulse surveys' }).getByRole('link', { name: quarter, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Team pulse ${quarter}` }).waitFor();
    surveyUrl = page.url();
    expect(new URL(surveyUrl).pathname).toMatch(/^\/pulse-surveys\/[0-9a-f-]{36}$/);

    const counts = page.getByRole('region', { name: 'Counts', exact: true }).getByRole('table');
    const count = async (label: string) => (await bodyRows(counts)).find((row) => row[0] === label)?.[1];
    expect(await count('Status')).toBe('Open');
    expect(await count('People invited')).toBe(String(invited));
    expect(await count('Responses')).toBe(String(teamAnswers.length + teamBAnswers.length));
    expect(await count('Leaders shown')).toBe('Shown after close');

    // While open, no score: not even for a team that answered enough.
    const openA = await resultOf(leaderA);
    expect(openA.slice(2)).toEqual([String(linksA.length), String(teamAnswers.length), 'Shown after close']);

    await page.getByRole('region', { name: 'Close the survey' }).getByRole('button', { name: 'Close survey' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close this survey?' });
    await dialog.getByRole('button', { name: 'Close survey' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => count('Status'), { timeout: 15_000 }).toBe('Closed');
    expect(await count('Leaders shown')).toBe('1');
    expect(await page.getByRole('button', { name: 'Close survey' }).count()).toBe(0);

    // The mean of the five response means, each reverse-keyed statement turned round.
    expect(teamAMean.toFixed(1)).toBe('3.8');
    const table = page.getByRole('table', { name: 'Results per leader' });
    await table.getByRole('cell', { name: teamAMean.toFixed(1), exact: true }).waitFor();
    expect(await resultOf(leaderA)).toEqual([
      leaderA,
      openA[1],
      String(linksA.length),
      String(teamAnswers.length),
      teamAMean.toFixed(1),
    ]);
    const closedB = await resultOf(leaderB);
    expect(closedB.slice(2)).toEqual([
      String(linksB.length),
      String(teamBAnswers.length),
      `Not enough responses (${teamBAnswers.length} of 5)`,
    ]);
    expect(await screenshot(page, artifacts, 'journey-pulse-results.png')).toBeGreaterThan(5_000);

    // The list agrees.
    await page.getByRole('link', { name: 'All team pulses' }).click();
    const surveys = page.getByRole('table', { name: 'Pulse surveys' });
    // This quarter's row: the demo's earlier quarters are closed too.
    const thisQuarter = surveys
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: quarter, exact: true }) });
    await thisQuarter.getByText('Closed', { exact: true }).waitFor();
    expect((await bodyRows(surveys))[0]!.slice(5, 7)).toEqual([String(teamAnswers.length + teamBAnswers.length), '1']);
    await signOut();
  });

  it('links not used before the close say that the survey has closed', async () => {
    const unusedA = linksA.slice(teamAnswers.length);
    const unusedB = linksB.slice(teamBAnswers.length);
    expect(unusedA.length + unusedB.length).toBeGreaterThan(0);
    for (const link of [...unusedA, ...unusedB]) expect(await headingOfLink(link)).toBe('This survey has closed');
    // An answered link still says it was answered.
    expect(await headingOfLink(linksB[0]!)).toBe('You have already answered this survey');
  });

  it('left a screenshot of each main step', () => {
    for (const name of screenshots) {
      expect(existsSync(path.join(artifacts, name)), name).toBe(true);
    }
  });
});
