/**
 * Draws one document block at the cursor. Each block either fits whole (it is measured first) or
 * breaks between its natural units: bullet items, cards, table rows, tips.
 */
import { drawBar, drawLegend, drawTimeline, LEGEND_HEIGHT, timelineHeight } from './pdf-graphics';
import type { Layout, TextStyle } from './pdf-layout';
import { drawTable, tableLeadHeight, type TableStyle } from './pdf-table';
import { colours, sizes, toneColours } from './pdf-theme';
import type { ChecklistItem, DocBlock, SessionCard, TableRow } from './types';
import { isPrintableLogo, logoBytes } from './logo';

const BODY: TextStyle = { size: sizes.body };
const SMALL: TextStyle = { size: sizes.small };
const BULLET_INDENT = 12;
const LOGO = { width: 130, height: 48 };
const TABLE: TableStyle = { grid: false, minRowHeight: 0 };
const LOG: TableStyle = { grid: true, minRowHeight: 20 };

function bulletHeight(layout: Layout, item: string): number {
  return layout.measure(item, layout.width - BULLET_INDENT, BODY) + 3;
}

const CARD_PAD = 5;
const BAR_HEIGHT = 9;
/** The date column on the left of a card, like a diary. */
const DATE_WIDTH = 74;
const DATE_STYLE: TextStyle = { size: sizes.small, bold: true };
const TITLE_STYLE: TextStyle = { size: sizes.body, bold: true };

interface CardGeometry {
  x: number;
  inner: number;
  titleWidth: number;
  metaWidth: number;
}

function cardGeometry(layout: Layout): CardGeometry {
  const x = layout.left + CARD_PAD + DATE_WIDTH;
  const inner = layout.left + layout.width - CARD_PAD - x;
  return { x, inner, titleWidth: inner * 0.5, metaWidth: inner * 0.5 };
}

function cardHeight(layout: Layout, card: SessionCard): number {
  const g = cardGeometry(layout);
  let h = Math.max(
    layout.measure(card.title, g.titleWidth, TITLE_STYLE),
    layout.measure(card.meta, g.metaWidth, SMALL),
  );
  if (card.bar) h += BAR_HEIGHT + 5;
  else h += 2;
  if (card.steps) h += layout.measure(card.steps, g.inner, SMALL) + 1;
  for (const note of card.notes) h += layout.measure(note, g.inner, SMALL) + 1;
  const dateHeight = layout.measure(card.date, DATE_WIDTH - 8, DATE_STYLE);
  return Math.max(h, dateHeight) + 2 * CARD_PAD;
}

function drawCard(layout: Layout, card: SessionCard): void {
  const { doc } = layout;
  const height = cardHeight(layout, card);
  const g = cardGeometry(layout);
  const top = layout.y;
  doc.rect(layout.left, top, 2.5, height - 2).fill(card.bar ? colours.accent : colours.rule);
  layout.text(card.date, layout.left + CARD_PAD + 2, top + CARD_PAD, DATE_WIDTH - 8, DATE_STYLE);
  let y = top + CARD_PAD;
  const titleHeight = layout.text(card.title, g.x, y, g.titleWidth, TITLE_STYLE);
  const metaHeight = layout.text(card.meta, g.x + g.titleWidth, y + 1, g.metaWidth, {
    ...SMALL,
    colour: colours.muted,
    align: 'right',
  });
  y += Math.max(titleHeight, metaHeight);
  if (card.bar) {
    drawBar(layout, card.bar, g.x, y + 2, g.inner, BAR_HEIGHT);
    y += BAR_HEIGHT + 5;
  } else {
    y += 2;
  }
  if (card.steps) y += layout.text(card.steps, g.x, y, g.inner, SMALL) + 1;
  for (const note of card.notes)
    y += layout.text(note, g.x, y, g.inner, { ...SMALL, colour: colours.muted }) + 1;
  layout.y = top + height;
}

