import { describe, expect, it } from 'vitest';
import { nearMiss, restatedValues } from './restated-values.js';
import { codes, makeDocument, runCheck } from './test-document.js';

const zh = (clauseAccount: string, clauseAddress: string) => makeDocument([
  ['合同要素表', '借款人：张伟', '放款账户：6222021234567890123', '抵押房产坐落：浙江省杭州市西湖区文三路138号3幢502室'],
  ['第四条 贷款发放', `贷款人将借款划入借款人以下账户：户名张伟，账号${clauseAccount}，开户行工商银行。`, '', '第五条 担保', `借款人以其名下坐落于${clauseAddress}的房产提供抵押担保。`],
], { docType: 'loan_contract' });

describe('restated values', () => {
  it('names the slip between two numbers', () => {
    expect(nearMiss('6222021234567890123', '6222021234567890123')).toBeUndefined();
    expect(nearMiss('6222021234567890123', '6222021234567980123')).toMatch(/swapped/u);
    expect(nearMiss('6222021234567890123', '622202123456789012')).toMatch(/dropped/u);
    expect(nearMiss('6222021234567890123', '6217000011112222333')).toBeUndefined();
  });
  it('stays silent when the clauses restate the cover (幢 or 栋, province omitted)', async () => {
    expect(codes(await runCheck(restatedValues, zh('6222021234567890123', '杭州市西湖区文三路138号3栋502室')))).toEqual([]);
  });
  it('flags a clause giving the account or the address one character off', async () => {
    const sink = await runCheck(restatedValues, zh('6222021234567890723', '浙江省杭州市西湖区文三路138号3幢502室'));
    expect(codes(sink)).toEqual(['ACCOUNT_MISMATCH']);
    expect(sink.findings[0]).toMatchObject({ page: 2, evidence: { restated: { value: '6222021234567890723' } } });
    expect(codes(await runCheck(restatedValues, zh('6222021234567890123', '浙江省杭州市西湖区文三路133号3幢502室')))).toEqual(['ADDRESS_MISMATCH']);
  });
  it('leaves another account or another property alone', async () => {
    expect(codes(await runCheck(restatedValues, zh('6217000011112222333', '江苏省南京市玄武区中山路5号1幢101室')))).toEqual([]);
  });
});
