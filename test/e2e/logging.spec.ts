import { expect, test, type Page } from '@playwright/test';
import { api } from './pages/api';
import { day } from './pages/assessment-clients';
import { ClientScreen } from './pages/client.page';
import { walkRunClient } from './pages/walk-run-client';

/**
 * Issue 13 items 2, 3, 11 and 14: each kind of session has its own log, next-morning pain is
 * "not known yet" until entered (and the caseload asks for it the next day), the overview shows
 * the latest log's light, forms start empty or say they are not saved, a half-filled dialog asks
 * before it is thrown away, and the restore dialog says which backup it is.
 */

interface PlannedSession {
  id: string;
  date: string;
  kind: string;
  locked: boolean;
}

interface CaseloadLine {
  lastLogDate: string | null;
  lastLight: string | null;
  flags: string[];
}

async function plannedClient(page: Page, name: string): Promise<{ id: number; sessions: PlannedSession[] }> {
  const clientId = await walkRunClient(page, name, { clearedDaysAgo: 10, startDaysAgo: 6 });
  const current = (await api(page, 'programmes.current', { clientId })) as {
    derived: { programme: { weeks: { sessions: PlannedSession[] }[] } };
  };
  return { id: clientId, sessions: current.derived.programme.weeks.flatMap((week) => week.sessions) };
}

test('a strength session gets its own log, next-morning pain stays unknown until added, and the overview shows the latest light', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { id, sessions } = await plannedClient(page, 'Logging Runner');
  const client = new ClientScreen(page);
  const strength = sessions.find((session) => session.kind === 'strength' && !session.locked);
  expect(strength && strength.date < day(0)).toBe(true);

  await page.goto(`/#/clients/${id}/programme`);
  const card = page.locator('[data-testid="session-card"][data-kind="strength"]').first();
  await card.getByRole('button', { name: 'Log session' }).click();
  const dialog = client.dialog();
  // Strength: sets done, no running minutes; outcome in words; next-morning pain not known yet.
  await expect(dialog.getByRole('textbox', { name: /Sets done/ })).toBeVisible();
  await expect(dialog.getByText('Minutes actually run')).toHaveCount(0);
  await expect(dialog.getByText('Partly done')).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: /Next-morning pain not known yet/ })).toBeChecked();
  await expect(dialog.getByTestId('morning-pain')).toContainText('Not known yet');

  // Esc on a half-filled log asks first; "Keep editing" keeps what was typed.
  await dialog.getByRole('textbox', { name: /Sets done/ }).fill('5');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('alertdialog', { name: 'Discard what you entered?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toHaveCount(0);
  const logDialog = page.getByRole('dialog', { name: 'Log a session' });
  await expect(logDialog.getByRole('textbox', { name: /Sets done/ })).toHaveValue('5');

  await logDialog.getByText('Partly done').click();
  await logDialog.getByRole('button', { name: 'Save log' }).click();
  await expect(logDialog.getByTestId('log-decision')).toBeVisible();
  await expect(logDialog).toContainText('Next-morning pain is not known yet');
  await expect(page.getByText(/Session of .* logged\./)).toBeVisible();
  await logDialog.getByRole('button', { name: 'Close', exact: true }).last().click();

  const stored = (await api(page, 'sessions.list', { clientId: id })) as {
    outcome: string;
    setsDone: number | null;
    painNextMorning: number | null;
  }[];
  expect(stored).toEqual([
    expect.objectContaining({ outcome: 'partly', setsDone: 5, painNextMorning: null }),
  ]);

  // The session was before today: the caseload asks for its next-morning pain.
  let line = (await api(page, 'caseload.get', { clientId: id })) as CaseloadLine;
  expect(line.flags).toContain('morning_pain_due');
  await page.goto(`/#/clients/${id}/overview`);
  await expect(page.getByTestId('overview-morning-pain-due')).toBeVisible();

  // Added later: the session reopens with its log, the morning pain is entered, the reminder goes.
  await page.goto(`/#/clients/${id}/programme`);
  await card.getByRole('button', { name: 'Correct log' }).click();
  await expect(logDialog.getByRole('textbox', { name: /Sets done/ })).toHaveValue('5');
  await expect(logDialog).toContainText('Next-morning pain is still missing');
  await logDialog.getByRole('checkbox', { name: /Next-morning pain not known yet/ }).uncheck();
  await logDialog.getByRole('button', { name: 'Save log' }).click();
  await expect(logDialog.getByTestId('log-decision')).toBeVisible();
  await logDialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  line = (await api(page, 'caseload.get', { clientId: id })) as CaseloadLine;
  expect(line.flags).not.toContain('morning_pain_due');

  // Two walk-run logs: green first, then red. The overview shows the latest (red), as the caseload does.
  const [first, second] = sessions.filter(
    (session) => session.kind === 'walk_run' && session.date < day(0) && !session.locked,
  );
  const runLog = (session: PlannedSession, pain: number) => ({
    sessionId: session.id,
    date: session.date,
    completed: true,
    actualRunMinutes: 2,
    rpe: 3,
    painDuring: pain,
    painAfter: pain,
    painNextMorning: pain,
  });
  await api(page, 'sessions.log', { clientId: id, log: runLog(first!, 0) });
  await api(page, 'sessions.log', { clientId: id, log: runLog(second!, 7) });
  line = (await api(page, 'caseload.get', { clientId: id })) as CaseloadLine;
  expect(line).toMatchObject({ lastLogDate: second!.date, lastLight: 'red' });
  await page.goto(`/#/clients/${id}/overview`);
  const lastLog = page.getByTestId('overview-last-log');
  await expect(lastLog.locator('[data-light]')).toHaveAttribute('data-light', 'red');
  await expect(lastLog).toContainText('Red');
});

