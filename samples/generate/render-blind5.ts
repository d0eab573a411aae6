/** Dispatches a blind5 document to its renderer (`contract-blind5.ts`, `payslip-blind5.ts`, `statement-blind5.ts`). */
import { renderContractBlind5 } from './contract-blind5.js';
import type { DocType, Form, RenderedDoc } from './expected.js';
import { renderPayslipBlind5 } from './payslip-blind5.js';
import { createRng } from './prng.js';
import { renderStatementBlind5 } from './statement-blind5.js';
import type { Lang } from './variant-types.js';

/**
 * `ordinal` counts the set's documents of this type (both languages, 5 per language: four text PDFs
 * then the scan). Within a language documents 1 and 3 are family A, 2 and 4 family B, and the scan
 * (5th) family A.
 */
export async function renderBlind5(docType: DocType, lang: Lang, form: Form, seed: number, ordinal: number, limit: number, maxRows?: number): Promise<RenderedDoc> {
  const k = ordinal % 5;
  const familyOrdinal = k === 4 ? 0 : k;
  if (docType === 'loan_contract') return renderContractBlind5(createRng(seed), lang, familyOrdinal, limit);
  if (docType === 'pay_slip') return renderPayslipBlind5(createRng(seed), lang, familyOrdinal);
  const sizing = createRng(seed ^ 0xb5b5);
  // Family B (carried-forward) always runs onto a second page so its subtotal / carried-forward lines show.
  let rows = form === 'scan-pdf' ? sizing.int(9, 12) : familyOrdinal % 2 === 1 ? sizing.int(30, 38) : sizing.int(14, 28);
  if (maxRows !== undefined) rows = Math.min(rows, maxRows);
  for (;;) {
    const doc = await renderStatementBlind5(createRng(seed), lang, familyOrdinal, rows, 99);
    if (doc.pageCount <= limit || rows <= 8) return doc;
    rows -= 3;
  }
}
