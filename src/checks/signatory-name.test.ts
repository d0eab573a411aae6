import { describe, expect, it } from 'vitest';
import { signatoryName } from './signatory-name.js';
import { codes, makeDocument, runCheck } from './test-document.js';

/** Key terms on page 1, the signing page on page 2 with the blocks side by side (words 20 px a character). */
const contract = (borrowerLine: string, signing: string[], language: 'zh' | 'en' = 'zh') =>
  makeDocument([[language === 'zh' ? '个人借款合同' : 'LOAN AGREEMENT', borrowerLine, language === 'zh' ? '借款金额：人民币100,000.00元' : 'Loan amount: RMB 100,000.00'], signing], { docType: 'loan_contract', language });

describe('signatory-name: the name printed in the borrower\'s signature block', () => {
  const zhSigning = (name: string, lenderName = '') => ['签署页', `出借人（盖章）：                借款人（签字）：`, '', `${lenderName ? `经办人：${lenderName}` : '                '}                姓名：${name}`, '日期：2026年1月5日                日期：2026年1月5日'];
  it('flags a borrower block that prints another person (Chinese)', async () => {
    const sink = await runCheck(signatoryName, contract('借款人：王小明', zhSigning('汪小明')));
    expect(codes(sink)).toEqual(['NAME_MISMATCH']);
    expect(sink.findings[0]).toMatchObject({ page: 2, evidence: { printed: '汪小明', contract: '王小明' } });
  });
  it('stays silent when the block prints the contract\'s borrower, or prints no name', async () => {
    expect(codes(await runCheck(signatoryName, contract('借款人：王小明', zhSigning('王小明', '赵立'))))).toEqual([]);
    expect(codes(await runCheck(signatoryName, contract('借款人：王小明', ['出借人（盖章）：                借款人（签字）：', '日期：2026年1月5日'])))).toEqual([]);
  });
  const enSigning = (name: string, left = '') => ['EXECUTION', 'For the Lender (seal):          Borrower (signature):', '', `${left.padEnd(32)}Name: ${name}`, 'Date: 5 Jan 2026                Date: 5 Jan 2026'];
  it('reads English names in any order of their parts, and a different one as a mismatch', async () => {
    expect(codes(await runCheck(signatoryName, contract('Borrower: Wei Ma', enSigning('Ma Wei'), 'en')))).toEqual([]);
    expect(codes(await runCheck(signatoryName, contract('Borrower: Wei Ma', enSigning('Wei Mo'), 'en')))).toEqual(['NAME_MISMATCH']);
  });
  it('does not read the lender\'s column as the borrower\'s name', async () => {
    expect(codes(await runCheck(signatoryName, contract('Borrower: Wei Ma', enSigning('Wei Ma', 'Name: Jun Chen'), 'en')))).toEqual([]);
  });
});
