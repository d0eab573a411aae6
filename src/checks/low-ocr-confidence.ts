/**
 * LOW_OCR_CONFIDENCE: a page OCR could not read reliably, or an amount-in-words line that stayed
 * unreadable after the second pass. Checks on that text are not to be trusted; a person should look.
 */
import type { DocumentCheck } from './check.js';

/** Mean word confidence (0..100) under which a page is called unreliable. */
export const LOW_PAGE_CONFIDENCE = 60;

export const lowOcrConfidence: DocumentCheck = {
  id: 'low-ocr-confidence',
  appliesTo: (doc) => doc.pages.some((p) => p.source === 'ocr'),
  run: ({ document, extraction }, { findings }) => {
    for (const page of document.pages) {
      if (page.source !== 'ocr' || page.ocrConfidence === undefined || page.ocrConfidence >= LOW_PAGE_CONFIDENCE) continue;
      findings.push({
        code: 'LOW_OCR_CONFIDENCE',
        severity: 'medium',
        message: `Page ${page.index} was read with low OCR confidence (${page.ocrConfidence}); checks on it are not reliable.`,
        page: page.index,
        bbox: [0, 0, page.width, page.height],
        evidence: { ocrConfidence: page.ocrConfidence, threshold: LOW_PAGE_CONFIDENCE },
      });
    }
    const words = document.fields.principalInWords;
    const unread = extraction.unreadWordsLines.filter((l) => document.pages[l.page - 1]?.source === 'ocr');
    for (const line of unread) {
      findings.push({
        code: 'LOW_OCR_CONFIDENCE',
        severity: 'medium',
        message: `The amount in words on page ${line.page} could not be read; compare it with the figures by eye.`,
        page: line.page,
        bbox: line.line.bbox.map(Math.round) as [number, number, number, number],
        evidence: { text: line.line.text, confidence: Math.round(line.line.confidence), field: words && words.page === line.page ? 'principalInWords' : undefined },
      });
    }
  },
};