test('a future session cannot be logged, and errors read as words', async ({ page }) => {
  const { id, sessions } = await plannedClient(page, 'Future Runner');
  const future = sessions.find((session) => session.date > day(1) && !session.locked);
  expect(future).toBeDefined();
  // The API refuses it in words (the dialog shows the message, never a field path).
  const response = await page.request.post('/api/sessions.log', {
    data: {
      clientId: id,
      log: { sessionId: future!.id, date: future!.date, completed: true, painNextMorning: null },
    },
  });
  const result = (await response.json()) as { ok: boolean; error: { issues: { message: string }[] } };
  expect(result.ok).toBe(false);
  expect(result.error.issues[0]?.message).toBe('Session date cannot be in the future');

  await page.goto(`/#/clients/${id}/programme`);
  const client = new ClientScreen(page);
  await expect(client.sessions().first()).toBeVisible();
  // Where a future card still offers logging, the dialog says it cannot be logged yet.
  const offered = client
    .sessions()
    .filter({ hasNotText: 'Correct log' })
    .getByRole('button', { name: 'Log session' });
  const count = await offered.count();
  if (count > 0) {
    await offered.last().click();
    await expect(client.dialog()).toContainText(/can be logged on that day or later|Log a session/);
    await expect(client.dialog()).not.toContainText('log.date');
  }
});

test('the clearance form starts empty, asks for a level, and resets after saving; intake says it is not saved yet', async ({
  page,
}) => {
  await api(page, 'settings.save', { language: 'en', clinician: 'J. Physio' });
  const created = (await api(page, 'clients.create', { name: 'Forms Runner', sex: 'male' })) as {
    id: number;
  };
  const client = new ClientScreen(page);
  await page.goto(`/#/clients/${created.id}/clearance`);
  const level = page.getByRole('radiogroup', { name: /Level/ });
  await expect(level).toBeVisible();
  await expect(level.getByRole('radio', { checked: true })).toHaveCount(0);
  // Required fields carry an asterisk.
  await expect(page.locator('label', { hasText: 'Cleared by' })).toContainText('*');

  await page.getByRole('button', { name: 'Save clearance' }).click();
  await expect(page.getByText('Choose a clearance level: none is chosen for you.')).toBeVisible();
  await level.getByText('Walking', { exact: true }).click();
  await page.getByRole('button', { name: 'Save clearance' }).click();
  await expect(page.getByText('Clearance saved. The earlier entries stay in the history.')).toBeVisible();
  await expect(page.getByTestId('current-clearance')).toHaveText('Walking');
  // The form is empty again: a second click records nothing.
  await expect(level.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save clearance' }).click();
  await expect(page.getByTestId('clearance-history').locator('tbody tr')).toHaveCount(1);

  await client.tab('Intake');
  await expect(page.getByTestId('intake-unsaved')).toContainText('Not saved yet');
  await page.getByRole('button', { name: 'Save intake' }).click();
  await expect(page.getByText('Intake saved.')).toBeVisible();
  await expect(page.getByTestId('intake-unsaved')).toHaveCount(0);
});

test('the restore dialog says which backup it is and confirms the restore', async ({ page }) => {
  await api(page, 'settings.save', { language: 'en' });
  const taken = (await api(page, 'backups.create', {})) as { fileName: string };
  const listed = (await api(page, 'backups.list', {})) as { fileName: string; clients: number }[];
  const clients = listed.find((backup) => backup.fileName === taken.fileName)!.clients;
  await page.goto('/#/settings');
  const backups = page.getByTestId('backups');
  await backups.locator('tbody tr').first().getByRole('button', { name: 'Restore…' }).click();
  const details = page.getByTestId('restore-details');
  await expect(details).toContainText('Taken on');
  await expect(details).toContainText(/Size: [\d.,]+ (KB|MB)/);
  await expect(details).toContainText(`${clients} client`);
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText('Backup restored')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
