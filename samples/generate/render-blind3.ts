/** Dispatches a blind3 document to its renderer (`contract-blind3.ts`, `payslip-blind3.ts`, `statement-blind3.ts`). */
import { renderContractBlind3 } from './contract-blind3.js';
import type { DocType, Form, RenderedDoc } from './expected.js';
import { renderPayslipBlind3 } from './payslip-blind3.js';
import { createRng } from './prng.js';
import { renderStatementBlind3 } from './statement-blind3.js';
import type { Lang } from './variant-types.js';

/**
 * `ordinal` counts the set's documents of this type (both languages); even ordinals get the first
 * layout of the type, odd ones the second. `limit` is the form's page budget, `maxRows` caps a
 * statement's transactions (scans over the size budget are redrawn with fewer).
 */
export async function renderBlind3(docType: DocType, lang: Lang, form: Form, seed: number, ordinal: number, limit: number, maxRows?: number): Promise<RenderedDoc> {
  const layoutOrdinal = ordinal % 5;
  if (docType === 'loan_contract') return renderContractBlind3(createRng(seed), lang, layoutOrdinal, limit);
  if (docType === 'pay_slip') return renderPayslipBlind3(createRng(seed), lang, layoutOrdinal);
  const sizing = createRng(seed ^ 0xb3b3);
  // The landscape DR/CR layout gets enough rows to run onto a second page (header block repeated).
  let rows = form === 'scan-pdf' ? sizing.int(10, 15) : layoutOrdinal % 2 === 1 ? sizing.int(34, 44) : sizing.int(14, 26);
  if (maxRows !== undefined) rows = Math.min(rows, maxRows);
  for (;;) {
    const doc = await renderStatementBlind3(createRng(seed), lang, layoutOrdinal, rows, 99);
    if (doc.pageCount <= limit || rows <= 8) return doc;
    rows -= 3;
  }
}
