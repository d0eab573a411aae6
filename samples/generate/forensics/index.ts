/**
 * Edited and clean documents for the forensic checks, with what was done to each:
 * `npx tsx samples/generate/forensics/index.ts [--out DIR] [--scale N] [--seed N]`.
 * Deterministic from SEED; needs pdftoppm, qpdf and the CJK fonts (generation only: the outputs in
 * samples/forensics are committed). `--scale 4` makes a set four times larger for measuring; `--seed`
 * replaces the default seed (SEED, shifted by the scale) to make a fresh set nobody has tuned on.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { createRng, type Rng } from '../prng.js';
import { imagesToPdf, photoPage, randomScanOptions, rasterise, scanPage, type JpegSave, type ScanOptions } from '../scan.js';
import { alterAmount, EDITOR_FONTS, FONTS, makeContent, renderSlip, type Kind, type Lang, type ValueBox } from './slip.js';
import { cleanBox, cleanRender, copyRegion, decode, encode, findInkedBox, misalignedScan, otherScan, pad, randomSave, retouch, rotateBox, type Box } from './raster-edits.js';
import { appendUpdate, makeTextInvisible, pdfDate, qpdfRewrite, setInfo } from './pdf-edits.js';
import { withExifSegment } from './exif.js';

const SEED = 20250404;
const SIGNALS = ['IMAGE_EDITED', 'METADATA_EDITED', 'FONT_INCONSISTENT', 'TEXT_LAYER_MISMATCH'] as const;
type Signal = (typeof SIGNALS)[number];

export interface ForensicSample {
  file: string;
  lang: Lang;
  kind: Kind;
  edited: boolean;
  /** What was done (clean variants say how they were made). */
  variant: string;
  /** Signals that should fire on it. */
  signals: Signal[];
  /** Where the edit is, page pixels of the page as the report gives it (1-based page). */
  region?: { page: number; bbox: Box };
  /** Raster files: the encoder of the last save (`libjpeg-420`, `mozjpeg-444`, …). */
  encoder?: string;
}

const saveName = (save: JpegSave): string => `${save.mozjpeg ? 'mozjpeg' : 'libjpeg'}-${(save.subsampling ?? '4:2:0').replace(/:/g, '')}`;

const SCAN_DPI = 150;
const PHOTO_DPI = 130;
const created = new Date(Date.UTC(2025, 2, 28, 1, 30, 0));
const later = new Date(Date.UTC(2025, 3, 9, 14, 5, 0));
const exifDate = (d: Date): string => d.toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, ':');

interface Doc { lang: Lang; kind: Kind; content: ReturnType<typeof makeContent>; font: (typeof FONTS)['zh'][number]; size: number }

function newDoc(rng: Rng, lang: Lang, kind: Kind): Doc {
  return { lang, kind, content: makeContent(kind, lang, rng), font: rng.pick(FONTS[lang]), size: kind === 'payslip' ? 10 : 9 };
}

const GENUINE_PRODUCERS = ['JasperReports Library version 6.20.0', 'iText® 5.5.13.3 ©2000-2022 iText Group NV', 'Microsoft Reporting Services PDF Rendering Extension 15.0.0.0', 'wkhtmltopdf 0.12.6', 'Skia/PDF m120'];

async function render(d: Doc, extra: Partial<Parameters<typeof renderSlip>[1]> = {}, producer = GENUINE_PRODUCERS[0] as string) {
  return renderSlip(d.content, { font: d.font, size: d.size, info: { Title: d.content.title, Producer: producer, Creator: producer, CreationDate: created }, ...extra });
}

/** A value worth forging: net pay, or a statement amount. */
function target(values: ValueBox[], rng: Rng): ValueBox {
  const net = values.find((v) => v.name === 'netPay');
  return net && rng.chance(0.6) ? net : rng.pick(values.filter((v) => !/^(pension|medical)$/.test(v.name)));
}

const toPx = (box: Box | [number, number, number, number], dpi: number): Box => box.map((v) => v * (dpi / 72)) as Box;

