/**
 * `docreview predisburse CASE_DIR [--application FILE] [--json]`: the pre-disbursement final
 * check. Exit 0 PASS, 1 HOLD, 2 error. With --json, stdout carries the CaseReport only.
 */
import { Command, Option } from 'commander';
import { predisburse } from '../../pipelines/predisburse.js';
import { isBlocking } from '../../pipelines/policy.js';
import type { CaseReport } from '../model/schema.js';

export function registerPredisburseCommand(program: Command): void {
  program
    .command('predisburse')
    .description('Pre-disbursement final check of one loan case folder: PASS (exit 0) or HOLD (exit 1).')
    .argument('<caseDir>', 'folder with the case documents and, optionally, application.json')
    .option('--application <file>', 'the approved application record (default CASE_DIR/application.json)')
    .option('--json', 'print the CaseReport as JSON only')
    .option('--db <file>', 'the review queue database (default: $DOCREVIEW_DATA_DIR/review.db or ./.docreview/review.db)')
    .addOption(new Option('--concurrency <n>', 'OCR workers').argParser(positiveInt))
    .action(async (caseDir: string, opts: { application?: string; json?: boolean; db?: string; concurrency?: number }) => {
      const report = await predisburse(caseDir, {
        application: opts.application,
        reviewDb: opts.db,
        check: { concurrency: opts.concurrency },
        onDocument: (r) => process.stderr.write(`${r.document.fileName}: ${r.error ? `ERROR ${r.error.code}` : `${r.document.docType}, ${r.findings.length} finding(s)`}\n`),
      });
      const text = opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderCaseText(report)}\n`;
      await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
      // HOLD is exit 1 (contract); main() would return 0 after a successful parse, so leave here.
      if (report.verdict === 'HOLD') process.exit(1);
    });
}

/** The officer's summary: verdict, blocking findings with where they are, what was not compared. */
export function renderCaseText(report: CaseReport): string {
  const out = [`Case ${report.caseId}: ${report.verdict}`, `  ${report.documents.length} document(s): ${report.documents.map((d) => `${d.document.fileName} (${d.error ? `ERROR ${d.error.code}` : d.document.docType})`).join(', ')}`];
  const lines: string[] = [];
  for (const ref of report.blocking) {
    const doc = ref.document ? report.documents.find((d) => d.document.id === ref.document) : undefined;
    const f = doc ? doc.findings[ref.index] : report.findings[ref.index];
    if (!f) continue;
    lines.push(`    ${f.code}  ${f.message}${doc ? ` [${doc.document.fileName}${f.page ? ` p${f.page}` : ''}]` : ''}`);
  }
  out.push(lines.length ? '  Blocking:' : '  Blocking: none', ...lines);
  const other = [...report.documents.flatMap((d) => d.findings.map((f) => ({ f, file: d.document.fileName }))), ...report.findings.map((f) => ({ f, file: '' }))].filter(({ f }) => !isBlocking(f));
  if (other.length) out.push('  For review (not blocking):', ...other.map(({ f, file }) => `    ${f.code}  ${f.message}${file ? ` [${file}]` : ''}`));
  if (report.notCompared?.length) out.push('  Not compared:', ...report.notCompared.map((n) => `    - ${n}`));
  return out.join('\n');
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`Expected a whole number from 1 and up, got \`${value}\``);
  return n;
}
