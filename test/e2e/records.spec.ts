import { expect, test } from '@playwright/test';
import { api } from './pages/api';
import { ClientScreen } from './pages/client.page';
import { ClientsScreen } from './pages/clients.page';

/**
 * Issue 13 items 1, 4, 5, 13: the clinician names themself on first start, picks a club, corrects
 * a wrong side, ends a restriction today, is told in words when an end date is before the note,
 * finds the client by injury, and reads what happened in the audit trail in words.
 */
test('correct or end what was entered, one club, find by injury, audit trail in words', async ({ page }) => {
  test.setTimeout(90_000);
  await api(page, 'settings.save', { language: 'en', clinician: 'J. Physio' });

  // First start: the settings name no clinician, so ReStride asks for a name.
  await page.route('**/api/settings.get', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
    await route.fulfill({ response, json: { ...body, value: { ...body.value, clinician: null } } });
  });
  await page.goto('/#/clients');
  const welcome = page.getByRole('dialog', { name: 'Welcome to ReStride' });
  await expect(welcome).toBeVisible();
  await welcome.getByRole('button', { name: 'Start' }).click();
  await expect(welcome.getByText('Enter your name to start')).toBeVisible();
  await welcome.getByLabel('Your name (as clinician)').fill('J. Physio');
  await welcome.getByRole('button', { name: 'Start' }).click();
  await expect(welcome).toBeHidden();
  await page.unroute('**/api/settings.get');

  // One club: the form offers the existing club; the client joins its roster.
  const clients = new ClientsScreen(page);
  const client = new ClientScreen(page);
  const name = `Records Runner ${Date.now()}`;
  // A club of its own (the demo club's roster belongs to the tour).
  const club = `Records Harriers ${Date.now()}`;
  await api(page, 'groups.create', { name: club, kind: 'club' });
  // Created behind the app's back: a reload reads the club list afresh.
  await page.reload();
  await clients.open();
  await clients.startNewClient();
  await clients.fill({ name, group: club.toLowerCase() });
  // Typed in another case, it is the existing club: no new club is announced.
  await expect(clients.dialog().getByText(/A new club .* will be created/)).toHaveCount(0);
  await clients.save();
  await expect(clients.dialog()).toBeHidden();
  // A new client opens at once.
  await expect(page.getByRole('heading', { name })).toBeVisible();

  // An injury on the wrong side, corrected.
  await client.tab('Injuries & notes');
  await page.getByRole('button', { name: 'Add injury' }).click();
  await client.pick('Injury', 'Achilles tendinopathy');
  await client.pick('Side', 'Left');
  await client.dialog().getByRole('button', { name: 'Save injury' }).click();
  await expect(page.getByTestId('injury-card')).toContainText('left');
  await page.getByRole('button', { name: 'Edit injury' }).click();
  await client.pick('Side', 'Right');
  await client.dialog().getByRole('button', { name: 'Save injury' }).click();
  await expect(client.dialog()).toBeHidden();
  await expect(page.getByTestId('injury-card')).toContainText('right');

  // A restriction until further notice, ended today from the note.
  await page.getByRole('button', { name: 'Add note' }).click();
  await client.dialog().getByLabel('Note').fill('Keep runs short for now.');
  await client.pick('Add a restriction', 'Longest running time (minutes)');
  await client.dialog().getByLabel('Value').fill('20');
  await client.dialog().getByRole('button', { name: 'Add', exact: true }).click();
  await client.dialog().getByRole('button', { name: 'Save note' }).click();
  await expect(client.dialog()).toBeHidden();
  const restriction = page.getByTestId('note-restriction');
  await expect(restriction).toHaveCount(1);
  await restriction.getByRole('button', { name: /^End today: “.*”$/ }).click();
  await expect(restriction.getByRole('button', { name: /today$/ })).toHaveCount(0);
  await expect(restriction).toContainText('until');

  // An end date before the note's date is refused in words.
  await page.getByRole('button', { name: 'Edit note' }).click();
  await client
    .dialog()
    .getByLabel(/^Until: /)
    .fill('2020-01-01');
  await client.dialog().getByRole('button', { name: 'Save note' }).click();
  await expect(client.dialog().getByText('The end date cannot be before the note date')).toBeVisible();
  // The typed date was not saved: Cancel asks before throwing it away.
  await client.dialog().getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('alertdialog', { name: 'Discard what you entered?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(client.dialog()).toBeHidden();

  // The audit trail in words, by the clinician.
  await client.tab('Record & privacy');
  const trail = page.getByTestId('audit-trail');
  await expect(trail).toContainText('Injury corrected');
  await expect(trail).toContainText('Side: left → right');
  await expect(trail).toContainText('Restriction ended');
  await expect(trail).toContainText('Note added');
  await expect(trail).toContainText('Client created');
  await expect(trail).toContainText(`Club: ${club}`);
  await expect(trail).toContainText('J. Physio');
  await expect(trail).not.toContainText('ReStride');
  await expect(trail).not.toContainText('injury ');

  // Found by injury, in the Clients list and with Ctrl+K.
  await clients.open();
  await clients.search('achilles');
  await expect(clients.row(name)).toBeVisible();
  await page.keyboard.press('Control+K');
  const search = page.getByRole('dialog');
  await search.getByRole('textbox').fill('achilles');
  await expect(search.getByText(name)).toBeVisible();
  await page.keyboard.press('Escape');

  // And on the club's roster.
  await page.goto('/#/groups');
  await page.getByText(club).first().click();
  await expect(page.getByText(name)).toBeVisible();
});
