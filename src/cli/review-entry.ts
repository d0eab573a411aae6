/**
 * A stand-alone `review` command with the same error handling as `docreview` (stderr, exit 2):
 * for the end-to-end tests, and usable before the command is wired into `main.ts`.
 * Usage: npx tsx src/cli/review-entry.ts review list --json
 */
import { Command } from 'commander';
import { registerReviewCommand } from './review.js';

const program = new Command().name('docreview').exitOverride().showHelpAfterError();
registerReviewCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version') process.exit(0);
  if (!code?.startsWith('commander.')) process.stderr.write(`docreview: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
