/**
 * Detection and false-alarm rates of each forensic signal over a generated set, and what each costs:
 * `npx tsx scripts/measure-forensics.ts [DIR] [--verbose] [--check ID]` (default samples/forensics;
 * `--check forensics-image-edited` runs that check only; make a larger
 * set with `npx tsx samples/generate/forensics/index.ts --out DIR --scale N`: scale 3 is the tuning
 * set, scale 2 the held-out set).
 * `npx tsx scripts/measure-forensics.ts --clean-pages DIR…`: IMAGE_EDITED over every raster page of
 * any sample folders (images, and the JPEG pages of PDFs), all taken as clean.
 * `npx tsx scripts/measure-forensics.ts --text-layer DIR…`: TEXT_LAYER_MISMATCH over every PDF of any
 * sample folders, all taken as clean: how many the pre-screen sends to OCR, and what OCR costs,
 * page-level (every value line of a suspect file, as before) against placed covers (only the value
 * words under an opaque object drawn over earlier text).
 * A pixel detection counts only when its box overlaps the edited region.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Finding, FindingCode } from '../src/model/schema.js';
import { createPageEngine } from '../src/ocr/route.js';
import { FORENSIC_CHECKS } from '../src/forensics/index.js';
import { loadForForensics } from '../src/forensics/load-document.js';
import { analyseRaster } from '../src/forensics/image-edited.js';
import { findPdfJpegs, isJpeg } from '../src/forensics/jpeg.js';
import { DEFAULT_PIXEL_OPTIONS, measurePixels, type PixelOptions } from '../src/forensics/pixel-evidence.js';
import { pageReasons, prescreenPdf } from '../src/forensics/text-layer-prescreen.js';
import { inspectTextLayer, type InspectStats } from '../src/forensics/text-layer-mismatch.js';

interface Sample { file: string; edited: boolean; variant: string; lang: string; signals: FindingCode[]; region?: { page: number; bbox: number[] }; encoder?: string }

const SIGNALS: FindingCode[] = ['IMAGE_EDITED', 'METADATA_EDITED', 'FONT_INCONSISTENT', 'TEXT_LAYER_MISMATCH'];
const cpuMs = (since: NodeJS.CpuUsage): number => { const c = process.cpuUsage(since); return (c.user + c.system) / 1000; };
const quantile = (v: number[], q: number): number => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN; };
const overlap = (a: number[], b: number[]): boolean =>
  (a[0] as number) < (b[0] as number) + (b[2] as number) && (b[0] as number) < (a[0] as number) + (a[2] as number)
  && (a[1] as number) < (b[1] as number) + (b[3] as number) && (b[1] as number) < (a[1] as number) + (a[3] as number);

async function measureSet(dir: string, verbose: boolean, only?: string): Promise<void> {
  const samples = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Sample[];
  // The engines `docreview check` uses: Chinese pages by PaddleOCR, English by the Tesseract pool.
  const ocr = createPageEngine({ tesseract: { size: 2 } });
  const results: { sample: Sample; findings: Finding[]; ms: number; checkCpu: Record<string, number>; pages: number; regionScale: number }[] = [];
  try {
    for (const sample of samples) {
      const t0 = performance.now();
      const document = await loadForForensics(join(dir, sample.file));
      const sink = { findings: [] as Finding[], reviewItems: [] };
      const input = { document, extraction: { fields: {}, mentions: {}, transactions: [], amountWords: [], unreadWordsLines: [] }, ocr: () => ocr };
      const checkCpu: Record<string, number> = {};
      for (const check of FORENSIC_CHECKS) {
        if (!check.appliesTo(document) || (only && check.id !== only)) continue;
        const c0 = process.cpuUsage();
        await check.run(input, sink);
        checkCpu[check.id] = cpuMs(c0);
      }
      // The manifest gives a scanned PDF page's region in pixels of its 300-DPI render; the ingest
      // renders a scan at its own resolution, so the region is scaled to the page as loaded.
      const regionPage = sample.region ? document.pages[sample.region.page - 1] : undefined;
      const regionScale = sample.file.endsWith('.pdf') && sample.file.startsWith('raster-') && regionPage ? regionPage.dpi / 300 : 1;
      results.push({ sample, findings: sink.findings, ms: performance.now() - t0, checkCpu, pages: document.pages.length, regionScale });
      if (verbose) process.stderr.write(`${sample.file} ${sample.edited ? 'EDITED' : 'clean'} → ${sink.findings.map((f) => `${f.code}:${f.severity}:${String(f.evidence.signal)}`).join(' ') || '-'}\n`);
    }
  } finally {
    await ocr.close();
  }

  const hit = (r: (typeof results)[number], code: FindingCode, high: boolean): boolean => r.findings.some((f) =>
    f.code === code && (high ? f.severity === 'high' : f.severity === 'high' || f.severity === 'medium')
    && (code !== 'IMAGE_EDITED' || !r.sample.region || !f.bbox || overlap(f.bbox, r.sample.region.bbox.map((v) => v * r.regionScale))));
  const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`) + ` (${n}/${d})`;

  console.log(`Forensic signals over ${dir}: ${samples.length} files, ${samples.filter((s) => !s.edited).length} clean`);
  console.log('signal               detect@high        detect@≥medium     false alarm@high   false alarm@≥medium');
  for (const code of SIGNALS) {
    const pos = results.filter((r) => r.sample.signals.includes(code));
    const neg = results.filter((r) => !r.sample.edited);
    const relevant = neg.filter((r) => code !== 'FONT_INCONSISTENT' && code !== 'TEXT_LAYER_MISMATCH' ? true : r.sample.file.endsWith('.pdf'));
    // IMAGE_EDITED can only fire where there are pixels: rasters, photos, and scans with a text layer.
    const scope = code === 'IMAGE_EDITED' ? relevant.filter((r) => /^(?:raster|exif)-/u.test(r.sample.file) || r.sample.variant === 'searchable-scan') : relevant;
    console.log(code.padEnd(20), pct(pos.filter((r) => hit(r, code, true)).length, pos.length).padEnd(18), pct(pos.filter((r) => hit(r, code, false)).length, pos.length).padEnd(18),
      pct(scope.filter((r) => hit(r, code, true)).length, scope.length).padEnd(18), pct(scope.filter((r) => hit(r, code, false)).length, scope.length));
  }
  const byVariant = new Map<string, { n: number; high: number; medium: number }>();
  for (const r of results.filter((x) => x.sample.edited)) {
    const v = byVariant.get(r.sample.variant) ?? { n: 0, high: 0, medium: 0 };
    v.n++;
    if (r.sample.signals.some((c) => hit(r, c, true))) v.high++;
    if (r.sample.signals.some((c) => hit(r, c, false))) v.medium++;
    byVariant.set(r.sample.variant, v);
  }
  console.log('\nedited variants, detected by an expected signal (at high / at ≥ medium):');
  for (const [variant, v] of [...byVariant].sort()) console.log(`  ${variant.padEnd(30)} ${v.high}/${v.n}  ${v.medium}/${v.n}`);
  // IMAGE_EDITED per kind of raster file (the variant without its quality suffix) and per encoder of the last save.
  const kinds = new Map<string, { n: number; high: number; any: number; clean: boolean }>();
  for (const r of results.filter((x) => /^raster-/u.test(x.sample.file))) {
    const kind = r.sample.variant.replace(/-q(?:same|other)$/u, '');
    for (const key of [kind, `${r.sample.edited ? 'edited' : 'clean'} ${r.sample.encoder ?? '?'}`, r.sample.edited ? 'ALL EDITED' : 'ALL CLEAN']) {
      const v = kinds.get(key) ?? { n: 0, high: 0, any: 0, clean: !r.sample.edited };
      v.n++;
      if (r.sample.edited ? hit(r, 'IMAGE_EDITED', true) : r.findings.some((f) => f.code === 'IMAGE_EDITED' && f.severity === 'high')) v.high++;
      if (r.sample.edited ? hit(r, 'IMAGE_EDITED', false) : r.findings.some((f) => f.code === 'IMAGE_EDITED' && (f.severity === 'high' || f.severity === 'medium'))) v.any++;
      kinds.set(key, v);
    }
  }
  console.log('\nIMAGE_EDITED on raster files by kind (edited: detected; clean: false alarms), at high / at ≥ medium:');
  for (const [kind, v] of [...kinds].sort((a, b) => Number(a[1].clean) - Number(b[1].clean) || a[0].localeCompare(b[0]))) console.log(`  ${v.clean ? 'clean ' : 'edited'} ${kind.padEnd(30)} ${v.high}/${v.n}  ${v.any}/${v.n}`);
  const falseAlarms = results.filter((r) => !r.sample.edited && r.findings.some((f) => f.severity === 'high' || f.severity === 'medium'));
  if (falseAlarms.length) console.log('\nclean files with a high or medium finding:', falseAlarms.map((r) => `${r.sample.file} (${r.findings.filter((f) => f.severity !== 'low' && f.severity !== 'info').map((f) => `${f.code}:${f.severity}:${String(f.evidence.signal)}`).join(',')})`).join('; '));

  console.log('\nCPU ms per page, per check (median / p90 over the files it applies to):');
  for (const check of FORENSIC_CHECKS) {
    const per = results.filter((r) => r.checkCpu[check.id] !== undefined).map((r) => (r.checkCpu[check.id] as number) / Math.max(1, r.pages));
    if (per.length) console.log(`  ${check.id.padEnd(34)} ${quantile(per, 0.5).toFixed(1).padStart(7)} / ${quantile(per, 0.9).toFixed(1).padStart(7)}  (${per.length} files)`);
  }
  await pixelCosts(dir, samples);
  textLayerCosts(dir, samples);
  const ms = results.map((r) => r.ms);
  console.log(`\nwall time per file (shared machine): median ${Math.round(quantile(ms, 0.5))} ms, max ${Math.round(Math.max(...ms))} ms`);
}

/** CPU ms of each pixel signal per raster page. */
async function pixelCosts(dir: string, samples: Sample[]): Promise<void> {
  const costs: Record<string, number[]> = {};
  for (const s of samples.filter((x) => x.file.startsWith('raster-'))) {
    const bytes = readFileSync(join(dir, s.file));
    const raster = s.file.endsWith('.pdf') ? findPdfJpegs(bytes)[0] : bytes;
    if (!raster) continue;
    const c0 = process.cpuUsage();
    const ev = await measurePixels(raster, true);
    (costs.total ??= []).push(cpuMs(c0));
    for (const [k, v] of Object.entries(ev.cpuMs)) (costs[k] ??= []).push(v);
  }
  console.log('\nIMAGE_EDITED CPU ms per raster page (median / p90): total, then per signal');
  for (const [k, v] of Object.entries(costs)) console.log(`  ${k.padEnd(22)} ${quantile(v, 0.5).toFixed(1).padStart(7)} / ${quantile(v, 0.9).toFixed(1).padStart(7)}`);
}

