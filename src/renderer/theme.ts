import { createTheme, DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';
import i18next from 'i18next';

/**
 * The app's Mantine theme. Besides the brand (teal, medium radius) it makes Mantine's colours
 * readable: every text colour, outline and filled background meets WCAG AA (4.5:1) against the
 * surfaces it is drawn on, in the light and the dark colour scheme, and every dialog's close button
 * has a name. Checked by axe-core on every screen (test/e2e/accessibility.spec.ts).
 */

/** The contrast the colours aim at: WCAG AA for body text (4.5:1), with a little margin. */
const minimumContrast = 4.6;

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance. */
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function mix(color: string, towards: string, amount: number): string {
  const from = rgb(color);
  const to = rgb(towards);
  return hex(from.map((c, i) => c + (to[i]! - c) * amount) as Rgb);
}

/**
 * `color`, darkened (or, for a dark surface, lightened) in small steps just enough to be read on
 * every one of `surfaces`; unchanged when it already is.
 */
export function readable(color: string, surfaces: readonly string[], towards = '#000000'): string {
  for (let step = 0; step <= 50; step++) {
    const candidate = mix(color, towards, step / 50);
    if (surfaces.every((surface) => contrast(candidate, surface) >= minimumContrast)) return candidate;
  }
  return towards;
}

const white = '#ffffff';
const gray = DEFAULT_THEME.colors.gray;
const dark = DEFAULT_THEME.colors.dark;

/**
 * The light scheme's surfaces text is drawn on: the page, grey panels and stripes, and the `light`
 * variant's tint (shade 1) of any colour — a teal link inside a blue notice, red text in an alert.
 */
const darkestTint = Object.entries(DEFAULT_THEME.colors)
  .filter(([name]) => name !== 'dark')
  .map(([, palette]) => palette[1])
  .reduce((darkest, tint) => (luminance(tint) < luminance(darkest) ? tint : darkest));
const onLightSurfaces = [white, gray[0], gray[1], darkestTint];

/**
 * A Mantine palette whose text shades can be read. In the light scheme shade 6 is text (`c="red"`),
 * outline and the filled background behind white text, 7 its hover, 8 the filled background of the
 * dark scheme (white text again), and 9 the text of the `light` variant on shade 1 or 2. Mantine's
 * own palettes miss 4.5:1 there (#868e96 grey on white is 3.3:1, white on #40c057 green 2.5:1).
 */
function readablePalette(palette: MantineColorsTuple): MantineColorsTuple {
  const shades = [...palette];
  for (const shade of [6, 7, 8] as const) {
    let color = readable(palette[shade], onLightSurfaces);
    // Each shade stays visibly darker than the one before it (a filled button's hover is the next).
    const previous = shades[shade - 1]!;
    if (shade > 6 && luminance(color) > luminance(previous) * 0.85) color = mix(previous, '#000000', 0.1);
    shades[shade] = color;
  }
  shades[9] = readable(palette[9], [white, palette[1], palette[2]]);
  if (luminance(shades[9]) > luminance(shades[8]!) * 0.85) shades[9] = mix(shades[8]!, '#000000', 0.1);
  return shades as unknown as MantineColorsTuple;
}

/**
 * The dark scheme's grey text (`dimmed` is dark-2, #828282: 4.0:1 on the page, 3.2:1 on an input
 * section), lightened to be read on the page, on cards and on hovered rows.
 */
const darkPalette = [...dark] as unknown as MantineColorsTuple;
(darkPalette as unknown as string[])[2] = readable(dark[2], [dark[7], dark[6], dark[5]], white);

const colors: Record<string, MantineColorsTuple> = {
  ...Object.fromEntries(
    Object.entries(DEFAULT_THEME.colors)
      .filter(([name]) => name !== 'dark')
      .map(([name, palette]) => [name, readablePalette(palette)]),
  ),
  dark: darkPalette,
};

/** A close button's name for screen readers, in the app's language when the dialog opens. */
const closeLabel = (): string => i18next.t('common.close', { defaultValue: 'Close' });

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  colors,
  components: {
    // Mantine draws the × of a modal, drawer or alert as a CloseButton with no name.
    CloseButton: { defaultProps: () => ({ 'aria-label': closeLabel() }) },
    Modal: { defaultProps: () => ({ closeButtonProps: { 'aria-label': closeLabel() } }) },
    Drawer: { defaultProps: () => ({ closeButtonProps: { 'aria-label': closeLabel() } }) },
  },
});
