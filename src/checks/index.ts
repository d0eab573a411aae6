/** Every single-document check, in the order they run. A new check is one file and one line here. */
import type { DocumentCheck, CheckInput } from './check.js';
import type { Finding } from '../model/schema.js';
import { lowOcrConfidence } from './low-ocr-confidence.js';

export type { DocumentCheck, CheckInput } from './check.js';

export const DOCUMENT_CHECKS: readonly DocumentCheck[] = [lowOcrConfidence];

export function runDocumentChecks(input: CheckInput, checks: readonly DocumentCheck[] = DOCUMENT_CHECKS): Finding[] {
  return checks.filter((c) => c.appliesTo(input.document)).flatMap((c) => c.run(input));
}
