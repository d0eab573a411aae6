/**
 * The signature check reads marks from the parse ingest already made (`readDocument`'s `keepOpen`)
 * instead of opening the PDF again, and the marks are the same either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../model/schema.js';
import type { PageMarks } from '../ingest/pdf-marks.js';

// Count every parse of a PDF; the real openPdf still does the work.
const opens = vi.hoisted(() => ({ count: 0 }));
vi.mock('../ingest/pdf.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../ingest/pdf.js')>();
  return { ...real, openPdf: (bytes: Buffer) => { opens.count++; return real.openPdf(bytes); } };
});

const { readDocument } = await import('../read/read-document.js');
const { findBlocks, readMarks, signatures } = await import('./signatures.js');

const failOcr = () => { throw new Error('a text-layer page must not be OCR\'d'); };
const CONTRACTS = ['samples/cases/dev/dev-signature-en-text/contract.pdf', 'samples/cases/dev/dev-signature-zh-text-clean/contract.pdf', 'samples/dev/dev-contract-zh-text-pdf.pdf'].filter((f) => existsSync(f));

/** Marks without their pixel functions, plus each image's pixels on a coarse grid. */
function plain({ marks, unsure }: PageMarks) {
  return {
    unsure,
    marks: marks.map((m) => {
      if (m.kind === 'path') return m;
      const samples: number[] = [];
      for (let y = 0; y < m.height; y += Math.max(1, Math.floor(m.height / 16))) for (let x = 0; x < m.width; x += Math.max(1, Math.floor(m.width / 16))) samples.push(...m.pixel(x, y));
      return { kind: m.kind, bbox: m.bbox, toImage: m.toImage, width: m.width, height: m.height, samples };
    }),
  };
}

async function check(file: string, keepOpen: boolean) {
  const read = await readDocument(file, readFileSync(file), { ocr: failOcr as never, ocrConcurrency: 1, keepOpen });
  const sink = { findings: [] as Finding[], reviewItems: [] };
  try {
    const before = opens.count;
    await signatures.run({ ...read, ocr: failOcr as never }, sink);
    return { read, findings: sink.findings, parses: opens.count - before };
  } finally {
    await read.opened?.close();
  }
}

describe.skipIf(CONTRACTS.length === 0)('signatures on the parse ingest made', () => {
  afterEach(() => { opens.count = 0; });

  it.each(CONTRACTS)('%s: no second parse, same findings as a fresh one', async (file) => {
    const shared = await check(file, true);
    const fresh = await check(file, false);
    expect(shared.read.document.docType).toBe('loan_contract');
    expect(shared.parses).toBe(0);
    expect(fresh.parses).toBe(1);
    expect(shared.findings).toEqual(fresh.findings);
  });

  it.each(CONTRACTS)('%s: the marks of the signature page are those of a fresh parse', async (file) => {
    const read = await readDocument(file, readFileSync(file), { ocr: failOcr as never, ocrConcurrency: 1, keepOpen: true });
    try {
      const page = findBlocks(read.document)[0]!.page;
      const shared = await readMarks(read.document, page, read.opened);
      const fresh = await readMarks(read.document, page);
      expect(shared).toBeDefined();
      expect(plain(shared!)).toEqual(plain(fresh!));
    } finally {
      await read.opened?.close();
    }
  });

  it('falls back to the bytes when the kept file was already closed', async () => {
    const file = CONTRACTS[0]!;
    const read = await readDocument(file, readFileSync(file), { ocr: failOcr as never, ocrConcurrency: 1, keepOpen: true });
    await read.opened!.close();
    const page = findBlocks(read.document)[0]!.page;
    expect(plain((await readMarks(read.document, page, read.opened))!)).toEqual(plain((await readMarks(read.document, page))!));
  });

  it('hands the file back only when asked to keep it open', async () => {
    const file = CONTRACTS[0]!;
    const read = await readDocument(file, readFileSync(file), { ocr: failOcr as never, ocrConcurrency: 1 });
    expect(read.opened).toBeUndefined();
  });
});

describe.skipIf(!existsSync('samples/dev/dev-payslip-en-scan-pdf.pdf'))('keepOpen on a scan', () => {
  it('closes a file with no text-layer page at once: nothing reads it again', async () => {
    const engine = { name: 'stub', close: async () => undefined, recognize: async () => ({ lines: [], confidence: 0, width: 1, height: 1, ms: 0 }) };
    const file = 'samples/dev/dev-payslip-en-scan-pdf.pdf';
    const read = await readDocument(file, readFileSync(file), { ocr: () => engine, ocrConcurrency: 1, keepOpen: true });
    expect(read.document.pages.every((p) => p.source === 'ocr')).toBe(true);
    expect(read.opened).toBeUndefined();
  });
});
