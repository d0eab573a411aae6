/**
 * Small one-page pay slips and statement extracts (A5 landscape) drawn with pdfkit, remembering
 * where every value sits, with hooks to draw one value the way an editor would: retyped in
 * another font, one digit retyped, or covered by a white box with a new value on top.
 */
import PDFDocument from 'pdfkit';
import type { Rng } from '../prng.js';

export type Lang = 'zh' | 'en';
export type Kind = 'payslip' | 'statement';

export const PAGE_PT: [number, number] = [595.28, 419.53];

interface Face { path: string; postscript?: string }
export interface FontSet { id: string; regular: Face; bold: Face }

const NOTO_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const NOTO_SANS_BOLD = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
const NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const NOTO_SERIF_BOLD = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc';
const LIB = '/usr/share/fonts/truetype/liberation2';
const DEJAVU = '/usr/share/fonts/truetype/dejavu';

export const FONTS: Record<Lang, FontSet[]> = {
  zh: [
    { id: 'noto-sans-sc', regular: { path: NOTO_SANS, postscript: 'NotoSansCJKsc-Regular' }, bold: { path: NOTO_SANS_BOLD, postscript: 'NotoSansCJKsc-Bold' } },
    { id: 'noto-serif-sc', regular: { path: NOTO_SERIF, postscript: 'NotoSerifCJKsc-Regular' }, bold: { path: NOTO_SERIF_BOLD, postscript: 'NotoSerifCJKsc-Bold' } },
  ],
  en: [
    { id: 'liberation-sans', regular: { path: `${LIB}/LiberationSans-Regular.ttf` }, bold: { path: `${LIB}/LiberationSans-Bold.ttf` } },
    { id: 'liberation-serif', regular: { path: `${LIB}/LiberationSerif-Regular.ttf` }, bold: { path: `${LIB}/LiberationSerif-Bold.ttf` } },
    { id: 'dejavu-sans', regular: { path: `${DEJAVU}/DejaVuSans.ttf` }, bold: { path: `${DEJAVU}/DejaVuSans-Bold.ttf` } },
  ],
};

/** Fonts an editor substitutes when the embedded subset lacks the new glyphs. */
export const EDITOR_FONTS: Face[] = [
  { path: 'Helvetica' }, { path: 'Times-Roman' }, { path: `${DEJAVU}/DejaVuSans.ttf` }, { path: `${LIB}/LiberationMono-Regular.ttf` },
];

export interface ValueBox {
  name: string;
  text: string;
  /** [x, y, w, h] in PDF points from the top-left. */
  box: [number, number, number, number];
}

export interface SlipContent {
  kind: Kind;
  lang: Lang;
  title: string;
  header: [string, string][];
  /** label → amount text; `bold` rows are totals. */
  rows: { cells: string[]; valueName?: string; bold?: boolean }[];
  columns: { width: number; align: 'left' | 'right' }[];
}

export interface ValueEdit {
  /** Name of the value to change. */
  target: string;
  newText: string;
  /** `replace`: same font, new text (a clean re-render, for raster patches). */
  mode: 'replace' | 'retype' | 'retype-digit' | 'overlay';
  font?: Face;
}

export interface RenderOptions {
  font: FontSet;
  size: number;
  info: Record<string, string | Date>;
  edit?: ValueEdit;
  /** No compression, so later byte edits (render modes) stay simple. */
  compress?: boolean;
  /** A page image (scan JPEG) drawn under the text: a "searchable scan". */
  background?: Buffer;
  /** Draw text stroked-only (the caller turns render mode 1 into 3, invisible) and no rules. */
  invisible?: boolean;
}

const money = (n: number): string => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const ZH_NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄勇'];
const EN_NAMES = ['John Smith', 'Mary Chen', 'David Lee', 'Sarah Wong', 'Peter Brown', 'Linda Zhao'];
const ZH_EMPLOYERS = ['杭州云帆科技有限公司', '上海明远贸易有限公司', '深圳鼎新电子有限公司', '北京华信咨询有限公司'];
const EN_EMPLOYERS = ['Acme Trading Ltd', 'Harbour Logistics Co.', 'Bright Future Tech Inc.', 'Pacific Foods Ltd'];

/** Content of a pay slip or statement extract, values chosen from `rng`. */
export function makeContent(kind: Kind, lang: Lang, rng: Rng): SlipContent {
  return kind === 'payslip' ? payslip(lang, rng) : statement(lang, rng);
}

