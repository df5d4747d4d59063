import type { Locator, Page } from '@playwright/test';

/** The client screen and its tabs, by the labels a clinician reads. */
export class ClientScreen {
  constructor(readonly page: Page) {}

  async tab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  sessions(): Locator {
    return this.page.getByTestId('session-card');
  }

  async pick(label: string, option: string, scope: Locator = this.dialog()): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
