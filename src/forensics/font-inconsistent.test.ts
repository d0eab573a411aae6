import { describe, expect, it } from 'vitest';
import { inspectFonts } from './font-inconsistent.js';
import { loadForForensics } from './load-document.js';
import { forensicSamples, sample, FORENSIC_SAMPLES_DIR } from './samples.js';
import path from 'node:path';

const overlaps = (a: number[], b: number[]): boolean => a[0]! < b[0]! + b[2]! && b[0]! < a[0]! + a[2]! && a[1]! < b[1]! + b[3]! && b[1]! < a[1]! + a[3]!;

describe('FONT_INCONSISTENT', () => {
  it.each([['retype', 'font-unique'], ['retype-digit', 'font-split'], ['overlay', 'font-split']])('finds a %s value (%s) where it was changed', async (variant, signal) => {
    for (const lang of ['zh', 'en'] as const) {
      for (const kind of ['payslip', 'statement'] as const) {
        const s = sample({ variant, lang, kind });
        const found = inspectFonts(await loadForForensics(s.path));
        const hit = found.find((f) => f.severity === 'high');
        expect(hit?.evidence.signal, `${s.file}`).toBe(signal);
        expect(overlaps(hit!.bbox!, s.region!.bbox), `${s.file} box`).toBe(true);
      }
    }
  });

  it('stays quiet on clean text PDFs (bold totals, CJK + Latin fonts)', async () => {
    const clean = forensicSamples().filter((s) => !s.edited && s.file.startsWith('pdf-') && !/searchable/.test(s.variant));
    for (const s of clean) expect(inspectFonts(await loadForForensics(path.join(FORENSIC_SAMPLES_DIR, s.file))), s.file).toEqual([]);
  });
});
