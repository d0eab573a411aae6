import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PDFJS = path.resolve(import.meta.dirname, 'pdfjs.ts');

/** Run `code` in a fresh Node (under tsx, as the document workers run), after `setup`; prints JSON. */
function inFreshNode(code: string): unknown {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', cwd: path.resolve(import.meta.dirname, '../..') });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

describe('loading pdf.js', () => {
  // A fresh process: in this one pdf.js may already be loaded, its polyfills long since installed.
  it('leaves Array.prototype.push and JSON.parse the built-in ones (the legacy build polyfills both in JavaScript)', () => {
    const result = inFreshNode(`
      const before = { push: Array.prototype.push, parse: JSON.parse };
      const { getDocument } = await import(${JSON.stringify(PDFJS)});
      console.log(JSON.stringify({ push: Array.prototype.push === before.push, parse: JSON.parse === before.parse, pdfjs: typeof getDocument }));
    `);
    expect(result).toEqual({ push: true, parse: true, pdfjs: 'function' });
  });

  it('still reads a PDF afterwards', () => {
    const result = inFreshNode(`
      const { openPdf } = await import(${JSON.stringify(path.resolve(import.meta.dirname, 'pdf.ts'))});
      const { readFileSync } = await import('node:fs');
      const pdf = await openPdf(readFileSync('samples/dev/dev-contract-zh-text-pdf.pdf'));
      const page = await pdf.readTextPage(1, 200);
      await pdf.close();
      console.log(JSON.stringify({ pages: pdf.pageCount, words: page.words.length > 0, han: /\\p{Script=Han}/u.test(page.text) }));
    `);
    expect(result).toEqual({ pages: 4, words: true, han: true });
  });
});
