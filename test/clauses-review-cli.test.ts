/**
 * `docreview review list|show|resolve` end to end, through a child process running the command
 * as registered by `registerReviewCommand`: exit codes, JSON-only stdout, the audit trail.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReviewStore } from '../src/review/store.js';

const exec = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');
const entry = path.resolve('src/cli/review-entry.ts');
let dir: string;
let db: string;

async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(tsx, [entry, 'review', ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'docreview-cli-'));
  db = path.join(dir, 'review.db');
  const store = openReviewStore(db);
  store.upsert([
    { id: 'rv-a', documentId: 'doc-1', caseId: 'C-1', fileName: 'contract.pdf', page: 3, kind: 'clause', text: '第九条 争议由甲方选择的人民法院管辖。', reasons: ["Court or arbitration at the lender's sole choice"], score: 1 },
    { id: 'rv-b', documentId: 'doc-2', caseId: 'C-2', fileName: 'scan.pdf', page: 1, kind: 'low-confidence', text: 'Page 1', reasons: ['Page 1 was read with low OCR confidence (41).'], score: 0.59 },
  ]);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docreview review', () => {
  it('lists with filters; --json prints JSON only', async () => {
    const all = await cli(['list', '--json', '--db', db]);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout).map((i: { id: string }) => i.id)).toEqual(['rv-a', 'rv-b']);
    const c2 = await cli(['list', '--case', 'C-2', '--status', 'pending', '--json', '--db', db]);
    expect(JSON.parse(c2.stdout).map((i: { id: string }) => i.id)).toEqual(['rv-b']);
    const text = await cli(['list', '--db', db]);
    expect(text.stdout).toMatch(/rv-a\s+pending\s+clause/u);
  });

  it('resolves, shows the audit, refuses a second decision and bad arguments with exit 2', async () => {
    const done = await cli(['resolve', 'rv-a', '--decision', 'reject', '--reviewer', 'wang.li', '--note', 'forum clause not acceptable', '--json', '--db', db]);
    expect(done.code).toBe(0);
    const body = JSON.parse(done.stdout);
    expect(body).toMatchObject({ id: 'rv-a', status: 'rejected', decidedBy: 'wang.li', note: 'forum clause not acceptable' });
    expect(body.audit.map((a: { action: string }) => a.action)).toEqual(['queued', 'reject']);

    const again = await cli(['resolve', 'rv-a', '--decision', 'approve', '--reviewer', 'zhao', '--db', db]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already rejected by wang\.li/u);
    expect(again.stdout).toBe('');

    const overridden = await cli(['resolve', 'rv-a', '--decision', 'approve', '--reviewer', 'chen', '--note', 'committee waiver', '--override', '--db', db]);
    expect(overridden.code).toBe(0);

    const show = await cli(['show', 'rv-a', '--json', '--db', db]);
    expect(JSON.parse(show.stdout).audit.map((a: { actor: string; action: string; note?: string }) => [a.actor, a.action, a.note])).toEqual([
      ['docreview', 'queued', "Court or arbitration at the lender's sole choice"],
      ['wang.li', 'reject', 'forum clause not acceptable'],
      ['chen', 'approve', 'committee waiver'],
    ]);
    const showText = await cli(['show', 'rv-a', '--db', db]);
    expect(showText.stdout).toMatch(/wang\.li reject pending→rejected: forum clause not acceptable/u);

    expect((await cli(['resolve', 'rv-b', '--decision', 'maybe', '--reviewer', 'x', '--db', db])).code).toBe(2);
    expect((await cli(['resolve', 'rv-b', '--decision', 'approve', '--db', db])).code).toBe(2);
    expect((await cli(['show', 'missing', '--json', '--db', db]))).toMatchObject({ code: 2, stdout: '' });
    expect((await cli(['list', '--status', 'done', '--db', db])).code).toBe(2);
  });

  it('finds the database through DOCREVIEW_DATA_DIR', async () => {
    const res = await cli(['list', '--json'], { DOCREVIEW_DATA_DIR: dir });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toHaveLength(2);
  });
});
