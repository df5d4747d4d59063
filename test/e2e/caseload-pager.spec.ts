import { expect, test } from '@playwright/test';
import { api } from './pages/api';

interface Made {
  id: number;
}

/**
 * The caseload a page of 50 at a time, read by key: first, next, previous and last, reached and
 * pressed with the keyboard, with the range over the total in English and German. The clients it
 * adds sort last and are archived again at the end, so the other specs see the demo caseload.
 */
test('pages the caseload with the keyboard, in English and German', async ({ page }) => {
  const { language } = (await api(page, 'settings.get', {})) as { language: string };
  const made: Made[] = [];
  try {
    for (let i = 1; i <= 110; i++) {
      made.push(
        (await api(page, 'clients.create', { name: `Zz Pager ${String(i).padStart(3, '0')}` })) as Made,
      );
    }
    const { total } = (await api(page, 'dashboard.get', {})) as { total: number };
    expect(total).toBeGreaterThan(110);
    await api(page, 'settings.save', { language: 'en' });
    await page.goto('/#/');
    await page.reload();

    const pager = page.getByRole('navigation', { name: 'Caseload pages' });
    const range = page.getByTestId('pager-range');
    const rows = page.getByTestId('caseload-row');
    await expect(range).toHaveText(`1–50 of ${total}`);
    await expect(pager.getByRole('button', { name: 'Previous', exact: true })).toBeDisabled();

    // Tab to Next and press it; the focus stays there for the next press.
    const next = pager.getByRole('button', { name: 'Next', exact: true });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(range).toHaveText(`51–100 of ${total}`);
    await expect(next).toBeFocused();

    // Last: the final 50, the last 50 Zz clients (the table renders the rows in view).
    await page.keyboard.press('Tab');
    await expect(pager.getByRole('button', { name: 'Last', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(range).toHaveText(`${total - 49}–${total} of ${total}`);
    await expect(rows.first()).toContainText('Zz Pager 061');
    await expect(pager.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();

    // Previous from the last page, then back to the first.
    await pager.getByRole('button', { name: 'Previous', exact: true }).press('Enter');
    await expect(range).toHaveText(`${total - 99}–${total - 50} of ${total}`);
    await pager.getByRole('button', { name: 'First', exact: true }).press('Enter');
    await expect(range).toHaveText(`1–50 of ${total}`);

    // A search starts over at its first page; the range counts its matches.
    await page.getByRole('textbox', { name: /Search the caseload/ }).fill('zz pager');
    await expect(range).toHaveText('1–50 of 110');
    await pager.getByRole('button', { name: 'Last', exact: true }).press('Enter');
    await expect(range).toHaveText('61–110 of 110');
    await pager.getByRole('button', { name: 'Previous', exact: true }).press('Enter');
    await expect(range).toHaveText('11–60 of 110');
    await expect(rows.first()).toContainText('Zz Pager 011');

    await api(page, 'settings.save', { language: 'de' });
    await page.reload();
    await expect(range).toHaveText(`1–50 von ${total}`);
    const seiten = page.getByRole('navigation', { name: 'Seiten der Fallübersicht' });
    await seiten.getByRole('button', { name: 'Weiter', exact: true }).press('Enter');
    await expect(range).toHaveText(`51–100 von ${total}`);
  } finally {
    for (const client of made) await api(page, 'clients.archive', { id: client.id });
    await api(page, 'settings.save', { language });
  }
});
