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
});
