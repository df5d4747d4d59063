import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { api } from './pages/api';

/**
 * The README's "Using ReStride" pictures, taken from the real app on the demo caseload. Always
 * written to test/artifacts; `npm run docs:screenshots` also writes them to docs/screenshots.
 */
const folders = ['test/artifacts/tour', ...(process.env.RESTRIDE_UPDATE_DOCS ? ['docs/screenshots'] : [])];

async function snap(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300); // let fonts and charts settle
  for (const folder of folders) {
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: join(folder, `${name}.png`) });
  }
}

test('a tour of the demo caseload', async ({ page }) => {
  // Other specs may have switched the clinic to German; the README tour is in English.
  await api(page, 'settings.save', { language: 'en', clinicName: 'Riverside Physiotherapy' });
  await page.goto('/#/');
  await page.reload();
  await expect(page.getByTestId('caseload-row').filter({ hasText: 'Anna Keller' })).toBeVisible();
  await snap(page, 'caseload');

  await page.getByTestId('caseload-row').filter({ hasText: 'Anna Keller' }).click();
  await page.getByRole('tab', { name: 'Programme' }).click();
  await expect(page.getByTestId('session-card').first()).toBeVisible();
  await snap(page, 'programme');

  await page.getByText('Calendar', { exact: true }).click();
  await snap(page, 'calendar');

  await page.getByRole('tab', { name: 'Progress' }).click();
  await expect(page.getByTestId('chart-weekly').locator('svg').first()).toBeVisible();
  await snap(page, 'progress');

  await page.getByRole('tab', { name: 'Injuries & notes' }).click();
  await expect(page.getByTestId('injury-note').first()).toBeVisible();
  await snap(page, 'injuries');

  await page.getByRole('link', { name: 'Clubs & squads' }).click();
  await page.getByTestId('group-row').filter({ hasText: 'Riverside Harriers' }).click();
  await expect(page.getByTestId('caseload-row').first()).toBeVisible();
  await snap(page, 'club-roster');

  // Print all: one PDF per member into one folder, with progress and a summary.
  await page.getByRole('button', { name: 'Print all' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Print all' }).click();
  const summary = page.getByTestId('print-all-summary');
  await expect(summary).toContainText('4 written, 0 not printed', { timeout: 30_000 });
  await expect(summary).toContainText(/Anna Keller → Anna Keller – \d{4}\.pdf/u);
});
