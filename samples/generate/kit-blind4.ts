/**
 * Drawing kit of the blind4 set: fonts (combinations no earlier set used), an absolutely positioned
 * pdfkit page writer with a choice of page size (A4, Letter, A5 landscape), the set's own date formats
 * and page-number footers. Used by `contract-blind4.ts`, `payslip-blind4.ts`, `statement-blind4.ts`.
 */
import PDFDocument from 'pdfkit';
import type { CivilDate } from './calendar.js';
import type { ExpectedPage } from './expected.js';
import type { Rng } from './prng.js';
import type { Lang } from './variant-types.js';

export interface Face4 {
  id: string;
  regular: [path: string, postscript?: string];
  bold: [path: string, postscript?: string];
}

const NOTO = '/usr/share/fonts/opentype/noto';
const DJ = '/usr/share/fonts/truetype/dejavu';
const LIB = '/usr/share/fonts/truetype/liberation2';

export const FACES4: Record<Lang, readonly Face4[]> = {
  zh: [
    { id: 'noto-sans-mono-sc', regular: [`${NOTO}/NotoSansCJK-Regular.ttc`, 'NotoSansMonoCJKsc-Regular'], bold: [`${NOTO}/NotoSansCJK-Bold.ttc`, 'NotoSansMonoCJKsc-Bold'] },
    { id: 'ar-pl-uming+serif-bold', regular: ['/usr/share/fonts/truetype/arphic/uming.ttc', 'UMingCN'], bold: [`${NOTO}/NotoSerifCJK-Bold.ttc`, 'NotoSerifCJKsc-Bold'] },
    { id: 'wqy-microhei-mono', regular: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYiMicroHeiMono'], bold: [`${NOTO}/NotoSerifCJK-Bold.ttc`, 'NotoSerifCJKsc-Bold'] },
  ],
  en: [
    { id: 'dejavu-serif-condensed', regular: [`${DJ}/DejaVuSerifCondensed.ttf`], bold: [`${DJ}/DejaVuSerifCondensed-Bold.ttf`] },
    { id: 'dejavu-sans-mono', regular: [`${DJ}/DejaVuSansMono.ttf`], bold: [`${DJ}/DejaVuSansMono-Bold.ttf`] },
    { id: 'liberation-serif+bold-italic', regular: [`${LIB}/LiberationSerif-Regular.ttf`], bold: [`${LIB}/LiberationSerif-BoldItalic.ttf`] },
  ],
};

export type Align = 'left' | 'right' | 'center';
export type PageSize = 'A4' | 'LETTER' | 'A5';

export class Sheet4 {
  readonly doc: PDFKit.PDFDocument;
  private chunks: Buffer[] = [];
  y: number;

  constructor(readonly face: Face4, readonly size: number, readonly margin: number, readonly pageSize: PageSize, readonly landscape: boolean, title: string, producer: string) {
    this.doc = new PDFDocument({
      size: pageSize, layout: landscape ? 'landscape' : 'portrait', margin, bufferPages: true,
      info: { Title: title, Producer: producer, Creator: producer, CreationDate: new Date(Date.UTC(2025, 7, 11, 2, 30, 0)) },
    });
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.doc.registerFont('R', face.regular[0], face.regular[1] as string);
    this.doc.registerFont('B', face.bold[0], face.bold[1] as string);
    this.doc.font('R').fontSize(size);
    this.y = margin;
  }

  get width(): number { return this.doc.page.width - 2 * this.margin; }
  get bottom(): number { return this.doc.page.height - this.margin - 18; }
  get left(): number { return this.margin; }

  newPage(): void {
    this.doc.addPage();
    this.y = this.margin;
  }

  heightOf(text: string, width: number, o: { bold?: boolean; size?: number } = {}): number {
    this.doc.font(o.bold ? 'B' : 'R').fontSize(o.size ?? this.size);
    return this.doc.heightOfString(text || ' ', { width, lineGap: 2 });
  }

  put(text: string, x: number, y: number, width: number, o: { bold?: boolean; size?: number; align?: Align; color?: string } = {}): number {
    this.doc.font(o.bold ? 'B' : 'R').fontSize(o.size ?? this.size).fillColor(o.color ?? 'black');
    const opts = { width, align: o.align ?? 'left', lineGap: 2 } as const;
    const h = this.doc.heightOfString(text || ' ', opts);
    this.doc.text(text, x, y, opts);
    this.doc.fillColor('black');
    return h;
  }

  para(text: string, o: { bold?: boolean; size?: number; align?: Align | 'justify'; indent?: number; after?: number; firstIndent?: number } = {}): void {
    this.doc.font(o.bold ? 'B' : 'R').fontSize(o.size ?? this.size);
    const opts = { width: this.width - (o.indent ?? 0), align: o.align ?? 'left', lineGap: (o.size ?? this.size) * 0.5, indent: o.firstIndent ?? 0 } as const;
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
      if (o.ruled === 'box') this.box(x, this.y, w, h, { stroke: '#444444' });
      x += w;
    });
    if (o.ruled === 'under') this.line(o.x ?? this.left, this.y + h, (o.x ?? this.left) + total, this.y + h, 0.4, '#888888');
    this.y += h;
    return h;
  }

  image(png: Buffer, x: number, y: number, width: number): void {
    this.doc.image(png, x, y, { width });
  }

  async finish(footer: Footer4): Promise<{ pdf: Buffer; pageCount: number; pages: ExpectedPage[] }> {
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
      this.doc.font('R').fontSize(Math.max(7, this.size - 2)).fillColor('#444444');
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

export type Footer4 = (page: number, total: number) => { text: string | null; expected: ExpectedPage; align?: Align };

/** blind4's page-number styles; none of them is used by an earlier set. */
export function pickFooter4(rng: Rng, lang: Lang, docLabel: string): { id: string; footer: Footer4 } {
  const zh: Array<{ id: string; footer: Footer4 }> = [
    { id: 'zh-zhang', footer: (p, t) => ({ text: `第${p}张／共${t}张`, expected: { printedNumber: p, printedTotal: t }, align: 'right' }) },
    { id: 'zh-bare-frac', footer: (p, t) => ({ text: `${docLabel}　${p}/${t}`, expected: { printedNumber: p, printedTotal: t }, align: 'left' }) },
    { id: 'zh-ye-ci', footer: (p) => ({ text: `（第${p}页）`, expected: { printedNumber: p } }) },
  ];
  const en: Array<{ id: string; footer: Footer4 }> = [
    { id: 'en-dash-of', footer: (p, t) => ({ text: `– ${p} of ${t} –`, expected: { printedNumber: p, printedTotal: t } }) },
    { id: 'en-p-slash', footer: (p, t) => ({ text: `${docLabel}    p. ${p}/${t}`, expected: { printedNumber: p, printedTotal: t }, align: 'right' }) },
    { id: 'en-folio', footer: (p) => ({ text: `Folio ${p}`, expected: { printedNumber: p }, align: 'left' }) },
  ];
  return rng.pick(lang === 'zh' ? zh : en);
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const p2 = (n: number): string => String(n).padStart(2, '0');
const ord = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

export type DateFmt4 = 'zh-full' | 'zh-pad' | 'zh-spaced' | 'dot' | 'dash' | 'compact' | 'en-ord' | 'us' | 'iso' | 'en-mdy-short' | 'en-dmon-dash';
export const ALL_DATE_FMTS4: readonly DateFmt4[] = ['zh-full', 'zh-pad', 'zh-spaced', 'dot', 'dash', 'compact', 'en-ord', 'us', 'iso', 'en-mdy-short', 'en-dmon-dash'];

export function fmtDate4(d: CivilDate, f: DateFmt4): string {
  switch (f) {
    case 'zh-full': return `${d.y}年${d.m}月${d.d}日`;
    case 'zh-pad': return `${d.y}年${p2(d.m)}月${p2(d.d)}日`;
    case 'zh-spaced': return `${d.y} 年 ${d.m} 月 ${d.d} 日`;
    case 'dot': return `${d.y}.${p2(d.m)}.${p2(d.d)}`;
    case 'dash': case 'iso': return `${d.y}-${p2(d.m)}-${p2(d.d)}`;
    case 'compact': return `${d.y}${p2(d.m)}${p2(d.d)}`;
    case 'en-ord': return `${ord(d.d)} ${MONTH[d.m - 1]} ${d.y}`;
    case 'us': return `${p2(d.m)}/${p2(d.d)}/${d.y}`;
    case 'en-mdy-short': return `${MON[d.m - 1]} ${d.d}, ${d.y}`;
    case 'en-dmon-dash': return `${p2(d.d)}-${MON[d.m - 1]}-${d.y}`;
  }
}

export function fmtMonth4(d: CivilDate, f: DateFmt4): string {
  switch (f) {
    case 'zh-full': case 'zh-pad': return `${d.y}年${f === 'zh-pad' ? p2(d.m) : d.m}月`;
    case 'zh-spaced': return `${d.y} 年 ${d.m} 月`;
    case 'dot': return `${d.y}.${p2(d.m)}`;
    case 'dash': case 'iso': return `${d.y}-${p2(d.m)}`;
    case 'compact': return `${d.y}${p2(d.m)}`;
    case 'en-ord': return `${MONTH[d.m - 1]} ${d.y}`;
    case 'us': return `${p2(d.m)}/${d.y}`;
    case 'en-mdy-short': return `${MON[d.m - 1]} ${d.y}`;
    case 'en-dmon-dash': return `${MON[d.m - 1]}-${String(d.y).slice(2)}`;
  }
}

/** 1234567 cents → "12,345.67" (or without separators). */
export function num4(cents: number, sep = true): string {
  const neg = cents < 0;
  const a = Math.abs(cents);
  const whole = String(Math.floor(a / 100));
  return `${neg ? '-' : ''}${sep ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${p2(a % 100)}`;
}

export function group4(digits: string, n: number, sep = ' '): string {
  return digits.replace(new RegExp(`(.{${n}})(?=.)`, 'g'), `$1${sep}`);
}
