import PDFDocument from 'pdfkit';
import type { FontPair, Lang } from './variant-types.js';

export interface WriterOptions {
  font: FontPair;
  size: number;
  margin: number;
  lang: Lang;
  title: string;
  /** Fixed so that output bytes are reproducible. */
  creationDate: Date;
  producer: string;
}

export interface TableColumn {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableOptions {
  columns: TableColumn[];
  rows: string[][];
  /** `full`: every cell ruled; `rules`: horizontal lines only; `none`; `zebra`: shaded alternate rows. */
  grid: 'full' | 'rules' | 'none' | 'zebra';
  size?: number;
  header?: boolean;
  /** Rows printed in bold (totals). */
  boldRows?: ReadonlySet<number>;
}

/** A thin flowing-layout layer over pdfkit: paragraphs, key/value lines, tables, footers. */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly left: number;
  readonly width: number;
  readonly size: number;
  private readonly bottom: number;
  private chunks: Buffer[] = [];

  constructor(readonly options: WriterOptions) {
    const { margin } = options;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: margin, left: margin, right: margin, bottom: margin + 18 },
      bufferPages: true,
      info: { Title: options.title, Producer: options.producer, Creator: options.producer, CreationDate: options.creationDate },
      lang: options.lang === 'zh' ? 'zh-CN' : 'en-US',
    });
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    const { regular, bold } = options.font;
    this.doc.registerFont('R', regular.path, regular.postscript as string);
    this.doc.registerFont('B', bold.path, bold.postscript as string);
    this.doc.font('R').fontSize(options.size);
    this.left = margin;
    this.width = this.doc.page.width - 2 * margin;
    this.size = options.size;
    this.bottom = this.doc.page.height - margin - 18;
  }

  get y(): number {
    return this.doc.y;
  }

  /** Starts a new page when fewer than `height` points remain. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  newPage(): void {
    this.doc.addPage();
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  heading(text: string, size = this.size * 1.6, align: 'center' | 'left' = 'center'): void {
    this.ensure(size * 2);
    this.doc.font('B').fontSize(size).text(text, this.left, this.doc.y, { width: this.width, align, characterSpacing: size > 16 ? 2 : 0 });
    this.doc.font('R').fontSize(this.size);
    this.gap(size * 0.5);
  }

  para(text: string, options: { bold?: boolean; size?: number; align?: 'left' | 'right' | 'center' | 'justify'; indent?: number; gap?: number } = {}): void {
    const size = options.size ?? this.size;
    this.doc.font(options.bold ? 'B' : 'R').fontSize(size);
    this.ensure(size * 1.6);
    this.doc.text(text, this.left, this.doc.y, { width: this.width, align: options.align ?? 'left', indent: options.indent ?? 0, lineGap: size * 0.35 });
    this.doc.font('R').fontSize(this.size);
    this.gap(options.gap ?? size * 0.3);
  }

  /** "label：value" with values aligned at `labelWidth`; long values wrap under themselves. */
  kv(label: string, value: string, labelWidth: number, x = this.left, width = this.width): number {
    const valueWidth = width - labelWidth;
    const height = Math.max(this.doc.heightOfString(value, { width: valueWidth }), this.size * 1.2);
    this.ensure(height + 4);
    const y = this.doc.y;
    this.doc.text(label, x, y, { width: labelWidth, lineBreak: false });
    this.doc.text(value, x + labelWidth, y, { width: valueWidth, lineGap: this.size * 0.25 });
    const end = Math.max(this.doc.y, y + this.size * 1.25);
    this.doc.y = end + this.size * 0.45;
    return end;
  }

  /** Two label/value pairs on one line. */
  kvPair(a: [string, string], b: [string, string] | undefined, labelWidth: number): void {
    const half = this.width / 2;
    this.ensure(this.size * 2.6);
    const startY = this.doc.y;
    const endA = this.kv(a[0], a[1], labelWidth, this.left, half - 8);
    let endB = endA;
    if (b) {
      this.doc.y = startY;
      endB = this.kv(b[0], b[1], labelWidth, this.left + half, half);
    }
    this.doc.y = Math.max(endA, endB) + this.size * 0.45;
  }

  /** Label on its own line, value on the next. */
  stacked(label: string, value: string): void {
    this.ensure(this.size * 3.4);
    this.doc.font('B').fontSize(this.size * 0.9).fillColor('#444444').text(label, this.left, this.doc.y, { width: this.width });
    this.doc.font('R').fontSize(this.size).fillColor('black').text(value, this.left + this.size, this.doc.y + 1, { width: this.width - this.size });
    this.gap(this.size * 0.55);
  }

  rule(weight = 0.8, color = '#000000'): void {
    const y = this.doc.y;
    this.doc.save().lineWidth(weight).strokeColor(color).moveTo(this.left, y).lineTo(this.left + this.width, y).stroke().restore();
    this.gap(this.size * 0.5);
  }

  table(options: TableOptions): void {
    const size = options.size ?? this.size;
    const pad = size * 0.35;
    const xs: number[] = [];
    let x = this.left;
    const widths = options.columns.map((c) => c.width * this.width);
    for (const w of widths) {
      xs.push(x);
      x += w;
    }
    const drawRow = (cells: string[], bold: boolean, fill: string | null): void => {
      this.doc.font(bold ? 'B' : 'R').fontSize(size);
      const heights = cells.map((cell, i) => this.doc.heightOfString(cell || ' ', { width: (widths[i] as number) - 2 * pad }));
      const height = Math.max(...heights) + 2 * pad;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (options.header !== false) drawRow(options.columns.map((c) => c.header), true, options.grid === 'zebra' ? '#dde3ea' : null);
        this.doc.font(bold ? 'B' : 'R').fontSize(size);
      }
      const y = this.doc.y;
      if (fill) this.doc.save().rect(this.left, y, this.width, height).fill(fill).restore();
      this.doc.fillColor('black');
      cells.forEach((cell, i) => {
        this.doc.text(cell, (xs[i] as number) + pad, y + pad, { width: (widths[i] as number) - 2 * pad, align: options.columns[i]?.align ?? 'left' });
      });
      this.doc.save().lineWidth(0.6).strokeColor('#333333');
      if (options.grid === 'full') {
        this.doc.rect(this.left, y, this.width, height).stroke();
        for (const cx of xs.slice(1)) this.doc.moveTo(cx, y).lineTo(cx, y + height).stroke();
      } else if (options.grid === 'rules') {
        this.doc.moveTo(this.left, y + height).lineTo(this.left + this.width, y + height).stroke();
      }
      this.doc.restore();
      this.doc.y = y + height;
    };
    if (options.header !== false) {
      if (options.grid === 'rules' || options.grid === 'none') this.rule(0.8);
      drawRow(options.columns.map((c) => c.header), true, options.grid === 'zebra' ? '#dde3ea' : null);
    }
    options.rows.forEach((row, i) => {
      drawRow(row, options.boldRows?.has(i) ?? false, options.grid === 'zebra' && i % 2 === 1 ? '#f0f2f5' : null);
    });
    this.doc.font('R').fontSize(this.size);
    this.gap(size * 0.6);
  }

  image(png: Buffer, x: number, y: number, width: number): void {
    this.doc.image(png, x, y, { width });
  }

  /** Writes footers on every page and returns the finished PDF. */
  async finish(footer: (page: number, total: number) => string | null): Promise<{ pdf: Buffer; pageCount: number }> {
    const range = this.doc.bufferedPageRange();
    const total = range.count;
    for (let i = 0; i < total; i++) {
      this.doc.switchToPage(range.start + i);
      const text = footer(i + 1, total);
      if (text === null) continue;
      const page = this.doc.page;
      const savedBottom = page.margins.bottom;
      page.margins.bottom = 0;
      this.doc.font('R').fontSize(Math.max(8, this.size - 2)).fillColor('black');
      this.doc.text(text, this.left, page.height - this.options.margin + 4, { width: this.width, align: 'center', lineBreak: false });
      page.margins.bottom = savedBottom;
    }
    const done = new Promise<void>((resolve) => this.doc.on('end', () => resolve()));
    this.doc.end();
    await done;
    return { pdf: Buffer.concat(this.chunks), pageCount: total };
  }
}
