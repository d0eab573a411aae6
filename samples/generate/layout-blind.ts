import type { PdfWriter } from './render-pdf.js';
import type { DocStyle } from './style.js';

/*
 * Drawing helpers for the layouts only the blind set uses (`clause-para`, `label-above`, `grouped-wide`,
 * `leader-columns`, `boxed-split`, `signed-leaders`). The layout modules call them only for those
 * layouts, and they draw nothing from a PRNG, so the other sets render exactly as before.
 */

/** One box of a label-above grid: a small grey label over its value; `span` boxes fill the row. */
export interface Box {
  label: string;
  value: string;
  span?: boolean;
}

/** Ruled boxes, `columns` per row, each with its label printed above the value (as on bank forms). */
export function labelAboveGrid(writer: PdfWriter, boxes: Box[], columns: number, size = writer.size): void {
  const doc = writer.doc;
  const pad = size * 0.4;
  const labelSize = size * 0.78;
  const cellW = writer.width / columns;
  const rows: Box[][] = [];
  let row: Box[] = [];
  for (const box of boxes) {
    if (box.span) {
      if (row.length) rows.push(row);
      rows.push([box]);
      row = [];
      continue;
    }
    row.push(box);
    if (row.length === columns) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push(row);
  for (const cells of rows) {
    const widthOf = (box: Box): number => (box.span ? writer.width : cellW);
    const height = Math.max(...cells.map((box) => {
      const w = widthOf(box) - 2 * pad;
      return doc.font('R').fontSize(labelSize).heightOfString(box.label, { width: w }) + doc.font('B').fontSize(size).heightOfString(box.value || ' ', { width: w });
    })) + 2.6 * pad;
    writer.ensure(height + 2);
    const y = doc.y;
    cells.forEach((box, i) => {
      const x = writer.left + i * cellW;
      const w = widthOf(box);
      doc.font('R').fontSize(labelSize).fillColor('#555555').text(box.label, x + pad, y + pad, { width: w - 2 * pad });
      doc.font('B').fontSize(size).fillColor('black').text(box.value, x + pad, doc.y + pad * 0.4, { width: w - 2 * pad });
      doc.save().lineWidth(0.6).strokeColor('#444444').rect(x, y, w, height).stroke().restore();
    });
    doc.font('R').fontSize(writer.size).fillColor('black');
    doc.y = y + height;
  }
  writer.gap(size * 0.6);
}

/** "label ........ value" in a column at `x`, the value flush right at `x + width`. */
export function leaderLine(writer: PdfWriter, x: number, width: number, y: number, label: string, value: string, bold = false, size = writer.size): void {
  const doc = writer.doc;
  doc.font(bold ? 'B' : 'R').fontSize(size).fillColor('black');
  const valueW = doc.widthOfString(value);
  const labelW = doc.widthOfString(`${label} `);
  const dotW = doc.widthOfString('.');
  const room = width - labelW - valueW - doc.widthOfString(' ');
  doc.text(`${label} ${'.'.repeat(Math.max(2, Math.floor(room / dotW)))}`, x, y, { lineBreak: false });
  doc.text(value, x + width - valueW, y, { lineBreak: false });
  doc.font('R').fontSize(writer.size);
}

/** Leader lines stacked in the right-hand part of the page, e.g. a statement's closing summary. */
export function leaderBlock(writer: PdfWriter, lines: Array<[string, string, boolean?]>, share = 0.55): void {
  const width = writer.width * share;
  const x = writer.left + writer.width - width;
  writer.ensure(lines.length * writer.size * 1.6 + writer.size);
  for (const [label, value, bold] of lines) {
    const y = writer.doc.y;
    leaderLine(writer, x, width, y, label, value, bold ?? false);
    writer.doc.y = y + writer.size * 1.55;
  }
  writer.gap(writer.size * 0.4);
}

/** Two columns of leader lines side by side, each under its own bold heading. */
export function leaderColumns(writer: PdfWriter, left: { title: string; lines: Array<[string, string, boolean?]> }, right: { title: string; lines: Array<[string, string, boolean?]> }): void {
  const doc = writer.doc;
  const gutter = writer.size * 2;
  const colW = (writer.width - gutter) / 2;
  const lineH = writer.size * 1.6;
  const n = Math.max(left.lines.length, right.lines.length);
  writer.ensure((n + 2) * lineH);
  const top = doc.y;
  const xs = [writer.left, writer.left + colW + gutter];
  [left, right].forEach((col, c) => {
    const x = xs[c] as number;
    doc.font('B').fontSize(writer.size).text(col.title, x, top, { width: colW, lineBreak: false });
    doc.save().lineWidth(0.8).moveTo(x, top + lineH * 0.95).lineTo(x + colW, top + lineH * 0.95).stroke().restore();
    // Totals sit on the last line of both columns, so they line up.
    col.lines.forEach(([label, value, bold], i) => {
      const row = bold && i === col.lines.length - 1 ? n - 1 : i;
      leaderLine(writer, x, colW, top + lineH * (1.3 + row), label, value, bold ?? false);
    });
  });
  doc.font('R');
  doc.y = top + lineH * (1.4 + n);
  writer.gap(writer.size * 0.4);
}

/** A horizontal payroll row: a band of group titles over item headers over one row of values. */
export function groupedWideTable(writer: PdfWriter, groups: Array<{ title: string; cells: string[][] }>, maxSize: number): void {
  const doc = writer.doc;
  const all = groups.flatMap((g) => g.cells);
  const colW = writer.width / all.length;
  // Type small enough that every value fits its cell on one line (a wrapped amount is no amount).
  let size = maxSize;
  const widest = (s: number): number => Math.max(...all.map(([, v]) => doc.font('R').fontSize(s).widthOfString(v as string)));
  while (size > 5.5 && widest(size) > colW - size * 0.7 - 1) size -= 0.25;
  const pad = size * 0.35;
  const heightOf = (texts: string[], bold: boolean): number => Math.max(...texts.map((t) => doc.font(bold ? 'B' : 'R').fontSize(size).heightOfString(t || ' ', { width: colW - 2 * pad }))) + 2 * pad;
  const bandH = Math.max(...groups.map((g) => doc.font('B').fontSize(size).heightOfString(g.title, { width: colW * g.cells.length - 2 * pad }))) + 2 * pad;
  const headH = heightOf(all.map(([l]) => l as string), true);
  const valueH = heightOf(all.map(([, v]) => v as string), false);
  writer.ensure(bandH + headH + valueH + 4);
  const y = doc.y;
  let x = writer.left;
  doc.save().lineWidth(0.6).strokeColor('#333333');
  for (const g of groups) {
    const w = colW * g.cells.length;
    doc.rect(x, y, w, bandH).fill('#e4e4e4');
    doc.fillColor('black').font('B').fontSize(size).text(g.title, x + pad, y + pad, { width: w - 2 * pad, align: 'center' });
    doc.rect(x, y, w, bandH).stroke();
    x += w;
  }
  all.forEach(([label, value], i) => {
    const cx = writer.left + i * colW;
    doc.font('B').fontSize(size).fillColor('black').text(label as string, cx + pad, y + bandH + pad, { width: colW - 2 * pad, align: 'center' });
    doc.font('R').fontSize(size).text(value as string, cx + pad, y + bandH + headH + pad, { width: colW - 2 * pad, align: 'right' });
    doc.rect(cx, y + bandH, colW, headH).stroke();
    doc.rect(cx, y + bandH + headH, colW, valueH).stroke();
  });
  doc.restore();
  doc.font('R').fontSize(writer.size);
  doc.y = y + bandH + headH + valueH;
  writer.gap(size);
}

/** The key terms of a contract as one numbered article written as running text (no table, no list). */
export function clauseParagraph(writer: PdfWriter, style: DocStyle, get: (key: TermKey) => { label: string; value: string }, dayFirstNote: boolean): void {
  const zh = style.lang === 'zh';
  const l = (key: TermKey): string => get(key).label;
  const v = (key: TermKey): string => get(key).value;
  if (zh) {
    writer.para('第一条　借款金额、期限、利率及还款', { bold: true, gap: style.size * 0.3 });
    writer.para(
      `1.1 ${l('principal')}为${v('principal')}（${l('principalWords')}：${v('principalWords')}），${l('currency')}为${v('currency')}。` +
      `1.2 ${l('term')}为${v('term')}，${l('period')}${v('period')}，实际放款日以借款借据记载为准。` +
      `1.3 本合同项下${l('rate').startsWith('借款') ? '' : '借款'}${l('rate')}为${v('rate')}，借款期限内不作调整。` +
      `1.4 ${l('repayment')}为${v('repayment')}。` +
      `1.5 乙方将借款发放至甲方指定账户，${l('account')}：${v('account')}。` +
      `1.6 甲方以其合法所有的房屋提供抵押担保，${l('collateral')}为${v('collateral')}。`,
      { indent: style.size * 2, align: 'justify' },
    );
  } else {
    writer.para('Article 1  The Loan', { bold: true, gap: style.size * 0.3 });
    writer.para(
      `1.1 The ${l('principal')} is ${v('principal')} (${l('principalWords')}: ${v('principalWords')}); ${l('currency')}: ${v('currency')}. ` +
      `1.2 ${l('term')}: ${v('term')}; ${l('period')}: ${v('period')}, subject to the actual drawdown date. ` +
      `1.3 ${l('rate')}: ${v('rate')}, fixed for the life of the Loan. ` +
      `1.4 ${l('repayment')}: ${v('repayment')}. ` +
      `1.5 The Lender shall pay the Loan into the ${l('account')} ${v('account')}. ` +
      `1.6 The Loan is secured by a first mortgage over the ${l('collateral')} at ${v('collateral')}.`,
      { align: 'justify' },
    );
    if (dayFirstNote) writer.para('All dates in this Agreement are written day/month/year (DD/MM/YYYY).', { size: style.size * 0.85 });
  }
  writer.gap(style.size * 0.5);
}

export type TermKey = 'principal' | 'principalWords' | 'currency' | 'rate' | 'term' | 'period' | 'repayment' | 'account' | 'collateral';
