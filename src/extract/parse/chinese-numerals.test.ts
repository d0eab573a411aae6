import { describe, it, expect } from 'vitest';
import { parseChineseNumeral } from './chinese-numerals.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['二〇二五', '2025'],
    ['二零二五', '2025'],
    ['贰零贰伍', '2025'],
    ['零三', '03'],
    ['三', '3'],
    ['十', '10'],
    ['十五', '15'],
    ['二十', '20'],
    ['三十一', '31'],
    ['壹拾伍', '15'],
    ['一百零五', '105'],
    ['一千零一', '1001'],
    ['两千', '2000'],
    ['三点八五', '3.85'],
    ['零点五', '0.5'],
    ['五点零', '5.0'],
    ['3.2', '3.2'],
    ['15', '15'],
  ])('%s → %s', (raw, expected) => {
    expect(parseChineseNumeral(raw)).toBe(expected);
  });

  it.each([[''], ['十二三'], ['一百五'], ['百'], ['五五十'], ['十十'], ['一点'], ['点五'], ['一点二点三'], ['三a'], ['二十零'], ['一零十']])(
    '%j → null',
    (raw) => {
      expect(parseChineseNumeral(raw)).toBeNull();
    },
  );
});