function keyValueHeights(layout: Layout, rows: readonly { label: string; value: string }[]): number[] {
  const labelWidth = layout.width * 0.24;
  const valueWidth = layout.width * 0.76 - 16;
  return rows.map(
    (row) =>
      Math.max(
        layout.measure(row.label, labelWidth, { ...SMALL, bold: true }),
        layout.measure(row.value, valueWidth, BODY),
      ) + 7,
  );
}

function tipHeights(layout: Layout, items: readonly { title: string; text: string }[]): number[] {
  const width = (layout.width - 18) / 2;
  return items.map(
    (item) =>
      layout.measure(item.title, width, { size: sizes.body, bold: true }) +
      layout.measure(item.text, width, SMALL) +
      10,
  );
}

const TRAFFIC_TEXT_X = 30;

function trafficRowHeight(layout: Layout, row: { title: string; text: string }): number {
  const width = layout.width - TRAFFIC_TEXT_X - 8;
  return Math.max(
    26,
    layout.measure(row.title, width, { size: sizes.body, bold: true }) +
      layout.measure(row.text, width, SMALL) +
      10,
  );
}

const CHECK_PAD = 4;
const CHECK_BAR = 3;
/** Share of the inner width for the status label beside the title. */
const CHECK_STATUS_SHARE = 0.26;
const CHECK_TITLE: TextStyle = { size: sizes.body, bold: true };
const CHECK_STATUS: TextStyle = { size: sizes.small, bold: true, align: 'right' };

interface CheckGeometry {
  x: number;
  inner: number;
  titleWidth: number;
  statusWidth: number;
}

function checkGeometry(layout: Layout): CheckGeometry {
  const x = layout.left + CHECK_BAR + 2 * CHECK_PAD;
  const inner = layout.left + layout.width - CHECK_PAD - x;
  const statusWidth = inner * CHECK_STATUS_SHARE;
  return { x, inner, titleWidth: inner - statusWidth - 8, statusWidth };
}

function checkHeight(layout: Layout, item: ChecklistItem): number {
  const g = checkGeometry(layout);
  let h = Math.max(
    layout.measure(item.title, g.titleWidth, CHECK_TITLE),
    layout.measure(item.status, g.statusWidth, CHECK_STATUS),
  );
  for (const line of item.lines) h += layout.measure(line, g.inner, SMALL) + 1;
  return h + 2 * CHECK_PAD + 1;
}

/** A criterion as a tinted box: a bar in its tone, the title, its status on the right, then its lines. */
function drawCheck(layout: Layout, item: ChecklistItem): void {
  const { doc } = layout;
  const height = checkHeight(layout, item);
  const g = checkGeometry(layout);
  const tone = toneColours[item.tone];
  const top = layout.y;
  doc.rect(layout.left, top, layout.width, height).fill(tone.tint);
  doc.rect(layout.left, top, CHECK_BAR, height).fill(tone.strong);
  let y = top + CHECK_PAD;
  const titleHeight = layout.text(item.title, g.x, y, g.titleWidth, CHECK_TITLE);
  const statusHeight = layout.text(item.status, g.x + g.inner - g.statusWidth, y + 1, g.statusWidth, {
    ...CHECK_STATUS,
    colour: tone.strong,
  });
  y += Math.max(titleHeight, statusHeight) + 1;
  for (const line of item.lines) y += layout.text(line, g.x, y, g.inner, SMALL) + 1;
  layout.y = top + height;
}

function logRows(rows: readonly string[][]): TableRow[] {
  return rows.map((cells) => ({ cells, groupStart: false, shaded: false, muted: false }));
}

