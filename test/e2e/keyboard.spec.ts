import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { api } from './pages/api';
import { day } from './pages/assessment-clients';
import { activate, chooseOption, tabTo, typeDate, typeInto } from './pages/keyboard';

/**
 * The clinician's main flow with the keyboard only (issue 13, item 17): no mouse, no click — Tab,
 * Shift+Tab, arrows, Space and Enter, as someone who cannot or will not use a mouse works. Only the
 * first address is opened with goto. Date fields are typed as en-US users type them.
 */
test.use({ locale: 'en-US' });

/** Whether `target` has the keyboard focus. */
const hasFocus = (target: Locator): Promise<boolean> =>
  target.evaluate((element) => element === document.activeElement);

/** Moves to a client tab with the arrow keys (Mantine's tabs select a tab as the focus reaches it). */
async function openTab(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('tab', { selected: true }), { backwards: true, max: 150 });
  const wanted = page.getByRole('tab', { name, exact: true });
  for (let press = 0; press < 10 && (await wanted.getAttribute('aria-selected')) !== 'true'; press++)
    await page.keyboard.press('ArrowRight');
  await expect(wanted).toHaveAttribute('aria-selected', 'true');
}

/** Ticks a checkbox (or a chip) by Tab and Space, unless it is ticked already. */
async function tick(page: Page, checkbox: Locator): Promise<void> {
  if (await checkbox.isChecked()) return;
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
}

/** A number field that the form may leave empty (no pre-filled defaults) gets `value`. */
async function fillIfEmpty(page: Page, field: Locator, value: string): Promise<void> {
  if ((await field.inputValue()) === '') await typeInto(page, field, value);
}

