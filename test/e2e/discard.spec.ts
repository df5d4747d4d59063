import { expect, test, type Page } from '@playwright/test';
import { day } from './pages/assessment-clients';
import { ClientScreen } from './pages/client.page';
import { walkRunClient } from './pages/walk-run-client';
import { ClientsScreen } from './pages/clients.page';

/**
 * Esc on the open dialog, after something was typed: the dialog asks, "Keep editing" keeps what
 * was typed, and only "Discard" throws it away. `typed` is a field that must still hold its text.
 */
async function escAsksFirst(page: Page, typed: ReturnType<Page['getByRole']>, text: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  const ask = page.getByRole('alertdialog', { name: 'Discard what you entered?' });
  await page.keyboard.press('Escape');
  await expect(ask).toBeVisible();
  await expect(dialog).toBeVisible();
  // The question takes the focus on its safe answer: Enter keeps editing.
  await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(typed).toHaveValue(text);
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
}

/** Issue 13 item 11: Esc, × or Cancel never throws away a half-filled dialog without asking. */
test('every form dialog asks before a half-filled form is thrown away, and an untouched one just closes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const clientId = await walkRunClient(page, `Discard Runner ${Date.now()}`, {
    clearedDaysAgo: 2,
    startDaysAgo: 2,
  });
  const client = new ClientScreen(page);
  const clients = new ClientsScreen(page);

  // A new client: a typed name is not lost to Esc; an untouched form closes at once.
  await clients.open();
  await clients.startNewClient();
  await page.keyboard.press('Escape');
  await expect(clients.dialog()).toBeHidden();
  await clients.startNewClient();
  await clients.fill({ name: 'Half Typed' });
  await escAsksFirst(page, clients.dialog().getByLabel('Full name'), 'Half Typed');
  await clients.search('Half Typed');
  await expect(page.getByText('Half Typed')).toHaveCount(0);

  // A new injury: the picked type counts as entered.
  await page.goto(`/#/clients/${clientId}/injuries`);
  await page.getByRole('button', { name: 'Add injury' }).click();
  await client.pick('Injury', 'Plantar heel pain');
  await client.dialog().getByLabel('Onset').fill(day(-10));
  await escAsksFirst(page, client.dialog().getByLabel('Onset'), day(-10));
  await expect(page.getByTestId('injury-card')).toHaveCount(1);

  // A new note: the typed text; Cancel asks too.
  await page.getByRole('button', { name: 'Add note' }).click();
  const text = client.dialog().getByRole('textbox', { name: /^Note/ });
  await text.fill('Calf sore after the walk');
  await client.dialog().getByRole('button', { name: 'Cancel' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Discard what you entered?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await escAsksFirst(page, text, 'Calf sore after the walk');
  await expect(page.getByTestId('injury-note')).toHaveCount(0);

  // An adjustment: a half-written reason.
  await page.goto(`/#/clients/${clientId}/programme`);
  await client.sessions().getByRole('button', { name: 'Adjust…' }).first().click();
  const reason = client.dialog().getByRole('textbox', { name: /Reason/ });
  await reason.fill('Calf tight');
  await escAsksFirst(page, reason, 'Calf tight');
  await expect(page.getByTestId('adjusted-badge')).toHaveCount(0);

  // A new club: the typed name.
  await page.goto('/#/groups');
  await page.getByRole('button', { name: 'New group' }).click();
  const clubName = client.dialog().getByRole('textbox', { name: /Name/ });
  await clubName.fill('Half Typed Harriers');
  await escAsksFirst(page, clubName, 'Half Typed Harriers');
  await expect(page.getByText('Half Typed Harriers')).toHaveCount(0);
});