function payslip(lang: Lang, rng: Rng): SlipContent {
  const basic = rng.int(60, 300) * 100;
  const allowance = rng.int(5, 40) * 100;
  const bonus = rng.int(0, 80) * 50;
  const gross = basic + allowance + bonus;
  const pension = Math.round(gross * 0.08 * 100) / 100;
  const medical = Math.round(gross * 0.02 * 100) / 100;
  const fund = Math.round(gross * 0.07 * 100) / 100;
  const tax = Math.round(Math.max(0, gross - pension - medical - fund - 5000) * 0.1 * 100) / 100;
  const deductions = pension + medical + fund + tax;
  const net = gross - deductions;
  const zh = lang === 'zh';
  const items: [string, string, number, boolean?][] = zh
    ? [['基本工资', 'basicPay', basic], ['岗位津贴', 'allowance', allowance], ['绩效奖金', 'bonus', bonus], ['应发合计', 'grossPay', gross, true],
      ['养老保险', 'pension', pension], ['医疗保险', 'medical', medical], ['住房公积金', 'housingFund', fund], ['个人所得税', 'incomeTax', tax],
      ['扣款合计', 'totalDeductions', deductions, true], ['实发工资', 'netPay', net, true]]
    : [['Basic salary', 'basicPay', basic], ['Allowance', 'allowance', allowance], ['Performance bonus', 'bonus', bonus], ['Gross pay', 'grossPay', gross, true],
      ['Pension', 'pension', pension], ['Medical insurance', 'medical', medical], ['Housing fund', 'housingFund', fund], ['Income tax', 'incomeTax', tax],
      ['Total deductions', 'totalDeductions', deductions, true], ['Net pay', 'netPay', net, true]];
  const month = rng.int(1, 12);
  return {
    kind: 'payslip', lang,
    title: zh ? `${rng.pick(ZH_EMPLOYERS)} 工资条` : `${rng.pick(EN_EMPLOYERS)} — Payslip`,
    header: zh
      ? [['员工姓名', rng.pick(ZH_NAMES)], ['工号', `E${rng.int(1000, 9999)}`], ['工资月份', `2025年${String(month).padStart(2, '0')}月`]]
      : [['Employee', rng.pick(EN_NAMES)], ['Staff no.', `E${rng.int(1000, 9999)}`], ['Pay period', `2025-${String(month).padStart(2, '0')}`]],
    columns: [{ width: 0.55, align: 'left' }, { width: 0.45, align: 'right' }],
    rows: items.map(([label, name, value, bold]) => ({ cells: [label, money(value)], valueName: name, bold })),
  };
}

function statement(lang: Lang, rng: Rng): SlipContent {
  const zh = lang === 'zh';
  let balance = rng.int(5000, 90000) + rng.int(0, 99) / 100;
  const opening = balance;
  const rows: SlipContent['rows'] = [];
  const descs = zh ? ['代发工资', '消费', '转账', '取现', '利息', '还款'] : ['SALARY', 'POS PURCHASE', 'TRANSFER', 'ATM WITHDRAWAL', 'INTEREST', 'LOAN REPAYMENT'];
  let day = rng.int(1, 3);
  for (let i = 0; i < 10; i++) {
    const credit = rng.chance(0.35);
    const amount = credit ? rng.int(100, 20000) + rng.int(0, 99) / 100 : -(rng.int(10, 3000) + rng.int(0, 99) / 100);
    balance += amount;
    day += rng.int(0, 3);
    rows.push({
      cells: [`2025-03-${String(Math.min(day, 31)).padStart(2, '0')}`, rng.pick(descs), (amount > 0 ? '+' : '') + money(amount), money(balance)],
      valueName: `amount${i + 1}`,
    });
  }
  return {
    kind: 'statement', lang,
    title: zh ? '中国建设银行 个人账户交易明细' : 'Bank of Harbour — Account Statement',
    header: zh
      ? [['户名', rng.pick(ZH_NAMES)], ['账号', `6217 0012 ${rng.int(1000, 9999)} ${rng.int(1000, 9999)} 123`], ['期初余额', money(opening)]]
      : [['Account holder', rng.pick(EN_NAMES)], ['Account no.', `6217 0012 ${rng.int(1000, 9999)} ${rng.int(1000, 9999)} 123`], ['Opening balance', money(opening)]],
    columns: [{ width: 0.2, align: 'left' }, { width: 0.3, align: 'left' }, { width: 0.25, align: 'right' }, { width: 0.25, align: 'right' }],
    rows: [{ cells: zh ? ['交易日期', '摘要', '金额', '余额'] : ['Date', 'Description', 'Amount', 'Balance'], bold: true }, ...rows],
  };
}

/** Change one digit of a money string (never the leading one to zero). */
export function alterAmount(text: string, rng: Rng): string {
  const digits = [...text].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const pos = digits[rng.int(0, Math.max(0, digits.length - 4))] as number;
  const chars = [...text];
  const old = Number(chars[pos]);
  chars[pos] = String(((old + rng.int(1, 8)) % 9) + 1);
  return chars.join('');
}

