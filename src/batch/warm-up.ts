/**
 * Warm a fresh document worker before it takes files: the first PDF a thread opens pays for loading
 * pdf.js and its fonts (about a second), which must not count against a file's deadline.
 */
import { openDocument, DEFAULT_INGEST_OPTIONS } from '../ingest/index.js';

/** A one-page PDF with a few lines of Helvetica text, written out by hand. */
function tinyTextPdf(): Buffer {
  const lines = ['LOAN CONTRACT warm-up page', 'Borrower: Zhang Wei  Principal: CNY 1,250,000.00', 'Term: 36 months  Annual rate: 3.85%', 'Page 1 of 1'];
  const content = `BT /F1 12 Tf 72 760 Td 16 TL ${lines.map((l) => `(${l}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Open and read a tiny text PDF (never OCR). Failures are ignored: real files will report them. */
export async function warmUp(): Promise<void> {
  try {
    const doc = await openDocument(tinyTextPdf(), DEFAULT_INGEST_OPTIONS);
    try { await doc.readPage(1); } finally { await doc.close(); }
  } catch {
    // warming is an optimisation only
  }
}
