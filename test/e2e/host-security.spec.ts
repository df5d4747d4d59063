import { expect, test } from '@playwright/test';
import { e2eOpenUrlEnv, e2ePort } from '../../playwright.config';

/** The browser-mode host refuses calls that are not from the page it served. */
test('API calls without the session cookie or from a foreign Host are refused', async ({
  playwright,
  page,
}) => {
  // A browser (or another local user's program) that never opened the printed URL.
  const stranger = await playwright.request.newContext({
    baseURL: `http://127.0.0.1:${e2ePort}`,
    storageState: { cookies: [], origins: [] },
  });
  const noCookie = await stranger.post('/api/clients.list', { data: {} });
  expect(noCookie.status()).toBe(401);
  expect((await noCookie.json()).error).toMatchObject({
    code: 'unauthorized',
    message: expect.stringContaining('printed in the terminal'),
  });
  const strangerPage = await stranger.get('/');
  expect(strangerPage.status()).toBe(401);
  expect(await strangerPage.text()).toContain('printed in the terminal');
  await stranger.dispose();

  // This test's browser opened the printed URL (global setup): the page works and holds no token.
  await page.goto('/#/clients');
  await expect(page.getByTestId('client-row').first()).toBeVisible();
  expect(await page.content()).not.toContain('restride-token');
  expect(await page.evaluate(() => document.cookie), 'HttpOnly: no script sees it').toBe('');

  const withCookie = await page.request.post('/api/clients.list', { data: {} });
  expect((await withCookie.json()).ok).toBe(true);

  const rebinding = await page.request.post('/api/clients.list', {
    data: {},
    headers: { host: `attacker.example:${e2ePort}` },
  });
  expect(rebinding.status()).toBe(403);
  expect((await rebinding.json()).error.code).toBe('forbidden');
});

test('the session cookie is HttpOnly and SameSite=Strict, for this host only', async ({ context }) => {
  const cookies = await context.cookies(`http://127.0.0.1:${e2ePort}/`);
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({
    name: `restride-session-${e2ePort}`,
    domain: '127.0.0.1',
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
  });
});

test('the printed URL works once: opened again, it says to use the URL printed in the terminal', async ({
  browser,
}) => {
  const openUrl = process.env[e2eOpenUrlEnv];
  expect(openUrl, 'global setup opened the printed URL').toMatch(/\?open=/);
  // A second browser (a fresh context, no cookie) with the URL already used.
  const second = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await second.newPage();
  const response = await page.goto(openUrl!);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading')).toContainText('used already or is not valid');
  await expect(page.getByText('printed in the terminal')).toBeVisible();
  expect(await second.cookies()).toEqual([]);
  await second.close();
});
