/**
 * Drawn pieces: the proportional session bar and its legend, and the phase timeline. Segment
 * edges are placed from running totals, so the widths add up to exactly the bar's width.
 */
import type { Layout } from './pdf-layout';
import { barColours, colours, phaseColours, sizes } from './pdf-theme';
import type { BarSegment, LegendItem, TimelineItem } from './types';

/** Left edges (and the final right edge) of segments sized by `amounts` across `width`. */
export function segmentEdges(amounts: readonly number[], x: number, width: number): number[] {
  const total = amounts.reduce((sum, a) => sum + a, 0);
  const edges = [x];
  let running = 0;
  for (const amount of amounts) {
    running += amount;
    edges.push(total > 0 ? x + (running / total) * width : x);
  }
  return edges;
}

/** The session as coloured segments at (x, y); height `h`. */
export function drawBar(
  layout: Layout,
  segments: readonly BarSegment[],
  x: number,
  y: number,
  width: number,
  h: number,
): void {
  const { doc } = layout;
  const edges = segmentEdges(
    segments.map((s) => s.seconds),
    x,
    width,
  );
  segments.forEach((segment, i) => {
    const from = edges[i] ?? x;
    const to = edges[i + 1] ?? x;
    doc.rect(from, y, to - from, h).fill(barColours[segment.kind]);
  });
  doc.rect(x, y, width, h).lineWidth(0.4).strokeColor(colours.muted).stroke();
}

export const LEGEND_HEIGHT = 12;

/** Swatches with labels on one line. */
export function drawLegend(layout: Layout, items: readonly LegendItem[]): void {
  const { doc } = layout;
  let x = layout.left;
  for (const item of items) {
    doc.rect(x, layout.y + 1.5, 14, 7).fill(barColours[item.kind]);
    x += 18;
    layout.text(item.label, x, layout.y, 200, { size: sizes.small, colour: colours.muted });
    x += layout.textWidth(item.label, { size: sizes.small }) + 14;
  }
  layout.y += LEGEND_HEIGHT;
}

const STRIP = 16;
const ROW = 13;

/** Height of the timeline: the strip plus one key line per phase run. */
export function timelineHeight(items: readonly TimelineItem[]): number {
  return STRIP + 6 + items.length * ROW;
}

/**
 * A strip of phases sized by weeks (locked ones pale), then a key with dates and length. The key
 * is a list, not labels inside the strip, because a one-week taper is too narrow to label.
 */
export function drawTimeline(layout: Layout, items: readonly TimelineItem[]): void {
  const { doc } = layout;
  const edges = segmentEdges(
    items.map((i) => i.weeks),
    layout.left,
    layout.width,
  );
  items.forEach((item, i) => {
    const from = edges[i] ?? 0;
    const to = edges[i + 1] ?? 0;
    doc
      .rect(from, layout.y, to - from, STRIP)
      .fillOpacity(item.locked ? 0.35 : 1)
      .fill(phaseColours[item.colour] ?? colours.muted);
    doc.fillOpacity(1);
    if (i > 0)
      doc
        .moveTo(from, layout.y)
        .lineTo(from, layout.y + STRIP)
        .lineWidth(1)
        .strokeColor(colours.white)
        .stroke();
  });
  layout.y += STRIP + 6;
  const col = [0, 0.36, 0.66, 0.78].map((f) => layout.left + f * layout.width + 16);
  for (const item of items) {
    doc
      .rect(layout.left, layout.y + 1.5, 10, 8)
      .fillOpacity(item.locked ? 0.35 : 1)
      .fill(phaseColours[item.colour] ?? colours.muted);
    doc.fillOpacity(1);
    const muted = item.locked ? colours.muted : colours.text;
    layout.text(item.label, col[0] ?? 0, layout.y, 170, { size: sizes.small, bold: true, colour: muted });
    layout.text(item.dates, col[1] ?? 0, layout.y, 160, { size: sizes.small, colour: muted });
    layout.text(item.length, col[2] ?? 0, layout.y, 60, { size: sizes.small, colour: muted });
    if (item.note)
      layout.text(item.note, col[3] ?? 0, layout.y, 110, { size: sizes.small, colour: colours.muted });
    layout.y += ROW;
  }
}
