/**
 * Hostile inputs: every file in samples/bad gets a report with the expected error code (or, for a
 * mislabelled but valid file, a normal report), quickly, and never takes the process down.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrSession, checkFile } from '../pipelines/check.js';
import { DocumentReportSchema } from '../src/model/schema.js';

const BAD = path.resolve(import.meta.dirname, '../samples/bad');
const cases = readdirSync(BAD).filter((n) => n.endsWith('.expected.json')).map((n) => {
  const expected = JSON.parse(readFileSync(path.join(BAD, n), 'utf8')) as { id: string; expectError: string | null; mislabelled?: boolean };
  const file = readdirSync(BAD).find((m) => m.startsWith(`${n.slice(0, -'.expected.json'.length)}.`) && !m.endsWith('.json'))!;
  return { ...expected, file: path.join(BAD, file) };
});

describe('hostile files', () => {
  const session = new OcrSession(1);
  afterAll(() => session.close());

  it('has the hostile samples', () => expect(cases.length).toBeGreaterThanOrEqual(8));

  for (const c of cases) {
    it(`${path.basename(c.file)} → ${c.expectError ?? 'read as what it really is'}`, async () => {
      const started = Date.now();
      const report = await checkFile(c.file, session, { timeoutMs: 30_000 });
      expect(DocumentReportSchema.safeParse(report).success).toBe(true);
      expect(Date.now() - started).toBeLessThan(30_000);
      if (c.expectError) {
        expect(report.error?.code).toBe(c.expectError);
        expect(report.error?.message.length).toBeGreaterThan(10);
      } else {
        expect(report.error).toBeUndefined();
        expect(report.document.mediaType).not.toBe('application/pdf');
      }
    });
  }

  it('reports a missing file and keeps going', async () => {
    const report = await checkFile(path.join(BAD, 'does-not-exist.pdf'), session);
    expect(report.error?.code).toBe('NOT_FOUND');
  });
});
