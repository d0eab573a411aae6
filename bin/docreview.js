#!/usr/bin/env node
// Silences natural's dotenv banner should any dependency load it: stdout must stay JSON with --json.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
// Long batch runs relaunch once with MALLOC_ARENA_MAX set (src/cli/arena-limit.ts: peak RSS −24 %).
if (process.argv[2] === 'batch') {
  const { needsArenaLimit, relaunchWithArenaLimit } = await import('../dist/src/cli/arena-limit.js');
  if (needsArenaLimit()) process.exit(await relaunchWithArenaLimit());
}
const { main } = await import('../dist/src/cli/main.js');
const code = await main(process.argv);
// Worker threads of a timed-out file may still be busy; the reports are written, so leave now.
process.exit(code);
