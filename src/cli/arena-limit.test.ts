import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsArenaLimit } from './arena-limit.js';

describe('needsArenaLimit', () => {
  it('relaunches on Linux only when the caller has not set the limit', () => {
    expect(needsArenaLimit({}, 'linux')).toBe(true);
    expect(needsArenaLimit({ MALLOC_ARENA_MAX: '4' }, 'linux')).toBe(false);
    expect(needsArenaLimit({}, 'darwin')).toBe(false);
  });
});

describe('relaunchWithArenaLimit', () => {
  it('runs the script again with the limit set and passes its exit code back', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'arena-'));
    const script = path.join(dir, 'probe.mjs');
    const modulePath = new URL('./arena-limit.ts', import.meta.url).pathname;
    writeFileSync(script, `
      const { needsArenaLimit, relaunchWithArenaLimit } = await import(${JSON.stringify(modulePath)});
      if (needsArenaLimit()) process.exit(await relaunchWithArenaLimit());
      process.stdout.write('child ' + process.env.MALLOC_ARENA_MAX);
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
    if (process.platform === 'linux') expect(out).toBe('child 2');
    expect(status).toBe(7);
  });
});
