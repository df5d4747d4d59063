/**
 * The same PrintDocument as a self-contained HTML page with print CSS. Used by the bench to compare
 * with what Electron apps usually do (print HTML through Chromium); it could also back an on-screen
 * preview. Fonts are left to the browser: nothing here is fetched.
 */
import { barColours, colours, phaseColours, toneColours } from './pdf-theme';
import type { DocBlock, PrintDocument } from './types';

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
const lines = (text: string): string => escape(text).replace(/\n/g, '<br>');

function bar(segments: readonly { kind: keyof typeof barColours; seconds: number }[]): string {
  const total = segments.reduce((sum, s) => sum + s.seconds, 0) || 1;
  const parts = segments
    .map(
      (s) =>
        `<span style="width:${((s.seconds / total) * 100).toFixed(3)}%;background:${barColours[s.kind]}"></span>`,
    )
    .join('');
  return `<div class="bar">${parts}</div>`;
}

function table(
  columns: readonly { label: string; width: number; align: string }[],
  rows: readonly { cells: string[]; cls: string }[],
  cls: string,
): string {
  const head = columns
    .map(
      (c) => `<th style="width:${(c.width * 100).toFixed(1)}%;text-align:${c.align}">${escape(c.label)}</th>`,
    )
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr class="${row.cls}">${row.cells.map((cell, i) => `<td style="text-align:${columns[i]?.align ?? 'left'}">${lines(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table class="${cls}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function block(b: DocBlock): string {
  switch (b.type) {
    case 'brand':
      return `<header class="brand">${b.logo ? `<img src="${escape(b.logo)}" alt="">` : ''}<div><strong>${escape(b.clinicName)}</strong><br>${escape(b.clinician)}<br>${escape(b.contact)}</div></header>`;
    case 'title':
      return `<h1>${escape(b.text)}</h1><p class="subtitle">${escape(b.subtitle)}</p>`;
    case 'banner':
      return `<div class="banner" style="background:${toneColours[b.tone].tint};border-color:${toneColours[b.tone].strong}"><strong>${escape(b.title)}</strong><p>${escape(b.text)}</p></div>`;
    case 'paragraph':
      return `<p class="${b.muted ? 'muted' : ''}">${escape(b.text)}</p>`;
    case 'bullets':
      return `<ul>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
    case 'subheading':
      return `<h3>${escape(b.text)}</h3>`;
    case 'key_values':
      return `<dl class="summary">${b.rows.map((r) => `<dt>${escape(r.label)}</dt><dd>${lines(r.value)}</dd>`).join('')}</dl>`;
    case 'timeline':
      return `<div class="strip">${b.items.map((i) => `<span style="flex:${i.weeks};background:${phaseColours[i.colour] ?? colours.muted};opacity:${i.locked ? 0.35 : 1}"></span>`).join('')}</div><ul class="key">${b.items.map((i) => `<li><strong>${escape(i.label)}</strong> ${escape(i.dates)} · ${escape(i.length)}${i.note ? ` · ${escape(i.note)}` : ''}</li>`).join('')}</ul>`;
    case 'table':
      return table(
        b.columns,
        b.rows.map((r) => ({
          cells: r.cells,
          cls: [r.shaded ? 'shaded' : '', r.muted ? 'muted' : '', r.groupStart ? 'group' : ''].join(' '),
        })),
        'grid',
      );
    case 'log_sheet':
      return table(
        b.columns,
        b.rows.map((cells) => ({ cells, cls: '' })),
        'log',
      );
    case 'sessions':
      return b.cards
        .map(
          (c) =>
            `<div class="card"><div class="card-head"><strong>${escape(c.title)}</strong><span>${escape(c.meta)}</span></div><div class="muted">${escape(c.date)}</div>${c.bar ? bar(c.bar) : ''}${c.steps ? `<div>${escape(c.steps)}</div>` : ''}${c.notes.map((n) => `<div class="muted">${escape(n)}</div>`).join('')}</div>`,
        )
        .join('');
    case 'legend':
      return `<div class="legend">${b.items.map((i) => `<span><i style="background:${barColours[i.kind]}"></i>${escape(i.label)}</span>`).join('')}</div>`;
    case 'traffic_light':
      return b.rows
        .map(
          (r) =>
            `<div class="light" style="background:${toneColours[r.tone].tint}"><i style="background:${toneColours[r.tone].strong}"></i><div><strong style="color:${toneColours[r.tone].strong}">${escape(r.title)}</strong><p>${escape(r.text)}</p></div></div>`,
        )
        .join('');
    case 'tips':
      return `<div class="tips">${b.items.map((i) => `<div><h4>${escape(i.title)}</h4><p>${escape(i.text)}</p></div>`).join('')}</div>`;
    case 'checklist':
      return b.items
        .map(
          (i) =>
            `<div class="check" style="background:${toneColours[i.tone].tint};border-color:${toneColours[i.tone].strong}"><div class="card-head"><strong>${escape(i.title)}</strong><span style="color:${toneColours[i.tone].strong}">${escape(i.status)}</span></div>${i.lines.map((l) => `<p>${escape(l)}</p>`).join('')}</div>`,
        )
        .join('');
    case 'signature':
      return b.lines
        .map((l) => `<div class="sign"><span>${escape(l)}</span><span>${escape(b.dateLabel)}</span></div>`)
        .join('');
  }
}

const CSS = `
@page { size: var(--paper); margin: 16mm 16mm 22mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: ${colours.text}; }
h1 { font-size: 19pt; margin: 4pt 0 0; } h2 { font-size: 13pt; margin: 16pt 0 6pt; break-after: avoid; }
h3 { font-size: 10.5pt; color: ${colours.accent}; break-after: avoid; } h4 { margin: 0; color: ${colours.accent}; }
.muted { color: ${colours.muted}; } .subtitle { color: ${colours.muted}; font-size: 11.5pt; }
.brand { display: flex; justify-content: space-between; border-bottom: 1.5pt solid ${colours.accent}; padding-bottom: 6pt; text-align: right; }
.brand img { max-height: 48pt; max-width: 130pt; }
.banner { border-left: 5pt solid; padding: 8pt 12pt; }
.summary { display: grid; grid-template-columns: 24% 1fr; background: ${colours.shade}; padding: 4pt 8pt; }
.summary dt { font-weight: bold; color: ${colours.muted}; font-size: 8.5pt; } .summary dd { margin: 0 0 4pt; }
.strip { display: flex; height: 16pt; } .key { list-style: none; padding: 0; font-size: 8.5pt; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; } thead { display: table-header-group; }
th { background: ${colours.shade}; border-bottom: 0.8pt solid ${colours.muted}; } td, th { padding: 3.5pt; }
tr { break-inside: avoid; } tr.shaded { background: ${colours.shade}; } tr.group td { border-top: 0.5pt solid ${colours.rule}; }
table.log td { border: 0.5pt solid ${colours.rule}; height: 14pt; }
.card { border-left: 2.5pt solid ${colours.accent}; padding: 4pt 6pt; margin: 3pt 0; break-inside: avoid; }
.card-head { display: flex; justify-content: space-between; }
.bar { display: flex; height: 9pt; border: 0.4pt solid ${colours.muted}; margin: 3pt 0; } .bar span { display: block; }
.legend span { margin-right: 14pt; font-size: 8.5pt; } .legend i { display: inline-block; width: 14pt; height: 7pt; margin-right: 4pt; }
.light { display: flex; gap: 10pt; padding: 4pt 8pt; margin-bottom: 3pt; break-inside: avoid; }
.light i { width: 16pt; height: 16pt; border-radius: 50%; flex: none; } .light p { margin: 2pt 0; font-size: 8.5pt; }
.tips { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt 18pt; } .tips p { font-size: 8.5pt; margin: 1pt 0; }
.check { border-left: 3pt solid; padding: 4pt 8pt; margin-bottom: 3pt; break-inside: avoid; } .check p { margin: 1pt 0; font-size: 8.5pt; }
.sign { display: grid; grid-template-columns: 62% 1fr; gap: 24pt; margin-top: 30pt; }
.sign span { border-top: 0.7pt solid ${colours.text}; font-size: 8.5pt; color: ${colours.muted}; }
section.new-page { break-before: page; }
`;

/** The document as one HTML page (A4 or Letter through CSS `@page`). */
export function renderHtml(document: PrintDocument): string {
  const paper = document.paper === 'a4' ? 'A4' : 'letter';
  const sections = document.sections
    .map(
      (s) =>
        `<section class="${s.newPage ? 'new-page' : ''}">${s.heading ? `<h2>${escape(s.heading)}</h2>` : ''}${s.blocks.map(block).join('')}</section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="${document.locale}"><head><meta charset="utf-8"><title>${escape(document.meta.title)}</title><style>${CSS.replace('var(--paper)', paper)}</style></head><body>${sections}<footer class="muted">${escape(document.footer.disclaimer)} · ${escape(document.footer.printed)}</footer></body></html>`;
}
