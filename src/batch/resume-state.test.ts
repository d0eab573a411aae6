import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type DocumentReport } from '../model/schema.js';
import { writeJsonAtomic } from './atomic-write.js';
import { hashFile, ResumeState, STATE_DIR } from './resume-state.js';

const report: DocumentReport = {
  schemaVersion: SCHEMA_VERSION,
  document: { id: 'abc', fileName: 'a.pdf', mediaType: 'application/pdf', pageCount: 1, docType: 'pay_slip', docTypeConfidence: 0.9, language: 'zh' },
  pages: [], fields: {}, findings: [], reviewItems: [], timings: { totalMs: 1 },
};

describe('ResumeState', () => {
  it('finds a report only for the same bytes, the same version, and a report still on disk', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'resume-'));
    await writeJsonAtomic(path.join(out, 'documents/a.pdf.json'), report);
    const state = await ResumeState.load(out, '1.0.0');
    await state.recordDone('a.pdf', 'hash-1', 'documents/a.pdf.json');
    await state.close();

    const again = await ResumeState.load(out, '1.0.0');
    expect((await again.findDone('a.pdf', 'hash-1'))?.report).toEqual(report);
    expect(await again.findDone('a.pdf', 'hash-2')).toBeUndefined();
    expect(await again.findDone('b.pdf', 'hash-1')).toBeUndefined();
    expect(await (await ResumeState.load(out, '1.1.0')).findDone('a.pdf', 'hash-1')).toBeUndefined();

    writeFileSync(path.join(out, 'documents/a.pdf.json'), '{"schemaVersion":"1","docu'); // damaged by hand
    expect(await again.findDone('a.pdf', 'hash-1')).toBeUndefined();
  });

  it('opens its journal once when two reports are recorded at the same moment', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'resume-'));
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const state = await ResumeState.load(out, 'v');
    const before = openFiles();
    await Promise.all([state.recordDone('a.pdf', 'h1', 'documents/a.pdf.json'), state.recordDone('b.pdf', 'h2', 'documents/b.pdf.json')]);
    expect(openFiles()).toBe(before + 1);
    await state.close();
    expect(openFiles()).toBe(before);
    const lines = readFileSync(path.join(out, STATE_DIR, 'journal.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines.map((l) => (JSON.parse(l) as { path: string }).path).sort()).toEqual(['a.pdf', 'b.pdf']);
  });

  it('ignores a line torn by a kill and keeps appending after it', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'resume-'));
    await writeJsonAtomic(path.join(out, 'documents/a.pdf.json'), report);
    mkdirSync(path.join(out, STATE_DIR));
    const journal = path.join(out, STATE_DIR, 'journal.jsonl');
    writeFileSync(journal, `${JSON.stringify({ path: 'a.pdf', sha256: 'h', version: 'v', report: 'documents/a.pdf.json' })}\n{"path":"b.pdf","sha2`);
    const state = await ResumeState.load(out, 'v');
    expect(await state.findDone('a.pdf', 'h')).toBeDefined();
    await writeJsonAtomic(path.join(out, 'documents/b.pdf.json'), report);
    await state.recordDone('b.pdf', 'h2', 'documents/b.pdf.json');
    await state.close();
    appendFileSync(journal, '');
    expect(await (await ResumeState.load(out, 'v')).findDone('b.pdf', 'h2')).toBeDefined();
  });

  it('hashes files as sha256 of their bytes', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'hash-')), 'x');
    writeFileSync(file, 'abc');
    expect(await hashFile(file)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
