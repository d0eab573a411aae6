/**
 * Which findings stop a disbursement. This is the pre-disbursement pipeline's policy, in one
 * place: a finding blocks when its code's rule is `block` and its severity is at least `minSeverity`.
 * `review` findings are shown and queued for a person, but do not block on their own (an open
 * review item blocks through the review queue, see `reviewBlocking` in predisburse.ts).
 */
import type { Finding, FindingCode, Severity } from '../src/model/schema.js';

export type Rule = 'block' | 'review' | 'note';

export const FINDING_POLICY: Record<FindingCode, Rule> = {
  AMOUNT_WORDS_MISMATCH: 'block',
  AMOUNT_MISMATCH: 'block',
  ADDRESS_MISMATCH: 'block',
  ADDRESS_UNKNOWN_PLACE: 'block',
  PAGE_MISSING: 'block',
  PAGE_DUPLICATE: 'block',
  PAGE_OUT_OF_ORDER: 'block',
  IMAGE_EDITED: 'block',
  METADATA_EDITED: 'review',
  FONT_INCONSISTENT: 'block',
  TEXT_LAYER_MISMATCH: 'block',
  BALANCE_MISMATCH: 'block',
  PAYSLIP_ARITHMETIC: 'block',
  DATE_INCONSISTENT: 'block',
  ACCOUNT_MISMATCH: 'block',
  NAME_MISMATCH: 'block',
  RATE_MISMATCH: 'block',
  TERM_MISMATCH: 'block',
  ID_MISMATCH: 'block',
  SIGNATURE_MISSING: 'block',
  DOCUMENT_MISSING: 'block',
  // A person reads these; the review queue decides whether they hold the case.
  CLAUSE_UNUSUAL: 'review',
  // An unreadable page is not a defect of the document: it is shown for a look by eye.
  LOW_OCR_CONFIDENCE: 'review',
};

/** Findings below this severity never block, whatever their code. */
export const MIN_BLOCKING_SEVERITY: Severity = 'high';

/** A file of the case that could not be read blocks: nobody has checked what it says. */
export const UNREADABLE_DOCUMENT_BLOCKS = true;

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

export function isBlocking(finding: Pick<Finding, 'code' | 'severity'>): boolean {
  return FINDING_POLICY[finding.code] === 'block' && RANK[finding.severity] >= RANK[MIN_BLOCKING_SEVERITY];
}
