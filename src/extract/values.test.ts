import { describe, expect, it } from 'vitest';
import { inferDateOrder, readMoney, readMonth, readPersonName, readRate } from './values.js';

const money = (text: string) => readMoney(text, '', {})?.value;

describe('readMoney: separators OCR doubles', () => {
  it('takes a separator read twice between digit groups as one (a comma and the speck beside it)', () => {
    expect(money('88,.402.37')).toBe('88402.37');
    expect(money('1.,205,.118.60')).toBe('1205118.60');
    expect(readMoney('88,.402.37', '', {})?.trust).toBeLessThan(1);
  });
  it('stays silent where the groups do not make an amount: no thousands group, or a short one', () => {
    expect(money('45,.07')).toBeUndefined();
    expect(money('3,.40.19')).toBeUndefined();
  });
  it('leaves clean amounts as they were', () => {
    expect(readMoney('88,402.37', '', {})).toMatchObject({ value: '88402.37', trust: 1 });
  });
});

describe('readMoney: figures that count something else', () => {
  it('skips a count of days, months or years and a long digit run, and reads the amount after them', () => {
    expect(money('on the basis of a 365-day year')).toBeUndefined();
    expect(money('期限36个月')).toBeUndefined();
    expect(money('into account 6217003810026894571 held with the Bank')).toBeUndefined();
    expect(money('for 24 months, in the sum of RMB 75,000.00')).toBe('75000.00');
  });
  it('still reads whole amounts written without cents', () => {
    expect(money('人民币500000元')).toBe('500000.00');
    expect(money('USD 12000')).toBe('12000.00');
  });
});

describe('readRate: a markup on the rate is not the rate', () => {
  const rate = (text: string, label = '利率') => readRate(text, label, {})?.value;
  it('does not take a penalty surcharge or a spread as the annual rate', () => {
    expect(rate('加收百分之五十计收罚息')).toBeUndefined();
    expect(rate('上浮30%执行')).toBeUndefined();
    expect(rate(' plus 50% as default interest', 'interest rate')).toBeUndefined();
  });
  it('still reads the rate a spread leads up to, and plain rates', () => {
    expect(rate('为LPR加点35个基点，即3.80%')).toBe('3.80');
    expect(rate('：3.61%（单利）')).toBe('3.61');
    expect(rate(' of 4.35% per annum', 'interest rate')).toBe('4.35');
  });
});

describe('inferDateOrder: every slashed date ambiguous', () => {
  it('takes the order that keeps the rows in sequence inside the stated period', () => {
    const rows = ['03/07/2024', '09/07/2024', '11/07/2024', '02/08/2024', '06/08/2024'];
    expect(inferDateOrder(`账单周期 2024年07月01日至2024年08月31日\n${rows.join(' 消费 12.00\n')}`)).toBe('DMY');
    const us = ['07/03/2024', '07/09/2024', '07/11/2024', '08/02/2024', '08/06/2024'];
    expect(inferDateOrder(`Period: July 1, 2024 to August 31, 2024\n${us.join(' POS 12.00\n')}`)).toBe('MDY');
  });

  it('stays undecided when nothing tells the orders apart', () => {
    expect(inferDateOrder('Signed 03/04/2025, effective 05/06/2025')).toBeUndefined();
  });
});

describe('readPersonName: a month before a figure is a date', () => {
  it('reads no name from "— March 2024" but keeps a given name that is a month', () => {
    expect(readPersonName('March 2024', 'Employee')).toBeNull();
    expect(readPersonName('Sept. 5, 2024', 'Employee')).toBeNull();
    expect(readPersonName('June Li', 'Employee')?.value).toBe('JuneLi');
    expect(readPersonName('May', 'Employee')?.value).toBe('May');
  });
});

describe('readPersonName with an initial', () => {
  const name = (text: string) => readPersonName(text, 'account holder')?.extra?.display ?? null;
  it('reads a given name printed as an initial when a surname follows', () => {
    expect(name(' M Huang')).toBe('M Huang');
    expect(name(' M. Huang')).toBe('M. Huang');
    expect(name(' Min Huang')).toBe('Min Huang');
  });
  it('does not take a lone letter or a letter before a number for a name', () => {
    expect(name(' M')).toBeNull();
    expect(name(' A 1234 5678')).toBeNull();
  });
});

describe('readMoney with a thousands comma lost by OCR', () => {
  it('reads the value the remaining groups fix, trusted less', () => {
    expect(readMoney('人民币2417,300.00元', '', {})).toMatchObject({ value: '2417300.00', trust: 0.8 });
    expect(readMoney('RMB 2,417,300.00', '', {})).toMatchObject({ value: '2417300.00', trust: 1 });
  });
  it('does not take a run of seven digits before a comma, or a bad group, for money', () => {
    expect(readMoney('2417300,00', '', {})?.value).not.toBe('241730000.00');
    expect(readMoney('2417,30.00', '', {})).toBeNull();
  });
});

describe('readMonth', () => {
  it('reads a dotted year and month, but not an amount whose figures look like one', () => {
    expect(readMonth('2025.03', '')?.value).toBe('2025-03');
    expect(readMonth('4942.11', '')).toBeNull();
  });
});
