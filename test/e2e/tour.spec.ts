import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { api } from './pages/api';
import { aclClient, day } from './pages/assessment-clients';

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

  await page.getByText('Month view', { exact: true }).click();
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

test('the assessments tab: a hop battery entered with its LSI, and the hop tests over time', async ({
  page,
}) => {
  await api(page, 'settings.save', { language: 'en', clinician: 'S. Physio' });
  const id = await aclClient(page, 'Jonas Weber', 82);
  for (const [offset, lsi] of [
    [-45, 68],
    [-24, 76],
  ] as const) {
    const right = (left: number) => Math.round((left * lsi) / 100);
    await api(page, 'assessments.add', {
      clientId: id,
      assessment: {
        date: day(offset),
        by: 'S. Physio',
        results: [
          { test: 'single_hop', left: 148, right: right(148), pain: 0 },
          { test: 'triple_hop', left: 445, right: right(445), pain: 1 },
          { test: 'crossover_hop', left: 395, right: right(395), pain: 1 },
        ],
      },
    });
  }
  await page.setViewportSize({ width: 1360, height: 1500 });
  await page.goto(`/#/clients/${id}/assessments`);
  const form = page.getByTestId('assessment-form');
  const batteries = form.getByRole('group', { name: 'Tests to enter' });
  for (const battery of ['Entry tests', 'Knee', 'Outcome scores'])
    await batteries.getByText(battery, { exact: true }).click();
  // Today's re-test, as the clinician types it: the LSI follows each pair of numbers.
  for (const [test, left, right] of [
    ['Single hop for distance', '152', '141'],
    ['Triple hop for distance', '450', '418'],
    ['Crossover hop for distance', '401', '365'],
    ['6 m timed hop', '2,0', '2,2'],
  ] as const) {
    await form.getByRole('textbox', { name: `${test}: Left` }).fill(left);
    await form.getByRole('textbox', { name: `${test}: Right` }).fill(right);
    await form.getByRole('textbox', { name: `${test}: Pain 0–10` }).fill('0');
  }
  await expect(form.locator('[data-test="single_hop"] [data-testid="lsi"]')).toHaveText('92.8%');
  await expect(page.getByTestId('assessment-chart').first().locator('svg').first()).toBeVisible();
  await snap(page, 'assessments-tab');
});
