import { expect, test, type Page } from '@playwright/test';
import { api } from './pages/api';
import { aclClient, day } from './pages/assessment-clients';

/**
 * Issue 13, items 6–10, 12 and 15: the caseload and the programme views read well at a laptop's
 * size — one page scroll, whole words, the plan above the fold, a calendar in programme weeks,
 * charts that end with their data, dates in the app's format, no emoji, no 404s.
 */

async function clientId(page: Page, name: string): Promise<number> {
  const list = (await api(page, 'clients.list', { query: name, limit: 5 })) as {
    items: { id: number; name: string }[];
  };
  const found = list.items.find((client) => client.name === name);
  if (!found) throw new Error(`no client ${name}`);
  return found.id;
}

/** Text that looks like an ISO date (2026-12-02), which the app never shows. */
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;

test.beforeEach(async ({ page }) => {
  await api(page, 'settings.save', { language: 'en', clinician: 'S. Physio' });
});

test('the caseload scrolls with the page: every row reachable, whole injury and clearance words', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto('/#/');
  await page.reload();
  const rows = page.getByTestId('caseload-row');
  await expect(rows.first()).toBeVisible();
  // No scroll box of its own inside the page: the table is as tall as its rows.
  const inner = await page.locator('main *').evaluateAll(
    (elements) =>
      elements.filter((element) => {
        const style = getComputedStyle(element);
        return /(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      }).length,
  );
  expect(inner).toBe(0);
  // The last row comes into view by scrolling the page.
  await rows.last().scrollIntoViewIfNeeded();
  await expect(rows.last()).toBeInViewport();
  // Injuries and clearance levels are not cut off with an ellipsis.
  const cut = await page
    .locator('[data-testid="caseload-row"] td, [data-testid="caseload-row"] .mantine-Badge-label')
    .evaluateAll(
      (elements) =>
        elements.filter((element) => element.scrollWidth > element.clientWidth + 1 && element.closest('td'))
          .length,
    );
  expect(cut).toBe(0);
  // The page has its icon.
  expect(missing).toEqual([]);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toBeTruthy();
  expect((await page.request.get(new URL(icon!, page.url()).toString())).status()).toBe(200);
});

test('a roster is one table in the page, its remove column labelled for screen readers', async ({ page }) => {
  await page.goto('/#/groups');
  await page.getByTestId('group-row').filter({ hasText: 'Riverside Harriers' }).click();
  await expect(page.getByTestId('caseload-row').first()).toBeVisible();
  const headers = await page.locator('thead th').allTextContents();
  expect(headers.every((text) => text.trim() !== '')).toBe(true);
});

test('the programme: the plan above the fold at 1280×720, one notice, guides folded, words not codes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const id = await clientId(page, 'David Lindqvist');
  await page.goto(`/#/clients/${id}/programme`);
  const first = page.getByTestId('session-card').first();
  await expect(first).toBeInViewport();
  await expect(page.getByTestId('programme-notice')).toHaveCount(1);
  await expect(page.getByTestId('guides-toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('programme-weeks')).toHaveAttribute('data-complete', 'true', {
    timeout: 15_000,
  });
  // No emoji padlock anywhere (it is an empty box on Linux); locked sessions carry an icon.
  expect(await page.locator('main').innerText()).not.toContain('🔒');
  // Week headers: a one-day week shows one date; no ISO dates.
  const ranges = await page.locator('[data-testid="programme-week"] h4 + p').allTextContents();
  for (const range of ranges) {
    const [from, to] = range.split(' – ');
    expect(from).not.toBe(to);
    expect(range).not.toMatch(isoDate);
  }
  // A week whose sessions all wait for a clearance says so instead of "Run 0 min · walk 0 min".
  for (const locked of await page.getByTestId('week-locked').all())
    await expect(locked).toContainText('Locked');

  // "Why?" explains in words; the rule id is on hover only.
  await first.getByTestId('why-toggle').click();
  const why = first.getByTestId('why-list');
  await expect(why).toBeVisible();
  expect(await why.innerText()).not.toMatch(/\b[RE]\d+\b/);
  await expect(why.locator('[title^="Rule "]').first()).toBeAttached();

  // The buttons say what they do and what arrives.
  await expect(page.getByRole('button', { name: 'Add to calendar (.ics)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Watch workouts (.zip of .fit files)' })).toBeVisible();
  await expect(page.getByText('Calendar', { exact: true })).toHaveCount(0);
});

