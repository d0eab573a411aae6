import { describe, expect, it } from 'vitest';
import { allMatches, derive, withFlags } from './patterns.js';

const listed = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], ...m.slice(1)]);

describe('allMatches', () => {
  it('lists what matchAll lists, empty matches and astral characters included', () => {
    const cases: [RegExp, string][] = [
      [/借\s*款\s*金\s*额|loan amount/giu, '借 款金额：100  Loan Amount: 200 借款金额'],
      [/(\d+)(?:\.(\d{2}))?/gu, 'a 12.50 b 7 c 3.1'],
      [/\d*/gu, '1a𠀀22b'],
      [/\d*/g, '1a𠀀22b'],
      [/(?:)/gu, '𠀀x'],
    ];
    for (const [re, text] of cases) expect(listed(allMatches(text, re))).toEqual(listed(text.matchAll(re)));
  });

  it('leaves the pattern ready for the next text', () => {
    const re = /\d+/gu;
    allMatches('1 2 3', re);
    expect(re.lastIndex).toBe(0);
    expect(allMatches('45', re).map((m) => m[0])).toEqual(['45']);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => allMatches('1', /\d/u)).toThrow(/Expected a global RegExp, got \/\\d\/u/u);
  });
});

describe('derive and withFlags', () => {
  it('build once per pattern and key', () => {
    const label = /loan amount/iu;
    let built = 0;
    const make = () => { built++; return new RegExp(`^(?:${label.source})$`, 'iu'); };
    const first = derive(label, 'exact', make);
    expect(derive(label, 'exact', make)).toBe(first);
    expect(built).toBe(1);
    expect(derive(/loan amount/iu, 'exact', make)).not.toBe(first);
    expect(first.test('Loan Amount')).toBe(true);
  });

  it('give the pattern itself when it has the flags', () => {
    const re = /x/giu;
    expect(withFlags(re, 'giu')).toBe(re);
    const plain = /x/u;
    expect(withFlags(plain, 'giu').flags).toBe('giu');
    expect(withFlags(plain, 'giu')).toBe(withFlags(plain, 'giu'));
  });
});
