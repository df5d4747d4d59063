import type { Locator, Page } from '@playwright/test';

/** The Clients screen as a user sees it: by labels and roles, not by CSS. */
export class ClientsScreen {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/clients');
    await this.page.getByRole('heading', { name: 'Clients' }).waitFor();
  }

  rows(): Locator {
    return this.page.getByTestId('client-row');
  }

  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async startNewClient(): Promise<void> {
    await this.page.getByRole('button', { name: 'New client' }).click();
    await this.dialog().waitFor();
  }

  async fill(fields: { name?: string; birthDate?: string; email?: string; group?: string }): Promise<void> {
    const dialog = this.dialog();
    if (fields.name !== undefined) await dialog.getByLabel('Full name').fill(fields.name);
    if (fields.birthDate !== undefined) await dialog.getByLabel('Date of birth').fill(fields.birthDate);
    if (fields.email !== undefined) await dialog.getByLabel('Email').fill(fields.email);
    if (fields.group !== undefined) await dialog.getByLabel('Club', { exact: true }).fill(fields.group);
  }

  async save(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Save' }).click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /Search by name/ }).fill(text);
  }
}
