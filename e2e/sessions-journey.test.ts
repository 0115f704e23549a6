// Sessions in the browser: a mentee and mentor of the demo's self-service circle (paired through
// the API, as the self-service journey does through the UI) meet. The mentee finds the session in
// their calendar, writes a shared and a private note, and schedules the next session; the mentor
// reads the shared note but never the private one, adds and ticks an action item, marks the
// session held, downloads the invitation and makes, replaces and revokes a calendar feed.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { startTandem, type TandemServer } from './support/tandem-process.js';
import { bodyRows, chooseOption, screenshot, waitForValue, signInAs, signOutOf } from './support/ui.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-sessions-'));
const artifacts = path.resolve('test-results');
let server: TandemServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const screenshots = [
  'journey-sessions-calendar.png',
  'journey-sessions-notes.png',
  'journey-sessions-scheduled.png',
  'journey-sessions-mentor.png',
  'journey-sessions-feed.png',
];

const programName = 'New Manager Mentoring Circle';
const sharedText = 'We agreed to practise the first minute of a hard conversation.';
const privateText = 'I am nervous about the talk with Sam; keep this to myself.';
const actionText = 'Write down three opening sentences for the talk';

type ApiUser = { cookie: string; csrfToken: string; personId: string; name: string };
let mentee: ApiUser;
let mentor: ApiUser;
let sessionId = '';

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

/** Signs in through the API, as a script would: the cookie and the CSRF token for writes. */
async function apiSignIn(email: string): Promise<ApiUser> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'tandem-demo' }),
  });
  expect(response.status).toBe(200);
  const me = (await response.json()) as {
    user: { personId: string | null; displayName: string };
    csrfToken: string;
  };
  expect(me.user.personId).not.toBeNull();
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, csrfToken: me.csrfToken, personId: me.user.personId!, name: me.user.displayName };
}

