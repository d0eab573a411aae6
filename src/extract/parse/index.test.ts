import { describe, it, expect } from 'vitest';
import * as parse from './index.js';

describe('index', () => {
  it('re-exports every parser', () => {
    const names = [
      'normalizeText', 'compactDigits', 'stripSpaces',
      'toCents', 'fromCents', 'formatMoney', 'sumMoney', 'subtractMoney', 'compareMoney', 'parseMoney',
      'parseChineseNumeral', 'parseChineseAmountWords', 'formatChineseAmountWords',
      'parseEnglishAmountWords', 'formatEnglishAmountWords',
      'parseDate', 'parseDateCandidates', 'addMonths', 'addDays', 'contractEndDates', 'isLeapYear', 'daysInMonth',
      'parseRate', 'parseLprSpread',
      'extractDigits', 'luhnValid', 'isValidResidentId', 'residentIdCheckChar', 'isValidUscc', 'parseAccountNumber', 'repairDigits',
    ];
    for (const name of names) expect(typeof (parse as Record<string, unknown>)[name], name).toBe('function');
  });

  it('words and figures agree through the shared money form', () => {
    const figures = parse.parseMoney('¥1,005,000.50');
    const words = parse.parseChineseAmountWords('人民币（大写）：壹佰万零伍仟元伍角整');
    const english = parse.parseEnglishAmountWords('Renminbi One Million Five Thousand Yuan and Fifty Fen Only');
    expect(figures?.value).toBe('1005000.50');
    expect(words.value).toBe(figures?.value);
    expect(english.value).toBe(figures?.value);
  });
});
