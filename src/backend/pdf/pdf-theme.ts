/** Colours, type sizes and spacing of the printed programme, in PDF points (1/72 in). */
import type { BarKind, Tone } from './types';

export const colours = {
  text: '#1f2933',
  muted: '#5f6b7a',
  rule: '#c7cfd8',
  shade: '#f1f4f7',
  accent: '#0b6e69',
  white: '#ffffff',
} as const;

export const toneColours: Readonly<Record<Tone, { strong: string; tint: string }>> = {
  success: { strong: '#2f9e44', tint: '#e8f5eb' },
  warning: { strong: '#e49b0f', tint: '#fff5dc' },
  danger: { strong: '#c92a2a', tint: '#fdecec' },
  info: { strong: '#1c6fb8', tint: '#e8f1fa' },
};

export const barColours: Readonly<Record<BarKind, string>> = {
  warmup: '#f0c46a',
  run: '#0b6e69',
  walk: '#9fd3c7',
  cooldown: '#9fb0c6',
  other: '#b79ad8',
};

/** By index of the engine's PHASES: pre_running, walking, walk_run, continuous, build, taper. */
export const phaseColours: readonly string[] = [
  '#9fb0c6',
  '#9fd3c7',
  '#45a99c',
  '#0b6e69',
  '#1c5d99',
  '#6a4c93',
];

export const sizes = {
  title: 19,
  subtitle: 11.5,
  clinic: 13,
  heading: 13,
  subheading: 10.5,
  body: 9.5,
  small: 8.5,
  tiny: 7.5,
} as const;

export const space = {
  margin: 46,
  footer: 50,
  afterHeading: 6,
  beforeSection: 16,
  block: 7,
  lineGap: 1.5,
  cellPad: 2.8,
} as const;
