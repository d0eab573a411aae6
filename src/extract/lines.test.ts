import { describe, expect, it } from 'vitest';
import { syntheticPage } from '../../test/support/synthetic-page.js';
import { collectLines, nextLinePhrase } from './lines.js';

describe('nextLinePhrase', () => {
  it('reads past a thousands separator, and stops at a comma between phrases', () => {
    const lines = collectLines({ pages: [syntheticPage('该员工当月实发工资\n15,482.19元, 已划入工资卡。\nthe net salary was\nUS$21,278.06, paid on 5 June.', 1, { pitch: 1.2 })] });
    const phrase = (i: number) => { const p = nextLinePhrase(lines, i)!; return p.line.text.slice(p.start, p.end); };
    expect(phrase(0)).toBe('15,482.19元');
    expect(phrase(2)).toBe('US$21,278.06');
  });
});
