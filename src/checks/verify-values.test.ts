import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Document } from '../model/document.js';
import type { OcrEngine, RecognizeOptions } from '../ocr/engine.js';
import { extractFields } from '../extract/index.js';
import { makeDocument, lineOf, codes } from './test-document.js';
import { verifyOcrValues } from './verify-values.js';
import { runDocumentChecks } from './index.js';
import { payslipArithmetic } from './payslip-arithmetic.js';
import { statementBalance } from './statement-balance.js';
import { amountWords } from './amount-words.js';

/** A blank page raster, so that boxes can be cut; what is "read" there comes from the fake engine. */
const blank = await sharp({ create: { width: 1654, height: 2339, channels: 3, background: '#ffffff' } }).png().toBuffer();

/** An OCR engine that answers each crop with the next scripted text and records the options. */
function scripted(answers: (opts: RecognizeOptions) => string): OcrEngine & { calls: RecognizeOptions[] } {
  const calls: RecognizeOptions[] = [];
  return {
    name: 'scripted',
    calls,
    recognize: async (_input, opts = {}) => {
      calls.push(opts);
      const text = answers(opts);
      return { lines: text ? [lineOf(text, 0, 90)] : [], confidence: 90, width: 10, height: 10, ms: 1 };
    },
    close: async () => undefined,
  };
}

const noOcr = (): OcrEngine => { throw new Error('no OCR expected'); };

function scanned(lines: string[], docType: Document['docType'], language: Document['language'] = 'zh', confidence = 90): Document {
  const doc = makeDocument([lines], { docType, language, source: 'ocr', confidence });
  doc.pages[0]!.image = { data: blank };
  return doc;
}

async function verify(doc: Document, ocr: () => OcrEngine = noOcr) {
  const extraction = extractFields(doc);
  doc.fields = extraction.fields;
  doc.transactions = extraction.transactions;
  await verifyOcrValues({ document: doc, extraction, ocr });
  return extraction;
}

async function check(doc: Document, ocr: () => OcrEngine, only: Parameters<typeof runDocumentChecks>[1]) {
  const extraction = extractFields(doc);
  doc.fields = extraction.fields;
  doc.transactions = extraction.transactions;
  return runDocumentChecks({ document: doc, extraction, ocr }, only);
}

const slip = (lang: 'zh' | 'en', gross: string, ded: string, net: string) => (lang === 'zh'
  ? ['工资条', `应发工资：${gross}`, '个人所得税：210.00', '社会保险：1,050.00', `扣款合计：${ded}`, `实发工资：${net}`]
  : ['PAYSLIP', `Gross Pay: ${gross}`, 'Income Tax: 210.00', 'Social Insurance: 1,050.00', `Total Deductions: ${ded}`, `Net Pay: ${net}`]);

