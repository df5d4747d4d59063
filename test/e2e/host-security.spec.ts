import { expect, test } from '@playwright/test';
import { e2ePort } from '../../playwright.config';

/** The browser-mode host refuses calls that are not from the page it served. */
test('API calls without the token or from a foreign Host are refused', async ({ request, page }) => {
  const noToken = await request.post('/api/clients.list', { data: {} });
  expect(noToken.status()).toBe(401);
  expect((await noToken.json()).error.code).toBe('unauthorized');

  await page.goto('/');
  const token = await page.locator('meta[name="restride-token"]').getAttribute('content');
  expect(token).toBeTruthy();

  const withToken = await request.post('/api/clients.list', {
    data: {},
    headers: { 'x-restride-token': token! },
  });
  expect((await withToken.json()).ok).toBe(true);

  const rebinding = await request.post('/api/clients.list', {
    data: {},
    headers: { 'x-restride-token': token!, host: `attacker.example:${e2ePort}` },
  });
  expect(rebinding.status()).toBe(403);
  expect((await rebinding.json()).error.code).toBe('forbidden');
});
