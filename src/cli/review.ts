/**
 * `docreview review list|show|resolve`: the human review queue from the command line. Thin:
 * parses arguments, calls the store, prints. With `--json` stdout carries JSON only.
 */
import { Command, Option } from 'commander';
import { defaultReviewDbPath, openReviewStore, REVIEW_STATUSES, type AuditEntry, type ReviewStatus, type StoredReviewItem } from '../review/store.js';

interface DbOptions { db?: string; json?: boolean }

/** Exit code for a request the queue refused (unknown id, already decided, bad argument). */
export const REVIEW_EXIT_ERROR = 2;

/**
 * Add `review` and its subcommands to the program. Errors are thrown as-is: the caller's
 * top-level handler prints them to stderr and exits 2.
 * @example registerReviewCommand(program); // docreview review list --status pending --json
 */
export function registerReviewCommand(program: Command): void {
  const review = program
    .command('review')
    .description(`The human review queue: unusual clauses and unreadable pages waiting for a decision (database: --db, $DOCREVIEW_DATA_DIR/review.db or ${defaultReviewDbPath({})}).`)
    // The contract's exit codes: a usage error (bad choice, missing option) is 2, not commander's 1.
    // Subcommands created below inherit this.
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : REVIEW_EXIT_ERROR));

  const dbOption = (): Option => new Option('--db <path>', 'review database file (default: $DOCREVIEW_DATA_DIR/review.db, else ./.docreview/review.db)');

  review
    .command('list')
    .description('List review items, oldest first.')
    .addOption(new Option('--status <status>', 'only items with this status').choices(REVIEW_STATUSES as string[]))
    .option('--case <caseId>', 'only items of this case')
    .option('--json', 'print JSON only')
    .addOption(dbOption())
    .action((opts: DbOptions & { status?: ReviewStatus; case?: string }) => {
      withStore(opts, (store) => {
        const items = store.list({ status: opts.status, caseId: opts.case });
        if (opts.json) printJson(items);
        else process.stdout.write(items.length ? items.map(summaryLine).join('\n') + '\n' : 'No review items.\n');
      });
    });

  review
    .command('show')
    .description('Show one review item with its audit record.')
    .argument('<id>', 'review item id')
    .option('--json', 'print JSON only')
    .addOption(dbOption())
    .action((id: string, opts: DbOptions) => {
      withStore(opts, (store) => {
        const item = store.get(id);
        if (!item) throw new Error(`No review item \`${id}\` in ${store.path}.`);
        const audit = store.audit(id);
        if (opts.json) printJson({ ...item, audit });
        else process.stdout.write(detail(item, audit));
      });
    });

  review
    .command('resolve')
    .description('Decide a review item: approve (may go ahead) or reject (holds the case).')
    .argument('<id>', 'review item id')
    .addOption(new Option('--decision <decision>', 'approve or reject').choices(['approve', 'reject']).makeOptionMandatory())
    .requiredOption('--reviewer <name>', 'who decides')
    .option('--note <text>', 'why')
    .option('--override', 'decide again an item already approved or rejected (both decisions stay in the audit)')
    .option('--json', 'print JSON only')
    .addOption(dbOption())
    .action((id: string, opts: DbOptions & { decision: 'approve' | 'reject'; reviewer: string; note?: string; override?: boolean }) => {
      withStore(opts, (store) => {
        const item = store.resolve(id, { decision: opts.decision, reviewer: opts.reviewer, note: opts.note, override: opts.override });
        if (opts.json) printJson({ ...item, audit: store.audit(id) });
        else process.stdout.write(`${item.id}: ${item.status} by ${item.decidedBy} at ${item.decidedAt}\n`);
      });
    });
}

function withStore(opts: DbOptions, run: (store: ReturnType<typeof openReviewStore>) => void): void {
  const store = openReviewStore(opts.db ?? defaultReviewDbPath());
  try {
    run(store);
  } finally {
    store.close();
  }
}

function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

function summaryLine(item: StoredReviewItem): string {
  const text = item.text.replace(/\s+/gu, ' ');
  return `${item.id}  ${item.status.padEnd(8)}  ${item.kind.padEnd(14)}  ${item.caseId ?? '-'}  ${item.fileName} p.${item.page}  score ${item.score}  ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`;
}

function detail(item: StoredReviewItem, audit: AuditEntry[]): string {
  const lines = [
    `${item.id} (${item.kind}, ${item.status})`,
    `document ${item.fileName} page ${item.page}  [${item.documentId}]${item.caseId ? `  case ${item.caseId}` : ''}`,
    `score ${item.score}, queued ${item.createdAt}, last seen ${item.lastSeenAt} (${item.seenCount}×)`,
    '',
    item.text,
    '',
    ...item.reasons.map((r) => `- ${r}`),
    '',
    'audit:',
    ...audit.map((a) => `  #${a.seq} ${a.at} ${a.actor} ${a.action}${a.fromStatus ? ` ${a.fromStatus}→` : ' →'}${a.toStatus}${a.note ? `: ${a.note}` : ''}`),
  ];
  return lines.join('\n') + '\n';
}