/** What must fit below a heading for the heading not to be stranded: the block's first unit. */
export function leadHeight(layout: Layout, block: DocBlock): number {
  switch (block.type) {
    case 'paragraph':
      return Math.min(layout.measure(block.text, layout.width, BODY), 40);
    case 'bullets':
      return block.items[0] ? bulletHeight(layout, block.items[0]) : 0;
    case 'sessions':
      return block.cards[0] ? cardHeight(layout, block.cards[0]) : 0;
    case 'checklist':
      return block.items[0] ? checkHeight(layout, block.items[0]) : 0;
    case 'table':
      return tableLeadHeight(layout, block.columns, block.rows, TABLE);
    case 'log_sheet':
      return tableLeadHeight(layout, block.columns, logRows(block.rows), LOG) + 3 * LOG.minRowHeight;
    case 'tips':
      return Math.max(...tipHeights(layout, block.items.slice(0, 2)), 0);
    case 'traffic_light':
      return block.rows.reduce((sum, row) => sum + trafficRowHeight(layout, row), 0);
    case 'key_values':
      return Math.min(
        keyValueHeights(layout, block.rows).reduce((a, b) => a + b, 0),
        80,
      );
    default:
      return blockHeight(layout, block);
  }
}

/** Full height of blocks that are drawn in one piece. */
function blockHeight(layout: Layout, block: DocBlock): number {
  switch (block.type) {
    case 'subheading':
      return layout.measure(block.text, layout.width, { size: sizes.subheading, bold: true }) + 4;
    case 'legend':
      return LEGEND_HEIGHT;
    case 'timeline':
      return timelineHeight(block.items);
    case 'banner':
      return (
        layout.measure(block.title, layout.width - 24, { size: sizes.subheading, bold: true }) +
        layout.measure(block.text, layout.width - 24, BODY) +
        20
      );
    case 'signature':
      return block.lines.length * 46;
    case 'brand':
      return brandGeometry(layout, block).ruleOffset + 10;
    case 'title':
      return (
        layout.measure(block.text, layout.width, { size: sizes.title, bold: true }) +
        layout.measure(block.subtitle, layout.width, { size: sizes.subtitle }) +
        6
      );
    default:
      return 0;
  }
}

type BrandBlock = Extract<DocBlock, { type: 'brand' }>;

/** Above this the header's text is set smaller (down to BRAND_MIN_SCALE) before it grows taller. */
const BRAND_TEXT_HEIGHT = 2 * LOGO.height;
const BRAND_MIN_SCALE = 0.75;

interface BrandGeometry {
  hasLogo: boolean;
  textX: number;
  width: number;
  clinic: TextStyle;
  small: TextStyle;
  /** Heights of the clinic name, clinician and contact as set. */
  heights: [number, number, number];
  /** From the top of the header to its rule: below the logo and below every line of text. */
  ruleOffset: number;
}

/**
 * The header measured, not assumed: its text wraps in the room beside the logo, is set smaller
 * when it would run far below the logo, and the rule (and the title after it) always goes below
 * the last line, so a long clinic name or contact never overlaps the title.
 */
function brandGeometry(layout: Layout, block: BrandBlock): BrandGeometry {
  // A logo pdfkit cannot read is left out rather than failing the client's programme.
  const hasLogo = block.logo !== null && block.logo !== '' && isPrintableLogo(block.logo);
  const textX = hasLogo ? layout.left + LOGO.width + 14 : layout.left;
  const width = layout.left + layout.width - textX;
  const styles = (scale: number) => {
    const clinic: TextStyle = {
      size: sizes.clinic * scale,
      bold: true,
      colour: colours.accent,
      align: 'right',
    };
    const small: TextStyle = { size: sizes.small * scale, colour: colours.muted, align: 'right' };
    const heights: [number, number, number] = [
      layout.measure(block.clinicName, width, clinic),
      layout.measure(block.clinician, width, small),
      layout.measure(block.contact, width, small),
    ];
    const textHeight = heights[0] + (heights[1] ? heights[1] + 1 : 0) + (heights[2] ? heights[2] + 1 : 0);
    return { clinic, small, heights, textHeight };
  };
  let set = styles(1);
  for (
    let scale = 0.95;
    set.textHeight > BRAND_TEXT_HEIGHT && scale >= BRAND_MIN_SCALE - 1e-9;
    scale -= 0.05
  ) {
    set = styles(scale);
  }
  const ruleOffset = Math.max(LOGO.height, set.textHeight) + 4;
  return { hasLogo, textX, width, clinic: set.clinic, small: set.small, heights: set.heights, ruleOffset };
}