describe('verify-values: evidence on the document itself (no second reading)', () => {
  it.each(['zh', 'en'] as const)('a %s pay slip that adds up confirms its figures by arithmetic', async (lang) => {
    const { fields } = await verify(scanned(slip(lang, '12,000.00', '1,260.00', '10,740.00'), 'pay_slip', lang), () => scripted(() => ''));
    for (const name of ['grossPay', 'totalDeductions', 'netPay', 'incomeTax', 'socialInsurance']) expect(fields[name]!.verification).toMatchObject({ status: 'confirmed', by: expect.arrayContaining(['arithmetic']) });
  });
  it('figures and the amount in words that agree confirm each other; a valid resident ID its check character', async () => {
    const { fields } = await verify(scanned(['借款合同', '借款金额：人民币1,250,000.00元', '大写：人民币壹佰贰拾伍万元整', '身份证号码：330106198503152310'], 'loan_contract'), () => scripted(() => ''));
    expect(fields.principal!.verification).toMatchObject({ status: 'confirmed', by: ['amount-words'] });
    expect(fields.borrowerIdNumber!.verification).toMatchObject({ status: 'confirmed', by: ['checksum'] });
  });
  it('a restatement on another page is confirmed by the words printed on its own page, not by another page\'s words', async () => {
    const doc = makeDocument([
      ['借款合同', '借款金额：人民币2,460,000.00元', '大写：人民币贰佰肆拾陆万元整'],
      ['附件：抵押物清单', '担保主债权本金：人民币2,640,000.00元', '本金（大写）：人民币贰佰陆拾肆万元整'],
      ['附件二', '担保主债权本金：人民币2,640,000.00元'],
    ], { docType: 'loan_contract', language: 'zh', source: 'ocr', confidence: 90 });
    for (const page of doc.pages) page.image = { data: blank };
    const { mentions } = await verify(doc, () => scripted(() => ''));
    const byPage = (page: number) => mentions.principal!.filter((m) => m.page === page).map((m) => m.verification?.status === 'confirmed' && m.verification.by.includes('amount-words'));
    expect(byPage(2)).toEqual([true]);
    expect(byPage(3)).toEqual([false]);
  });
  it('a check digit the extractor used to repair the value confirms nothing', async () => {
    const doc = scanned(['借款合同', '身份证号码：330106198503152310'], 'loan_contract');
    const extraction = extractFields(doc);
    extraction.fields.borrowerIdNumber!.evidence = { read: '330106198503152810', repaired: [{ at: 14, from: '8', to: '3' }], checksum: true };
    await verifyOcrValues({ document: doc, extraction, ocr: () => scripted(() => '') });
    expect(extraction.fields.borrowerIdNumber!.verification?.status).toBe('unconfirmed');
  });
  it('a statement row whose balance follows from the row before is confirmed; the row that breaks the chain is not', async () => {
    const doc = scanned(['交易明细', '期初余额：1,000.00', '交易日期  摘要  金额  余额', '2025-03-01  工资  500.00  1,500.00', '2025-03-02  消费  -200.00  1,350.00', '2025-03-03  消费  -50.00  1,300.00'], 'bank_statement');
    const { transactions } = await verify(doc, () => scripted(() => ''));
    // 1,500.00 − 200.00 ≠ 1,350.00: the second row breaks the chain; the third follows from it.
    expect(transactions.map((t) => t.verification?.status)).toEqual(['confirmed', 'unconfirmed', 'confirmed']);
  });
  it('leaves text-layer documents alone', async () => {
    const doc = makeDocument([slip('zh', '12,500.00', '1,260.00', '10,740.00')], { docType: 'pay_slip' });
    const { fields } = await verify(doc);
    expect(Object.values(fields).some((f) => f.verification)).toBe(false);
  });
});

