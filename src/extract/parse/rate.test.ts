import { describe, it, expect } from 'vitest';
import { parseLprSpread, parseRate } from './rate.js';

describe('parseRate', () => {
  it.each([
    ['年利率 3.85%', '3.85', 'annual', '3.85'],
    ['年利率为3.85%', '3.85', 'annual', '3.85'],
    ['年化利率3.85％', '3.85', 'annual', '3.85'],
    ['年利率：３．８５％', '3.85', 'annual', '3.85'],
    ['年利率 百分之三点八五', '3.85', 'annual', '3.85'],
    ['年利率 3.875%', '3.875', 'annual', '3.875'],
    ['年利率 4%', '4.00', 'annual', '4.00'],
    ['3.85% p.a.', '3.85', 'annual', '3.85'],
    ['3.85% P.A.', '3.85', 'annual', '3.85'],
    ['3.85 per cent per annum', '3.85', 'annual', '3.85'],
    ['an annual interest rate of 3.85%', '3.85', 'annual', '3.85'],
    ['月利率 3.2‰', '3.84', 'monthly', '0.32'],
    ['月息0.32%', '3.84', 'monthly', '0.32'],
    ['月利率 千分之三点二', '3.84', 'monthly', '0.32'],
    ['0.5% per month', '6.00', 'monthly', '0.50'],
    ['日利率 万分之五', '18.25', 'daily', '0.05'],
    ['日利率0.05%', '18.25', 'daily', '0.05'],
    ['日息0.5‰', '18.25', 'daily', '0.05'],
    ['日利率 5‱', '18.25', 'daily', '0.05'],
    ['日利率 万分之1.5', '5.475', 'daily', '0.015'],
    ['0.05% per day', '18.25', 'daily', '0.05'],
  ])('%s → %s (%s)', (raw, annual, basis, period) => {
    expect(parseRate(raw)).toEqual({ annualPercent: annual, basis, periodPercent: period, written: expect.any(String) });
  });

  it('keeps what was written, white space normalised', () => {
    expect(parseRate('年利率　３．８５％')?.written).toBe('年利率 3.85%');
  });

  it('uses a 365-day year by default and 360 on request', () => {
    expect(parseRate('日利率 万分之五', { dayCount: 360 })?.annualPercent).toBe('18.00');
    expect(parseRate('日利率 万分之五', { dayCount: 365 })?.annualPercent).toBe('18.25');
  });

  it('has no float artefacts', () => {
    // 0.07 × 3 in floats is 0.21000000000000002
    expect(parseRate('月利率 0.0175%')?.annualPercent).toBe('0.21');
    expect(parseRate('年利率 0.1%')?.annualPercent).toBe('0.10');
    expect(parseRate('月利率 0.35%')?.annualPercent).toBe('4.20');
    expect(parseRate('年利率 3.850%')?.annualPercent).toBe('3.85');
  });

  it('needs a basis unless a default is given', () => {
    expect(parseRate('3.85%')).toBeNull();
    expect(parseRate('3.85%', { defaultBasis: 'annual' })?.annualPercent).toBe('3.85');
  });

  it.each([
    ['年利率'],
    ['年利率 3.85'],
    ['年利率3.85%，罚息利率5.775%'],
    ['年利率 3.85% 月利率 0.32%'],
    ['日利率 万分之'],
    ['日利率 万分之十二三'],
    ['LPR + 50bp'],
    ['自2025年3月15日起'],
    [''],
  ])('%j → null', (raw) => {
    expect(parseRate(raw)).toBeNull();
  });

  it('is not fooled by a date before 日/月/年', () => {
    expect(parseRate('2025年3月15日 年利率3.85%')).toMatchObject({ annualPercent: '3.85', basis: 'annual' });
  });
});

describe('parseLprSpread', () => {
  it.each([
    ['LPR + 50bp', null, 50],
    ['LPR+50BP', null, 50],
    ['一年期LPR加50个基点', '1Y', 50],
    ['五年期以上LPR减30个基点', '5Y', -30],
    ['一年期贷款市场报价利率加五十个基点', '1Y', 50],
    ['LPR(一年期)+0.5%', '1Y', 50],
    ['1-year LPR plus 0.5%', '1Y', 50],
    ['5Y LPR - 0.3%', '5Y', -30],
    ['LPR加0.375个百分点', null, 37.5],
    ['按一年期LPR执行', '1Y', 0],
  ])('%s → %s %s', (raw, tenor, spreadBp) => {
    expect(parseLprSpread(raw)).toEqual({ tenor, spreadBp });
  });

  it.each([['LPR上浮10%'], ['年利率3.85%'], ['LPR + many bp'], ['']])('%j → null', (raw) => {
    expect(parseLprSpread(raw)).toBeNull();
  });
});
