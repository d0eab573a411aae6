import { describe, expect, it } from 'vitest';
import type { DocumentReport, Field, Transaction } from '../model/schema.js';
import { runCaseChecks } from './index.js';
import { parseApplication, type Application } from './application.js';

const field = (value: unknown, page = 1, extra: Partial<Field> = {}): Field => ({ value, raw: String(value), page, bbox: [10, 20, 300, 30], source: 'text-layer', confidence: 1, ...extra });

function report(fileName: string, docType: DocumentReport['document']['docType'], fields: Record<string, Field | Transaction[]>, mentions?: Record<string, Field[]>): DocumentReport {
  return { schemaVersion: '1', document: { id: fileName, fileName, mediaType: 'application/pdf', pageCount: 2, docType, docTypeConfidence: 1, language: 'zh' }, pages: [], fields, ...(mentions ? { mentions } : {}), findings: [], reviewItems: [], timings: { totalMs: 1 } };
}

const app: Application = parseApplication(JSON.stringify({
  caseId: 'C-1', borrower: { name: '张伟', idNumber: '330106198503152318' },
  loan: { principal: '1250000.00', currency: 'CNY', annualRatePercent: '3.85', termMonths: 36, disbursementAccount: '6222021234567890123', collateralAddress: '浙江省杭州市西湖区文三路138号3幢502室' },
  requiredDocuments: ['loan_contract', 'pay_slip', 'bank_statement'],
}));

function clean(): DocumentReport[] {
  return [
    report('contract.pdf', 'loan_contract', {
      borrowerName: field('张伟'), borrowerIdNumber: field('330106198503152318'), principal: field('1250000.00'), currency: field('CNY'),
      annualRatePercent: field('3.85'), termMonths: field(36), disbursementAccount: field('6222021234567890123'), collateralAddress: field('杭州市西湖区文三路138号3栋502室'),
    }),
    report('payslip.pdf', 'pay_slip', { employeeName: field('张伟'), payPeriod: field('2025-02'), netPay: field('10740.00') }),
    report('statement.pdf', 'bank_statement', { accountHolder: field('张伟'), transactions: [{ date: '2025-03-05', description: '代发工资', amount: '10740.00', balance: '20740.00', page: 1, raw: '', confidence: 1 }] }),
  ];
}
const run = (documents: DocumentReport[], application: Application | undefined = app) => runCaseChecks({ caseId: 'C-1', documents, application });
const codesOf = (documents: DocumentReport[], application?: Application) => run(documents, application).findings.map((f) => f.code);

