/**
 * NAME_MISMATCH within a contract: the name printed in the borrower's signature block (姓名：…,
 * Name: …, under 借款人（签字） / Borrower (signature)) is not the borrower the contract names. The
 * signing page is where a wrong person would sign, so it is read against the contract's own
 * borrower field (the key terms); the case check compares that field across documents.
 */
import type { Finding } from '../model/schema.js';
import type { Line } from '../model/document.js';
import { readPersonName } from '../extract/values.js';
import { han, sameName } from '../case/names.js';
import type { DocumentCheck } from './check.js';
import { findBlocks, type Block } from './signatures.js';

/** A signature label that names the borrower. */
const BORROWER_BLOCK = /借\s*款\s*人|\bborrower\b/iu;
/** The printed-name line of a signature block. */
const NAME_LINE = /^\s*(?:姓\s*名|(?:printed\s*|full\s*)?name)\s*[:：]\s*(.+)$/iu;
/** How far below its label a block's printed name may stand, in label heights. */
const BLOCK_DEPTH = 12;
/** OCR'd names below this line confidence are not read against the contract. */
const MIN_OCR_CONFIDENCE = 97;

export const signatoryName: DocumentCheck = {
  id: 'signatory-name',
  appliesTo: (doc) => doc.docType === 'loan_contract',
  run: ({ document, extraction }, { findings }) => {
    const borrower = extraction.fields.borrowerName;
    if (!borrower) return;
    for (const block of findBlocks(document).filter((b) => b.kind === 'signature' && BORROWER_BLOCK.test(b.labelText ?? b.line.text))) {
      const printed = printedName(block);
      if (!printed || sameName({ value: printed.name, evidence: { display: printed.display } }, borrower)) continue;
      if (han(printed.name) !== han(String(borrower.value))) continue; // 张伟 / Zhang Wei: not compared
      findings.push(mismatch(block, printed, String(borrower.value), borrower.page));
    }
  },
};

interface PrintedName { name: string; display: string; line: Line }

/** The `Name:` line in the block's column, below its label and within the block's depth. */
export function printedName(block: Block): PrintedName | undefined {
  const { page, label } = block;
  const h = label[3];
  const left = block.cell?.left ?? label[0] - h;
  const right = block.cell?.right ?? page.width;
  for (const line of page.lines) {
    if (line.bbox[1] <= label[1] + h * 0.5 || line.bbox[1] > label[1] + h * BLOCK_DEPTH) continue;
    if (page.source !== 'text-layer' && line.confidence < MIN_OCR_CONFIDENCE) continue;
    const words = line.words.filter((w) => w.bbox[0] >= left && w.bbox[0] < right);
    const m = NAME_LINE.exec(words.map((w) => w.text).join(' '));
    if (!m) continue;
    const read = readPersonName(m[1]!, '');
    if (!read) continue;
    const display = typeof read.extra?.display === 'string' ? read.extra.display : String(read.value);
    return { name: String(read.value), display, line };
  }
  return undefined;
}

function mismatch(block: Block, printed: PrintedName, borrower: string, borrowerPage: number): Finding {
  return {
    code: 'NAME_MISMATCH',
    severity: 'high',
    message: `Page ${block.page.index}: the borrower's signature block prints the name "${printed.display}", but the contract's borrower is "${borrower}" (page ${borrowerPage}).`,
    page: block.page.index,
    bbox: printed.line.bbox,
    evidence: { field: 'borrowerName', signatureBlock: block.labelText ?? block.line.text.trim(), printed: printed.display, contract: borrower, contractPage: borrowerPage, source: block.page.source },
  };
}
