import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/schema.js';
import { inspectImageMetadata, inspectPdfMetadata } from './metadata-edited.js';
import { metadataEdited } from './metadata-edited.js';
import { loadForForensics } from './load-document.js';
import { forensicSamples, sample, FORENSIC_SAMPLES_DIR } from './samples.js';
import path from 'node:path';

async function run(file: string): Promise<Finding[]> {
  const document = await loadForForensics(file);
  const sink = { findings: [] as Finding[], reviewItems: [] };
  await metadataEdited.run({ document, extraction: { fields: {}, mentions: {}, transactions: [], amountWords: [], unreadWordsLines: [] }, ocr: () => { throw new Error('no OCR needed'); } }, sink);
  return sink.findings;
}
const worst = (f: Finding[]): string => (['high', 'medium', 'low', 'info'].find((s) => f.some((x) => x.severity === s)) ?? 'none');

describe('METADATA_EDITED', () => {
  it('flags editor producers high and says which tool, in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const found = await run(sample({ variant: 'editor-producer', lang }).path);
      expect(worst(found)).toBe('high');
      expect(found.find((f) => f.severity === 'high')?.evidence).toMatchObject({ signal: 'metadata', field: 'Producer' });
    }
  });

  it('says what text an incremental content update changed', async () => {
    const found = await run(sample({ variant: 'content-update', lang: 'en' }).path);
    const update = found.find((f) => f.severity === 'high');
    expect(update?.message).toMatch(/revisions/);
    expect(update?.evidence.textChanges).toBeDefined();
  });

  it('does not call signatures, form fills or clean files high', async () => {
    const clean = forensicSamples().filter((s) => !s.edited && (s.file.startsWith('pdf-') || s.file.startsWith('exif-')));
    expect(clean.length).toBeGreaterThan(10);
    for (const s of clean) expect([s.file, worst(await run(path.join(FORENSIC_SAMPLES_DIR, s.file)))]).not.toEqual([s.file, 'high']);
  });

  it('reads editor software, late modification and a swapped EXIF thumbnail from images', async () => {
    const editor = await inspectImageMetadata(readFileSync(sample({ variant: 'editor' }).path));
    expect(editor.some((f) => f.severity === 'high' && typeof f.evidence.software === 'string')).toBe(true);
    const later = await inspectImageMetadata(readFileSync(sample({ variant: 'modified-later' }).path));
    expect(later.map((f) => f.severity)).toContain('medium');
    const swapped = await inspectImageMetadata(readFileSync(sample({ variant: 'thumb-swapped' }).path));
    expect(swapped.some((f) => /thumbnail/.test(f.message))).toBe(true);
    const ownThumb = await inspectImageMetadata(readFileSync(sample({ variant: 'phone-thumb' }).path));
    expect(ownThumb).toEqual([]);
  });

  it('keeps an office-suite producer a note, never a block; PDF editors stay high', async () => {
    const bytes = readFileSync(sample({ variant: 'plain', lang: 'en' }).path);
    const grade = async (producer: string): Promise<string> => worst(await inspectPdfMetadata(bytes, { Producer: producer, Creator: producer }));
    expect(await grade('Microsoft® Word for Microsoft 365')).toBe('low');
    expect(await grade('Microsoft Word - 工资条.docx')).toBe('low');
    expect(await grade('WPS 文字')).toBe('low');
    expect(await grade('LibreOffice 7.6')).toBe('low');
    expect(await grade('Foxit PhantomPDF 10.1')).toBe('high');
    expect(await grade('JasperReports Library version 6.20.0')).toBe('none');
  });

  it('leaves an office-suite producer unremarked on contracts and pay slips, not on statements', async () => {
    const bytes = readFileSync(sample({ variant: 'plain', lang: 'en' }).path);
    const codes = async (producer: string, docType: 'loan_contract' | 'pay_slip' | 'bank_statement' | 'unknown') => (await inspectPdfMetadata(bytes, { Producer: producer }, docType)).map((f) => f.severity);
    expect(await codes('WPS Office', 'loan_contract')).toEqual([]);
    expect(await codes('Microsoft Excel 2019', 'pay_slip')).toEqual([]);
    // A statement typed in an office suite did not come out of a bank's system.
    expect(await codes('Microsoft Excel 2019', 'bank_statement')).toEqual(['low']);
    expect(await codes('WPS Office', 'unknown')).toEqual(['low']);
    // An editor is an editor whatever the document.
    expect(await codes('Foxit PhantomPDF 10.1', 'loan_contract')).toEqual(['high']);
  });
});
