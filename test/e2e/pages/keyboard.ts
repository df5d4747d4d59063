import { expect, type Locator, type Page } from '@playwright/test';

/** Whether `target` (its element, or something inside it) has the keyboard focus. */
async function focused(target: Locator): Promise<boolean> {
  return target
    .first()
    .evaluate((element) => element === document.activeElement || element.contains(document.activeElement))
    .catch(() => false);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves through a
 * screen; fails, naming what had the focus last, when it is not reached in `max` presses — that
 * is, when it is not in the tab order.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 80, backwards = false }: { max?: number; backwards?: boolean } = {},
): Promise<void> {
  // Attached, not visible: a chip's or a radio's input is visually hidden behind its label.
  await expect(target.first()).toBeAttached();
  for (let press = 0; press <= max; press++) {
    if (await focused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  const last = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return `<${element.tagName.toLowerCase()}> "${name}"`;
  });
  throw new Error(`${target.toString()} is not reached by ${max} × Tab; the focus ended on ${last}`);
}

/** Tabs to a button or link and presses Enter on it. */
export async function activate(page: Page, target: Locator, max?: number): Promise<void> {
  await tabTo(page, target, { max });
  await page.keyboard.press('Enter');
}

/** Tabs to a text field, selects what is in it and types `text`, key by key. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/**
 * Types an ISO date into a native date field the way a user with the en-US locale does:
 * month, day and year, each part moving on to the next by itself.
 */
export async function typeDate(page: Page, field: Locator, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  await tabTo(page, field);
  await page.keyboard.type(`${month}${day}${year}`);
  await expect(field).toHaveValue(isoDate);
}

/**
 * Opens a Mantine Select with the keyboard and moves to the option named `option`: ArrowDown until
 * it is the highlighted one, then Enter. For a searchable Select, `search` is typed first.
 */
export async function chooseOption(
  page: Page,
  combobox: Locator,
  option: string,
  search?: string,
): Promise<void> {
  await tabTo(page, combobox);
  if (search !== undefined) await page.keyboard.type(search);
  const highlighted = page.locator('[role="option"][data-combobox-selected]');
  for (let press = 0; press < 40; press++) {
    await page.keyboard.press('ArrowDown');
    if ((await highlighted.count()) > 0 && (await highlighted.first().innerText()).trim() === option) {
      await page.keyboard.press('Enter');
      await expect(combobox).toHaveValue(option);
      return;
    }
  }
  throw new Error(`the option "${option}" of ${combobox.toString()} is not reached with ArrowDown`);
}
