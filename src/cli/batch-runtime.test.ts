import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsBatchRuntime } from './batch-runtime.js';

describe('needsBatchRuntime', () => {
  it('relaunches on Linux only when the caller has not set the limit', () => {
    expect(needsBatchRuntime({}, 'linux', ['--single-threaded-gc'])).toBe(true);
    expect(needsBatchRuntime({ MALLOC_ARENA_MAX: '4' }, 'linux', ['--single-threaded-gc'])).toBe(false);
    expect(needsBatchRuntime({}, 'darwin', ['--single-threaded-gc'])).toBe(false);
    expect(needsBatchRuntime({ MALLOC_ARENA_MAX: '4' }, 'linux', [])).toBe(true);
    expect(needsBatchRuntime({}, 'darwin', ['--import', 'tsx'])).toBe(true);
  });
});

describe('relaunchForBatch', () => {
  it('runs the script again with the limit and the GC flag set and passes its exit code back', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'arena-'));
    const script = path.join(dir, 'probe.mjs');
    const modulePath = new URL('./batch-runtime.ts', import.meta.url).pathname;
    writeFileSync(script, `
      const { needsBatchRuntime, relaunchForBatch } = await import(${JSON.stringify(modulePath)});
      if (needsBatchRuntime()) process.exit(await relaunchForBatch());
      process.stdout.write('child ' + process.env.MALLOC_ARENA_MAX + ' ' + process.execArgv.includes('--single-threaded-gc'));
      process.exit(7);
    `);
    const env = { ...process.env };
    delete env.MALLOC_ARENA_MAX;
    let out = '', status = 0;
    try {
      out = execFileSync(process.execPath, ['--import', 'tsx', script], { env, encoding: 'utf8' });
    } catch (err) {
      const e = err as { stdout: string; status: number };
      out = e.stdout; status = e.status;
    }
    expect(out).toBe(`child ${process.platform === 'linux' ? '2' : 'undefined'} true`);
    expect(status).toBe(7);
  });
});
