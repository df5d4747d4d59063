import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { e2eDataDir } from '../../playwright.config';
import { ClientsScreen } from './pages/clients.page';

const artifacts = 'test/artifacts/screenshots';

function clientNamesInDatabase(): string[] {
  const db = new Database(join(e2eDataDir, 'restride.sqlite'), { readonly: true });
  try {
    return (db.prepare('select name from client order by id').all() as { name: string }[]).map(
      (row) => row.name,
    );
  } finally {
    db.close();
  }
}

test.describe.configure({ mode: 'serial' });

test('a new client survives a reload and is written to the SQLite file', async ({ page }) => {
  const screen = new ClientsScreen(page);
  await screen.open();
  await screen.startNewClient();
  await screen.fill({
    name: 'Maria Santos',
    birthDate: '1986-03-12',
    email: 'maria@example.com',
    group: 'Harbour Runners',
  });
  await screen.save();
  await expect(screen.dialog()).toBeHidden();
  // A new client opens at once; the list has them too.
  await expect(page.getByRole('heading', { name: 'Maria Santos' })).toBeVisible();
  await screen.open();
  await expect(screen.row('Maria Santos')).toBeVisible();

  await page.reload();
  await expect(screen.row('Maria Santos')).toContainText('Harbour Runners');
  expect(clientNamesInDatabase()).toContain('Maria Santos');
});

test('an invalid form shows one specific message per field and writes nothing', async ({ page }) => {
  const screen = new ClientsScreen(page);
  await screen.open();
  const before = clientNamesInDatabase();

  await screen.startNewClient();
  await screen.fill({ name: '', birthDate: '2999-01-01', email: 'not-an-email' });
  await screen.save();

  const dialog = screen.dialog();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  // The form names an implausible year as it is typed (the backend refuses it as well).
  await expect(dialog.getByText(/^The year of birth must be between 1900 and \d{4}\.$/)).toBeVisible();
  await expect(dialog.getByText('Enter a valid email address, e.g. name@example.com')).toBeVisible();
  expect(clientNamesInDatabase()).toEqual(before);
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}/client-form-errors.png` });
});

test('search narrows the list, archive hides a client and restore brings it back', async ({ page }) => {
  const screen = new ClientsScreen(page);
  await screen.open();
  for (const name of ['Tom Archer', 'Tina Brook']) {
    await screen.startNewClient();
    await screen.fill({ name });
    await screen.save();
    // The new client opens; back to the list for the next one.
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await screen.open();
    await expect(screen.row(name)).toBeVisible();
  }

  await screen.search('archer');
  await expect(screen.rows()).toHaveCount(1);
  await expect(screen.row('Tom Archer')).toBeVisible();

  await page.getByRole('button', { name: 'Archive Tom Archer' }).click();
  await expect(screen.rows()).toHaveCount(0);
  await page.getByRole('switch', { name: 'Show archived' }).check();
  await expect(screen.row('Tom Archer')).toContainText('Archived');
  await page.getByRole('button', { name: 'Restore Tom Archer' }).click();
  await expect(screen.row('Tom Archer')).not.toContainText('Archived');

  await screen.search('');
  await expect(screen.row('Maria Santos')).toBeVisible();
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}/clients.png`, fullPage: true });
});
