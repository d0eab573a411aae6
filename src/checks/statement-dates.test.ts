import { describe, expect, it } from 'vitest';
import { statementDates } from './statement-dates.js';
import { codes, makeDocument, runCheck } from './test-document.js';

const doc = (lastDate: string, lang: 'zh' | 'en') => makeDocument([[
  lang === 'zh' ? '查询期间：2025-03-01 至 2025-03-31' : 'Statement Period: 2025-03-01 to 2025-03-31',
  lang === 'zh' ? '交易日期  摘要  交易金额  余额' : 'Date  Description  Amount  Balance',
  '2025-03-05  SALARY  5,000.00  15,000.00',
  `${lastDate}  POS  -1,200.00  13,800.00`,
]], { docType: 'bank_statement', language: lang });

describe('statement-dates', () => {
  it('stays silent when every row lies in the period', async () => {
    expect(codes(await runCheck(statementDates, doc('2025-03-31', 'zh')))).toEqual([]);
    expect(codes(await runCheck(statementDates, doc('2025-03-08', 'en')))).toEqual([]);
  });
  it('flags the first row outside the period', async () => {
    const sink = await runCheck(statementDates, doc('2025-04-02', 'en'));
    expect(codes(sink)).toEqual(['DATE_INCONSISTENT']);
    expect(sink.findings[0]!.evidence).toMatchObject({ row: { date: '2025-04-02', page: 1 } });
  });
});