async function rasterSamples(rng: Rng, lang: Lang, kind: Kind, n: number, emit: (s: ForensicSample, bytes: Buffer) => void): Promise<void> {
  // Appended variants keep the earlier ones' random streams (and files) unchanged.
  const variants = ['scan', 'scan', 'photo', 'resaved', 'paste-clean', 'paste-jpeg', 'copy-move', 'photo-copy-move', 'photo-retouch', 'scan-pdf',
    'resaved-twice', 'paste-digit', 'paste-resaved', 'photo', 'paste-misaligned', 'copy-move-block', 'retype-scan',
    'scan', 'resaved-same', 'photo', 'resaved-same'];
  for (let i = 0; i < n; i++) {
    for (const [vi, variant] of variants.entries()) {
      const r = rng.fork(`${lang}-${kind}-${variant}-${i}-${vi}`);
      const d = newDoc(r, lang, kind);
      const { pdf, values } = await render(d);
      const name = `raster-${lang}-${kind}-${variant}-${i}-${vi}`;
      const base = { lang, kind, variant };
      // Phones, scanners and editors save with libjpeg or mozjpeg, chroma subsampled or not.
      const editorSave = randomSave(r.fork('editor'));
      if (variant === 'photo' || variant.startsWith('photo-')) {
        const [png] = rasterise(pdf, PHOTO_DPI) as [Buffer];
        const phoneSave = randomSave(r.fork('phone'));
        const photo = await photoPage(png, r, phoneSave);
        if (variant === 'photo') { emit({ ...base, file: `${name}.jpg`, edited: false, signals: [], encoder: saveName(phoneSave) }, photo); continue; }
        const raw = await decode(photo);
        const w = Math.round(raw.width * 0.09);
        const h = Math.round(raw.height * 0.035);
        const dest = findInkedBox(raw, r, w, h);
        if (!dest) continue;
        if (variant === 'photo-copy-move') {
          const src = findInkedBox(raw, r, w, h, dest);
          if (!src) continue;
          copyRegion({ ...raw, data: Buffer.from(raw.data) }, raw, src, dest[0] - src[0], dest[1] - src[1]);
        } else {
          await retouch(raw, dest, String(r.int(1000, 99999)));
        }
        emit({ ...base, file: `${name}.jpg`, edited: true, signals: ['IMAGE_EDITED'], region: { page: 1, bbox: dest }, encoder: saveName(editorSave) }, await encode(raw, r.int(70, 92), editorSave));
        continue;
      }
      const [png0] = rasterise(pdf, SCAN_DPI) as [Buffer];
      const opts: ScanOptions = { ...randomScanOptions(r), save: randomSave(r.fork('scanner')) };
      const scan = await scanPage(png0, r.fork('scan'), opts);
      const scanner = saveName(opts.save as JpegSave);
      const meta = await sharp(png0).metadata();
      const W = meta.width as number;
      const H = meta.height as number;
      if (variant === 'scan') { emit({ ...base, file: `${name}.jpg`, edited: false, signals: [], encoder: scanner }, scan); continue; }
      const clean = { ...base, file: `${name}.jpg`, edited: false, signals: [], encoder: saveName(editorSave) };
      if (variant === 'resaved') { emit(clean, await encode(await decode(scan), r.int(80, 95), editorSave)); continue; }
      // Opened and saved again unchanged at the scan's own quality (a gallery app, a PDF-to-JPEG tool).
      if (variant === 'resaved-same') { emit(clean, await encode(await decode(scan), opts.quality, editorSave)); continue; }
      if (variant === 'resaved-twice') {
        const once = await encode(await decode(scan), r.int(55, 95), randomSave(r.fork('first')));
        emit(clean, await encode(await decode(once), r.int(60, 95), editorSave));
        continue;
      }
      const t = target(values, r);
      // A digit edit replaces only the last characters of the value (a smaller patch).
      const digitShare = variant === 'paste-digit' ? 0.2 + r.next() * 0.25 : 1;
      const editBox: Box = [t.box[0] + t.box[2] * (1 - digitShare), t.box[1], t.box[2] * digitShare, t.box[3]];
      const region = pad(rotateBox(toPx(editBox, SCAN_DPI), opts.angle, W, H), variant === 'paste-digit' ? 2 : variant === 'paste-resaved' ? r.int(3, 12) : 4, W, H);
      const raw = await decode(scan);
      const saveQ = r.chance(0.5) ? opts.quality : r.int(70, 95);
      const edit = (bbox: Box, v = variant) => ({ ...base, variant: v, file: `${name}.jpg`, edited: true, signals: ['IMAGE_EDITED'] as Signal[], region: { page: 1, bbox }, encoder: saveName(editorSave) });
      const qName = saveQ === opts.quality ? 'qsame' : 'qother';
      if (variant === 'paste-misaligned') {
        // Cut from another JPEG of the changed page whose 8×8 grid sits off the page's grid.
        const changed = await render(d, { edit: { target: t.name, newText: alterAmount(t.text, r), mode: 'replace' } });
        const [png1] = rasterise(changed.pdf, SCAN_DPI) as [Buffer];
        let offset: [number, number] = [r.int(0, 7), r.int(0, 7)];
        if (offset[0] === 0 && offset[1] === 0) offset = [r.int(1, 7), 0];
        const sourceQ = Math.min(95, Math.max(50, opts.quality + (r.chance(0.5) ? -1 : 1) * r.int(5, 25)));
        const source = await misalignedScan(png1, r.fork('other'), { ...opts, save: randomSave(r.fork('source')) }, sourceQ, offset);
        copyRegion(source, raw, region);
        emit(edit(region, `${variant}-${qName}`), await encode(raw, saveQ, editorSave));
        continue;
      }
      if (variant === 'retype-scan') {
        // The value erased with the paper's colour and new digits typed over it (softened or not).
        const tBox = pad(rotateBox(toPx(t.box, SCAN_DPI), opts.angle, W, H), 3, W, H);
        await retouch(raw, tBox, alterAmount(t.text, r).replace(/[^\d.,]/gu, ''), r.chance(0.5) ? opts.blur : 0, d.size * (SCAN_DPI / 72) * 1.05);
        emit(edit(tBox, `${variant}-${qName}`), await encode(raw, saveQ, editorSave));
        continue;
      }
      if (variant === 'copy-move-block') {
        // A whole amount from another line copied over this one's (erased first), right-aligned.
        const others = values.filter((v) => v !== t && Math.abs(v.box[1] - t.box[1]) > 30 && v.box[2] > t.box[2] * 0.5);
        if (others.length === 0) continue;
        const src = r.pick(others);
        const tBox = pad(rotateBox(toPx(t.box, SCAN_DPI), opts.angle, W, H), 2, W, H);
        const srcBox = pad(rotateBox(toPx(src.box, SCAN_DPI), opts.angle, W, H), 2, W, H);
        const dx = tBox[0] + tBox[2] - (srcBox[0] + srcBox[2]);
        const dy = tBox[1] - srcBox[1];
        const before = { ...raw, data: Buffer.from(raw.data) };
        cleanBox(raw, tBox);
        copyRegion(before, raw, srcBox, dx, dy);
        const x0 = Math.min(tBox[0], srcBox[0] + dx);
        const y0 = Math.min(tBox[1], srcBox[1] + dy);
        const moved: Box = [x0, y0, Math.max(tBox[0] + tBox[2], srcBox[0] + dx + srcBox[2]) - x0, Math.max(tBox[1] + tBox[3], srcBox[1] + dy + srcBox[3]) - y0];
        emit(edit(moved, `${variant}-${qName}`), await encode(raw, saveQ, editorSave));
        continue;
      }
      if (variant === 'paste-clean' || variant === 'paste-jpeg' || variant === 'scan-pdf' || variant === 'paste-digit' || variant === 'paste-resaved') {
        const changed = await render(d, { edit: { target: t.name, newText: alterAmount(t.text, r), mode: 'replace' } });
        const [png1] = rasterise(changed.pdf, SCAN_DPI) as [Buffer];
        const fromJpeg = variant === 'paste-jpeg' || ((variant === 'paste-digit' || variant === 'paste-resaved') && r.chance(0.5));
        const patch = fromJpeg
          ? await otherScan(png1, r.fork('other'), opts, Math.min(95, Math.max(50, opts.quality + (r.chance(0.5) ? -1 : 1) * r.int(10, 25))))
          : await cleanRender(png1, opts);
        copyRegion(patch, raw, region);
        let edited = await encode(raw, saveQ, editorSave);
        if (variant === 'paste-resaved') edited = await encode(await decode(edited), r.int(60, 95), randomSave(r.fork('again')));
        if (variant === 'scan-pdf') {
          const both = r.chance(0.5);
          const pages = both ? [edited] : [scan];
          const file = await imagesToPdf(pages, created, 'EPSON Scan');
          // Page coordinates of a scanned PDF page are its 300-DPI render: scale the region.
          const s = 300 / SCAN_DPI;
          emit({ ...base, variant: both ? 'scan-pdf-pasted' : 'scan-pdf-clean', file: `${name}.pdf`, edited: both, encoder: both ? saveName(editorSave) : scanner, signals: both ? ['IMAGE_EDITED'] : [], region: both ? { page: 1, bbox: region.map((v) => Math.round(v * s)) as Box } : undefined }, file);
          continue;
        }
        const how = variant === 'paste-digit' || variant === 'paste-resaved' ? `-${fromJpeg ? 'jpeg' : 'clean'}` : '';
        emit(edit(region, `${variant}${how}-${qName}`), edited);
        continue;
      }
      // copy-move: the tail of another amount in the same column copied over this one's tail.
      const others = values.filter((v) => v !== t && Math.abs(v.box[0] + v.box[2] - (t.box[0] + t.box[2])) < 2 && Math.abs(v.box[1] - t.box[1]) > 30);
      if (others.length === 0) continue;
      const src = r.pick(others);
      const tailW = Math.min(src.box[2], t.box[2]) * 0.6;
      const srcBox = pad(rotateBox(toPx([src.box[0] + src.box[2] - tailW, src.box[1], tailW, src.box[3]], SCAN_DPI), opts.angle, W, H), 2, W, H);
      const dstBox = pad(rotateBox(toPx([t.box[0] + t.box[2] - tailW, t.box[1], tailW, t.box[3]], SCAN_DPI), opts.angle, W, H), 2, W, H);
      copyRegion({ ...raw, data: Buffer.from(raw.data) }, raw, srcBox, dstBox[0] - srcBox[0], dstBox[1] - srcBox[1]);
      const moved: Box = [dstBox[0], dstBox[1], srcBox[2], srcBox[3]];
      emit(edit(moved), await encode(raw, saveQ, editorSave));
    }
  }
}

