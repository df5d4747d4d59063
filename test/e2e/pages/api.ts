import type { Page } from '@playwright/test';

/** Calls the app's API the way the page does (same token), to set preconditions quickly. */
export async function api(page: Page, channel: string, input: unknown): Promise<unknown> {
  if (!page.url().startsWith('http')) await page.goto('/');
  const token = await page.locator('meta[name="restride-token"]').getAttribute('content');
  const response = await page.request.post(`/api/${channel}`, {
    data: input,
    headers: { 'x-restride-token': token ?? '' },
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value;
}