/** What the text-layer pre-screen costs and how many PDFs it sends to OCR. */
function textLayerCosts(dir: string, samples: Sample[]): void {
  const pdfs = samples.filter((s) => s.file.endsWith('.pdf') && !s.file.startsWith('raster-'));
  const ms: number[] = [];
  const reasons = new Map<string, number>();
  let suspect = 0;
  for (const s of pdfs) {
    const bytes = readFileSync(join(dir, s.file));
    const c0 = process.cpuUsage();
    const screen = prescreenPdf(bytes);
    ms.push(cpuMs(c0));
    if (screen.suspect) suspect++;
    for (const r of screen.reasons) reasons.set(r, (reasons.get(r) ?? 0) + 1);
  }
  console.log(`\ntext-layer pre-screen: ${pdfs.length - suspect}/${pdfs.length} PDFs cleared without OCR; CPU ms per file median ${quantile(ms, 0.5).toFixed(2)}, p90 ${quantile(ms, 0.9).toFixed(2)}; sent to OCR for ${[...reasons].map(([r, n]) => `${r} ×${n}`).join(', ')}`);
}

/** Every raster page of the files under `dirs`, as (label, bytes, isJpeg). */
async function* rasterPages(dirs: string[]): AsyncGenerator<{ label: string; image: Buffer; jpeg: boolean }> {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => { const p = join(d, n); return statSync(p).isDirectory() ? walk(p) : [p]; });
  for (const file of dirs.flatMap(walk).sort()) {
    if (!/\.(pdf|jpe?g|png|tiff?|webp)$/i.test(file)) continue;
    const bytes = readFileSync(file);
    if (file.toLowerCase().endsWith('.pdf')) {
      for (const [i, jpeg] of findPdfJpegs(bytes).entries()) yield { label: `${file}#${i + 1}`, image: jpeg, jpeg: true };
    } else if (isJpeg(bytes)) {
      yield { label: file, image: bytes, jpeg: true };
    } else {
      const pages = (await sharp(bytes).metadata()).pages ?? 1;
      for (let p = 0; p < pages; p++) yield { label: `${file}#${p + 1}`, image: await sharp(bytes, { page: p }).png().toBuffer(), jpeg: false };
    }
  }
}