const IMAGE_EDITORS = ['Adobe Photoshop 25.3 (Windows)', 'GIMP 2.10.36', '美图秀秀 7.1.2', '醒图 8.5.0', 'Snapseed 2.21', 'Adobe Photoshop Lightroom Classic 13.1', 'PicsArt 24.1'];
const PHONES: [string, string, string][] = [['Apple', 'iPhone 14', '17.4.1'], ['HUAWEI', 'ELS-AN00', 'ELS-AN00 4.0.0.120'], ['Xiaomi', '2211133C', 'MIUI 14'], ['EPSON', 'DS-530', 'EPSON Scan 2']];

async function exifSamples(rng: Rng, n: number, emit: (s: ForensicSample, bytes: Buffer) => void): Promise<void> {
  const variants = ['phone', 'phone-thumb', 'scanner', 'editor', 'editor', 'modified-later', 'thumb-swapped'];
  for (let i = 0; i < n; i++) {
    for (const [vi, variant] of variants.entries()) {
      const r = rng.fork(`exif-${variant}-${i}-${vi}`);
      const lang: Lang = r.chance(0.5) ? 'zh' : 'en';
      const kind: Kind = r.chance(0.5) ? 'payslip' : 'statement';
      const d = newDoc(r, lang, kind);
      const [png] = rasterise((await render(d)).pdf, 90) as [Buffer];
      const photo = await sharp(await photoPage(png, r)).jpeg({ quality: 72 }).toBuffer();
      const thumbOf = (img: Buffer): Promise<Buffer> => sharp(img).resize(160, 120, { fit: 'fill' }).jpeg({ quality: 80 }).toBuffer();
      const [make, model, os] = variant === 'scanner' ? PHONES[3] as [string, string, string] : r.pick(PHONES.slice(0, 3));
      const taken = exifDate(new Date(created.getTime() + r.int(0, 3600) * 1000));
      const tags = { make, model, software: os, originalDate: taken, modifyDate: taken } as Parameters<typeof withExifSegment>[1];
      let edited = false;
      if (variant === 'phone-thumb') tags.thumbnail = await thumbOf(photo);
      if (variant === 'editor') { tags.software = r.pick(IMAGE_EDITORS); tags.modifyDate = exifDate(later); edited = true; }
      if (variant === 'modified-later') { tags.modifyDate = exifDate(later); edited = true; }
      if (variant === 'thumb-swapped') {
        const other = newDoc(r.fork('other'), lang, kind === 'payslip' ? 'statement' : 'payslip');
        const [png2] = rasterise((await render(other)).pdf, 90) as [Buffer];
        tags.thumbnail = await thumbOf(await photoPage(png2, r.fork('p2')));
        edited = true;
      }
      emit({ file: `exif-${variant}-${i}-${vi}.jpg`, lang, kind, variant, edited, signals: edited ? ['METADATA_EDITED'] : [] }, withExifSegment(photo, tags));
    }
  }
}

