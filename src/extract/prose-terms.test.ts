import { describe, expect, it } from 'vitest';
import { extractText, fieldValues } from '../../test/support/synthetic-page.js';
import type { Language } from '../model/schema.js';
import { collectLines } from './lines.js';
import { paragraphsOf } from './prose-terms.js';
import { syntheticPage } from '../../test/support/synthetic-page.js';

const contract = (lines: string[], language: Language) => fieldValues(extractText(lines.join('\n'), 'loan_contract', language));

describe('fill-in-the-blank contracts: terms stated only inside sentences', () => {
  it('reads the parties, repayment, mortgaged property and signing date of a Chinese form', () => {
    expect(contract([
      '个人消费借款合同',
      '借款申请人张文博（身份证号110101198806150031），向贷款银行招商银行股份有限公司杭州西湖支行申请借款。',
      '一、借款金额为人民币 200,000.00 元。',
      '二、借款人采用按月等额本金的办法归还借款本息。',
      '三、借款人以坐落于上海市徐汇区漕溪北路88号2栋501室的住宅设定抵押。',
      '四、本合同经双方于2024年3月8日正式签署，自签署之日起生效。',
    ], 'zh')).toMatchObject({
      borrowerName: '张文博',
      lenderName: '招商银行股份有限公司杭州西湖支行',
      repaymentMethod: '按月等额本金',
      collateralAddress: '上海市徐汇区漕溪北路88号2栋501室',
      signingDate: '2024-03-08',
    });
  });

  it('reads defined parties, repayment, property and the date an English agreement was entered into', () => {
    expect(contract([
      'No. HL-2024/00731',
      'Home Loan Agreement',
      'This Agreement is entered into on 5 March 2024 between Bank of Ningbo Co., Ltd. (the "Lender") and',
      'CHEN Mei, holder of passport E12345678, residing at 9 Park Road, Ningbo (the "Borrower").',
      '1. The Lender shall advance USD 80,000.00 to the Borrower.',
      '2. The Borrower shall repay the Loan through equal monthly instalments of principal and interest.',
      '3. The Borrower charges to the Lender the flat situated at Flat 12B, No. 45 Harbour Street, Yinzhou District, Ningbo.',
    ], 'en')).toMatchObject({
      contractNumber: 'HL-2024/00731',
      lenderName: 'BankofNingboCo.,Ltd.',
      borrowerName: 'CHENMei',
      repaymentMethod: 'equal monthly instalments of principal and interest',
      collateralAddress: 'Flat12B,No.45HarbourStreet,YinzhouDistrict,Ningbo',
      signingDate: '2024-03-05',
    });
  });

  it('leaves a labelled value alone and invents nothing where no frame fits', () => {
    const r = contract([
      '借款合同',
      '借款人：李强',
      '借款人应按时归还借款本息。',
      '签订日期：2024年1月2日',
    ], 'zh');
    expect(r.borrowerName).toBe('李强');
    expect(r.signingDate).toBe('2024-01-02');
    expect(r.repaymentMethod).toBeUndefined();
    expect(r.collateralAddress).toBeUndefined();
  });

  it('does not read "For and on behalf of" in a signature block as a person', () => {
    const r = contract(['LOAN AGREEMENT', 'Signed by the Borrower:  For and on behalf of the Lender:'], 'en');
    expect(r.borrowerName).toBeUndefined();
  });
});

describe('paragraphsOf', () => {
  it('joins wrapped lines of one clause and starts a new paragraph at each clause number', () => {
    const lines = collectLines({ pages: [syntheticPage(['1. The Loan is repayable over', '24 months.', '2. Interest accrues daily.'].join('\n'), 1, { pitch: 1.2 })] });
    expect(paragraphsOf(lines).map((p) => p.text)).toEqual(['1. The Loan is repayable over 24 months.', '2. Interest accrues daily.']);
  });
});
