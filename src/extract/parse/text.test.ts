import { describe, it, expect } from 'vitest';
import { compactDigits, normalizeText, stripSpaces } from './text.js';

describe('normalizeText', () => {
  it('turns full-width ASCII into half-width', () => {
    expect(normalizeText('０１２３４５６７８９')).toBe('0123456789');
    expect(normalizeText('ＡＢＣ ＸＹＺ ａｂｃ')).toBe('ABC XYZ abc');
    expect(normalizeText('年利率：３．８５％')).toBe('年利率:3.85%');
    expect(normalizeText('（大写）１，２５０，０００．００')).toBe('(大写)1,250,000.00');
    expect(normalizeText('－３，２００．００')).toBe('-3,200.00');
  });

  it('maps the full-width yuan sign to ¥', () => {
    expect(normalizeText('￥1,250,000.00')).toBe('¥1,250,000.00');
  });

  it('turns ideographic, no-break and thin spaces into single spaces and trims', () => {
    expect(normalizeText('　2025\u3000年\u00A03\u2009月  15 日　')).toBe('2025 年 3 月 15 日');
    expect(normalizeText('a \t  b')).toBe('a b');
  });

  it('keeps line breaks but trims the spaces around them', () => {
    expect(normalizeText('甲方  \n   乙方')).toBe('甲方\n乙方');
  });

  it('leaves Chinese text and ordinary punctuation alone', () => {
    expect(normalizeText('人民币壹佰贰拾伍万元整。')).toBe('人民币壹佰贰拾伍万元整。');
  });
});

describe('compactDigits', () => {
  it('joins digit groups separated by spaces of any width', () => {
    expect(compactDigits('1 250 000.00')).toBe('1250000.00');
    expect(compactDigits('6222 0212 3456 7890 123')).toBe('6222021234567890123');
    expect(compactDigits('1\u2009250\u202F000')).toBe('1250000');
    expect(compactDigits('1\u3000250')).toBe('1250');
  });

  it('keeps spaces that are not between two digits', () => {
    expect(compactDigits('2025 年 3 月 15 日')).toBe('2025 年 3 月 15 日');
    expect(compactDigits('RMB 1 250')).toBe('RMB 1250');
    expect(compactDigits('1,250 .00')).toBe('1,250 .00');
  });
});

describe('stripSpaces', () => {
  it('removes every kind of white space', () => {
    expect(stripSpaces(' 壹佰 贰拾伍万\u3000元\u200B整\n')).toBe('壹佰贰拾伍万元整');
    expect(stripSpaces('a\u00A0b\u2009c\td')).toBe('abcd');
  });
});