test('the month view: rows start on the programme start day, today marked, chips by kind with a legend', async ({
  page,
}) => {
  const id = await clientId(page, 'David Lindqvist');
  const current = (await api(page, 'programmes.current', { clientId: id })) as {
    derived: { programme: { startDate: string } };
  };
  const start = current.derived.programme.startDate;
  await page.goto(`/#/clients/${id}/programme`);
  await page.getByText('Month view', { exact: true }).click();
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${start}T00:00:00Z`),
  );
  await expect(page.getByTestId('calendar-weekday').first()).toHaveText(weekday);
  await expect(page.locator('[aria-current="date"]')).toHaveCount(1);
  await expect(page.locator('[aria-current="date"]')).toContainText('Today');
  const families = await page
    .getByTestId('calendar-chip')
    .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-family')));
  expect(new Set(families).size).toBeGreaterThan(1);
  const legend = page.getByRole('list', { name: 'Session kinds' });
  for (const name of ['Running', 'Strength', 'Locked: waits for a clearance'])
    await expect(legend).toContainText(name);
});

test('progress charts: the axis ends with the data, dates in the app format, no label twice', async ({
  page,
}) => {
  const id = await clientId(page, 'David Lindqvist');
  await page.goto(`/#/clients/${id}/progress`);
  for (const chart of ['chart-weekly', 'chart-pain', 'chart-stage']) {
    const labels = page.getByTestId(chart).locator('.recharts-xAxis-tick-labels text');
    await expect(labels.first()).toBeVisible();
    const ticks = await labels.allTextContents();
    expect(ticks.length).toBeGreaterThan(0);
    expect(new Set(ticks).size).toBe(ticks.length);
    for (const tick of ticks) expect(tick).not.toMatch(isoDate);
  }
  // The stage line ends today, not at a planned session ahead.
  const stageTicks = await page
    .getByTestId('chart-stage')
    .locator('.recharts-xAxis-tick-labels text')
    .allTextContents();
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(new Date());
  expect(stageTicks[stageTicks.length - 1]).toBe(today);
});

test('lists write dates in the app format, not ISO', async ({ page }) => {
  await page.goto('/#/clients');
  const row = page.getByTestId('client-row').filter({ hasText: 'Anna Keller' });
  await expect(row).toContainText('2 Apr 1988');
  await expect(row).not.toContainText('1988-04-02');
});

test('changing the intake after a print says the plan has changed since it was printed (item 12)', async ({
  page,
}) => {
  const id = await aclClient(page, 'Printed Runner', 95);
  await api(page, 'print.programme', { clientId: id });
  await page.goto(`/#/clients/${id}/programme`);
  await expect(page.getByTestId('handed-out')).toContainText('The client has this plan: printed on');
  await expect(page.getByTestId('plan-changed')).toHaveCount(0);

  // Fewer days a week: the plan the client holds is no longer the plan.
  await api(page, 'intake.save', {
    clientId: id,
    experience: 'regular',
    painFreeWalkMinutes: 90,
    longestRecentRunMinutes: 40,
    preInjuryWeeklyRunMinutes: 180,
    days: ['tue', 'sat'],
    maxSessionMinutes: 60,
    crossTraining: ['bike'],
    goalKind: '10k',
    startDate: day(0),
  });
  await page.reload();
  const changed = page.getByTestId('plan-changed');
  await expect(changed).toContainText('The plan has changed since it was printed on');
  await expect(changed).toContainText('intake');
  // Part of the programme's one notice, not a banner of its own above it.
  await expect(page.getByTestId('programme-notice')).toHaveCount(1);
  await expect(page.getByTestId('programme-notice').getByTestId('plan-changed')).toBeVisible();
  await expect(page.getByTestId('session-card').first()).toBeVisible();
});
