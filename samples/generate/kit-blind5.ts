/**
 * Drawing kit of the blind5 set: body faces no earlier set used (regional CJK cuts, the Sharp cut of
 * Zen Hei, italic / oblique / extra-light Latin), an absolutely positioned pdfkit writer that can also
 * flow text in two columns, page sizes by name or in points (narrow phone-like pages), the set's own
 * date formats and page-number footers. Used by `contract-blind5.ts`, `payslip-blind5.ts`, `statement-blind5.ts`.
 */
import PDFDocument from 'pdfkit';
import type { CivilDate } from './calendar.js';
import type { ExpectedPage } from './expected.js';
import type { Rng } from './prng.js';
import type { Lang } from './variant-types.js';

export interface Face5 {
  id: string;
  regular: [path: string, postscript?: string];
  bold: [path: string, postscript?: string];
}

const NOTO = '/usr/share/fonts/opentype/noto';
const DJ = '/usr/share/fonts/truetype/dejavu';
const LIB = '/usr/share/fonts/truetype/liberation2';

export const FACES5: Record<Lang, readonly Face5[]> = {
  zh: [
    { id: 'noto-serif-cjk-tc', regular: [`${NOTO}/NotoSerifCJK-Regular.ttc`, 'NotoSerifCJKtc-Regular'], bold: ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'WenQuanYiZenHei'] },
    { id: 'noto-sans-cjk-hk', regular: [`${NOTO}/NotoSansCJK-Regular.ttc`, 'NotoSansCJKhk-Regular'], bold: [`${NOTO}/NotoSansCJK-Bold.ttc`, 'NotoSansCJKhk-Bold'] },
    { id: 'wqy-zenhei-sharp', regular: ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'WenQuanYiZenHeiSharp'], bold: [`${NOTO}/NotoSansCJK-Bold.ttc`, 'NotoSansCJKjp-Bold'] },
  ],
  en: [
    { id: 'liberation-serif-italic', regular: [`${LIB}/LiberationSerif-Italic.ttf`], bold: [`${LIB}/LiberationSerif-Bold.ttf`] },
    { id: 'dejavu-sans-extralight', regular: [`${DJ}/DejaVuSans-ExtraLight.ttf`], bold: [`${DJ}/DejaVuSans-Bold.ttf`] },
    { id: 'dejavu-sans-oblique', regular: [`${DJ}/DejaVuSans-Oblique.ttf`], bold: [`${DJ}/DejaVuSans-BoldOblique.ttf`] },
  ],
};

export type Align = 'left' | 'right' | 'center';
export type PageSize5 = 'A4' | 'A5' | 'LETTER' | 'B5' | 'LEGAL' | [number, number];

export class Sheet5 {
  readonly doc: PDFKit.PDFDocument;
  private chunks: Buffer[] = [];
  y: number;
  /** Two-column flow: which column `flow` writes into (0 or 1), and where columns start on this page. */
  col = 0;
  colTop: number;

  constructor(readonly face: Face5, readonly size: number, readonly margin: number, readonly pageSize: PageSize5, readonly landscape: boolean, title: string, producer: string) {
    this.doc = new PDFDocument({
      size: pageSize, layout: landscape ? 'landscape' : 'portrait', margin, bufferPages: true,
      info: { Title: title, Producer: producer, Creator: producer, CreationDate: new Date(Date.UTC(2025, 8, 3, 7, 12, 0)) },
    });
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.doc.registerFont('R', face.regular[0], face.regular[1] as string);
    this.doc.registerFont('B', face.bold[0], face.bold[1] as string);
    this.doc.font('R').fontSize(size);
    this.y = margin;
    this.colTop = margin;
  }

  get width(): number { return this.doc.page.width - 2 * this.margin; }
  get bottom(): number { return this.doc.page.height - this.margin - 18; }
  get left(): number { return this.margin; }

  newPage(): void {
    this.doc.addPage();
    this.y = this.margin;
    this.colTop = this.margin;
    this.col = 0;
  }

  put(text: string, x: number, y: number, width: number, o: { bold?: boolean; size?: number; align?: Align; color?: string } = {}): number {
    this.doc.font(o.bold ? 'B' : 'R').fontSize(o.size ?? this.size).fillColor(o.color ?? 'black');
    const opts = { width, align: o.align ?? 'left', lineGap: 2 } as const;
    const h = this.doc.heightOfString(text || ' ', opts);
    this.doc.text(text, x, y, opts);
    this.doc.fillColor('black');
    return h;
  }

