import { expect, test } from '@playwright/test';
import { ClientScreen } from './pages/client.page';
import { walkRunClient } from './pages/walk-run-client';

/**
 * Issue 11 §5: the clinician adjusts the plan the engine proposes from the Programme tab, by
 * keyboard: the session says who adjusted it, the list keeps why, and Undo gives the proposal back.
 */
test('a clinician shortens a session, sees who adjusted it and why, and undoes it', async ({ page }) => {
  test.setTimeout(60_000);
  const clientId = await walkRunClient(page, 'Adjust Runner', { clearedDaysAgo: 2, startDaysAgo: 2 });
  const client = new ClientScreen(page);
  await page.goto(`/#/clients/${clientId}/programme`);
  await expect(client.sessions().first()).toBeVisible();

  // The first session that can still be adjusted, opened from the keyboard.
  const card = client
    .sessions()
    .filter({ has: page.getByRole('button', { name: 'Adjust…' }) })
    .first();
  const title = (await card.locator('p').nth(1).textContent()) ?? '';
  await card.getByRole('button', { name: 'Adjust…' }).focus();
  await page.keyboard.press('Enter');
  await expect(client.dialog()).toBeVisible();
  await client.dialog().getByRole('radio', { name: 'Shorten' }).check();
  await client
    .dialog()
    .getByRole('textbox', { name: /New length in minutes/ })
    .fill('5');
  await client
    .dialog()
    .getByRole('textbox', { name: /Reason/ })
    .fill('Calf tight after work');
  await expect(client.dialog().getByRole('textbox', { name: /Adjusted by/ })).toHaveValue('J. Physio');
  await client.dialog().getByRole('button', { name: 'Adjust', exact: true }).click();
  await expect(client.dialog()).toHaveCount(0);

  const adjusted = client.sessions().filter({ has: page.getByTestId('adjusted-badge') });
  await expect(adjusted).toHaveCount(1);
  await expect(adjusted.getByTestId('adjusted-badge')).toHaveText('Adjusted · J. Physio');
  const panel = page.getByTestId('adjustments-panel');
  await expect(panel).toContainText('Shortened to 5 min');
  await expect(panel).toContainText('Calf tight after work');
  expect(title).not.toBe('');

  // Undo: the engine's proposal comes back, and the list is empty again.
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('adjusted-badge')).toHaveCount(0);
  await expect(panel).toHaveCount(0);
});
