import { renderBlind2Contract } from './contract-blind2.js';
import type { DocType, Form, RenderedDoc } from './expected.js';
import { renderBlind2Payslip } from './payslip-blind2.js';
import { createRng } from './prng.js';
import { renderBlind2Statement } from './statement-blind2.js';
import type { Lang } from './variant-types.js';

/**
 * Renders one blind2 document (index.ts calls this for `--set blind2`). `ordinal` cycles through the
 * type's two layouts; `maxPages` is the form's page budget; `maxRows` caps a statement's transactions
 * when its scan outgrows the size budget.
 */
export async function renderBlind2(docType: DocType, lang: Lang, form: Form, seed: number, ordinal: number, maxPages: number, maxRows?: number): Promise<RenderedDoc> {
  if (docType === 'loan_contract') return renderBlind2Contract(createRng(seed), lang, { maxPages, layoutIndex: ordinal });
  if (docType === 'pay_slip') return renderBlind2Payslip(createRng(seed), lang, ordinal);
  const sizing = createRng(seed ^ 0x5eed);
  let rows = form === 'scan-pdf' ? sizing.int(10, 18) : sizing.int(18, 38);
  if (maxRows !== undefined) rows = Math.min(rows, maxRows);
  for (;;) {
    const doc = await renderBlind2Statement(createRng(seed), lang, { transactions: rows, layoutIndex: ordinal });
    if (doc.pageCount <= maxPages || rows <= 8) return doc;
    rows -= 2;
  }
}