  para(text: string, o: { bold?: boolean; size?: number; align?: Align | 'justify'; indent?: number; after?: number; firstIndent?: number; color?: string } = {}): void {
    this.doc.font(o.bold ? 'B' : 'R').fontSize(o.size ?? this.size).fillColor(o.color ?? 'black');
    const opts = { width: this.width - (o.indent ?? 0), align: o.align ?? 'left', lineGap: (o.size ?? this.size) * 0.45, indent: o.firstIndent ?? 0 } as const;
    const h = this.doc.heightOfString(text, opts);
    if (this.y + h > this.bottom) this.newPage();
    this.doc.text(text, this.left + (o.indent ?? 0), this.y, opts);
    this.doc.fillColor('black');
    this.y += h + (o.after ?? this.size * 0.5);
  }

  /** Starts two-column flow below the current y. */
  startColumns(): void { this.col = 0; this.colTop = this.y; }

  /** Writes a paragraph into the current column (gutter 34 pt); moves to the next column / page when full. Paragraphs are not split. */
  flow(text: string, o: { bold?: boolean; size?: number; after?: number; align?: Align | 'justify' } = {}): void {
    const gap = 34;
    const cw = (this.width - gap) / 2;
    this.doc.font(o.bold ? 'B' : 'R').fontSize(o.size ?? this.size);
    const opts = { width: cw, align: o.align ?? 'left', lineGap: 1 } as const;
    const h = this.doc.heightOfString(text, opts);
    if (this.y + h > this.bottom) {
      if (this.col === 0) { this.col = 1; this.y = this.colTop; } else { this.newPage(); }
    }
    this.doc.text(text, this.left + this.col * (cw + gap), this.y, opts);
    this.y += h + (o.after ?? this.size * 0.45);
  }

  /** Ends two-column flow: y below the taller column (the caller tracks the first column's end). */
  endColumns(firstColumnEnd: number): void {
    if (this.col === 1) this.y = Math.max(this.y, firstColumnEnd);
    this.col = 0;
  }

  line(x1: number, y1: number, x2: number, y2: number, w = 0.6, color = '#222222', dash?: number): void {
    this.doc.save().lineWidth(w).strokeColor(color);
    if (dash) this.doc.dash(dash, { space: dash });
    this.doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
    if (dash) this.doc.undash();
    this.doc.restore();
  }

  box(x: number, y: number, w: number, h: number, o: { stroke?: string; fill?: string; lw?: number; radius?: number } = {}): void {
    this.doc.save().lineWidth(o.lw ?? 0.6);
    const shape = (): void => { if (o.radius) this.doc.roundedRect(x, y, w, h, o.radius); else this.doc.rect(x, y, w, h); };
    if (o.fill) { shape(); this.doc.fill(o.fill); }
    if (o.stroke) { shape(); this.doc.stroke(o.stroke); }
    this.doc.restore();
  }

