/**
 * Counting for summary.json: findings by severity and code, and the totals over files and cases.
 */
import { SCHEMA_VERSION, type Finding } from '../model/schema.js';
import type { BatchCase, BatchFile, BatchSummary, FindingCounts } from '../model/batch-summary.js';

export function countFindings(findings: readonly Pick<Finding, 'code' | 'severity'>[]): FindingCounts {
  const counts: FindingCounts = { bySeverity: { high: 0, medium: 0, low: 0, info: 0 }, byCode: {} };
  for (const f of findings) {
    counts.bySeverity[f.severity]++;
    counts.byCode[f.code] = (counts.byCode[f.code] ?? 0) + 1;
  }
  return counts;
}

function addCounts(into: FindingCounts, from: FindingCounts | undefined): void {
  if (!from) return;
  for (const s of ['high', 'medium', 'low', 'info'] as const) into.bySeverity[s] += from.bySeverity[s];
  for (const [code, n] of Object.entries(from.byCode) as [keyof FindingCounts['byCode'], number][]) into.byCode[code] = (into.byCode[code] ?? 0) + n;
}

/** Sort keys so equal counts serialise equally whatever order the files finished in. */
function sortedCounts(counts: FindingCounts): FindingCounts {
  return { bySeverity: counts.bySeverity, byCode: Object.fromEntries(Object.entries(counts.byCode).sort(([a], [b]) => a.localeCompare(b))) };
}

export interface SummaryParts {
  docreviewVersion: string;
  inputDir: string;
  files: BatchFile[];
  cases: BatchCase[];
  run: BatchSummary['run'];
}

export function buildSummary({ docreviewVersion, inputDir, files, cases, run }: SummaryParts): BatchSummary {
  const documents = files.filter((f) => f.kind === 'document');
  const findings = countFindings([]);
  for (const f of documents) addCounts(findings, f.findings);
  for (const c of cases) addCounts(findings, c.findings);
  const errorsByCode: Record<string, number> = {};
  for (const f of files) if (f.error) errorsByCode[f.error.code] = (errorsByCode[f.error.code] ?? 0) + 1;
  const notProcessed = files.filter((f) => f.status === 'not-processed').length;
  return {
    schemaVersion: SCHEMA_VERSION,
    docreviewVersion,
    inputDir,
    completed: notProcessed === 0 && !run.interrupted,
    totals: {
      files: files.length,
      documents: documents.length,
      cases: cases.length,
      pages: documents.reduce((n, f) => n + (f.pageCount ?? 0), 0),
      ok: files.filter((f) => f.result === 'ok').length,
      error: files.filter((f) => f.result === 'error').length,
      notProcessed,
      errorsByCode: Object.fromEntries(Object.entries(errorsByCode).sort(([a], [b]) => a.localeCompare(b))),
      findings: sortedCounts(findings),
      verdicts: {
        PASS: cases.filter((c) => c.verdict === 'PASS').length,
        HOLD: cases.filter((c) => c.verdict === 'HOLD').length,
        none: cases.filter((c) => !c.verdict).length,
      },
    },
    files,
    cases,
    run,
  };
}

/**
 * The part of a summary that depends only on the inputs and their reports: drops `run` and each
 * file's `status`/`ms`, so a resumed run can be compared with an uninterrupted one.
 */
export type ComparableSummary = Omit<BatchSummary, 'run' | 'files'> & { files: Omit<BatchFile, 'status' | 'ms'>[] };

export function comparableSummary(summary: BatchSummary): ComparableSummary {
  const { run: _run, ...rest } = summary;
  return { ...rest, files: rest.files.map(({ status: _s, ms: _ms, ...f }) => f) };
}