describe('verify-values: reading a doubtful box again', () => {
  const wrongSlip = (lang: 'zh' | 'en') => scanned(slip(lang, '12,500.00', '1,260.00', '10,740.00'), 'pay_slip', lang);

  it.each(['zh', 'en'] as const)('%s: a second reading that repeats the first confirms a slip that does not add up: PAYSLIP_ARITHMETIC', async (lang) => {
    const doc = wrongSlip(lang);
    // Deductions and items add up, so only gross and net are read again, in that order.
    const engine = queued(['12,500.00', '10,740.00']);
    const { findings } = await check(doc, () => engine, [payslipArithmetic]);
    expect(engine.calls).toHaveLength(2);
    expect(engine.calls.every((c) => c.whitelist?.startsWith('0123456789') && (c.psm === 'line' || c.psm === 'block'))).toBe(true);
    expect(findings.map((f) => f.code)).toEqual(['PAYSLIP_ARITHMETIC']);
    expect(doc.fields.grossPay!.verification).toMatchObject({ status: 'confirmed', by: ['reread'] });
  });

  it('readings that disagree leave the value unconfirmed, and a correction nothing backs does not accuse: LOW_OCR_CONFIDENCE', async () => {
    const doc = wrongSlip('zh');
    const { findings } = await check(doc, () => scripted(() => '99.99'), [payslipArithmetic]);
    expect(findings.map((f) => f.code)).toEqual(['LOW_OCR_CONFIDENCE']);
    // Both further readings said 99.99: nothing on the slip backs that, so the value is kept, unconfirmed.
    expect(doc.fields.grossPay).toMatchObject({ value: '12500.00', verification: { status: 'unconfirmed', reads: [{ value: '99.99' }, { value: '99.99' }] } });
    const other = wrongSlip('en');
    const engine = queued(['12,800.00', '12,300.00', '10,740.50', '']);
    const disagreeing = await check(other, () => engine, [payslipArithmetic]);
    expect(disagreeing.findings.map((f) => f.code)).toEqual(['LOW_OCR_CONFIDENCE']);
    expect(other.fields.grossPay!.verification?.status).toBe('unconfirmed');
  });

  it('a reading that says otherwise is doubt even when the next one agrees with the first pass', async () => {
    const doc = wrongSlip('zh');
    const { findings } = await check(doc, engineOf(['12,800.00', '12,500.00', '10,740.00']), [payslipArithmetic]);
    expect(doc.fields.grossPay!.verification?.status).toBe('unconfirmed');
    expect(findings.map((f) => f.code)).toEqual(['LOW_OCR_CONFIDENCE']);
  });

  it('noise from the crop\'s edge is no rival reading: the next reading can still confirm', async () => {
    const doc = wrongSlip('en');
    const { findings } = await check(doc, engineOf(['3', '12,500.00', '10,740.00']), [payslipArithmetic]);
    expect(doc.fields.grossPay!.verification).toMatchObject({ status: 'confirmed', by: ['reread'] });
    expect(findings.map((f) => f.code)).toEqual(['PAYSLIP_ARITHMETIC']);
  });

  it('a name or address read again with a stray mark from the crop\'s edge is confirmed; one character off is not', async () => {
    const lines = ['借款合同', '借款人：冯伟', '抵押物地址：浙江省杭州市西湖区文三路138号3幢502室'];
    const doc = scanned(lines, 'loan_contract');
    await verify(doc, () => scripted((opts) => (opts.whitelist ? '' : opts.psm === 'line' ? '~ 冯伟 e' : '')));
    expect(doc.fields.borrowerName!.verification?.status).toBe('confirmed');
    const other = scanned(lines, 'loan_contract');
    await verify(other, () => scripted(() => '冯炜'));
    expect(other.fields.borrowerName!.verification?.status).toBe('unconfirmed');
    // A reading that runs on (冯伟栋) says the first pass cut the name short: no confirmation.
    const cut = scanned(lines, 'loan_contract');
    await verify(cut, () => scripted((opts) => (opts.whitelist ? '' : '冯伟栋')));
    expect(cut.fields.borrowerName!.verification?.status).toBe('unconfirmed');
  });

  it('two further readings that agree on another value correct it, and a slip that then adds up is silent', async () => {
    const doc = wrongSlip('en');
    // Gross was "misread" as 12,500.00; the crops read 12,000.00 twice, everything else as printed.
    const engine = queued(['12,000.00', '12,000.00']);
    const { findings } = await check(doc, () => engine, [payslipArithmetic]);
    expect(doc.fields.grossPay).toMatchObject({ value: '12000.00', verification: { status: 'corrected', original: '12500.00' } });
    expect(codes({ findings, reviewItems: [] })).toEqual([]);
  });

  it('a statement row read again to the same amount makes the broken running balance a BALANCE_MISMATCH', async () => {
    const doc = scanned(['交易明细', '期初余额：1,000.00', '交易日期  摘要  金额  余额', '2025-03-01  工资  500.00  1,500.00', '2025-03-02  消费  -250.00  1,300.00', '2025-03-03  消费  -50.00  1,250.00'], 'bank_statement');
    const silent = await check(scanned(doc.pages[0]!.lines.map((l) => l.text), 'bank_statement'), () => scripted(() => ''), [statementBalance]);
    expect(silent.findings.map((f) => f.code)).toEqual(['LOW_OCR_CONFIDENCE']);
    const engine = scripted((opts) => (opts.whitelist ? '250.00' : ''));
    const { findings } = await check(doc, () => engine, [statementBalance]);
    expect(findings.map((f) => f.code)).toEqual(['BALANCE_MISMATCH']);
  });

  it('a row amount the first pass cut short is corrected when its second reading closes the running balance', async () => {
    const doc = scanned(['交易明细', '期初余额：1,000.00', '交易日期  摘要  金额  余额', '2025-03-01  转账  500.00  1,500.00', '2025-03-05  代发工资  1.250.00  2,750.00', '2025-03-06  消费  -50.00  2,700.00'], 'bank_statement');
    const extraction = extractFields(doc);
    // The first pass took "1.250.00" as 1.25 (as OCR'd statements were seen to do).
    extraction.transactions[1]!.amount = '1.25';
    doc.fields = extraction.fields;
    doc.transactions = extraction.transactions;
    await verifyOcrValues({ document: doc, extraction, ocr: () => scripted((opts) => (opts.whitelist ? '1,250.00' : '')) });
    expect(extraction.transactions[1]).toMatchObject({ amount: '1250.00', verification: { status: 'corrected', by: expect.arrayContaining(['reread', 'running-balance']) } });
    const wrong = scanned(doc.pages[0]!.lines.map((l) => l.text), 'bank_statement');
    const again = extractFields(wrong);
    again.transactions[1]!.amount = '1.25';
    await verifyOcrValues({ document: wrong, extraction: again, ocr: () => scripted((opts) => (opts.whitelist ? '1,350.00' : '')) });
    expect(again.transactions[1]!.verification?.status).toBe('unconfirmed');
  });

  it('English words read again to the same amount confirm an AMOUNT_WORDS_MISMATCH on a scan', async () => {
    const lines = ['LOAN AGREEMENT', 'Loan Amount: RMB 1,250,000.00', 'In words: Renminbi One Hundred Twenty Five Thousand Yuan Only'];
    const unconfirmed = await check(scanned(lines, 'loan_contract', 'en', 70), () => scripted(() => ''), [amountWords]);
    expect(unconfirmed.findings.map((f) => f.code)).toEqual(['LOW_OCR_CONFIDENCE']);
    const engine = scripted((opts) => (opts.whitelist ? '1,250,000.00' : 'In words: Renminbi One Hundred Twenty Five Thousand Yuan Only'));
    const { findings } = await check(scanned(lines, 'loan_contract', 'en', 70), () => engine, [amountWords]);
    expect(findings.map((f) => f.code)).toEqual(['AMOUNT_WORDS_MISMATCH']);
  });
});