  row(cells: string[], widths: number[], o: { x?: number; bold?: boolean; size?: number; aligns?: Align[]; fill?: string; ruled?: 'box' | 'under' | 'none'; pad?: number; color?: string } = {}): number {
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
      this.doc.font(o.bold ? 'B' : 'R').fontSize(size).fillColor(o.color ?? 'black');
      this.doc.text(c, x + pad, this.y + pad, { width: w - 2 * pad, align: o.aligns?.[i] ?? 'left', lineGap: 1 });
      if (o.ruled === 'box') this.box(x, this.y, w, h, { stroke: '#555555' });
      x += w;
    });
    this.doc.fillColor('black');
    if (o.ruled === 'under') this.line(o.x ?? this.left, this.y + h, (o.x ?? this.left) + total, this.y + h, 0.4, '#999999');
    this.y += h;
    return h;
  }

  image(png: Buffer, x: number, y: number, width: number): void {
    this.doc.image(png, x, y, { width });
  }

  async finish(footer: Footer5): Promise<{ pdf: Buffer; pageCount: number; pages: ExpectedPage[] }> {
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
      this.doc.font('R').fontSize(Math.max(7, this.size - 1.5)).fillColor('#3a3a3a');
      const y = page.height - this.margin / 2 - 4;
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

export type Footer5 = (page: number, total: number) => { text: string | null; expected: ExpectedPage; align?: Align };

/** blind5's page-number styles (wordings no earlier set printed). */
export function pickFooter5(rng: Rng, lang: Lang, docLabel: string): { id: string; footer: Footer5 } {
  const zh: Array<{ id: string; footer: Footer5 }> = [
    { id: 'zh-ci-wei', footer: (p, t) => ({ text: `本${docLabel}共${t}页，此为第${p}页`, expected: { printedNumber: p, printedTotal: t }, align: 'center' }) },
    { id: 'zh-mid-dot', footer: (p) => ({ text: `· ${p} ·`, expected: { printedNumber: p }, align: 'center' }) },
    { id: 'zh-comma-gong', footer: (p, t) => ({ text: `第${p}页，共${t}页`, expected: { printedNumber: p, printedTotal: t }, align: 'right' }) },
  ];
  const en: Array<{ id: string; footer: Footer5 }> = [
    { id: 'en-page-colon', footer: (p, t) => ({ text: `${docLabel} — Page: ${p}/${t}`, expected: { printedNumber: p, printedTotal: t }, align: 'left' }) },
    { id: 'en-bullet', footer: (p) => ({ text: `• ${p} •`, expected: { printedNumber: p }, align: 'center' }) },
    { id: 'en-continued', footer: (p, t) => ({ text: p < t ? `${p} (continued overleaf)` : `${p} (end of document)`, expected: { printedNumber: p }, align: 'right' }) },
  ];
  return rng.pick(lang === 'zh' ? zh : en);
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const p2 = (n: number): string => String(n).padStart(2, '0');
const ord = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/**
 * zh: `slash-nopad` 2025/3/5, `dot-nopad` 2025.3.5, `zh-full` 2025年3月5日, `dash` 2025-03-05;
 * en: `mdy-ord` March 5th, 2025, `dmy-dot` 05.03.2025, `dmon` 5 Mar 2025, `mdy-slash` 03/05/2025, `dash`.
 */
export type DateFmt5 = 'slash-nopad' | 'dot-nopad' | 'zh-full' | 'dash' | 'mdy-ord' | 'dmy-dot' | 'dmon' | 'mdy-slash';
export const ALL_DATE_FMTS5: readonly DateFmt5[] = ['slash-nopad', 'dot-nopad', 'zh-full', 'dash', 'mdy-ord', 'dmy-dot', 'dmon', 'mdy-slash'];

export function fmtDate5(d: CivilDate, f: DateFmt5): string {
  switch (f) {
    case 'slash-nopad': return `${d.y}/${d.m}/${d.d}`;
    case 'dot-nopad': return `${d.y}.${d.m}.${d.d}`;
    case 'zh-full': return `${d.y}年${d.m}月${d.d}日`;
    case 'dash': return `${d.y}-${p2(d.m)}-${p2(d.d)}`;
    case 'mdy-ord': return `${MONTH[d.m - 1]} ${ord(d.d)}, ${d.y}`;
    case 'dmy-dot': return `${p2(d.d)}.${p2(d.m)}.${d.y}`;
    case 'dmon': return `${d.d} ${MON[d.m - 1]} ${d.y}`;
    case 'mdy-slash': return `${p2(d.m)}/${p2(d.d)}/${d.y}`;
  }
}

export function fmtMonth5(d: CivilDate, f: DateFmt5): string {
  switch (f) {
    case 'slash-nopad': return `${d.y}/${d.m}`;
    case 'dot-nopad': return `${d.y}.${d.m}`;
    case 'zh-full': return `${d.y}年${d.m}月`;
    case 'dash': return `${d.y}-${p2(d.m)}`;
    case 'mdy-ord': return `${MONTH[d.m - 1]} ${d.y}`;
    case 'dmy-dot': return `${p2(d.m)}.${d.y}`;
    case 'dmon': return `${MON[d.m - 1]} ${d.y}`;
    case 'mdy-slash': return `${p2(d.m)}/${d.y}`;
  }
}

/** 1234567 cents → "12,345.67" (or without separators). */
export function num5(cents: number, sep = true): string {
  const neg = cents < 0;
  const a = Math.abs(cents);
  const whole = String(Math.floor(a / 100));
  return `${neg ? '-' : ''}${sep ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${p2(a % 100)}`;
}

export function group5(digits: string, n: number, sep = ' '): string {
  return digits.replace(new RegExp(`(.{${n}})(?=.)`, 'g'), `$1${sep}`);
}
