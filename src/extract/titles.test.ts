import { describe, expect, it } from 'vitest';
import { findTitleName } from './titles.js';
import { collectLines } from './lines.js';
import { syntheticPage } from '../../test/support/synthetic-page.js';

const title = (text: string, kind: 'organisation' | 'bank' = 'organisation', pitch = 1.4) =>
  findTitleName(collectLines({ pages: [syntheticPage(text, 1, { pitch })] }), kind)?.value;

describe('names in a wrapped heading', () => {
  it('reads an employer whose heading wraps onto a second line, either way round', () => {
    expect(title('Qingdao Hengxin Precision Machinery\nManufacturing Co., Ltd.\nPAY ADVICE  -  07/2025')).toBe('QingdaoHengxinPrecisionMachineryManufacturingCo.,Ltd.');
    expect(title('Ningbo Haitian Logistics Group Co.,\nLtd.\nSalary statement  05/2024')).toBe('NingboHaitianLogisticsGroupCo.,Ltd.');
  });

  it('does not join a heading with the labelled line or the paragraph below it', () => {
    expect(title('Wuhan Lianda Foods Co., Ltd.\nPaid by: Wuhan Lianda Foods Co., Ltd.')).toBe('WuhanLiandaFoodsCo.,Ltd.');
    expect(title('Harbin Bingcheng Trading Group\nMonthly pay slip for March 2025', 'organisation', 2.4)).toBe('HarbinBingchengTradingGroup');
  });
});
