import type { Page } from '@playwright/test';

/**
 * Calls the app's API the way the page does, to set preconditions quickly: same origin, with the
 * session cookie the browser got from the printed one-time URL (see global-setup.ts).
 */
export async function api(page: Page, channel: string, input: unknown): Promise<unknown> {
  const response = await page.request.post(`/api/${channel}`, { data: input });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value;
}
