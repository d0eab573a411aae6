/**
 * glibc gives every thread that allocates its own malloc arena (up to 8 per core), and the document
 * workers' OCR and pdf.js threads each hold on to freed pages in theirs: a 40-page scanned batch with
 * 2 workers peaked at 1876 MiB, and at 1432 MiB with `MALLOC_ARENA_MAX=2` (same pages, same output).
 * The variable is read only when a process starts, so long-running commands relaunch themselves once
 * with it set. Not needed (and not done) off Linux or when the caller set it already.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** The value we run long jobs with. */
export const ARENA_MAX = '2';

/** True when this process should relaunch itself with the arena limit. */
export function needsArenaLimit(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'linux' && env.MALLOC_ARENA_MAX === undefined;
}

/**
 * Run this same script again with `MALLOC_ARENA_MAX` set and resolve to its exit code; signals sent to
 * this process (SIGINT, SIGTERM, SIGHUP) are passed on, so a supervisor stopping the parent stops the
 * run, which then exits the way it would have on its own (a batch keeps its resume state).
 * @example
 * if (needsArenaLimit()) process.exit(await relaunchWithArenaLimit());
 */
export function relaunchWithArenaLimit(): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, MALLOC_ARENA_MAX: ARENA_MAX },
  });
  const forward = (signal: NodeJS.Signals) => () => { child.kill(signal); };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const handlers = signals.map((s) => [s, forward(s)] as const);
  for (const [s, h] of handlers) process.on(s, h);
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => {
      for (const [s, h] of handlers) process.off(s, h);
      resolve(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1));
    });
  });
}
