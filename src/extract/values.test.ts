import { describe, expect, it } from 'vitest';
import { readMoney } from './values.js';

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