async function api<T>(user: ApiUser, method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: {
      cookie: user.cookie,
      'x-csrf-token': user.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function openCalendar(): Promise<void> {
  await page.getByRole('link', { name: 'Calendar', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
}

/** The heading of the session page: mentor first, as in the invitation's title. */
const sessionHeading = () => `Mentoring session: ${mentor.name} & ${mentee.name}`;

/** Unfolds iCalendar's 75-octet lines so a long property reads as one. */
function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

describe('a mentoring pair prepares, holds and follows up a session', () => {
  it('pairs the mentee and the mentor and logs a session that started an hour ago (API)', async () => {
    mentee = await apiSignIn('participant@northwind.example');
    mentor = await apiSignIn('mentor@northwind.example');
    const overview = await api<{
      programs: { programId: string; programName: string; suggestions: { partner: { id: string } }[] }[];
    }>(mentee, 'GET', '/api/self-service/matching');
    const circle = overview.programs.find((program) => program.programName === programName)!;
    expect(circle.suggestions.map((suggestion) => suggestion.partner.id)).toContain(mentor.personId);
    const request = await api<{ id: string }>(mentee, 'POST', `/api/programs/${circle.programId}/match-requests`, {
      mentorPersonId: mentor.personId,
    });
    await api(mentor, 'POST', `/api/match-requests/${request.id}/accept`);
    const relationships = await api<{
      items: { id: string; programName: string; mentor: { id: string } }[];
    }>(mentee, 'GET', '/api/relationships?pageSize=100');
    const relationship = relationships.items.find(
      (item) => item.programName === programName && item.mentor.id === mentor.personId,
    )!;
    expect(relationship).toBeDefined();

    const startedAt = new Date(Date.now() - 60 * 60_000);
    startedAt.setUTCSeconds(0, 0);
    const session = await api<{ id: string; framework: string }>(
      mentee,
      'POST',
      `/api/relationships/${relationship.id}/sessions`,
      {
        scheduledAt: `${startedAt.toISOString().slice(0, 19)}Z`,
        durationMinutes: 90,
        agenda: 'Preparing the first hard conversation with my team',
      },
    );
    expect(session.framework).toBe('five_cs');
    sessionId = session.id;
  });

  it('the mentee finds the session in their calendar and opens it', async () => {
    await signIn('participant@northwind.example');
    await openCalendar();
    const recent = page.getByRole('table', { name: 'Your recent sessions' });
    // Still running: it is "upcoming" until it ends or is marked held.
    const upcoming = page.getByRole('table', { name: 'Your upcoming sessions' });
    await upcoming.waitFor();
    expect(await recent.count()).toBe(0);
    const rows = await bodyRows(upcoming);
    expect(rows).toHaveLength(1);
    expect(rows[0]![1]).toBe(`Mentoring: ${mentor.name} & ${mentee.name}`);
    expect(rows[0]![2]).toBe('1 h 30 min');
    expect(await screenshot(page, artifacts, 'journey-sessions-calendar.png')).toBeGreaterThan(5_000);

    await upcoming.getByRole('link').click();
    await page.waitForURL(`**/sessions/${sessionId}`);
    await page.getByRole('heading', { level: 1, name: sessionHeading() }).waitFor();
    const agenda = page.getByRole('textbox', { name: 'Agenda', exact: true });
    await waitForValue(agenda, 'Preparing the first hard conversation with my team');
  });

  it('shows the 5 Cs with their prompts and keeps a shared and a private note', async () => {
    for (const title of ['Challenges', 'Choices', 'Consequences', 'Creative solutions', 'Conclusions', 'General']) {
      await page.getByRole('heading', { level: 3, name: title, exact: false }).first().waitFor();
    }
    const challenges = page.getByRole('region', { name: 'Challenges' });
    expect((await challenges.locator('p').first().textContent())?.trim().length).toBeGreaterThan(10);

    await challenges.getByText(`Shared with ${mentor.name}`).waitFor();
    await challenges.getByText('Only you can read this').waitFor();
    await challenges.getByRole('textbox', { name: 'Shared note' }).fill(sharedText);
    await challenges.getByRole('button', { name: 'Save shared note' }).click();
    await challenges.getByText(`Last written by ${mentee.name}`, { exact: false }).waitFor();

    await challenges.getByRole('textbox', { name: 'Private note' }).fill(privateText);
    await challenges.getByRole('button', { name: 'Save private note' }).click();
    await challenges.getByText(/^Saved /).waitFor();

    // Both are kept: a fresh load shows them again.
    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Challenges' });
    await waitForValue(reloaded.getByRole('textbox', { name: 'Shared note' }), sharedText);
    await waitForValue(reloaded.getByRole('textbox', { name: 'Private note' }), privateText);
    expect(await screenshot(page, artifacts, 'journey-sessions-notes.png')).toBeGreaterThan(5_000);
  });

  it('schedules the next session from the session page, with errors beside the fields', async () => {
    const others = page.getByRole('region', { name: 'Other sessions of this pair' });
    await others.getByText('No other sessions yet.').waitFor();
    await others.getByRole('button', { name: 'Schedule a session' }).click();
    const form = others.getByRole('form', { name: 'Schedule a session' });
    // The framework starts at the mentoring default.
    expect(await form.getByRole('combobox', { name: 'Framework' }).inputValue()).toMatch(/^5 Cs/);

    await form.getByRole('button', { name: 'Schedule' }).click();
    await form.getByText('Enter a date').waitFor();

    // A week from now, in the browser's own time zone.
    const nextWeek = await page.evaluate(() => {
      const day = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
    });
    await form.getByLabel('Date').fill(nextWeek);
    await form.getByLabel('Start time').fill('10:00');
    const length = form.getByRole('textbox', { name: 'Length (minutes)' });
    await length.fill('10');
    await form.getByRole('button', { name: 'Schedule' }).click();
    // The API's message, next to the length.
    await form.getByText(/at least 15 minutes/i).waitFor();

    await length.fill('45');
    await form.getByLabel('Place or video link').fill('https://meet.example/northwind-mentoring');
    await form.getByRole('button', { name: 'Schedule' }).click();
    await others.getByText('Session scheduled.', { exact: false }).waitFor();
    const upcoming = others.getByRole('table', { name: 'Upcoming sessions' });
    // The list refreshes after the message shows; wait for the row rather than read too early.
    await upcoming.locator('tbody tr').first().waitFor();
    const rows = await bodyRows(upcoming);
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toMatch(/10:00–10:45$/);
    expect(rows[0]![3]).toBe('Scheduled');
    expect(await screenshot(page, artifacts, 'journey-sessions-scheduled.png')).toBeGreaterThan(5_000);
    await signOut();
  });

  it('the mentor reads the shared note but never the private one', async () => {
    await signIn('mentor@northwind.example');
    await page.goto(`${server.url}/sessions/${sessionId}`);
    await page.getByRole('heading', { level: 1, name: sessionHeading() }).waitFor();
    const challenges = page.getByRole('region', { name: 'Challenges' });
    await waitForValue(challenges.getByRole('textbox', { name: 'Shared note' }), sharedText);
    await challenges.getByText(`Shared with ${mentee.name}`).waitFor();
    await challenges.getByText(`Last written by ${mentee.name}`, { exact: false }).waitFor();
    expect(await challenges.getByRole('textbox', { name: 'Private note' }).inputValue()).toBe('');

    const everything = await page.evaluate(() =>
      [
        document.documentElement.outerHTML,
        ...Array.from(document.querySelectorAll('textarea, input'), (input) => (input as HTMLInputElement).value),
      ].join('\n'),
    );
    expect(everything).toContain(sharedText);
    expect(everything).not.toContain(privateText);
  });

  it('the mentor adds an action item for the mentee and ticks it off', async () => {
    const form = page.getByRole('form', { name: 'Add an action item' });
    await form.getByRole('button', { name: 'Add action item' }).click();
    await form.getByText('Describe the action').waitFor();

    await form.getByRole('textbox', { name: 'New action' }).fill(actionText);
    await chooseOption(page, form.getByRole('combobox', { name: 'Owner' }), mentee.name);
    await form.getByLabel('Due date (optional)').fill('2030-01-15');
    await form.getByRole('button', { name: 'Add action item' }).click();

    const items = page.getByRole('table', { name: 'Action items' });
    await items.getByText(actionText).waitFor();
    expect(await bodyRows(items)).toEqual([[actionText, mentee.name, '15 Jan 2030']]);
    await waitForValue(form.getByRole('textbox', { name: 'New action' }), '');

    const tick = items.getByRole('checkbox', { name: actionText });
    // The box shows the saved state: it turns checked once the server answers, not on the click.
    await tick.click();
    await page.waitForFunction(
      (name) =>
        Array.from(document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).some(
          (box) => box.checked && !box.disabled && box.labels?.[0]?.textContent === name,
        ),
      actionText,
    );
  });

  it('the mentor marks the session held, which is final', async () => {
    await page.getByRole('button', { name: 'Mark held' }).click();
    await page.getByText('This session was held; that is final.').waitFor();
    expect(await page.getByRole('button', { name: 'Mark held' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reschedule' }).count()).toBe(0);
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByText('Held', { exact: true }).waitFor();
    expect(await screenshot(page, artifacts, 'journey-sessions-mentor.png')).toBeGreaterThan(5_000);
  });

  it('the invitation downloads as iCalendar, titled with the pair', async () => {
    const link = page.getByRole('link', { name: 'Download invite (.ics)' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/sessions/${sessionId}/invite.ics`);
    const download = await page.evaluate(async (url) => {
      const response = await fetch(url, { credentials: 'same-origin' });
      return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    }, href!);
    expect(download.status).toBe(200);
    expect(download.type).toContain('text/calendar');
    const ics = unfold(download.body);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`SUMMARY:Mentoring: ${mentor.name} & ${mentee.name}`);
    expect(ics).not.toContain(sharedText);
  });

  it('the mentor makes a calendar feed, replaces it and revokes it', async () => {
    await openCalendar();
    // The session scheduled by the mentee is the mentor's too.
    const upcoming = page.getByRole('table', { name: 'Your upcoming sessions' });
    await upcoming.waitFor();
    expect(await bodyRows(upcoming)).toHaveLength(1);
    const recent = await bodyRows(page.getByRole('table', { name: 'Your recent sessions' }));
    expect(recent.map((row) => row[4])).toEqual(['Held']);

    const feedSection = page.getByRole('region', { name: 'Your calendar feed' });
    await feedSection.getByRole('button', { name: 'Create a feed address' }).click();
    await feedSection.getByText('Treat this address like a password').waitFor();
    const address = feedSection.getByRole('textbox', { name: 'Your feed address' });
    await page.waitForFunction(
      (element) => /\/api\/calendar\/[^/]+\.ics$/.test((element as HTMLInputElement).value),
      await address.elementHandle(),
    );
    const firstUrl = await address.inputValue();
    expect(firstUrl.startsWith(server.url)).toBe(true);
    await feedSection.getByRole('button', { name: 'Copy' }).waitFor();
    expect(await screenshot(page, artifacts, 'journey-sessions-feed.png')).toBeGreaterThan(5_000);

    // A calendar app fetches the address with no cookie: the token is the credential.
    const feed = await fetch(firstUrl);
    expect(feed.status).toBe(200);
    const body = unfold(await feed.text());
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain(`UID:session-${sessionId}@tandem`);
    expect(body).toContain(`SUMMARY:Mentoring: ${mentor.name} & ${mentee.name}`);
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(body).not.toContain(sharedText);
    expect(body).not.toContain(privateText);

    await feedSection.getByRole('button', { name: 'Replace the address' }).click();
    await page.waitForFunction(
      ([element, previous]) => {
        const value = (element as HTMLInputElement).value;
        return value !== previous && value.endsWith('.ics');
      },
      [await address.elementHandle(), firstUrl] as const,
    );
    const secondUrl = await address.inputValue();
    expect((await fetch(firstUrl)).status).toBe(404);
    expect((await fetch(secondUrl)).status).toBe(200);

    await feedSection.getByRole('button', { name: 'Revoke the feed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke your calendar feed?' });
    await dialog.getByRole('button', { name: 'Revoke', exact: true }).click();
    await feedSection.getByText('Your feed address is revoked.', { exact: false }).waitFor();
    expect(await address.count()).toBe(0);
    expect((await fetch(secondUrl)).status).toBe(404);
  });

  it('left a screenshot of each main step', () => {
    for (const name of screenshots) {
      expect(existsSync(path.join(artifacts, name)), name).toBe(true);
    }
  });
});
