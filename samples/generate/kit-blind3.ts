/**
 * Drawing kit of the blind3 set: fonts, an absolutely positioned pdfkit page writer, the set's own
 * money and date formats and footers. Used by `contract-blind3.ts`, `payslip-blind3.ts`, `statement-blind3.ts`.
 */
import PDFDocument from 'pdfkit';
import type { CivilDate } from './calendar.js';
import type { ExpectedPage } from './expected.js';
import type { Rng } from './prng.js';
import type { Currency, Lang } from './variant-types.js';

export interface Face {
  id: string;
  regular: [path: string, postscript?: string];
  bold: [path: string, postscript?: string];
}

const NOTO = '/usr/share/fonts/opentype/noto';
const DJ = '/usr/share/fonts/truetype/dejavu';
const LIB = '/usr/share/fonts/truetype/liberation2';

export const FACES: Record<Lang, readonly Face[]> = {
  zh: [
    { id: 'wqy-zenhei', regular: ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'WenQuanYiZenHei'], bold: ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'WenQuanYiZenHei'] },
    { id: 'noto-serif-sc', regular: [`${NOTO}/NotoSerifCJK-Regular.ttc`, 'NotoSerifCJKsc-Regular'], bold: [`${NOTO}/NotoSerifCJK-Regular.ttc`, 'NotoSerifCJKsc-Regular'] },
    { id: 'ar-pl-ukai', regular: ['/usr/share/fonts/truetype/arphic/ukai.ttc', 'UKaiCN'], bold: [`${NOTO}/NotoSansCJK-Bold.ttc`, 'NotoSansCJKsc-Bold'] },
    { id: 'wqy-microhei', regular: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYiMicroHei'], bold: [`${NOTO}/NotoSansCJK-Bold.ttc`, 'NotoSansCJKsc-Bold'] },
  ],
  en: [
    { id: 'dejavu-serif', regular: [`${DJ}/DejaVuSerif.ttf`], bold: [`${DJ}/DejaVuSerif-Bold.ttf`] },
    { id: 'dejavu-sans-condensed', regular: [`${DJ}/DejaVuSansCondensed.ttf`], bold: [`${DJ}/DejaVuSansCondensed-Bold.ttf`] },
    { id: 'liberation-mono', regular: [`${LIB}/LiberationMono-Regular.ttf`], bold: [`${LIB}/LiberationMono-Bold.ttf`] },
    { id: 'liberation-sans-italic-mix', regular: [`${LIB}/LiberationSans-Regular.ttf`], bold: [`${LIB}/LiberationSans-BoldItalic.ttf`] },
  ],
};

export type Align = 'left' | 'right' | 'center';

/** A page writer with absolute coordinates; every document of this set places its text itself. */
export class Sheet {
  readonly doc: PDFKit.PDFDocument;
  private chunks: Buffer[] = [];
  y: number;

  constructor(readonly face: Face, readonly size: number, readonly margin: number, readonly landscape: boolean, title: string, producer: string) {
    this.doc = new PDFDocument({
      size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin, bufferPages: true,
      info: { Title: title, Producer: producer, Creator: producer, CreationDate: new Date(Date.UTC(2025, 4, 20, 8, 0, 0)) },
    });
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.doc.registerFont('R', face.regular[0], face.regular[1] as string);
    this.doc.registerFont('B', face.bold[0], face.bold[1] as string);
    this.doc.font('R').fontSize(size);
    this.y = margin;
  }

  get width(): number { return this.doc.page.width - 2 * this.margin; }
  get pageHeight(): number { return this.doc.page.height; }
  get bottom(): number { return this.doc.page.height - this.margin - 20; }
  get left(): number { return this.margin; }

  newPage(): void {
    this.doc.addPage();
    this.y = this.margin;
  }

  /** Text at (x, y) within width; returns its height. Does not move `y`. */
  put(text: string, x: number, y: number, width: number, o: { bold?: boolean; size?: number; align?: Align; color?: string; lineGap?: number } = {}): number {
    this.doc.font(o.bold ? 'B' : 'R').fontSize(o.size ?? this.size).fillColor(o.color ?? 'black');
    const opts = { width, align: o.align ?? 'left', lineGap: o.lineGap ?? 2 } as const;
    const h = this.doc.heightOfString(text || ' ', opts);
    this.doc.text(text, x, y, opts);
    this.doc.fillColor('black');
    return h;
  }