function drawBrand(layout: Layout, block: BrandBlock): void {
  const { doc } = layout;
  const top = layout.y;
  const g = brandGeometry(layout, block);
  if (g.hasLogo) doc.image(logoBytes(block.logo!)!, layout.left, top, { fit: [LOGO.width, LOGO.height] });
  let y = top;
  y += layout.text(block.clinicName, g.textX, y, g.width, g.clinic);
  if (g.heights[1]) y += layout.text(block.clinician, g.textX, y + 1, g.width, g.small) + 1;
  if (g.heights[2]) layout.text(block.contact, g.textX, y + 1, g.width, g.small);
  const rule = top + g.ruleOffset;
  doc
    .moveTo(layout.left, rule)
    .lineTo(layout.left + layout.width, rule)
    .lineWidth(1.5)
    .strokeColor(colours.accent)
    .stroke();
  layout.y = rule + 10;
}

/** Draws `block` from the cursor and advances it. */
export function drawBlock(layout: Layout, block: DocBlock): void {
  const { doc } = layout;
  switch (block.type) {
    case 'brand':
      drawBrand(layout, block);
      return;
    case 'title':
      layout.y += layout.text(block.text, layout.left, layout.y, layout.width, {
        size: sizes.title,
        bold: true,
      });
      layout.y += layout.text(block.subtitle, layout.left, layout.y + 2, layout.width, {
        size: sizes.subtitle,
        colour: colours.muted,
      });
      layout.y += 6;
      return;
    case 'banner': {
      const height = blockHeight(layout, block);
      layout.ensure(height);
      const tone = toneColours[block.tone];
      doc.rect(layout.left, layout.y, layout.width, height).fill(tone.tint);
      doc.rect(layout.left, layout.y, 5, height).fill(tone.strong);
      const titleHeight = layout.text(block.title, layout.left + 14, layout.y + 8, layout.width - 24, {
        size: sizes.subheading,
        bold: true,
        colour: tone.strong,
      });
      layout.text(block.text, layout.left + 14, layout.y + 10 + titleHeight, layout.width - 24, BODY);
      layout.y += height;
      return;
    }
    case 'paragraph': {
      const height = layout.measure(block.text, layout.width, BODY);
      layout.ensure(height);
      layout.y += layout.text(block.text, layout.left, layout.y, layout.width, {
        ...BODY,
        colour: block.muted ? colours.muted : colours.text,
      });
      return;
    }
    case 'bullets':
      for (const item of block.items) {
        layout.ensure(bulletHeight(layout, item));
        layout.text('•', layout.left + 2, layout.y, 10, { ...BODY, colour: colours.accent });
        layout.y +=
          layout.text(item, layout.left + BULLET_INDENT, layout.y, layout.width - BULLET_INDENT, BODY) + 3;
      }
      return;
    case 'subheading': {
      layout.y += layout.text(block.text, layout.left, layout.y, layout.width, {
        size: sizes.subheading,
        bold: true,
        colour: colours.accent,
      });
      layout.y += 4;
      return;
    }
    case 'key_values': {
      const heights = keyValueHeights(layout, block.rows);
      const total = heights.reduce((a, b) => a + b, 0);
      layout.ensure(total);
      doc.rect(layout.left, layout.y, layout.width, total + 6).fill(colours.shade);
      layout.y += 3;
      block.rows.forEach((row, i) => {
        const y = layout.y + 3.5;
        layout.text(row.label, layout.left + 8, y + 1, layout.width * 0.24, {
          ...SMALL,
          bold: true,
          colour: colours.muted,
        });
        layout.text(row.value, layout.left + layout.width * 0.24 + 8, y, layout.width * 0.76 - 16, BODY);
        layout.y += heights[i] ?? 0;
        if (i < block.rows.length - 1) {
          doc
            .moveTo(layout.left + 8, layout.y)
            .lineTo(layout.left + layout.width - 8, layout.y)
            .lineWidth(0.4)
            .strokeColor(colours.rule)
            .stroke();
        }
      });
      layout.y += 3;
      return;
    }
    case 'timeline':
      layout.ensure(timelineHeight(block.items));
      drawTimeline(layout, block.items);
      return;
    case 'table':
      drawTable(layout, block.columns, block.rows, TABLE);
      return;
    case 'log_sheet':
      drawTable(layout, block.columns, logRows(block.rows), LOG);
      return;
    case 'sessions':
      for (const card of block.cards) {
        layout.ensure(cardHeight(layout, card));
        drawCard(layout, card);
        layout.y += 3;
      }
      return;
    case 'checklist':
      for (const item of block.items) {
        layout.ensure(checkHeight(layout, item));
        drawCheck(layout, item);
        layout.y += 2;
      }
      return;
    case 'legend':
      layout.ensure(LEGEND_HEIGHT);
      drawLegend(layout, block.items);
      layout.y += 2;
      return;
    case 'traffic_light':
      // The three lights are read together: never split them over two pages.
      layout.ensure(block.rows.reduce((sum, row) => sum + trafficRowHeight(layout, row), 0));
      for (const row of block.rows) {
        const height = trafficRowHeight(layout, row);
        const tone = toneColours[row.tone];
        doc.rect(layout.left, layout.y, layout.width, height - 3).fill(tone.tint);
        doc.circle(layout.left + 14, layout.y + 13, 8).fill(tone.strong);
        const width = layout.width - TRAFFIC_TEXT_X - 8;
        const titleHeight = layout.text(row.title, layout.left + TRAFFIC_TEXT_X, layout.y + 4, width, {
          size: sizes.body,
          bold: true,
          colour: tone.strong,
        });
        layout.text(row.text, layout.left + TRAFFIC_TEXT_X, layout.y + 5 + titleHeight, width, SMALL);
        layout.y += height;
      }
      return;
    case 'tips': {
      const heights = tipHeights(layout, block.items);
      const width = (layout.width - 18) / 2;
      for (let i = 0; i < block.items.length; i += 2) {
        const rowHeight = Math.max(heights[i] ?? 0, heights[i + 1] ?? 0);
        layout.ensure(rowHeight);
        [block.items[i], block.items[i + 1]].forEach((item, j) => {
          if (!item) return;
          const x = layout.left + j * (width + 18);
          const h = layout.text(item.title, x, layout.y, width, {
            size: sizes.body,
            bold: true,
            colour: colours.accent,
          });
          layout.text(item.text, x, layout.y + h + 1, width, SMALL);
        });
        layout.y += rowHeight;
      }
      return;
    }
    case 'signature': {
      layout.ensure(blockHeight(layout, block));
      for (const line of block.lines) {
        const y = layout.y + 30;
        const lineWidth = layout.width * 0.62;
        doc.lineWidth(0.7).strokeColor(colours.text);
        doc
          .moveTo(layout.left, y)
          .lineTo(layout.left + lineWidth, y)
          .stroke();
        doc
          .moveTo(layout.left + lineWidth + 24, y)
          .lineTo(layout.left + layout.width, y)
          .stroke();
        layout.text(line, layout.left, y + 3, lineWidth, { ...SMALL, colour: colours.muted });
        layout.text(block.dateLabel, layout.left + lineWidth + 24, y + 3, layout.width - lineWidth - 24, {
          ...SMALL,
          colour: colours.muted,
        });
        layout.y += 46;
      }
      return;
    }
  }
}
