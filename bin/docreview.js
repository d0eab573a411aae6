#!/usr/bin/env node
// Silences natural's dotenv banner should any dependency load it: stdout must stay JSON with --json.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
// Long batch runs relaunch once with MALLOC_ARENA_MAX and --single-threaded-gc set (src/cli/batch-runtime.ts).
if (process.argv[2] === 'batch') {
  const { needsBatchRuntime, relaunchForBatch } = await import('../dist/src/cli/batch-runtime.js');
  if (needsBatchRuntime()) process.exit(await relaunchForBatch());
}
const { main } = await import('../dist/src/cli/main.js');
const code = await main(process.argv);
// Worker threads of a timed-out file may still be busy; the reports are written, so leave now.
process.exit(code);
