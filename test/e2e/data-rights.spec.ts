import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { api } from './pages/api';

/** A client's record leaves the app, is erased, and comes back by import; backups are made and restored. */
test('export, erase and re-import a client; back up and restore', async ({ page }) => {
  await api(page, 'settings.save', { language: 'en' });
  const client = (await api(page, 'clients.create', {
    name: 'Privacy Person',
    email: 'privacy@example.com',
  })) as {
    id: number;
  };

  await page.goto(`/#/clients/${client.id}/record`);
  await page.reload();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export record (JSON)' }).click(),
  ]);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(exported)).toMatchObject({
    format: 'restride.client',
    client: { name: 'Privacy Person' },
  });
  await expect(page.getByTestId('audit-trail')).toContainText('Record exported');

  await page.getByRole('button', { name: 'Erase client…' }).click();
  await page.getByLabel('Type the client’s full name to confirm').fill('Privacy Person');
  await page.getByRole('button', { name: 'Erase for good' }).click();
  // What the app could not delete is said, for the clinic to retrieve: here the record export.
  const outcome = page.getByTestId('erase-outcome');
  await expect(outcome).toContainText(
    'The client’s records are erased, with 0 print files from the print folder.',
  );
  await expect(outcome).toContainText('1 file was downloaded and handed out');
  await outcome.getByRole('button', { name: 'Back to clients' }).click();
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await page.getByRole('textbox', { name: /Search by name/ }).fill('Privacy');
  await expect(page.getByTestId('client-row')).toHaveCount(0);

  await page.locator('input[type="file"]').setInputFiles({
    name: 'record.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(page.getByRole('heading', { name: 'Privacy Person' })).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  const backups = page.getByTestId('backups');
  // The start-up backup runs in the background and may land in the list at any moment, so the
  // new backup is found by its kind rather than by counting rows.
  const byHand = backups.locator('tbody tr', { hasText: 'By hand' });
  const before = await byHand.count();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(byHand).toHaveCount(before + 1);
  await backups.locator('tbody tr').first().getByRole('button', { name: 'Restore…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('backups')).toContainText('Before a restore');
});
