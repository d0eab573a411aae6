import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { removeTempFiles } from './atomic-write.js';
import { discoverCases } from './discover.js';

it('makes each folder a case with its application.json, each loose file a case, and leaves out the output folder', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'discover-'));
  const touch = (rel: string) => { mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true }); writeFileSync(path.join(dir, rel), 'x'); };
  ['b.pdf', 'a.png', 'C-1/contract.pdf', 'C-1/application.json', 'C-1/more/slip.jpg', 'C-2/statement.pdf', 'out/summary.json'].forEach(touch);
  symlinkSync(path.join(dir, 'C-1'), path.join(dir, 'C-1/more/loop'));
  const cases = await discoverCases(dir, { exclude: [path.join(dir, 'out')] });
  expect(cases).toEqual([
    { caseId: 'C-1', dir: 'C-1', documents: [expect.objectContaining({ relPath: 'C-1/contract.pdf' }), expect.objectContaining({ relPath: 'C-1/more/slip.jpg' })], application: expect.objectContaining({ relPath: 'C-1/application.json' }) },
    { caseId: 'C-2', dir: 'C-2', documents: [expect.objectContaining({ relPath: 'C-2/statement.pdf' })] },
    { caseId: 'a.png', documents: [expect.objectContaining({ relPath: 'a.png' })] },
    { caseId: 'b.pdf', documents: [expect.objectContaining({ relPath: 'b.pdf' })] },
  ]);
});

it('removes the temporary files a killed run left', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'temp-'));
  mkdirSync(path.join(dir, 'documents'));
  writeFileSync(path.join(dir, 'documents/a.pdf.json.tmp-123-abcd'), '{"half');
  writeFileSync(path.join(dir, 'documents/a.pdf.json'), '{}');
  expect(await removeTempFiles(dir)).toBe(1);
  expect(await removeTempFiles(dir)).toBe(0);
});