async function cleanPages(dirs: string[]): Promise<void> {
  const counts = { pages: 0, high: 0, medium: 0, low: 0 };
  const flagged: string[] = [];
  const cpu: number[] = [];
  for await (const page of rasterPages(dirs)) {
    const c0 = process.cpuUsage();
    const findings = await analyseRaster(page.image, page.jpeg, 1, () => 1);
    cpu.push(cpuMs(c0));
    counts.pages++;
    for (const f of findings) {
      if (f.severity === 'high' || f.severity === 'medium' || f.severity === 'low') counts[f.severity]++;
      if (f.severity !== 'low') flagged.push(`${page.label} ${f.severity} ${String(f.evidence.signal)} ${String(f.evidence.score)}`);
    }
  }
  console.log(`IMAGE_EDITED over ${counts.pages} clean raster pages of ${dirs.join(', ')}: high ${counts.high}, medium ${counts.medium}, low ${counts.low}; CPU ms per page median ${quantile(cpu, 0.5).toFixed(1)}, p90 ${quantile(cpu, 0.9).toFixed(1)}`);
  for (const f of flagged) console.log(`  ${f}`);
}

async function textLayerPages(dirs: string[]): Promise<void> {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => { const p = join(d, n); return statSync(p).isDirectory() ? walk(p) : [p]; });
  const files = dirs.flatMap(walk).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
  const ocr = createPageEngine({ tesseract: { size: 2 } });
  const modes = { page: { files: 0, findings: 0, ms: 0, pages: 0, stats: { pagesRendered: 0, crops: 0, ocrPixels: 0 } as InspectStats },
    placed: { files: 0, findings: 0, ms: 0, pages: 0, stats: { pagesRendered: 0, crops: 0, ocrPixels: 0 } as InspectStats } };
  let textFiles = 0;
  let paintedFiles = 0;
  let pages = 0;
  const screenMs: number[] = [];
  const reasons = new Map<string, number>();
  try {
    for (const file of files) {
      const bytes = readFileSync(file);
      const c0 = process.cpuUsage();
      const screen = prescreenPdf(bytes);
      screenMs.push(cpuMs(c0));
      if (screen.reasons.includes('invisible-text')) continue; // a searchable scan, not a text PDF
      const document = await loadForForensics(file);
      if (!document.pages.some((p) => p.source === 'text-layer')) continue;
      textFiles++;
      pages += document.pages.length;
      for (const r of screen.reasons) reasons.set(r, (reasons.get(r) ?? 0) + 1);
      if (screen.paintedAfterText > 0) paintedFiles++;
      for (const [mode, m] of Object.entries(modes)) {
        // Page-level: what the screen did before covers were placed (any opaque paint after text).
        const asScreened = mode === 'page' && screen.paintedAfterText > 0 ? { ...screen, suspect: true, reasons: [...new Set([...screen.reasons, 'covered-text' as const])] } : screen;
        if (!asScreened.suspect) continue;
        const before = { ...m.stats };
        const t0 = performance.now();
        const found = await inspectTextLayer(bytes, () => ocr, asScreened, { geometric: mode === 'placed', stats: m.stats });
        const ms = performance.now() - t0;
        if (m.stats.crops > before.crops) { m.files++; m.ms += ms; }
        m.findings += found.filter((f) => f.severity === 'high' || f.severity === 'medium').length;
        if (found.some((f) => f.severity === 'high' || f.severity === 'medium')) console.log(`  ${mode}: ${file} ${found.map((f) => `${f.severity}:${String(f.evidence.signal)}`).join(' ')}`);
      }
    }
  } finally {
    await ocr.close();
  }
  console.log(`TEXT_LAYER_MISMATCH over ${textFiles} text PDFs (${pages} pages) of ${dirs.join(', ')}; pre-screen CPU ms per file median ${quantile(screenMs, 0.5).toFixed(2)}, p90 ${quantile(screenMs, 0.9).toFixed(2)}; reasons ${[...reasons].map(([r, n]) => `${r} ×${n}`).join(', ') || '-'}; opaque paint after text (unplaced) in ${paintedFiles} files`);
  for (const [mode, m] of Object.entries(modes)) {
    console.log(`  ${mode.padEnd(6)}: ${m.files} files OCR'd, ${m.stats.pagesRendered} pages rendered, ${m.stats.crops} crops, ${(m.stats.ocrPixels / 1e6).toFixed(2)} Mpx OCR'd (${Math.round(m.stats.ocrPixels / Math.max(1, pages))} px per page over all pages), OCR wall ${Math.round(m.ms)} ms (${(m.ms / Math.max(1, pages)).toFixed(1)} ms per page over all pages), high/medium findings ${m.findings}`);
  }
}

const args = process.argv.slice(2);
// `--pixel fixedPoint,copyMove=off`: switch pixel signals on (or off) against their defaults, for measuring them.
const pixelArg = args.indexOf('--pixel');
if (pixelArg >= 0) {
  for (const option of (args[pixelArg + 1] ?? '').split(',')) {
    const [name = '', value] = option.split('=');
    if (!(name in DEFAULT_PIXEL_OPTIONS)) throw new Error(`Expected --pixel to name options of ${Object.keys(DEFAULT_PIXEL_OPTIONS).join(', ')}, got ${name}`);
    (DEFAULT_PIXEL_OPTIONS as unknown as Record<string, boolean>)[name as keyof PixelOptions] = value !== 'off';
  }
  args.splice(pixelArg, 2);
}
if (args[0] === '--clean-pages') await cleanPages(args.slice(1));
else if (args[0] === '--text-layer') await textLayerPages(args.slice(1));
else {
  const only = args.indexOf('--check');
  const named = only >= 0 ? args[only + 1] : undefined;
  await measureSet(args.find((a, i) => !a.startsWith('--') && (only < 0 || i !== only + 1)) ?? 'samples/forensics', args.includes('--verbose'), named);
}
