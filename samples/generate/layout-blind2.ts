import type { CivilDate } from './calendar.js';
import { applyTemplate, formatAmount } from './format.js';
import type { Rng } from './prng.js';
import type { PdfWriter } from './render-pdf.js';
import type { Currency, FontPair, Lang } from './variant-types.js';
import {
  BLIND2_DATE_STYLES, BLIND2_FONTS, BLIND2_FOOTERS, BLIND2_LABELS, BLIND2_MONEY, BLIND2_TABLE_DATE_STYLES,
  blind2Footer, formatBlind2Date, type Blind2DateStyle, type Blind2Footer, type Blind2LabelKey,
} from './variants-blind2.js';

/*
 * Style and drawing helpers of the blind2 set: several label/value pairs per line, boxed cells with the
 * label in a header row above the value, two tables side by side. Only the `*-blind2.ts` renderers use them.
 */

/** The choices made for one blind2 document. */
export interface Blind2Style {
  lang: Lang;
  font: FontPair;
  size: number;
  margin: number;
  colon: string;
  dateStyle: Blind2DateStyle;
  tableDateStyle: Blind2DateStyle;
  footer: Blind2Footer;
  thousands: boolean;
  label(key: Blind2LabelKey): string;
  date(date: CivilDate): string;
  money(cents: number, currency: Currency): string;
  amount(cents: number): string;
  footerText(page: number, total: number): string;
  /** What the footer states, for the expected file. */
  pages(count: number): Array<{ printedNumber: number; printedTotal: number }>;
}

export function pickBlind2Style(rng: Rng, lang: Lang): Blind2Style {
  const chosen = new Map<Blind2LabelKey, string>();
  const templates = new Map<Currency, string>();
  const style: Blind2Style = {
    lang,
    font: rng.pick(BLIND2_FONTS[lang]),
    size: rng.pick(lang === 'zh' ? [9, 10, 10.5] : [8.5, 9.5, 10]),
    margin: rng.pick([40, 52, 64]),
    colon: rng.pick(lang === 'zh' ? ['：', '：'] : [':', ' :']),
    dateStyle: rng.pick(BLIND2_DATE_STYLES[lang]),
    tableDateStyle: rng.pick(BLIND2_TABLE_DATE_STYLES[lang]),
    footer: rng.pick(BLIND2_FOOTERS[lang]),
    thousands: rng.chance(0.75),
    label(key) {
      let text = chosen.get(key);
      if (text === undefined) {
        text = rng.pick(BLIND2_LABELS[lang][key] as readonly string[]);
        chosen.set(key, text);
      }
      return text;
    },
    date: (date) => formatBlind2Date(date, style.dateStyle),
    money(cents, currency) {
      let template = templates.get(currency);
      if (template === undefined) {
        template = rng.pick(BLIND2_MONEY[lang][currency] ?? [`${currency} {n}`]);
        templates.set(currency, template);
      }
      return applyTemplate(template, style.amount(cents));
    },
    amount: (cents) => formatAmount(cents, style.thousands),
    footerText: (page, total) => blind2Footer(style.footer, page, total),
    pages: (count) => Array.from({ length: count }, (_, i) => ({ printedNumber: i + 1, printedTotal: count })),
  };
  return style;
}

/** `label：value` (zh) or `label: value` (en) with the document's colon. */
export function lv(style: Blind2Style, label: string, value: string): string {
  return style.lang === 'zh' ? `${label}${style.colon}${value}` : `${label}${style.colon} ${value}`;
}

/**
 * Several label/value pairs per printed line, in columns with no rules (as core-banking print-outs set
 * their headers): `[[a, b, c], [d]]` prints a, b, c on one line and d on the next. Columns are as wide
 * as their pairs need; a line whose pairs do not fit is split, so no value ever wraps beside another pair.
 */
export function multiPairLines(writer: PdfWriter, style: Blind2Style, rows: Array<Array<[string, string]>>): void {
  const doc = writer.doc;
  const gap = writer.size * 1.6;
  const natural = ([label, value]: [string, string]): number => doc.font('B').fontSize(writer.size).widthOfString(lv(style, label, '')) + doc.font('R').widthOfString(value);
  const fit = (row: Array<[string, string]>): Array<Array<[string, string]>> => {
    if (row.length <= 1) return [row];
    const need = row.reduce((s, p) => s + natural(p) + gap, -gap);
    if (need <= writer.width) return [row];
    const half = Math.ceil(row.length / 2);
    return [...fit(row.slice(0, half)), ...fit(row.slice(half))];
  };
  for (const line of rows.flatMap(fit)) {
    const need = line.reduce((s, p) => s + natural(p), 0);
    const spare = Math.max(0, writer.width - need - gap * (line.length - 1)) / line.length;
    const widths = line.map((p) => (line.length === 1 ? writer.width : natural(p) + spare));
    const heights = line.map((p, i) => doc.font('R').fontSize(writer.size).heightOfString(lv(style, p[0], p[1]), { width: widths[i] as number }));
    writer.ensure(Math.max(...heights) + 4);
    const y = doc.y;
    let x = writer.left;
    line.forEach(([label, value], i) => {
      const head = lv(style, label, '');
      doc.font('B').fontSize(writer.size).fillColor('black').text(head, x, y, { width: widths[i] as number, continued: true, lineGap: writer.size * 0.25 });
      doc.font('R').text(value, { continued: false });
      x += (widths[i] as number) + gap;
    });
    doc.y = y + Math.max(...heights) + writer.size * 0.6;
  }
  doc.font('R').fontSize(writer.size);
  writer.gap(writer.size * 0.3);
}

