import { describe, expect, it } from 'vitest';
import { statementBalance } from './statement-balance.js';
import { codes, makeDocument, runCheck } from './test-document.js';

function statement(rows: [string, string, string, string, string][], closing = '10,300.00', credits = '5,000.00', debits = '4,700.00') {
  return makeDocument([[
    '账户名称：张伟', '期初余额：10,000.00',
    '交易日期  摘要  交易金额  余额',
    ...rows.map(([d, desc, credit, debit, bal]) => [d, desc, credit ? credit : `-${debit}`, bal].join('  ')),
    `收入合计：${credits}`, `支出合计：${debits}`, `期末余额：${closing}`,
  ]], { docType: 'bank_statement' });
}
const good: [string, string, string, string, string][] = [
  ['2025-03-05', '代发工资', '5,000.00', '', '15,000.00'],
  ['2025-03-08', '消费', '', '1,200.00', '13,800.00'],
  ['2025-03-12', '转账', '', '3,500.00', '10,300.00'],
];

describe('statement-balance', () => {
  it('stays silent when every balance, the totals and the closing balance reconcile', async () => {
    expect(codes(await runCheck(statementBalance, statement(good)))).toEqual([]);
  });
  it('points at the first row whose balance breaks the chain', async () => {
    const rows = good.map((r) => [...r] as typeof r);
    rows[1]![4] = '13,900.00';
    const sink = await runCheck(statementBalance, statement(rows));
    expect(codes(sink)[0]).toBe('BALANCE_MISMATCH');
    expect(sink.findings[0]!.evidence).toMatchObject({ row: { index: 2, balance: '13900.00' }, previousBalance: '15000.00', expectedBalance: '13800.00' });
  });
  it('flags opening + credits − debits ≠ closing', async () => {
    expect(codes(await runCheck(statementBalance, statement(good, '10,300.00', '5,000.00', '4,600.00')))).toContain('BALANCE_MISMATCH');
  });
  it('does not accuse a row the extractor could not read', async () => {
    const rows = [...good.slice(0, 1), ['2025-03-08', '消费', '', '1,2OO.OO?', '13,800.00'] as [string, string, string, string, string], ...good.slice(2)];
    expect(codes(await runCheck(statementBalance, statement(rows)))).toEqual([]);
  });
  it('on an OCR\'d page, a dated line the extractor could not take (garbled row) breaks the chain without accusing; on a text layer it does not', async () => {
    const lines = ['交易明细', '期初余额：1,000.00', '交易日期  摘要  金额  余额', '2025-03-01  消费  -100.00  900.00', '| 2025-03-02 ~~ 工资  100000 |  1,900.00', '2025-03-03  消费  -50.00  1,850.00'];
    const scan = makeDocument([lines], { docType: 'bank_statement', source: 'ocr', confidence: 99 });
    expect(codes(await runCheck(statementBalance, scan))).toEqual([]);
    expect(codes(await runCheck(statementBalance, makeDocument([lines], { docType: 'bank_statement' })))).toEqual(['BALANCE_MISMATCH']);
  });
  it('on an OCR\'d page, a gap of about one row between two rows (a line OCR dropped) breaks the chain without accusing', async () => {
    const lines = ['交易明细', '期初余额：1,000.00', '交易日期  摘要  金额  余额', '2025-03-01  消费  -100.00  900.00', '2025-03-02  消费  -10.00  890.00', '2025-03-03  消费  -20.00  870.00', '2025-03-04  手续费  -44.16  825.84', '2025-03-05  消费  -50.00  775.84', '2025-03-06  消费  -5.00  770.84'];
    const scan = (drop: boolean) => {
      const doc = makeDocument([lines], { docType: 'bank_statement', source: 'ocr', confidence: 99 });
      if (drop) doc.pages[0]!.lines.splice(6, 1);
      return doc;
    };
    expect(codes(await runCheck(statementBalance, scan(false)))).toEqual([]);
    expect(codes(await runCheck(statementBalance, scan(true)))).toEqual([]);
    const shifted = scan(true);
    for (const l of shifted.pages[0]!.lines.slice(6)) { l.bbox[1] -= 60; for (const w of l.words) w.bbox[1] -= 60; }
    expect(codes(await runCheck(statementBalance, shifted))).toEqual(['BALANCE_MISMATCH']);
  });
  it('on an OCR\'d page, a closing balance and totals that both miss the same last rows mean unread rows, not a forged total', async () => {
    const lines = (debits: string, closing: string, rows = 3) => ['交易明细', '期初余额：1,000.00', '交易日期  摘要  金额  余额',
      ...['2025-03-01  消费  -100.00  900.00', '2025-03-02  工资  500.00  1,400.00', '2025-03-03  消费  -150.00  1,250.00'].slice(0, rows),
      '收入合计：500.00', `支出合计：${debits}`, `期末余额：${closing}`];
    const ocr = (l: string[]) => makeDocument([l], { docType: 'bank_statement', source: 'ocr', confidence: 99 });
    expect(codes(await runCheck(statementBalance, ocr(lines('250.00', '1,250.00'))))).toEqual([]);
    expect(new Set(codes(await runCheck(statementBalance, ocr(lines('250.00', '1,250.00', 2)))))).toEqual(new Set(['LOW_OCR_CONFIDENCE']));
    expect(codes(await runCheck(statementBalance, makeDocument([lines('250.00', '1,250.00', 2)], { docType: 'bank_statement' })))).toContain('BALANCE_MISMATCH');
    expect(codes(await runCheck(statementBalance, ocr(lines('350.00', '1,250.00'))))).toContain('BALANCE_MISMATCH');
  });
  describe('a scanned row whose date the OCR lost', () => {
    const scanned = (lostLine: string) => makeDocument([[
      'Account holder: Mei Lin', 'Opening balance: 8,000.00',
      'Date  Description  Amount  Balance',
      lostLine,
      '2025-04-09  CARD PAYMENT  -250.00  10,750.00',
      '2025-04-15  TRANSFER OUT  -1,000.00  9,750.00',
      'Total credits: 3,000.00', 'Total debits: 1,250.00', 'Closing balance: 9,750.00',
    ]], { docType: 'bank_statement', language: 'en', source: 'ocr', confidence: 99 });
    it('restarts the chain after an undated line whose amount and balance bridge the gap', async () => {
      // 8,000.00 + 3,000.00 (the row whose date was lost) = 11,000.00, then − 250.00 = 10,750.00.
      expect(codes(await runCheck(statementBalance, scanned('SALARY ACME  3,000.00  11,000.00')))).toEqual([]);
    });
    it('still flags the row when the undated line does not bridge the gap', async () => {
      expect(codes(await runCheck(statementBalance, scanned('SALARY ACME  3,000.00  11,100.00')))).toContain('BALANCE_MISMATCH');
      expect(codes(await runCheck(statementBalance, scanned('Printed 2025-04-30  page 1')))).toContain('BALANCE_MISMATCH');
    });
  });
});
