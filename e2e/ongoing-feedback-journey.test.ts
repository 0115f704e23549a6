// Ongoing feedback in the browser, on the demo organization. The participant asks their manager for
// feedback on a competency (after the form names what is missing); the manager signs in, finds the
// request and answers it; the participant reads the answer and shares it with their coach; the coach
// finds it under "Feedback shared with you" on the coaching engagement, while an admin is told it
// does not exist. In a session the coach asks which feedback the participant sought or gave this
// week; the participant sees their counts of the week and answers. Then the participant sends a peer kudos for the team to see, and the manager (the
// peer's manager, so on their team) reads them under "Your team's kudos".
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoPeople } from '../src/server/modules/demo/demo.people.js';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { chooseOption, pickPerson, screenshot, signInAs, signOutOf } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-ongoing-feedback-'));
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const screenshots = [
  'journey-feedback-asked.png',
  'journey-feedback-shared.png',
  'journey-feedback-coach.png',
  'journey-feedback-prompt.png',
  'journey-kudos-team.png',
];

// The demo's people are generated from a fixed seed: the participant login's peer is known.
const demoPeople = generateDemoPeople(200);
const participantRecord = demoPeople.find(
  (person) => person.tier === 'middle_manager' && person.department === 'Sales',
)!;
const peer = demoPeople.find(
  (person) => person.managerKey === participantRecord.managerKey && person.key !== participantRecord.key,
)!;

const question = 'How did I handle the pricing questions in Tuesday’s forecast review?';
const answer = 'You answered the pricing questions directly and with numbers; next time, name the trade-off first.';
const promptAnswer = 'I asked Carlos about the forecast review and thanked Uma for her handover.';
const kudosMessage = 'Thank you for stepping in on the Fabrikam renewal call at short notice.';

let participantName = '';
let participantPersonId = '';
let managerName = '';
let sessionId = '';

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

const signIn = (email: string) => signInAs(page, server.url, email);
const signOut = () => signOutOf(page);

