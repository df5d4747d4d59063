import { expect, test, type Locator, type Page } from '@playwright/test';
import { api } from './pages/api';
import { axeFindings, describeFindings, useColourScheme, type ColourScheme } from './pages/axe';

/**
 * axe-core on every screen and the main dialogs, in the light and the dark colour scheme: no
 * critical and no serious violation anywhere (issue 13, item 16). Runs on the demo caseload (Anna
 * Keller has a programme with logs, notes and clearances; Riverside Harriers is a club with her in
 * it). A failure lists each rule with its impact, node count and the first elements.
 */

interface Demo {
  clientId: number;
  groupId: number;
}

async function demo(page: Page): Promise<Demo> {
  // Other specs may have switched the clinic to German; the labels below are English.
  await api(page, 'settings.save', { language: 'en' });
  const clients = (await api(page, 'clients.list', { query: 'Anna Keller' })) as {
    items: { id: number; name: string }[];
  };
  const client = clients.items.find((item) => item.name === 'Anna Keller');
  const groups = (await api(page, 'groups.list', {})) as { id: number; name: string }[];
  const group = groups.find((item) => item.name === 'Riverside Harriers');
  if (!client || !group) throw new Error('the demo caseload has no Anna Keller or Riverside Harriers');
  // Settings lists the backups; make sure there is one to offer for restore.
  const backups = (await api(page, 'backups.list', {})) as unknown[];
  if (backups.length === 0) await api(page, 'backups.create', {});
  return { clientId: client.id, groupId: group.id };
}

/** Opens a screen by its address and waits until `ready` shows and nothing is loading. */
async function open(page: Page, path: string, ready: Locator, scheme: ColourScheme): Promise<void> {
  // From a blank page, so a dialog left open on the same address is gone.
  await page.goto('about:blank');
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
  await expect(ready.first()).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

/** The screen, or the part of it inside `scope`, has no critical or serious axe finding. */
async function expectAccessible(page: Page, name: string, scope?: string): Promise<void> {
  const findings = await axeFindings(page, name, scope);
  expect.soft(describeFindings(findings), `${name}: axe-core's critical and serious violations`).toBe('');
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await useColourScheme(page, scheme);
    });

    test(`every screen has no critical or serious axe violation (${scheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      const { clientId, groupId } = await demo(page);
      const heading = (name: string) => page.getByRole('heading', { name, exact: true });

      await open(page, '/#/', page.getByTestId('caseload-row'), scheme);
      await expectAccessible(page, `${scheme}-caseload`);

      await open(page, '/#/clients', page.getByTestId('client-row'), scheme);
      await expectAccessible(page, `${scheme}-clients`);

      const tabs: [tab: string, ready: Locator][] = [
        ['overview', heading('Anna Keller')],
        ['injuries', page.getByTestId('injury-card')],
        ['clearance', page.getByTestId('current-clearance')],
        ['assessments', page.getByTestId('assessment-form')],
        ['intake', page.getByRole('button', { name: /Save intake/ })],
        ['programme', page.getByTestId('session-card')],
        ['progress', page.getByTestId('chart-weekly').locator('svg')],
        ['record', page.getByRole('button', { name: /Erase client/ })],
      ];
      for (const [tab, ready] of tabs) {
        await open(page, `/#/clients/${clientId}/${tab}`, ready, scheme);
        await expect(page.getByRole('tab', { name: /.+/, selected: true })).toBeVisible();
        await expectAccessible(page, `${scheme}-client-${tab}`);
      }

      // The programme's other view: the month calendar.
      await open(page, `/#/clients/${clientId}/programme`, page.getByTestId('session-card'), scheme);
      await page
        .getByText(/^(Calendar|Month view|Month)$/)
        .first()
        .click();
      await expect(page.getByRole('button', { name: 'Next month' })).toBeVisible();
      await expectAccessible(page, `${scheme}-client-programme-calendar`);

      await open(page, '/#/groups', page.getByTestId('group-row'), scheme);
      await expectAccessible(page, `${scheme}-clubs`);

      await open(page, `/#/groups/${groupId}`, page.getByTestId('caseload-row'), scheme);
      await expectAccessible(page, `${scheme}-club-roster`);

      await open(page, '/#/settings', heading('Settings'), scheme);
      await expectAccessible(page, `${scheme}-settings`);
    });

    test(`the main dialogs have no critical or serious axe violation (${scheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      const { clientId, groupId } = await demo(page);
      const client = (tab: string) => `/#/clients/${clientId}/${tab}`;
      const dialog = page.getByRole('dialog');

      const dialogs: [name: string, path: string, ready: Locator, opener: Locator][] = [
        [
          'new-client',
          '/#/clients',
          page.getByTestId('client-row'),
          page.getByRole('button', { name: 'New client' }),
        ],
        [
          'add-injury',
          client('injuries'),
          page.getByTestId('injury-card'),
          page.getByRole('button', { name: 'Add injury' }),
        ],
        [
          'add-note',
          client('injuries'),
          page.getByTestId('injury-card'),
          page.getByRole('button', { name: 'Add note' }),
        ],
        [
          'log-session',
          client('programme'),
          page.getByTestId('session-card'),
          page.getByRole('button', { name: /^(Log session|Correct log)$/ }),
        ],
        [
          'adjust-session',
          client('programme'),
          page.getByTestId('session-card'),
          page.getByRole('button', { name: /^Adjust/ }),
        ],
        [
          'erase-confirm',
          client('record'),
          page.getByRole('button', { name: /Erase client/ }),
          page.getByRole('button', { name: /Erase client/ }),
        ],
        [
          'restore-confirm',
          '/#/settings',
          page.getByRole('button', { name: /^Restore/ }),
          page.getByRole('button', { name: /^Restore/ }),
        ],
        [
          'print-all',
          `/#/groups/${groupId}`,
          page.getByTestId('caseload-row'),
          page.getByRole('button', { name: 'Print all' }),
        ],
      ];
      for (const [name, path, ready, opener] of dialogs) {
        await open(page, path, ready, scheme);
        await opener.first().click();
        await expect(dialog).toBeVisible();
        await expectAccessible(page, `${scheme}-dialog-${name}`, '[role="dialog"]');
      }
    });
  });
}
