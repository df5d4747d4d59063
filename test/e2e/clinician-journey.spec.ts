import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { ClientScreen } from './pages/client.page';
import { ClientsScreen } from './pages/clients.page';

const artifacts = 'test/artifacts/screenshots';

/** Today in the browser's local time zone, as the forms default to it. */
function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The titles of the programme's session cards, in the order shown. */
async function sessionTitles(page: Page): Promise<string[]> {
  await expect(page.getByTestId('session-card').first()).toBeVisible();
  // The weeks after the first are drawn a few at a time: wait for the whole plan.
  await expect(page.getByTestId('programme-weeks')).toHaveAttribute('data-complete', 'true', {
    timeout: 15_000,
  });
  // A card's first line is its day, the second its title.
  return page
    .getByTestId('session-card')
    .evaluateAll((cards) => cards.map((card) => card.querySelectorAll('p')[1]?.textContent ?? ''));
}

test('a clinician takes a client from injury to an adapted programme, and reads it in German', async ({
  page,
}) => {
  test.setTimeout(90_000);
  mkdirSync(artifacts, { recursive: true });
  const clients = new ClientsScreen(page);
  const client = new ClientScreen(page);

  // 1. Create the client and open them.
  await page.goto('/#/clients');
  await clients.startNewClient();
  await clients.fill({ name: 'Journey Runner', birthDate: '1990-05-17', email: 'journey@example.com' });
  await clients.save();
  // A new client opens at once.
  await expect(page.getByRole('heading', { name: 'Journey Runner' })).toBeVisible();

  // 2. An injury, and a note whose words suggest a restriction that the clinician confirms.
  await client.tab('Injuries & notes');
  await page.getByRole('button', { name: 'Add injury' }).click();
  await client.pick('Injury', 'Achilles tendinopathy');
  await client.pick('Side', 'Left');
  await client.dialog().getByRole('button', { name: 'Save injury' }).click();
  await expect(page.getByTestId('injury-card')).toContainText('Achilles tendinopathy');

  await page.getByRole('button', { name: 'Add note' }).click();
  await client.dialog().getByLabel('Author').fill('J. Physio');
  await client.dialog().getByLabel('Note').fill('Tendon settling. No hills for 4 weeks.');
  const suggestion = client
    .dialog()
    .getByTestId('restriction-suggestions')
    .getByRole('button', { name: /No hills until/ });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(client.dialog().getByTestId('restriction-chips')).toContainText('No hills until');
  await client.dialog().getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByTestId('injury-note')).toContainText('No hills until');

  // 3. Clearance for walk-run with a review date.
  await client.tab('Clearance');
  await page.getByLabel('Level').getByText('Walk-run', { exact: true }).click();
  await page.getByLabel('Cleared by').fill('J. Physio');
  await page.getByLabel('Review date').fill(isoDaysFromToday(21));
  await page.getByRole('button', { name: 'Save clearance' }).click();
  await expect(page.getByTestId('current-clearance')).toHaveText('Walk-run');

  // 4. Intake: every day available, so the first session falls on today.
  await client.tab('Intake');
  for (const day of ['Tue', 'Thu', 'Sat', 'Sun']) await page.getByText(day, { exact: true }).click();
  await page.getByLabel('Programme start').fill(isoDaysFromToday(0));
  await page.getByRole('button', { name: 'Save intake' }).click();
  await expect(page.getByText('Intake saved.')).toBeVisible();

  // 5. The plan is there as soon as injury, clearance and intake are: no button to create it.
  //    Continuous running is planned but locked; no hill sessions at all.
  await client.tab('Programme');
  await expect(page.getByTestId('programme-status')).toHaveText('Active');
  await expect(page.getByTestId('not-plannable')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Create programme|Regenerate/ })).toHaveCount(0);
  const lockedRuns = client.sessions().filter({ has: page.getByTestId('locked-reason') });
  await expect(lockedRuns.first()).toContainText('Continuous running');
  await expect(lockedRuns.first().getByTestId('locked-reason')).toContainText(
    'Needs continuous running clearance',
  );
  expect(await page.locator('[data-testid="session-card"][data-kind="hills"]').count()).toBe(0);
  await expect(page.getByTestId('handed-out')).toHaveCount(0);
  await page.screenshot({ path: `${artifacts}/programme.png`, fullPage: false });
  // The screen's address, to come back to it in German.
  const programmeUrl = page.url();
  expect(programmeUrl).toMatch(/#\/clients\/\d+\/programme$/);

  // The calendar and the printed programme arrive as downloads (a save dialog in Electron).
  const [calendar] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
  ]);
  expect(readFileSync(await calendar.path(), 'utf8')).toContain('BEGIN:VEVENT');
  await expect(page.getByTestId('handed-out')).toContainText(
    'The client has this plan: exported to a calendar on',
  );
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Print programme' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/^Journey Runner – ReStride \d{4}-\d{2}-\d{2}\.pdf$/);
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  // The latest hand-out is the print, and the client holds the plan the screen shows.
  await expect(page.getByTestId('handed-out')).toContainText('The client has this plan: printed on');
  await expect(page.getByTestId('plan-changed')).toHaveCount(0);

  // 6. Log today's walk-run with pain 6/10 during: over the tendon limit, so the engine steps back.
  const today = client.sessions().filter({ hasText: 'Walk-run' }).first();
  await today.getByRole('button', { name: 'Log session' }).click();
  const painDuring = client.dialog().getByRole('slider', { name: 'Pain during' });
  await painDuring.focus();
  for (let i = 0; i < 6; i++) await painDuring.press('ArrowRight');
  await expect(client.dialog()).toContainText('6/10');
  await page.screenshot({ path: `${artifacts}/log-dialog.png` });
  await client.dialog().getByRole('button', { name: 'Save log' }).click();
  const decision = page.getByTestId('log-decision');
  await expect(decision).toContainText('Two days off running, one stage back');
  await expect(decision).toContainText('pain 6/10 during the session, above the limit of 5/10');
  await expect(decision).toContainText(/Rules applied: .*R6/);
  await client.dialog().getByRole('button', { name: 'Close', exact: true }).last().click();

  // A log is not a change to the plan the clinician handed out: the print is still current.
  await expect(page.getByTestId('handed-out')).toContainText('printed on');
  await expect(page.getByTestId('plan-changed')).toHaveCount(0);

  // 7. The clinician raises the clearance to continuous running: the plan follows at once, and the
  //    screen says that the printed copy is out of date.
  await client.tab('Clearance');
  await page.getByLabel('Level').getByText('Continuous running', { exact: true }).click();
  await page.getByLabel('Cleared by').fill('J. Physio');
  await page.getByRole('button', { name: 'Save clearance' }).click();
  await expect(page.getByTestId('current-clearance')).toHaveText('Continuous running');
  await expect(page.getByTestId('clearance-history').locator('tbody tr')).toHaveCount(2);
  await client.tab('Programme');
  await expect(page.getByTestId('programme-status')).toHaveText('Active');
  const changed = page.getByTestId('plan-changed');
  await expect(changed).toBeVisible();
  await expect(changed).toContainText('The plan has changed since it was printed on');
  await expect(changed).toContainText('clearance');
  await expect(page.getByTestId('handed-out')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Create programme|Regenerate/ })).toHaveCount(0);
  // The English titles of the plan as it is now, to read them again in German.
  const englishTitles = await sessionTitles(page);
  expect(englishTitles.some((title) => title.startsWith('Walk-run, stage'))).toBe(true);

  await client.tab('Progress');
  await expect(page.getByTestId('chart-pain').locator('svg').first()).toBeVisible();
  await page.screenshot({ path: `${artifacts}/charts.png`, fullPage: true });

  // 8. The caseload shows the red session of this week.
  await page.getByRole('link', { name: 'Caseload' }).click();
  const row = page.getByTestId('caseload-row').filter({ hasText: 'Journey Runner' });
  await expect(row.locator('[data-flag="red_7d"]')).toBeVisible();
  await expect(row.locator('[data-light="red"]')).toBeVisible();
  await page.screenshot({ path: `${artifacts}/dashboard.png` });

  // 9. German, switched at run time.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Clinic or club name').fill('Praxis am Fluss');
  await page.getByText('Deutsch', { exact: true }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Einstellungen', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Fallübersicht' })).toBeVisible();
  await page.screenshot({ path: `${artifacts}/settings.png` });
  await page.getByRole('link', { name: 'Fallübersicht' }).click();
  await expect(page.getByText('Rot in den letzten 7 Tagen')).toBeVisible();

  // 10. The same programme, now in German: nothing regenerated, the screen derives it in the
  //     clinic's language (issue 11: a language switch changes an existing programme's screen).
  await page.goto(programmeUrl);
  await expect(page.getByRole('tab', { name: 'Programm' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('programme-status')).toHaveText('Aktiv');
  const germanTitles = await sessionTitles(page);
  expect(germanTitles).toHaveLength(englishTitles.length);
  expect(germanTitles.some((title) => title.startsWith('Geh-Lauf, Stufe'))).toBe(true);
  expect(germanTitles.filter((title) => title.startsWith('Walk-run'))).toEqual([]);
  // Session for session, the German title of the same session (walk-runs keep their stage).
  germanTitles.forEach((title, index) => {
    const stage = /^Walk-run, stage (\d+)$/.exec(englishTitles[index]!)?.[1];
    if (stage) expect(title).toBe(`Geh-Lauf, Stufe ${stage}`);
  });
  // The language is no change to the plan: the notice still names the clearance, now in German.
  await expect(page.getByTestId('plan-changed')).toContainText('Der Plan hat sich geändert');
  await page.screenshot({ path: `${artifacts}/programme-de.png` });
});
