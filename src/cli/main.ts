/**
 * The `docreview` command: parses arguments, calls a pipeline, prints. Nothing else lives here.
 */
import { Command, CommanderError, Option } from 'commander';
import { checkFiles } from '../../pipelines/check.js';
import { renderDocumentText } from '../report/text.js';
import { registerReviewCommand } from './review.js';
import { registerBatchCommand } from './batch.js';
import { registerPredisburseCommand } from './predisburse.js';

const program = new Command()
  .name('docreview')
  .description('Reads loan contracts, pay slips and bank statements; extracts key fields and flags problems.')
  .showHelpAfterError()
  .exitOverride();

program
  .command('check')
  .description('Officer re-check of single documents, each on its own.')
  .argument('<files...>', 'PDF, PNG, JPEG, TIFF or WebP files')
  .option('--json', 'print JSON only (one report, or an array for several files)')
  .option('--deep', 'also run the checks that OCR a text-layer PDF (text layer vs page): seconds instead of milliseconds')
  .addOption(new Option('--concurrency <n>', 'OCR workers').argParser(positiveInt))
  .addOption(new Option('--timeout <seconds>', 'give up on one file after this long').argParser(positiveInt))
  .action(async (files: string[], opts: { json?: boolean; deep?: boolean; concurrency?: number; timeout?: number }) => {
    const reports = await checkFiles(files, { concurrency: opts.concurrency, timeoutMs: opts.timeout ? opts.timeout * 1000 : undefined, deep: opts.deep ?? false });
    if (opts.json) process.stdout.write(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n');
    else process.stdout.write(reports.map(renderDocumentText).join('\n\n') + '\n');
  });

registerPredisburseCommand(program);
registerBatchCommand(program);
registerReviewCommand(program);

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`Expected a whole number from 1 and up, got \`${value}\``);
  return n;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are answers, not errors; commander has already printed usage problems.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`docreview: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
