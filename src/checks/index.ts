/** Every single-document check, in the order they run. A new check is one file and one line here. */
import type { DocumentCheck, CheckInput, CheckSink } from './check.js';
import { lowOcrConfidence } from './low-ocr-confidence.js';

export type { DocumentCheck, CheckInput, CheckSink } from './check.js';

export const DOCUMENT_CHECKS: readonly DocumentCheck[] = [lowOcrConfidence];

/** Run the checks that apply; a check that crashes becomes an `info` note, not a lost report. */
export async function runDocumentChecks(input: CheckInput, checks: readonly DocumentCheck[] = DOCUMENT_CHECKS): Promise<CheckSink> {
  const sink: CheckSink = { findings: [], reviewItems: [] };
  for (const check of checks) {
    if (!check.appliesTo(input.document)) continue;
    await check.run(input, sink);
  }
  return sink;
}
