/** Dispatches a blind4 document to its renderer (`contract-blind4.ts`, `payslip-blind4.ts`, `statement-blind4.ts`). */
import { renderContractBlind4 } from './contract-blind4.js';
import type { DocType, Form, RenderedDoc } from './expected.js';
import { renderPayslipBlind4 } from './payslip-blind4.js';
import { createRng } from './prng.js';
import { renderStatementBlind4 } from './statement-blind4.js';
import type { Lang } from './variant-types.js';

/**
 * `ordinal` counts the set's documents of this type (both languages, 5 per language: four text PDFs
 * then the scan). Within a language documents 1 and 3 are family A, 2 and 4 family B, and the scan
 * (5th) family A.
 */
export async function renderBlind4(docType: DocType, lang: Lang, form: Form, seed: number, ordinal: number, limit: number, maxRows?: number): Promise<RenderedDoc> {
  const k = ordinal % 5;
  const familyOrdinal = k === 4 ? 0 : k;
  if (docType === 'loan_contract') return renderContractBlind4(createRng(seed), lang, familyOrdinal, limit);
  if (docType === 'pay_slip') return renderPayslipBlind4(createRng(seed), lang, familyOrdinal);
  const sizing = createRng(seed ^ 0xb4b4);
  let rows = form === 'scan-pdf' ? sizing.int(9, 13) : sizing.int(14, 30);
  if (maxRows !== undefined) rows = Math.min(rows, maxRows);
  for (;;) {
    const doc = await renderStatementBlind4(createRng(seed), lang, familyOrdinal, rows, 99);
    if (doc.pageCount <= limit || rows <= 8) return doc;
    rows -= 3;
  }
}