  /** A paragraph across the text width at `y`, advancing `y`; breaks the page first when it would not fit. */
  para(text: string, o: { bold?: boolean; size?: number; align?: Align | 'justify'; indent?: number; after?: number } = {}): void {
    this.doc.font(o.bold ? 'B' : 'R').fontSize(o.size ?? this.size);
    const opts = { width: this.width - (o.indent ?? 0), align: o.align ?? 'left', lineGap: (o.size ?? this.size) * 0.45 } as const;
    const h = this.doc.heightOfString(text, opts);
    if (this.y + h > this.bottom) this.newPage();
    this.doc.text(text, this.left + (o.indent ?? 0), this.y, opts);
    this.y += h + (o.after ?? this.size * 0.5);
  }

  line(x1: number, y1: number, x2: number, y2: number, w = 0.6, color = '#222222'): void {
    this.doc.save().lineWidth(w).strokeColor(color).moveTo(x1, y1).lineTo(x2, y2).stroke().restore();
  }

  box(x: number, y: number, w: number, h: number, o: { stroke?: string; fill?: string; lw?: number } = {}): void {
    this.doc.save().lineWidth(o.lw ?? 0.6);
    if (o.fill) this.doc.rect(x, y, w, h).fill(o.fill);
    if (o.stroke) this.doc.rect(x, y, w, h).stroke(o.stroke);
    this.doc.restore();
  }

  /**
   * A ruled grid row: cells of the given widths (points), each with its own alignment. Returns the row height.
   */
  row(cells: string[], widths: number[], o: { x?: number; bold?: boolean; size?: number; aligns?: Align[]; fill?: string; ruled?: 'box' | 'under' | 'none'; pad?: number } = {}): number {
    const size = o.size ?? this.size;
    const pad = o.pad ?? size * 0.4;
    this.doc.font(o.bold ? 'B' : 'R').fontSize(size);
    const heights = cells.map((c, i) => this.doc.heightOfString(c || ' ', { width: (widths[i] as number) - 2 * pad, lineGap: 1 }));
    const h = Math.max(...heights) + 2 * pad;
    let x = o.x ?? this.left;
    const total = widths.reduce((a, b) => a + b, 0);
    if (o.fill) this.box(x, this.y, total, h, { fill: o.fill });
    cells.forEach((c, i) => {
      const w = widths[i] as number;
      this.doc.font(o.bold ? 'B' : 'R').fontSize(size).fillColor('black');
      this.doc.text(c, x + pad, this.y + pad, { width: w - 2 * pad, align: o.aligns?.[i] ?? 'left', lineGap: 1 });
      if (o.ruled === 'box') this.box(x, this.y, w, h, { stroke: '#333333' });
      x += w;
    });
    if (o.ruled === 'under') this.line(o.x ?? this.left, this.y + h, (o.x ?? this.left) + total, this.y + h, 0.4, '#777777');
    this.y += h;
    return h;
  }

  image(png: Buffer, x: number, y: number, width: number): void {
    this.doc.image(png, x, y, { width });
  }

  async finish(footer: Footer): Promise<{ pdf: Buffer; pageCount: number; pages: ExpectedPage[] }> {
    const range = this.doc.bufferedPageRange();
    const total = range.count;
    const pages: ExpectedPage[] = [];
    for (let i = 0; i < total; i++) {
      this.doc.switchToPage(range.start + i);
      const f = footer(i + 1, total);
      pages.push(f.expected);
      if (f.text === null) continue;
      const page = this.doc.page;
      const saved = page.margins.bottom;
      page.margins.bottom = 0;
      this.doc.font('R').fontSize(Math.max(7.5, this.size - 1.5)).fillColor('#333333');
      const y = f.top ? this.margin / 2 - 4 : page.height - this.margin / 2 - 6;
      this.doc.text(f.text, this.margin, y, { width: page.width - 2 * this.margin, align: f.align ?? 'center', lineBreak: false });
      this.doc.fillColor('black');
      page.margins.bottom = saved;
    }
    const done = new Promise<void>((resolve) => this.doc.on('end', () => resolve()));
    this.doc.end();
    await done;
    return { pdf: Buffer.concat(this.chunks), pageCount: total, pages };
  }
}

export type Footer = (page: number, total: number) => { text: string | null; expected: ExpectedPage; align?: Align; top?: boolean };