async function openExchange(): Promise<void> {
  await page.getByRole('link', { name: 'Feedback exchange', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Feedback exchange' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/feedback-exchange');
}

const section = (name: string) => page.getByRole('region', { name, exact: true });

/** The HTTP status and body of a GET made by the page itself, with the signed-in user's cookie. */
function get(url: string): Promise<{ status: number; body: string }> {
  return page.evaluate(async (target) => {
    const response = await fetch(target);
    return { status: response.status, body: await response.text() };
  }, url);
}

/** A Switch's input is visually hidden; its track (the input's label) is what one clicks. */
async function toggle(switchInput: Locator): Promise<void> {
  await page.locator(`label[for="${await switchInput.getAttribute('id')}"]`).click();
}

describe('asking for, receiving and sharing feedback, and kudos for the team', () => {
  it('the participant asks their manager for feedback on a competency', async () => {
    managerName = await signIn('manager@northwind.example');
    await signOut();
    participantName = await signIn('participant@northwind.example');
    participantPersonId = (JSON.parse((await get('/api/me')).body) as { user: { personId: string } }).user.personId;
    await openExchange();

    const form = page.getByRole('form', { name: 'Ask for feedback' });
    // Nothing chosen: nothing is sent, and each field says what it needs.
    await form.getByRole('button', { name: 'Ask for feedback' }).click();
    await form.getByText('Choose whom to ask.').waitFor();
    await form.getByText('Choose the competency you want feedback on.').waitFor();

    // Found by part of the name, like anyone would type it.
    const picked = await pickPerson(
      page,
      form.getByRole('combobox', { name: 'Whom to ask' }),
      managerName.split(' ').at(-1)!,
      managerName,
    );
    expect(picked).toBe(managerName);
    await chooseOption(page, form.getByRole('combobox', { name: 'Competency' }), 'Decision making');
    await form.getByRole('textbox', { name: 'Your question (optional)' }).fill(question);
    await form.getByRole('button', { name: 'Ask for feedback' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Asked ${managerName} for feedback on Decision making. You will be told when they answer.` })
      .waitFor();

    const mine = section('Your requests').getByRole('article', { name: `Request to ${managerName}` });
    await mine.filter({ hasText: question }).getByText('Waiting for an answer').waitFor();
    expect(await screenshot(page, artifacts, 'journey-feedback-asked.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the manager finds the request and answers it', async () => {
    await signIn('manager@northwind.example');
    // The bell says who asked.
    await page.getByRole('button', { name: /notification/i }).click();
    await page.getByText(`${participantName} asks for your feedback`).first().waitFor();
    await page.keyboard.press('Escape');
    await openExchange();

    const card = section('Asked of you').getByRole('article', {
      name: `${participantName} asks for feedback on Decision making`,
    });
    await card.getByText(question).waitFor();
    await card.getByRole('button', { name: `Answer ${participantName}` }).click();
    const form = card.getByRole('form', { name: `Answer ${participantName}` });
    await form.getByRole('button', { name: 'Send feedback' }).click();
    await form.getByText('Write your feedback.').waitFor();
    await form.getByRole('textbox', { name: `Your feedback for ${participantName}` }).fill(answer);
    await form.getByRole('button', { name: 'Send feedback' }).click();

    // Answered: it leaves the list and shows among what the manager gave.
    await card.waitFor({ state: 'detached' });
    await section('Feedback you gave')
      .getByRole('article', { name: `Feedback for ${participantName}` })
      .filter({ hasText: answer })
      .waitFor();
    await signOut();
  });

  it('the participant reads the answer and shares it with their coach', async () => {
    await signIn('participant@northwind.example');
    await openExchange();
    const card = section('Feedback you received')
      .getByRole('article', { name: `From ${managerName} on Decision making` })
      .filter({ hasText: answer });
    await card.getByText(`You asked: ${question}`).waitFor();
    const share = card.getByRole('switch', { name: 'Share with my coach or mentor' });
    expect(await share.isChecked()).toBe(false);
    await card.getByText('Only you and the writer read it.').waitFor();
    await toggle(share);
    await card.getByText('Your current coach or mentor reads this piece and who wrote it.').waitFor();
    expect(await share.isChecked()).toBe(true);
    await section('Your requests')
      .getByRole('article', { name: `Request to ${managerName}` })
      .filter({ hasText: question })
      .getByText('Answered', { exact: true })
      .waitFor();
    // Still shared after a reload: the server kept it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Feedback exchange' }).waitFor();
    const reloaded = section('Feedback you received')
      .getByRole('article', { name: `From ${managerName} on Decision making` })
      .filter({ hasText: answer });
    await expect
      .poll(() => reloaded.getByRole('switch', { name: 'Share with my coach or mentor' }).isChecked())
      .toBe(true);
    expect(await screenshot(page, artifacts, 'journey-feedback-shared.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the coach reads it under "Feedback shared with you" on the engagement; an admin is told it does not exist', async () => {
    const coachName = await signIn('coach@northwind.example');
    await page.getByRole('link', { name: 'My engagements', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My engagements' }).waitFor();
    await page
      .getByRole('table', { name: 'Coaching engagements', exact: true })
      .getByRole('link', { name: `Coaching of ${participantName} by ${coachName}` })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Coaching engagement' }).waitFor();
    const panel = page.getByRole('region', { name: `Feedback ${participantName} shared with you` });
    const piece = panel.getByRole('article', { name: `From ${managerName}` }).filter({ hasText: answer });
    await piece.getByText(`From ${managerName} on Decision making`).waitFor();
    await piece.getByText(`${participantName} asked: ${question}`).waitFor();
    expect(await screenshot(page, artifacts, 'journey-feedback-coach.png')).toBeGreaterThan(5_000);

    // A session of the engagement (scheduled through the API, as the sessions journey covers the
    // form), where the coach asks which feedback the participant sought or gave this week.
    const engagementId = new URL(page.url()).pathname.split('/').at(-1)!;
    sessionId = await page.evaluate(async (id) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const response = await fetch(`/api/engagements/${id}/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ scheduledAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 60 }),
      });
      return ((await response.json()) as { id: string }).id;
    }, engagementId);
    await page.goto(`${server.url}/sessions/${sessionId}`);
    const prompt = page.getByRole('region', { name: 'Feedback this week' });
    await prompt.getByRole('button', { name: 'Ask about feedback this week' }).click();
    await prompt
      .getByText(`${coachName} asked ${participantName}: “Which feedback did you seek or give this week?”`)
      .waitFor();
    await prompt.getByText(`${participantName} has not answered yet.`).waitFor();
    await signOut();

    await signIn('admin@northwind.example');
    const shared = await get(`/api/people/${participantPersonId}/shared-feedback`);
    expect(shared.status).toBe(404);
    expect(shared.body).not.toContain(answer);
    await signOut();
  });

  it('the participant sees their week’s counts on the session page and answers the coach', async () => {
    await signIn('participant@northwind.example');
    await page.goto(`${server.url}/sessions/${sessionId}`);
    const prompt = page.getByRole('region', { name: 'Feedback this week' });
    await prompt.getByText('asked you: “Which feedback did you seek or give this week?”', { exact: false }).waitFor();
    const counts = await prompt.getByRole('note', { name: 'Counts of the week' }).textContent();
    // Counted by the server from what they did: at least the request of this journey.
    const [, sought] =
      /: (\d+) requests? for feedback sent and \d+ pieces? of feedback given\.$/.exec(counts ?? '') ?? [];
    expect(Number(sought), counts ?? '').toBeGreaterThanOrEqual(1);
    const form = prompt.getByRole('form', { name: 'Answer about feedback this week' });
    await form.getByRole('button', { name: 'Send answer' }).click();
    await form.getByText('Write your answer.').waitFor();
    await form.getByRole('textbox', { name: 'Your answer' }).fill(promptAnswer);
    await form.getByRole('button', { name: 'Send answer' }).click();
    await form.getByRole('status').filter({ hasText: 'Your answer is saved' }).waitFor();
    expect(await screenshot(page, artifacts, 'journey-feedback-prompt.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the participant sends their peer kudos for the team to see', async () => {
    await signIn('participant@northwind.example');
    await page.getByRole('link', { name: 'Kudos', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kudos' }).waitFor();
    const form = page.getByRole('form', { name: 'Give kudos' });
    await pickPerson(page, form.getByRole('combobox', { name: 'Kudos for' }), peer.name.split(' ')[0]!, peer.name);
    await form.getByRole('textbox', { name: 'Message' }).fill(kudosMessage);
    await form.getByRole('checkbox', { name: 'Show to their team' }).check();
    await form.getByRole('button', { name: 'Send kudos' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Kudos sent to ${peer.name}, and shown to their team.` })
      .waitFor();
    const given = section('Kudos you gave')
      .getByRole('article', { name: `Kudos from ${participantName} to ${peer.name}` })
      .filter({ hasText: kudosMessage });
    await given.getByText('Team sees it').waitFor();
    await signOut();
  });

  it('the manager, on the peer’s team, reads the kudos among the team’s', async () => {
    await signIn('manager@northwind.example');
    await page.getByRole('link', { name: 'Kudos', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kudos' }).waitFor();
    await section("Your team's kudos")
      .getByRole('article', { name: `Kudos from ${participantName} to ${peer.name}` })
      .filter({ hasText: kudosMessage })
      .waitFor();
    expect(await screenshot(page, artifacts, 'journey-kudos-team.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('left a screenshot of each main step', () => {
    for (const name of screenshots) expect(existsSync(path.join(artifacts, name)), name).toBe(true);
  });
});
