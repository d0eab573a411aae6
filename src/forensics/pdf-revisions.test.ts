import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeUpdate, readRevisions } from './pdf-revisions.js';
import { sample } from './samples.js';

const revisions = (variant: string, lang: 'zh' | 'en' = 'zh') => readRevisions(readFileSync(sample({ variant, lang, prefix: 'pdf-' }).path));

describe('incremental updates', () => {
  it.each(['plain', 'linearized'])('a %s file has one revision', (variant) => {
    expect(revisions(variant)).toHaveLength(1);
  });

  it.each([
    ['signed', 'info', 'signature'],
    ['form-filled', 'low', 'form'],
    ['info-update', 'medium', 'info'],
    ['content-update', 'high', 'page-content'],
  ])('grades a %s update %s and names what changed', (variant, severity, change) => {
    for (const lang of ['zh', 'en'] as const) {
      const all = revisions(variant, lang);
      expect(all).toHaveLength(2);
      const verdict = judgeUpdate(all[1]!, false);
      expect(verdict.severity).toBe(severity);
      expect(verdict.changes).toContain(change);
    }
  });

  it('calls any content change after a signature high', () => {
    const [, update] = revisions('form-filled');
    expect(judgeUpdate(update!, true).severity).toBe('low');
    const [, content] = revisions('content-update');
    expect(judgeUpdate(content!, true).why).toMatch(/after the document was signed/);
  });
});
