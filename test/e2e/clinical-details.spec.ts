import { expect, test } from '@playwright/test';
import { api } from './pages/api';
import { ClientScreen } from './pages/client.page';

/**
 * The fields of PlanRequest version 2 in the forms, found by their accessible names: earlier
 * episodes and the bone stress site (injury), RED-S signs and breastfeeding (intake), the ACL
 * sport-timing override (clearance); the backend's messages shown at the field.
 */
test('a clinician records earlier episodes, a bone stress site, RED-S signs and the ACL override', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await api(page, 'settings.save', { language: 'en' });
  const created = (await api(page, 'clients.create', {
    name: 'Details Runner',
    birthDate: '1994-03-08',
    sex: 'female',
  })) as { id: number };
  const client = new ClientScreen(page);
  await page.goto(`/#/clients/${created.id}/injuries`);
  await expect(page.getByRole('heading', { name: 'Details Runner' })).toBeVisible();

  // Injury: a high-risk bone stress injury with a low-risk site is refused at the field.
  await page.getByRole('button', { name: 'Add injury' }).click();
  await client.pick('Injury', 'Bone stress injury (high-risk site)');
  await client.pick('Site', 'Fibula');
  await client
    .dialog()
    .getByRole('textbox', { name: /Earlier episodes of this injury/ })
    .fill('2');
  await client.dialog().getByRole('button', { name: 'Save injury' }).click();
  await expect(client.dialog()).toContainText('This is a low-risk site');
  await client.pick('Site', 'Navicular');
  await client.dialog().getByRole('button', { name: 'Save injury' }).click();
  await expect(page.getByTestId('injury-card')).toContainText('Navicular');
  await expect(page.getByTestId('injury-card')).toContainText('2 earlier episodes');

  // Intake: RED-S signs and breastfeeding (a female client) are checkboxes with their own names.
  await client.tab('Intake');
  await page.getByRole('checkbox', { name: 'Missed or irregular periods' }).check();
  await page.getByRole('checkbox', { name: 'Weight loss' }).check();
  await page.getByRole('checkbox', { name: 'Breastfeeding' }).check();
  await page.getByRole('button', { name: 'Save intake' }).click();
  await expect(page.getByText('Intake saved.')).toBeVisible();
  const intake = (await api(page, 'intake.get', { clientId: created.id })) as {
    redsSigns: string[];
    breastfeeding: boolean;
  };
  expect(intake).toMatchObject({ redsSigns: ['missed_periods', 'weight_loss'], breastfeeding: true });

  // Clearance: the sport-timing override is offered after ACL reconstruction only.
  await client.tab('Clearance');
  const override = page.getByRole('checkbox', { name: /Allow speed, hills and uneven ground/ });
  await expect(page.getByRole('button', { name: 'Save clearance' })).toBeVisible();
  await expect(override).toHaveCount(0);
  await api(page, 'injuries.create', {
    clientId: created.id,
    type: 'acl_reconstruction',
    surgeryDate: '2026-06-01',
  });
  await client.tab('Intake');
  await client.tab('Clearance');
  await override.check();
  await page.getByLabel('Level').getByText('Walk-run', { exact: true }).click();
  await page.getByLabel('Cleared by').fill('J. Physio');
  await page.getByRole('button', { name: 'Save clearance' }).click();
  await expect(page.getByTestId('clearance-history')).toContainText(
    'Speed, hills and uneven ground allowed early',
  );
});