test('the main flow by keyboard only: new client, injury, clearance, intake, programme, log and print', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A clinician's name is set (no first-start question), English labels.
  await api(page, 'settings.save', { language: 'en', clinician: 'K. Board' });
  const name = `Keyboard Runner ${Date.now() % 100000}`;
  const dialog = page.getByRole('dialog');

  // 1. A new client.
  await page.goto('/#/clients');
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await activate(page, page.getByRole('button', { name: 'New client' }));
  await expect(dialog).toBeVisible();
  await typeInto(page, dialog.getByLabel('Full name'), name);
  await typeDate(page, dialog.getByLabel('Date of birth'), '1990-05-17');
  await activate(page, dialog.getByRole('button', { name: 'Save', exact: true }));
  await expect(dialog).toHaveCount(0);

  // Open the client: the app may open the new client by itself; otherwise Ctrl+K finds them.
  const heading = page.getByRole('heading', { name, exact: true });
  await page.waitForTimeout(500);
  if (!/#\/clients\/\d+/.test(page.url())) {
    await page.keyboard.press('ControlOrMeta+K');
    await expect(dialog).toBeVisible();
    await page.keyboard.type(name);
    await expect(dialog.getByRole('option', { name })).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(heading).toBeVisible();

  // 2. An injury. The dialog's × has a name, so a screen reader says what Enter would do there.
  await openTab(page, 'Injuries & notes');
  await activate(page, page.getByRole('button', { name: 'Add injury' }));
  await expect(dialog).toBeVisible();
  const injuryType = dialog.getByRole('combobox', { name: 'Injury' });
  await chooseOption(page, injuryType, 'Achilles tendinopathy', 'Achilles');
  await chooseOption(page, dialog.getByRole('combobox', { name: 'Side' }), 'Left');
  await activate(page, dialog.getByRole('button', { name: 'Save injury' }));
  await expect(page.getByTestId('injury-card')).toContainText('Achilles tendinopathy');

  // 3. Clearance for walk-run: the level with the arrow keys, as radio buttons go.
  await openTab(page, 'Clearance');
  const walkRun = page.getByRole('radio', { name: 'Walk-run', exact: true });
  await tabTo(page, page.getByRole('radiogroup', { name: /^Level/ }));
  for (let press = 0; press < 6 && !(await walkRun.isChecked()); press++) {
    if (await hasFocus(walkRun)) await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowDown');
  }
  await expect(walkRun).toBeChecked();
  await typeInto(page, page.getByLabel(/^Cleared by/), 'K. Board');
  await typeDate(page, page.getByLabel(/^Review date/), day(21));
  await activate(page, page.getByRole('button', { name: 'Save clearance' }));
  await expect(page.getByTestId('current-clearance')).toHaveText('Walk-run');

  // 4. Intake: every day of the week (so today has a session) and a start today.
  await openTab(page, 'Intake');
  const experience = page.getByRole('combobox', { name: /^Running experience/ });
  if ((await experience.inputValue()) === '') await chooseOption(page, experience, 'Returning');
  await fillIfEmpty(page, page.getByLabel(/^Pain-free brisk walking/), '30');
  for (const weekday of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    await tick(page, page.getByRole('checkbox', { name: weekday, exact: true }));
  await fillIfEmpty(page, page.getByLabel(/^Longest session possible/), '60');
  await typeDate(page, page.getByLabel(/^Programme start/), day(0));
  await activate(page, page.getByRole('button', { name: 'Save intake' }));
  await expect(page.getByText('Intake saved.').first()).toBeVisible();

  // 5. The programme, derived at once.
  await openTab(page, 'Programme');
  await expect(page.getByTestId('programme-status')).toHaveText('Active');
  const todays = page.getByTestId('session-card').filter({ hasText: 'Walk-run' }).first();
  await expect(todays).toBeVisible();

  // 6. Log today's walk-run: pain during 2/10 with the arrow keys.
  await activate(page, todays.getByRole('button', { name: 'Log session' }), 200);
  await expect(dialog).toBeVisible();
  const painDuring = dialog.getByRole('slider', { name: 'Pain during' });
  await tabTo(page, painDuring);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(painDuring).toHaveAttribute('aria-valuenow', '2');
  await activate(page, dialog.getByRole('button', { name: 'Save log' }));
  await expect(page.getByTestId('log-decision')).toBeVisible();
  // The answer's own Close button (the dialog's × is named "Close" too): the last one.
  await tabTo(page, dialog.getByRole('button', { name: 'Close', exact: true }).last());
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  // 7. Print: the PDF arrives as a download in browser mode (a save dialog in Electron).
  const print = page.getByRole('button', { name: 'Print programme' });
  await tabTo(page, print, { backwards: true, max: 200 });
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(pdf.suggestedFilename()).toMatch(new RegExp(`^${name} – ReStride \\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await expect(page.getByTestId('handed-out')).toContainText('printed on');
});

// Issue 13 item 17: "Add injury" used to open with the focus on the dialog's ×, so Enter closed it.
test('a dialog opens with the focus on its first field, not on the ×', async ({ page }) => {
  await api(page, 'settings.save', { language: 'en', clinician: 'K. Board' });
  const { id } = (await api(page, 'clients.create', { name: 'Focus Runner' })) as { id: number };
  await page.goto(`/#/clients/${id}/injuries`);
  await activate(page, page.getByRole('button', { name: 'Add injury' }));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Enter on the first focused control must not close the dialog.
  await expect(dialog.getByRole('combobox', { name: 'Injury' })).toBeFocused();
});

// Issue 13 item 17: a client's name in the Clients list is a button Tab reaches and Enter opens.
test('client names in the Clients list are reached with Tab and open with Enter', async ({ page }) => {
  await api(page, 'settings.save', { language: 'en', clinician: 'K. Board' });
  await api(page, 'clients.create', { name: 'Tabbable Runner' });
  await page.goto('/#/clients');
  const row = page.getByTestId('client-row').filter({ hasText: 'Tabbable Runner' });
  await expect(row).toBeVisible();
  const link = row
    .getByRole('link', { name: 'Tabbable Runner' })
    .or(row.getByRole('button', { name: 'Tabbable Runner' }));
  await activate(page, link, 200);
  await expect(page.getByRole('heading', { name: 'Tabbable Runner', exact: true })).toBeVisible();
});

test('a caseload row shows a clear focus ring when the keyboard reaches it', async ({ page }) => {
  await api(page, 'settings.save', { language: 'en', clinician: 'K. Board' });
  await page.goto('/#/');
  const row = page.getByTestId('caseload-row').first();
  await tabTo(page, row, { max: 200 });
  // The focused row (or the link in it) draws an outline at least 2px wide, or a box shadow.
  const ring = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return {
      outline: style.outlineStyle !== 'none' ? Number.parseFloat(style.outlineWidth) : 0,
      shadow: style.boxShadow,
    };
  });
  expect(ring.outline >= 2 || ring.shadow !== 'none', JSON.stringify(ring)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/clients\/\d+/);
});