/** The set's page-number styles (none of them "第 X 页 共 Y 页" or "Page X of Y" verbatim). */
export function pickFooter(rng: Rng, lang: Lang, docLabel: string): { id: string; footer: Footer } {
  const zh: Array<{ id: string; footer: Footer }> = [
    { id: 'zh-slash-ye', footer: (p, t) => ({ text: `${docLabel}　　第${p}/${t}页`, expected: { printedNumber: p, printedTotal: t }, align: 'right' }) },
    { id: 'zh-gong-first', footer: (p, t) => ({ text: `共${t}页　第${p}页`, expected: { printedNumber: p, printedTotal: t } }) },
    { id: 'zh-dash-only', footer: (p) => ({ text: `— ${p} —`, expected: { printedNumber: p } }) },
    { id: 'zh-top-right', footer: (p, t) => ({ text: `页码：${p} / ${t}`, expected: { printedNumber: p, printedTotal: t }, align: 'right', top: true }) },
  ];
  const en: Array<{ id: string; footer: Footer }> = [
    { id: 'en-pg-of', footer: (p, t) => ({ text: `${docLabel} | pg. ${p} of ${t}`, expected: { printedNumber: p, printedTotal: t }, align: 'left' }) },
    { id: 'en-sheet', footer: (p, t) => ({ text: `Sheet ${p}/${t}`, expected: { printedNumber: p, printedTotal: t }, align: 'right' }) },
    { id: 'en-bracket', footer: (p) => ({ text: `[ ${p} ]`, expected: { printedNumber: p } }) },
    { id: 'en-none', footer: () => ({ text: null, expected: {} }) },
  ];
  return rng.pick(lang === 'zh' ? zh : en);
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const p2 = (n: number): string => String(n).padStart(2, '0');

export type DateFmt = 'zh-full' | 'zh-pad' | 'dot' | 'slash' | 'dash' | 'en-long' | 'en-dmon' | 'en-monday' | 'dmy' | 'upper';

export function fmtDate(d: CivilDate, f: DateFmt): string {
  switch (f) {
    case 'zh-full': return `${d.y}年${d.m}月${d.d}日`;
    case 'zh-pad': return `${d.y}年${p2(d.m)}月${p2(d.d)}日`;
    case 'dot': return `${d.y}.${p2(d.m)}.${p2(d.d)}`;
    case 'slash': return `${d.y}/${p2(d.m)}/${p2(d.d)}`;
    case 'dash': return `${d.y}-${p2(d.m)}-${p2(d.d)}`;
    case 'en-long': return `${d.d} ${MONTH[d.m - 1]} ${d.y}`;
    case 'en-dmon': return `${p2(d.d)} ${MON[d.m - 1]} ${d.y}`;
    case 'en-monday': return `${MONTH[d.m - 1]} ${d.d}, ${d.y}`;
    case 'dmy': return `${p2(d.d)}/${p2(d.m)}/${d.y}`;
    case 'upper': return `${p2(d.d)}${MON[d.m - 1]?.toUpperCase()}${d.y}`;
  }
}

export function fmtMonth(d: CivilDate, f: DateFmt): string {
  switch (f) {
    case 'zh-full': return `${d.y}年${d.m}月`;
    case 'zh-pad': return `${d.y}年${p2(d.m)}月`;
    case 'dot': return `${d.y}.${p2(d.m)}`;
    case 'slash': return `${d.y}/${p2(d.m)}`;
    case 'dash': return `${d.y}-${p2(d.m)}`;
    case 'en-long': case 'en-monday': return `${MONTH[d.m - 1]} ${d.y}`;
    case 'en-dmon': case 'upper': return `${MON[d.m - 1]}-${d.y}`;
    case 'dmy': return `${p2(d.m)}/${d.y}`;
  }
}

/** 1234567 cents → "12,345.67" (or without separators). */
export function num(cents: number, sep = true): string {
  const neg = cents < 0;
  const a = Math.abs(cents);
  const whole = String(Math.floor(a / 100));
  return `${neg ? '-' : ''}${sep ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${p2(a % 100)}`;
}

export type MoneyStyle = 'yuan-suffix' | 'yen-prefix' | 'code-prefix' | 'code-suffix' | 'bare';

export function money(cents: number, style: MoneyStyle, currency: Currency, sep = true): string {
  const n = num(cents, sep);
  const sym = currency === 'USD' ? 'US$' : currency === 'HKD' ? 'HK$' : '¥';
  switch (style) {
    case 'yuan-suffix': return `${n}元`;
    case 'yen-prefix': return `${sym}${n}`;
    case 'code-prefix': return `${currency} ${n}`;
    case 'code-suffix': return `${n} ${currency}`;
    case 'bare': return n;
  }
}

export const CURRENCY_NAME: Record<Lang, Record<Currency, string>> = {
  zh: { CNY: '人民币', USD: '美元', HKD: '港币' },
  en: { CNY: 'Chinese Yuan (CNY)', USD: 'United States Dollars (USD)', HKD: 'Hong Kong Dollars (HKD)' },
};

/** "6222 0212 3456 7890 123" with groups of `n`. */
export function group(digits: string, n = 4, sep = ' '): string {
  return digits.replace(new RegExp(`(.{${n}})(?=.)`, 'g'), `$1${sep}`);
}