const PDF_EDITORS = ['PDFescape Online', 'Foxit PhantomPDF 10.1', '福昕PDF编辑器 12.0', 'iLovePDF', 'Smallpdf.com', 'Wondershare PDFelement 9', 'Sejda PDF editor'];

async function pdfSamples(rng: Rng, n: number, emit: (s: ForensicSample, bytes: Buffer) => void): Promise<void> {
  const combos: [Lang, Kind][] = [['zh', 'payslip'], ['en', 'payslip'], ['zh', 'statement'], ['en', 'statement']];
  const variants = ['plain', 'linearized', 'signed', 'form-filled', 'editor-producer', 'info-update', 'content-update', 'retype', 'retype-digit', 'overlay', 'searchable-scan', 'searchable-scan-edited'];
  for (let i = 0; i < n; i++) {
    for (const [lang, kind] of combos) {
      for (const variant of variants) {
        const r = rng.fork(`pdf-${lang}-${kind}-${variant}-${i}`);
        const d = newDoc(r, lang, kind);
        const producer = r.pick(GENUINE_PRODUCERS);
        const file = `pdf-${lang}-${kind}-${variant}-${i}.pdf`;
        const base = { file, lang, kind, variant };
        const plain = await render(d, { compress: false }, producer);
        const t = target(plain.values, r);
        const newText = alterAmount(t.text, r);
        const region = { page: 1, bbox: pad(toPx(t.box, 200), 6, 1654, 1166) };
        const s = { clean: (bytes: Buffer) => emit({ ...base, edited: false, signals: [] }, bytes) };
        switch (variant) {
          case 'plain': s.clean(qpdfRewrite(plain.pdf, r.chance(0.5) ? ['--object-streams=generate'] : [])); break;
          case 'linearized': s.clean(qpdfRewrite(plain.pdf, ['--linearize'])); break;
          case 'signed': s.clean(appendUpdate(plain.pdf, 'signature', later)); break;
          case 'form-filled': s.clean(appendUpdate(plain.pdf, 'form-fill', later)); break;
          case 'editor-producer':
            emit({ ...base, edited: true, signals: ['METADATA_EDITED'] }, setInfo(plain.pdf, { Producer: r.pick(PDF_EDITORS), ModDate: pdfDate(later) }));
            break;
          case 'info-update':
            emit({ ...base, edited: true, signals: ['METADATA_EDITED'] }, appendUpdate(plain.pdf, 'info-only', later, undefined, r.pick(PDF_EDITORS)));
            break;
          case 'content-update':
            emit({ ...base, edited: true, signals: ['METADATA_EDITED', 'FONT_INCONSISTENT', 'TEXT_LAYER_MISMATCH'], region },
              appendUpdate(plain.pdf, 'content', later, { box: t.box, newText, size: d.size }));
            break;
          case 'retype': case 'retype-digit': case 'overlay': {
            const font = r.pick(EDITOR_FONTS.filter((f) => f.path !== d.font.regular.path));
            const mode = variant as 'retype' | 'retype-digit' | 'overlay';
            const edited = await render(d, { edit: { target: t.name, newText, mode, font } }, producer);
            emit({ ...base, edited: true, signals: mode === 'overlay' ? ['FONT_INCONSISTENT', 'TEXT_LAYER_MISMATCH'] : ['FONT_INCONSISTENT'], region }, edited.pdf);
            break;
          }
          default: {
            const edit = variant === 'searchable-scan-edited';
            const shown = edit ? await render(d, { edit: { target: t.name, newText, mode: 'replace' } }) : plain;
            const [png] = rasterise(shown.pdf, 200) as [Buffer];
            const scan = await scanPage(png, r, { ...randomScanOptions(r), angle: 0, noise: 2 });
            const layered = makeTextInvisible((await render(d, { compress: false, background: scan, invisible: true }, 'ABBYY FineReader 15')).pdf);
            emit({ ...base, edited: edit, signals: edit ? ['TEXT_LAYER_MISMATCH'] : [], region: edit ? region : undefined }, layered);
          }
        }
      }
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outArg = args.indexOf('--out');
  const scaleArg = args.indexOf('--scale');
  const out = outArg >= 0 ? (args[outArg + 1] as string) : join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'forensics');
  const scale = scaleArg >= 0 ? Number(args[scaleArg + 1]) : 1;
  const seedArg = args.indexOf('--seed');
  const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : SEED + (scale === 1 ? 0 : scale * 7919);
  if (!Number.isInteger(seed)) throw new Error(`Expected --seed to be an integer, got ${String(args[seedArg + 1])}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const manifest: ForensicSample[] = [];
  const emit = (s: ForensicSample, bytes: Buffer): void => { writeFileSync(join(out, s.file), bytes); manifest.push(s); };
  const rng = createRng(seed);
  for (const lang of ['zh', 'en'] as const) {
    for (const kind of ['payslip', 'statement'] as const) await rasterSamples(rng.fork(`raster-${lang}-${kind}`), lang, kind, scale, emit);
  }
  await exifSamples(rng.fork('exif'), scale, emit);
  await pdfSamples(rng.fork('pdf'), scale, emit);
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  process.stderr.write(`${manifest.length} samples in ${out}\n`);
}

await main();
