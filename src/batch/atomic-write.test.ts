import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeJsonAtomic } from './atomic-write.js';

describe('writeFileAtomic', () => {
  it('writes whole files into folders it makes, and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
    await writeJsonAtomic(path.join(dir, 'a/b/report.json'), { ok: true });
    expect(JSON.parse(readFileSync(path.join(dir, 'a/b/report.json'), 'utf8'))).toEqual({ ok: true });
    expect(readdirSync(path.join(dir, 'a/b'))).toEqual(['report.json']);
  });

  it('makes a folder again when it was removed after an earlier write', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
    await writeFileAtomic(path.join(dir, 'out/one.txt'), 'one');
    rmSync(path.join(dir, 'out'), { recursive: true });
    await writeFileAtomic(path.join(dir, 'out/two.txt'), 'two');
    expect(readFileSync(path.join(dir, 'out/two.txt'), 'utf8')).toBe('two');
  });
});
