/**
 * Long-running commands (`docreview batch`, the bench) run in a process set up for throughput, which
 * only a fresh process can have, so they relaunch themselves once:
 * - `MALLOC_ARENA_MAX=2` (Linux): glibc gives every thread that allocates its own malloc arena (up to 8
 *   per core), and the document workers' OCR and pdf.js threads each hold on to freed pages in theirs:
 *   a 40-page scanned batch with 2 workers peaked at 1876 MiB, and at 1432 MiB with the limit.
 * - `--single-threaded-gc`: V8's parallel and concurrent collectors run on helper threads that, on a
 *   machine whose cores the document workers already keep busy, cost more CPU than they save: 1,200
 *   text-layer pages took 32–34 s of CPU with them and 28–30 s without (one worker, built CLI).
 * Nothing is changed when the caller already set the variable and the flag.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** The malloc arena limit long jobs run with. */
export const ARENA_MAX = '2';

/** V8 flags long jobs run with. */
export const BATCH_V8_FLAGS = ['--single-threaded-gc'] as const;

/**
 * True when this process should relaunch itself with the arena limit or the V8 flags.
 * @example needsBatchRuntime({}, 'linux', []) // true
 */
export function needsBatchRuntime(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  execArgv: readonly string[] = process.execArgv,
): boolean {
  const arenaMissing = platform === 'linux' && env.MALLOC_ARENA_MAX === undefined;
  return arenaMissing || BATCH_V8_FLAGS.some((flag) => !execArgv.includes(flag));
}

/**
 * Run this same script again with `MALLOC_ARENA_MAX` and the V8 flags set and resolve to its exit
 * code; signals sent to this process (SIGINT, SIGTERM, SIGHUP) are passed on, so a supervisor stopping
 * the parent stops the run, which then exits the way it would have on its own (a batch keeps its
 * resume state).
 * @example
 * if (needsBatchRuntime()) process.exit(await relaunchForBatch());
 */
export function relaunchForBatch(): Promise<number> {
  const flags = BATCH_V8_FLAGS.filter((flag) => !process.execArgv.includes(flag));
  const child = spawn(process.execPath, [...flags, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? ARENA_MAX },
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