describe('verify-values: fewer readings, same verdicts', () => {
  const contract = (end: string) => scanned(['借款合同', '借款期限：36个月', '起始日期：2025年3月15日', `到期日期：${end}`], 'loan_contract');

  it('a contract whose start + term gives its end date confirms all three without reading them again', async () => {
    for (const end of ['2028年3月14日', '2028年3月15日']) {
      const { fields } = await verify(contract(end));
      for (const name of ['startDate', 'endDate', 'termMonths']) expect(fields[name]!.verification).toMatchObject({ status: 'confirmed', by: ['date-arithmetic'] });
    }
  });

  it('dates that do not add up are not confirmed by their sum: they are read again', async () => {
    const engine = scripted(() => '');
    const { fields } = await verify(contract('2028年9月14日'), () => engine);
    expect(engine.calls.length).toBeGreaterThanOrEqual(2);
    for (const name of ['startDate', 'endDate']) expect(fields[name]!.verification?.status).toBe('unconfirmed');
  });

  it('after a dissenting reading, no second reading where nothing could back a correction', async () => {
    const engine = queued(['冯炜', '冯炜']);
    const doc = scanned(['借款合同', '借款人：冯伟'], 'loan_contract');
    await verify(doc, () => engine);
    expect(engine.calls).toHaveLength(1);
    expect(doc.fields.borrowerName).toMatchObject({ value: '冯伟', verification: { status: 'unconfirmed', reads: [{ value: '冯炜' }] } });
  });

  it('a dissenting reading of a date that would close start + term = end is read twice and corrects it', async () => {
    // The end date was "misread" as 2028-08-14; every crop of a date line says 2028-03-14.
    const doc = contract('2028年8月14日');
    const engine = scripted((opts) => (opts.whitelist?.includes('年') ? '2028年3月14日' : ''));
    const { fields } = await verify(doc, () => engine);
    expect(fields.endDate).toMatchObject({ value: '2028-03-14', verification: { status: 'corrected', original: '2028-08-14', by: expect.arrayContaining(['date-arithmetic']) } });
    expect(fields.endDate!.verification!.reads).toHaveLength(2);
    // The start date's dissenting reading (2028-03-14) could not close the sum: read once; the
    // corrected end date then closes it with the start date as first read.
    expect(fields.startDate).toMatchObject({ value: '2025-03-15', verification: { status: 'confirmed', by: ['date-arithmetic'] } });
    expect(fields.startDate!.verification!.reads).toHaveLength(1);
  });
});

/** One queued engine for a whole run (the getter is called for every crop). */
function engineOf(texts: string[]): () => OcrEngine {
  const engine = queued(texts);
  return () => engine;
}

/** An engine answering the n-th crop with the n-th text, then nothing. */
function queued(texts: string[]): ReturnType<typeof scripted> {
  let n = 0;
  return scripted(() => texts[n++] ?? '');
}
