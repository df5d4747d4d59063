/**
 * Tables: a header row repeated on every page the table spans, rows that wrap, and groups (a week)
 * kept on one page when they are short enough, so a week is never split over two pages.
 */
import type { Layout } from './pdf-layout';
import { colours, sizes, space } from './pdf-theme';
import type { TableColumn, TableRow } from './types';

export interface TableStyle {
  /** Every cell boxed and rows at least this tall: the log sheet, written in by hand. */
  grid: boolean;
  minRowHeight: number;
}

const HEADER = { size: sizes.small, bold: true, colour: colours.text } as const;
const CELL = { size: sizes.small } as const;
/** A group taller than this may be split; shorter ones move whole to the next page. */
const KEEP_GROUP_MAX = 220;

function columnXs(layout: Layout, columns: readonly TableColumn[]): number[] {
  const xs: number[] = [];
  let x = layout.left;
  for (const column of columns) {
    xs.push(x);
    x += column.width * layout.width;
  }
  return xs;
}

function cellWidth(layout: Layout, column: TableColumn): number {
  return column.width * layout.width - 2 * space.cellPad;
}

/** Whether a cell is set in bold: the header, and a group's label in its first row (not on the log sheet). */
function boldCell(row: TableRow | 'header', column: number, style: TableStyle): boolean {
  return row === 'header' || (column === 0 && row.groupStart && !style.grid);
}

function rowHeight(
  layout: Layout,
  columns: readonly TableColumn[],
  row: TableRow | 'header',
  style: TableStyle,
): number {
  const cells = row === 'header' ? columns.map((c) => c.label) : row.cells;
  let height = 0;
  columns.forEach((column, i) => {
    const bold = boldCell(row, i, style);
    height = Math.max(height, layout.measure(cells[i] ?? '', cellWidth(layout, column), { ...CELL, bold }));
  });
  return Math.max(style.minRowHeight, height + 2 * space.cellPad);
}

function drawHeader(layout: Layout, columns: readonly TableColumn[], style: TableStyle): void {
  const { doc } = layout;
  const height = rowHeight(layout, columns, 'header', { ...style, minRowHeight: 0 });
  const xs = columnXs(layout, columns);
  doc.rect(layout.left, layout.y, layout.width, height).fill(colours.shade);
  columns.forEach((column, i) => {
    layout.text(
      column.label,
      (xs[i] ?? 0) + space.cellPad,
      layout.y + space.cellPad,
      cellWidth(layout, column),
      {
        ...HEADER,
        align: column.align,
      },
    );
  });
  doc
    .moveTo(layout.left, layout.y + height)
    .lineTo(layout.left + layout.width, layout.y + height)
    .lineWidth(0.8)
    .strokeColor(colours.muted)
    .stroke();
  layout.y += height;
}

function drawRow(
  layout: Layout,
  columns: readonly TableColumn[],
  row: TableRow,
  height: number,
  style: TableStyle,
): void {
  const { doc } = layout;
  const xs = columnXs(layout, columns);
  if (row.shaded) doc.rect(layout.left, layout.y, layout.width, height).fill(colours.shade);
  columns.forEach((column, i) => {
    layout.text(
      row.cells[i] ?? '',
      (xs[i] ?? 0) + space.cellPad,
      layout.y + space.cellPad,
      cellWidth(layout, column),
      {
        ...CELL,
        bold: boldCell(row, i, style),
        colour: row.muted ? colours.muted : colours.text,
        align: column.align,
      },
    );
  });
  if (style.grid) {
    doc.lineWidth(0.5).strokeColor(colours.rule);
    doc.rect(layout.left, layout.y, layout.width, height).stroke();
    for (const x of xs.slice(1))
      doc
        .moveTo(x, layout.y)
        .lineTo(x, layout.y + height)
        .stroke();
  } else if (row.groupStart) {
    doc
      .moveTo(layout.left, layout.y)
      .lineTo(layout.left + layout.width, layout.y)
      .lineWidth(0.5)
      .strokeColor(colours.rule)
      .stroke();
  }
  layout.y += height;
}

/** Height of the header plus the first row, or the whole first group when it is kept together. */
export function tableLeadHeight(
  layout: Layout,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  style: TableStyle,
): number {
  const header = rowHeight(layout, columns, 'header', { ...style, minRowHeight: 0 });
  let group = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as TableRow;
    if (i > 0 && row.groupStart) break;
    group += rowHeight(layout, columns, row, style);
  }
  const first = rows[0] ? rowHeight(layout, columns, rows[0], style) : 0;
  return header + (group <= KEEP_GROUP_MAX ? group : first);
}

/** Draws the table from the cursor, breaking pages between rows (never inside one). */
export function drawTable(
  layout: Layout,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  style: TableStyle,
): void {
  const heights = rows.map((row) => rowHeight(layout, columns, row, style));
  const header = rowHeight(layout, columns, 'header', { ...style, minRowHeight: 0 });
  layout.ensure(header + (heights[0] ?? 0));
  drawHeader(layout, columns, style);
  rows.forEach((row, i) => {
    const height = heights[i] ?? 0;
    let needed = height;
    if (row.groupStart) {
      let group = height;
      for (let j = i + 1; j < rows.length && !rows[j]?.groupStart; j++) group += heights[j] ?? 0;
      needed = group <= KEEP_GROUP_MAX ? group : height + (heights[i + 1] ?? 0);
    }
    if (needed > layout.room) {
      layout.newPage();
      drawHeader(layout, columns, style);
    }
    drawRow(layout, columns, row, height, style);
  });
}