/** Draw the document; returns the PDF and every value's box. */
export async function renderSlip(content: SlipContent, options: RenderOptions): Promise<{ pdf: Buffer; values: ValueBox[] }> {
  const doc = new PDFDocument({ size: PAGE_PT, margin: 36, compress: options.compress ?? true, info: options.info as PDFKit.DocumentInfo });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('R', options.font.regular.path, options.font.regular.postscript as string);
  doc.registerFont('B', options.font.bold.path, options.font.bold.postscript as string);
  const { size } = options;
  const left = 40;
  const width = PAGE_PT[0] - 80;
  const values: ValueBox[] = [];
  if (options.background) doc.image(options.background, 0, 0, { width: PAGE_PT[0], height: PAGE_PT[1] });
  const base = { lineBreak: false, ...(options.invisible ? { stroke: true, fill: false } : {}) };
  const rule = (x0: number, y0: number, x1: number, w: number, colour: string): void => {
    if (!options.invisible) doc.moveTo(x0, y0).lineTo(x1, y0).lineWidth(w).stroke(colour);
  };
  let y = 30;
  doc.font('B').fontSize(size + 4).text(content.title, left, y, { ...base, width, align: 'center' });
  y += size + 16;
  const colW = width / content.header.length;
  content.header.forEach(([label, value], i) => {
    doc.font('R').fontSize(size).text(`${label}${content.lang === 'zh' ? '：' : ': '}${value}`, left + i * colW, y, base);
  });
  y += size + 12;
  rule(left, y - 4, left + width, 0.6, '#444444');
  const rowH = size + (content.kind === 'payslip' ? 9 : 7);
  for (const row of content.rows) {
    let x = left;
    row.cells.forEach((cell, c) => {
      const col = content.columns[c] as SlipContent['columns'][number];
      const w = col.width * width;
      const isValue = row.valueName !== undefined && c === row.cells.length - (content.kind === 'statement' ? 2 : 1);
      doc.font(row.bold ? 'B' : 'R').fontSize(size);
      const textW = doc.widthOfString(cell);
      const tx = col.align === 'right' ? x + w - 6 - textW : x + 6;
      const edit = options.edit;
      if (isValue && edit && edit.target === row.valueName) {
        drawEdited(doc, cell, tx, y, edit, row.bold ? 'B' : 'R', size);
        doc.font(row.bold ? 'B' : 'R').fontSize(size);
        values.push({ name: row.valueName as string, text: edit.newText, box: [tx, y, textW, size * 1.15] });
      } else {
        doc.text(cell, tx, y, base);
        if (isValue) values.push({ name: row.valueName as string, text: cell, box: [tx, y, textW, size * 1.15] });
      }
      x += w;
    });
    y += rowH;
    if (content.kind === 'statement') rule(left, y - 3, left + width, 0.3, '#999999');
  }
  doc.end();
  await done;
  return { pdf: Buffer.concat(chunks), values };
}

function drawEdited(doc: PDFKit.PDFDocument, original: string, x: number, y: number, edit: ValueEdit, face: 'R' | 'B', size: number): void {
  const editorFont = (): void => {
    const f = edit.font ?? { path: 'Helvetica' };
    if (f.path.startsWith('/')) doc.font(f.path, f.postscript as string); else doc.font(f.path);
    doc.fontSize(size);
  };
  if (edit.mode === 'replace') {
    doc.font(face).fontSize(size).text(edit.newText, x, y, { lineBreak: false });
  } else if (edit.mode === 'retype') {
    editorFont();
    doc.text(edit.newText, x, y, { lineBreak: false });
  } else if (edit.mode === 'overlay') {
    doc.font(face).fontSize(size).text(original, x, y, { lineBreak: false });
    const w = doc.widthOfString(original);
    doc.rect(x - 2, y - 1, w + 4, size * 1.25).fill('#ffffff');
    editorFont();
    doc.fillColor('#000000').text(edit.newText, x, y, { lineBreak: false });
  } else {
    // One digit retyped in the editor's font, its neighbours left in the document's font.
    const chars = [...edit.newText];
    const at = chars.findIndex((c, i) => c !== [...original][i]);
    const head = chars.slice(0, at).join('');
    const mid = chars[at] ?? '';
    const tail = chars.slice(at + 1).join('');
    doc.font(face).fontSize(size);
    const headW = doc.widthOfString(head);
    const midW = doc.widthOfString(mid);
    if (head) doc.text(head, x, y, { lineBreak: false });
    editorFont();
    doc.text(mid, x + headW, y, { lineBreak: false });
    doc.font(face).fontSize(size);
    if (tail) doc.text(tail, x + headW + midW, y, { lineBreak: false });
  }
  doc.fillColor('#000000');
}
