/**
 * The person-readable rendering of a report for the terminal.
 */
import type { DocumentReport, Field, Transaction } from '../model/schema.js';

function formatValue(field: Field): string {
  const v = field.value;
  const words = field.evidence?.value;
  if (field.evidence && 'unreadable' in field.evidence) return `${String(v)}  (unreadable: ${String(field.evidence.unreadable)})`;
  return words !== undefined && words !== v ? `${String(v)}  (= ${String(words)})` : String(v);
}

export function renderDocumentText(report: DocumentReport): string {
  const d = report.document;
  const out: string[] = [];
  out.push(`${d.fileName}`);
  if (report.error) {
    out.push(`  ERROR ${report.error.code}: ${report.error.message}`);
    return out.join('\n');
  }
  const ocrPages = report.pages.filter((p) => p.source === 'ocr').length;
  out.push(`  ${d.docType} (${Math.round(d.docTypeConfidence * 100)}%), ${d.language}, ${d.pageCount} page(s)` +
    `${ocrPages ? `, ${ocrPages} OCR'd` : ''}, ${d.mediaType}, ${Math.round(report.timings.totalMs)} ms`);
  const entries = Object.entries(report.fields);
  if (entries.length) out.push('  Fields:');
  for (const [name, field] of entries) {
    if (Array.isArray(field)) {
      out.push(`    ${name}: ${field.length} rows`);
      for (const t of field.slice(0, 50) as Transaction[]) out.push(`      ${t.date}  ${t.amount.padStart(14)}  ${(t.balance ?? '').padStart(14)}  ${t.description}`);
      continue;
    }
    const low = field.confidence < 0.6 ? '  [low confidence]' : '';
    out.push(`    ${name.padEnd(20)} ${formatValue(field)}   p${field.page}${field.bbox ? ` [${field.bbox.join(',')}]` : ''} ${Math.round(field.confidence * 100)}%${low}`);
  }
  out.push(report.findings.length ? '  Findings:' : '  Findings: none');
  for (const f of report.findings) {
    out.push(`    ${f.severity.toUpperCase().padEnd(6)} ${f.code}  ${f.message}${f.page ? ` (page ${f.page}${f.bbox ? ` [${f.bbox.join(',')}]` : ''})` : ''}`);
  }
  if (report.checksSkipped?.length) out.push(`  Not run in this quick check (use --deep): ${report.checksSkipped.join(', ')}`);
  if (report.checkFailures?.length) out.push(`  Checks that failed (a docreview bug, findings may be missing): ${report.checkFailures.map((f) => f.check).join(', ')}`);
  return out.join('\n');
}