/** One cell of a header-cell grid: its label printed in the grey header row, its value in the row below. */
export interface HeaderCell {
  label: string;
  value: string;
  /** Share of the row's width; the cells of a row share it equally when absent. */
  share?: number;
  align?: 'left' | 'right' | 'center';
}

/**
 * Boxed cells, the labels in a shaded header row and the values in a plain row under them, repeated per
 * group: the form of a bank's key-facts table or a payroll print-out.
 */
export function headerCellGrid(writer: PdfWriter, groups: HeaderCell[][], size = writer.size): void {
  const doc = writer.doc;
  const pad = size * 0.4;
  for (const cells of groups) {
    const total = cells.reduce((s, c) => s + (c.share ?? 1 / cells.length), 0);
    const widths = cells.map((c) => ((c.share ?? 1 / cells.length) / total) * writer.width);
    const xs = widths.map((_, i) => writer.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const heightOf = (texts: string[], bold: boolean): number => Math.max(...texts.map((t, i) => doc.font(bold ? 'B' : 'R').fontSize(size).heightOfString(t || ' ', { width: (widths[i] as number) - 2 * pad }))) + 2 * pad;
    const headH = heightOf(cells.map((c) => c.label), true);
    const valueH = heightOf(cells.map((c) => c.value), false);
    writer.ensure(headH + valueH + 2);
    const y = doc.y;
    doc.save().lineWidth(0.6).strokeColor('#222222');
    cells.forEach((cell, i) => {
      const x = xs[i] as number;
      const w = widths[i] as number;
      doc.rect(x, y, w, headH).fill('#dcdcdc');
      doc.fillColor('black').font('B').fontSize(size).text(cell.label, x + pad, y + pad, { width: w - 2 * pad, align: 'center' });
      doc.font('R').fontSize(size).text(cell.value, x + pad, y + headH + pad, { width: w - 2 * pad, align: cell.align ?? 'center' });
      doc.rect(x, y, w, headH).stroke();
      doc.rect(x, y + headH, w, valueH).stroke();
    });
    doc.restore();
    doc.y = y + headH + valueH;
  }
  doc.font('R').fontSize(writer.size);
  writer.gap(size * 0.8);
}

/** One of two tables set side by side: a title, item rows and a bold total row. */
export interface SideTable {
  title: string;
  amountHeader: string;
  rows: Array<[string, string]>;
  total: [string, string];
}

/**
 * Two boxed two-column tables side by side (earnings left, deductions right), their total rows on the
 * same line; the shorter table is padded with empty rows as payroll systems print them.
 */
export function sideBySideTables(writer: PdfWriter, left: SideTable, right: SideTable, size = writer.size): void {
  const doc = writer.doc;
  const gutter = size * 1.5;
  const tableW = (writer.width - gutter) / 2;
  const pad = size * 0.4;
  const rowH = size * 1.25 + 2 * pad;
  const n = Math.max(left.rows.length, right.rows.length);
  writer.ensure(rowH * (n + 2) + 4);
  const top = doc.y;
  [left, right].forEach((table, t) => {
    const x = writer.left + t * (tableW + gutter);
    const labelW = tableW * 0.6;
    const cells: Array<{ row: number; label: string; value: string; head?: boolean; bold?: boolean }> = [
      { row: 0, label: table.title, value: table.amountHeader, head: true },
      ...Array.from({ length: n }, (_, i) => ({ row: i + 1, label: table.rows[i]?.[0] ?? '', value: table.rows[i]?.[1] ?? '' })),
      { row: n + 1, label: table.total[0], value: table.total[1], bold: true },
    ];
    doc.save().lineWidth(0.6).strokeColor('#222222');
    for (const cell of cells) {
      const y = top + cell.row * rowH;
      if (cell.head) doc.rect(x, y, tableW, rowH).fill('#e2e2e2');
      doc.fillColor('black').font(cell.head || cell.bold ? 'B' : 'R').fontSize(size);
      doc.text(cell.label, x + pad, y + pad, { width: labelW - 2 * pad, lineBreak: false, align: cell.head ? 'center' : 'left' });
      doc.text(cell.value, x + labelW + pad, y + pad, { width: tableW - labelW - 2 * pad, lineBreak: false, align: cell.head ? 'center' : 'right' });
      doc.rect(x, y, labelW, rowH).stroke();
      doc.rect(x + labelW, y, tableW - labelW, rowH).stroke();
    }
    doc.restore();
  });
  doc.font('R').fontSize(writer.size);
  doc.y = top + rowH * (n + 2);
  writer.gap(size * 0.8);
}
