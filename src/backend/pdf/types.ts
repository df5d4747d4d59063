/**
 * The printable programme as plain data. `buildDocument` turns a programme into a `PrintDocument`
 * (every string already in the client's language); `renderPdf` and `renderHtml` only lay it out.
 * Keeping the model free of pdfkit is what lets the tests check content without reading a PDF.
 */
import type { IsoDate, PlanRequest, Programme } from '../../engine/types';

/** The clinic's letterhead, from the app's settings (or `--clinic clinic.json` on the CLI). */
export interface ClinicBranding {
  clinicName: string;
  clinician: string;
  contact: string;
  /** A `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL, or null for no logo. */
  logo: string | null;
}

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type Paper = (typeof PAPER_SIZES)[number];

export interface PrintOptions {
  locale: 'en' | 'de';
  paper: Paper;
  units: 'km' | 'mi';
  /** The print date (`YYYY-MM-DD`): shown in the footer and used as the PDF's creation date. */
  printedOn: IsoDate;
}

/** Everything the printed programme is made from. */
export interface ProgrammePrintInput {
  request: PlanRequest;
  /** Generated from `request`, ideally with `request.locale === options.locale`. */
  programme: Programme;
  clinic: ClinicBranding;
  options: PrintOptions;
}

/** Sections in the order the issue asks for; `header` first, `signature` last. */
export const SECTION_IDS = [
  'header',
  'status',
  'summary',
  'how_to_use',
  'timeline',
  'weeks',
  'sessions',
  'after_review',
  'pain_guide',
  'checkpoints',
  'tests',
  'exercises',
  'tips',
  'log',
  'signature',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Colour roles; the renderers map them to colours, the model never names one. */
export type Tone = 'danger' | 'warning' | 'info' | 'success';

/** What a segment of a session bar stands for. */
export type BarKind = 'warmup' | 'run' | 'walk' | 'cooldown' | 'other';

export interface BarSegment {
  kind: BarKind;
  seconds: number;
}

export interface LegendItem {
  kind: BarKind;
  label: string;
}

export interface TableColumn {
  label: string;
  /** Share of the content width; the shares of a table add up to 1. */
  width: number;
  align: 'left' | 'right' | 'center';
}

export interface TableRow {
  cells: string[];
  /** The first row of a group (a week): drawn with a rule above and kept with the next row. */
  groupStart: boolean;
  /** Alternate groups are shaded so weeks stand apart. */
  shaded: boolean;
  /** Drawn grey: not part of what the client does yet (locked until the review), or not logged. */
  muted: boolean;
}

export interface TimelineItem {
  label: string;
  dates: string;
  /** "6 wk": the length, written out. */
  length: string;
  /** Drawn width is proportional to this. */
  weeks: number;
  /** Index into the renderer's phase palette (stable per phase). */
  colour: number;
  /** After the current clearance: drawn lighter, with `note` ("after review"). */
  locked: boolean;
  note: string | null;
}

export interface SessionCard {
  date: string;
  title: string;
  /** "28 min · effort 3/10, full sentences". */
  meta: string;
  /** Present for walking and running sessions; widths add up to the session's time. */
  bar: BarSegment[] | null;
  /** "Warm-up 5 min brisk walk · 6 × (run 1 min, walk 2 min) · cool-down 5 min". */
  steps: string | null;
  notes: string[];
}

/** A test-based criterion on the "Your tests" page: what it asks, where the client stands. */
export interface ChecklistItem {
  /** `warning`: a result fell short; `info`: not tested yet; `success`: reached. */
  tone: Tone;
  title: string;
  /** A short label set beside the title ("Not yet reached"). */
  status: string;
  /** Target, latest result and the like, one line each. */
  lines: string[];
}

export type DocBlock =
  | { type: 'brand'; clinicName: string; clinician: string; contact: string; logo: string | null }
  | { type: 'title'; text: string; subtitle: string }
  | { type: 'banner'; tone: Tone; title: string; text: string }
  | { type: 'paragraph'; text: string; muted: boolean }
  | { type: 'bullets'; items: string[] }
  | { type: 'subheading'; text: string }
  | { type: 'key_values'; rows: { label: string; value: string }[] }
  | { type: 'timeline'; items: TimelineItem[] }
  | { type: 'table'; columns: TableColumn[]; rows: TableRow[] }
  | { type: 'sessions'; cards: SessionCard[] }
  | { type: 'legend'; items: LegendItem[] }
  | { type: 'traffic_light'; rows: { tone: 'success' | 'warning' | 'danger'; title: string; text: string }[] }
  | { type: 'tips'; items: { title: string; text: string }[] }
  | { type: 'checklist'; items: ChecklistItem[] }
  | { type: 'log_sheet'; columns: TableColumn[]; rows: string[][] }
  | { type: 'signature'; lines: string[]; dateLabel: string };

export interface Section {
  id: SectionId;
  heading: string | null;
  /** Start this section on a new page (the log sheet is cut out and kept apart). */
  newPage: boolean;
  /** Never split over two pages (the signature lines). */
  keepTogether: boolean;
  blocks: DocBlock[];
}

export interface PrintDocument {
  locale: 'en' | 'de';
  paper: Paper;
  /** PDF metadata. */
  meta: { title: string; author: string; subject: string; printedOn: IsoDate };
  /** Footer of every page; `pageLabel` holds `{page}` and `{pages}`. */
  footer: { pageLabel: string; client: string; printed: string; disclaimer: string };
  sections: Section[];
}