describe('case checks', () => {
  it('stay silent on a consistent case (omitted province, 幢/栋)', () => {
    expect(codesOf(clean(), app)).toEqual([]);
  });
  it('find the principal, account, name, ID and address that differ from the application, with both sides', () => {
    const docs = clean();
    Object.assign(docs[0]!.fields, { principal: field('1520000.00'), disbursementAccount: field('6222021234567890124'), collateralAddress: field('杭州市西湖区文三路183号3栋502室'), borrowerIdNumber: field('330106198503152326') });
    docs[2]!.fields.accountHolder = field('张炜');
    const { findings } = run(docs);
    expect(findings.map((f) => f.code).sort()).toEqual(['ACCOUNT_MISMATCH', 'ADDRESS_MISMATCH', 'AMOUNT_MISMATCH', 'ID_MISMATCH', 'NAME_MISMATCH']);
    expect(findings.find((f) => f.code === 'ID_MISMATCH')!.evidence).toMatchObject({ field: 'borrowerIdNumber' });
    const address = findings.find((f) => f.code === 'ADDRESS_MISMATCH')!;
    expect(address.evidence).toMatchObject({ likelyTypo: true, editDistance: 2 });
    expect(address.evidence.compared).toEqual([expect.objectContaining({ from: 'contract.pdf', page: 1, value: '杭州市西湖区文三路183号3栋502室' }), expect.objectContaining({ from: 'application.json', value: app.loan.collateralAddress })]);
  });
  it('says how a disbursement account differs: swapped neighbours, one digit, one dropped', () => {
    const differenceFor = (account: string) => {
      const docs = clean();
      docs[0]!.fields.disbursementAccount = field(account);
      return run(docs).findings.filter((f) => f.code === 'ACCOUNT_MISMATCH').map((f) => f.evidence.difference);
    };
    expect(differenceFor('6222 0212 3456 7890 123')).toEqual([]);
    expect(differenceFor('6222021243567890123')).toEqual(['two adjacent digits swapped (positions 9–10)']);
    expect(differenceFor('6222021234567890723')).toEqual(['one digit differs (position 17)']);
    expect(differenceFor('622202123456789023')).toEqual(['one digit dropped (position 17)']);
  });
  it.each([
    ['annualRatePercent', '4.35', 'RATE_MISMATCH'],
    ['termMonths', 24, 'TERM_MISMATCH'],
  ] as const)('a contract %s other than the application is %s, with evidence.field', (name, value, code) => {
    const docs = clean();
    docs[0]!.fields[name] = field(value);
    const { findings } = run(docs);
    expect(findings.map((f) => f.code)).toEqual([code]);
    expect(findings[0]!.evidence).toMatchObject({ field: name, compared: [expect.objectContaining({ value }), expect.objectContaining({ from: 'application.json' })] });
  });
  it('compares OCR values confirmed by independent evidence, and leaves unconfirmed ones out', () => {
    const docs = clean();
    docs[0]!.fields.principal = field('12500000.00', 1, { source: 'ocr', confidence: 0.84, verification: { status: 'confirmed', by: ['amount-words'] } });
    docs[0]!.fields.annualRatePercent = field('4.35', 1, { source: 'ocr', confidence: 0.84, verification: { status: 'unconfirmed', by: [], reads: [{ value: '4.85', raw: '4.85%', confidence: 0.9, method: 'crop' }] } });
    docs[0]!.fields.termMonths = field(24, 1, { source: 'ocr', confidence: 0.84, verification: { status: 'corrected', by: ['reread'], original: 36 } });
    const { findings, notCompared } = run(docs);
    expect(findings.map((f) => f.code)).toEqual(['AMOUNT_MISMATCH']);
    expect(notCompared.join(' ')).toMatch(/annual interest rate.*confidence 0.84/u);
  });
  it('an OCR\'d address one character off is a mismatch only once a second reading confirmed it', () => {
    const docs = clean();
    docs[0]!.fields.collateralAddress = field('杭州市西湖区文三路139号3栋502室', 1, { source: 'ocr', confidence: 0.99 });
    expect(codesOf(docs)).toEqual(['LOW_OCR_CONFIDENCE']);
    docs[0]!.fields.collateralAddress.verification = { status: 'confirmed', by: ['reread'] };
    expect(codesOf(docs)).toEqual(['ADDRESS_MISMATCH']);
  });
  it('without the pay month, a steady salary other than the net pay differs; varying credits are not compared', () => {
    const docs = clean();
    delete docs[1]!.fields.payPeriod;
    const rows = docs[2]!.fields.transactions as Transaction[];
    rows.push({ ...rows[0]!, date: '2025-04-05', balance: '31480.00' });
    expect(codesOf(docs)).toEqual([]);
    for (const r of rows) r.amount = '9740.00';
    expect(codesOf(docs)).toEqual(['AMOUNT_MISMATCH']);
    rows[1]!.amount = '12000.00';
    const { findings, notCompared } = run(docs);
    expect(findings).toEqual([]);
    expect(notCompared.join(' ')).toMatch(/salary credits vary/u);
  });
  it('does not compare a net pay read from a figure that is not printed as money', () => {
    const docs = clean();
    docs[1]!.fields.netPay = field('16.00', 1, { raw: '16' });
    const { findings, notCompared } = run(docs);
    expect(findings).toEqual([]);
    expect(notCompared.join(' ')).toMatch(/not printed as money/u);
    docs[1]!.fields.netPay = field('16.00', 1, { raw: 'RMB 16.00' });
    expect(codesOf(docs)).toEqual(['AMOUNT_MISMATCH']);
  });
  it('flags a statement account one slip away from the disbursement account, not another account', () => {
    const docs = clean();
    docs[2]!.fields.accountNumber = field('6222021234567890124');
    expect(codesOf(docs)).toEqual(['ACCOUNT_MISMATCH']);
    docs[2]!.fields.accountNumber = field('6217000011112222333');
    expect(codesOf(docs)).toEqual([]);
  });
  it('compares net pay with the salary credit of the month after', () => {
    const docs = clean();
    (docs[2]!.fields.transactions as Transaction[])[0]!.amount = '10840.00';
    expect(codesOf(docs)).toEqual(['AMOUNT_MISMATCH']);
  });
  it('compares English names in any order, and not across scripts', () => {
    const docs = clean();
    docs[0]!.fields.borrowerName = field('ZHANGWei', 1, { evidence: { display: 'ZHANG Wei' } });
    docs[1]!.fields.employeeName = field('WeiZhang', 1, { evidence: { display: 'Wei Zhang' } });
    docs[2]!.fields.accountHolder = field('WeiZhang');
    const { findings, notCompared } = run(docs, { ...app, borrower: { name: 'Wei Zhang' } });
    expect(findings).toEqual([]);
    expect(run(docs).notCompared.some((n) => n.includes('different scripts'))).toBe(true);
    expect(notCompared).toBeDefined();
  });
  it('reports a missing required document, and without an application compares documents only', () => {
    expect(codesOf(clean().slice(0, 2))).toEqual(['DOCUMENT_MISSING']);
    const docs = clean();
    docs[1]!.fields.employeeName = field('李娜');
    const { findings, notCompared } = runCaseChecks({ caseId: 'C-1', documents: docs });
    expect(findings.map((f) => f.code)).toEqual(['NAME_MISMATCH']);
    expect(notCompared.join(' ')).toMatch(/no application/u);
  });
  it('flags a mention of the address on another page that differs, and the application naming an unknown place', () => {
    const docs = clean();
    docs[0]!.mentions = { collateralAddress: [field('杭州市西湖区文三路138号3栋502室'), field('杭州市西湖区文三路138号3栋520室', 2)] };
    const { findings } = run(docs, { ...app, loan: { ...app.loan, collateralAddress: '浙江省杭洲市西湖区文三路138号3幢502室' } });
    expect(findings.map((f) => f.code).sort()).toEqual(['ADDRESS_MISMATCH', 'ADDRESS_MISMATCH', 'ADDRESS_UNKNOWN_PLACE']);
  });
  it('does not accuse on low-confidence OCR values', () => {
    const docs = clean();
    docs[0]!.fields.principal = field('1.25', 1, { source: 'ocr', confidence: 0.4 });
    const { findings, notCompared } = run(docs);
    expect(findings).toEqual([]);
    expect(notCompared.join(' ')).toMatch(/principal.*confidence 0.4/u);
  });
  it('does not compare a one-word label misread as a Latin name', () => {
    const docs = clean();
    docs[1]!.fields.employeeName = field('Unit', 1, { evidence: { display: 'Unit' } });
    const { findings, notCompared } = run(docs, { ...app, borrower: { ...app.borrower, name: 'Wei Zhang' } });
    expect(findings.filter((f) => f.code === 'NAME_MISMATCH').map((f) => f.evidence.field)).not.toContain('employeeName');
    expect(notCompared.join(' ')).toMatch(/Unit.*does not look like a person/u);
  });
  it('takes "J. Sun" for any given name of that letter, but a bare "J Sun" or another letter as a different name', () => {
    const latin = { ...app, borrower: { ...app.borrower, name: 'Jiahui Sun' } };
    const holder = (display: string) => {
      const docs = clean();
      docs[0]!.fields.borrowerName = field('JiahuiSun', 1, { evidence: { display: 'Jiahui Sun' } });
      docs[1]!.fields.employeeName = field('SunJiahui', 1, { evidence: { display: 'SUN Jiahui' } });
      docs[2]!.fields.accountHolder = field(display.replace(/\s/gu, ''), 1, { evidence: { display } });
      return run(docs, latin).findings.map((f) => f.code);
    };
    expect(holder('J. Sun')).toEqual([]);
    expect(holder('Sun J.')).toEqual([]);
    expect(holder('J Sun')).toEqual(['NAME_MISMATCH']);
    expect(holder('K. Sun')).toEqual(['NAME_MISMATCH']);
    expect(holder('J. Song')).toEqual(['NAME_MISMATCH']);
  });
  it('shows one OCR look-alike letter in a scanned Latin name for review, and still blocks any other difference', () => {
    const latin = { ...app, borrower: { ...app.borrower, name: 'Li Qiao' } };
    const scanned = (value: string, display: string) => {
      const docs = clean();
      docs[0]!.fields.borrowerName = field('LiQiao', 1, { evidence: { display: 'Li Qiao' } });
      docs[1]!.fields.employeeName = field('LiQiao', 1, { evidence: { display: 'Li Qiao' } });
      docs[2]!.fields.accountHolder = field(value, 1, { source: 'ocr', confidence: 0.99, evidence: { display } });
      return run(docs, latin).findings;
    };
    const lookAlike = scanned('QiaoLi', 'Qiao Li').concat(scanned('LiGiao', 'LiGiao'));
    expect(lookAlike.map((f) => [f.code, f.severity])).toEqual([['LOW_OCR_CONFIDENCE', 'medium']]);
    expect(lookAlike[0]!.evidence).toMatchObject({ likelyOcr: true, confusion: 'q→g' });
    expect(scanned('LiQiang', 'LiQiang').map((f) => [f.code, f.severity])).toEqual([['NAME_MISMATCH', 'high']]);
    // On a text layer there is no OCR to blame.
    const docs = clean();
    docs[2]!.fields.accountHolder = field('LiGiao', 1, { evidence: { display: 'LiGiao' } });
    expect(run(docs, latin).findings.map((f) => f.code)).toContain('NAME_MISMATCH');
  });
});
