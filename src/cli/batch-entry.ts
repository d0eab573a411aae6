/**
 * `docreview batch` on its own (tests spawn it with `npx tsx src/cli/batch-entry.ts IN --out OUT`):
 * the same command as in the main program, without loading the other commands.
 */
import { Command, CommanderError } from 'commander';
import { registerBatchCommand } from './batch.js';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const program = new Command().name('docreview').exitOverride();
registerBatchCommand(program);
let code = 0;
try {
  await program.parseAsync(['node', 'docreview', 'batch', ...process.argv.slice(2)]);
} catch (error) {
  if (error instanceof CommanderError) code = error.exitCode === 0 ? 0 : 2;
  else {
    process.stderr.write(`docreview: ${error instanceof Error ? error.message : String(error)}\n`);
    code = 2;
  }
}
// Worker threads stuck in native code must not keep a finished run alive.
process.exit(code);
