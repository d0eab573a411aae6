/**
 * A Document as the forensic checks need it, without OCR or extraction: text-layer pages with
 * their words, raster pages with their image. For tests and the measuring script; the pipeline
 * hands the checks the full document instead.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Document, Page } from '../model/document.js';
import { openDocument, DEFAULT_INGEST_OPTIONS } from '../ingest/index.js';

export async function loadForForensics(filePath: string): Promise<Document> {
  const bytes = await readFile(filePath);
  const opened = await openDocument(bytes, DEFAULT_INGEST_OPTIONS);
  const pages: Page[] = [];
  try {
    for (let index = 1; index <= opened.pageCount; index++) {
      const input = await opened.readPage(index);
      if (input.kind === 'text') { pages.push(input.page); continue; }
      pages.push({ index, width: input.width, height: input.height, dpi: input.dpi, source: 'ocr', sourceReason: input.reason, lines: [], image: { data: input.png } });
    }
  } finally {
    await opened.close();
  }
  return {
    file: { path: filePath, fileName: path.basename(filePath), bytes, id: createHash('sha256').update(bytes).digest('hex') },
    mediaType: opened.mediaType, pages, metadata: opened.metadata,
    docType: 'unknown', docTypeConfidence: 0, language: 'zh', fields: {}, transactions: [],
  };
}
