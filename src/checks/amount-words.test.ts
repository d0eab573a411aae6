import { describe, expect, it } from 'vitest';
import { amountWords } from './amount-words.js';
import { codes, makeDocument, runCheck } from './test-document.js';

const zh = (figures: string, words: string) => makeDocument([[`借款金额：¥${figures}`, `大写：${words}`]], { docType: 'loan_contract' });
const en = (figures: string, words: string[]) => makeDocument([[`Loan Amount:  RMB ${figures}`, `In Words:  ${words[0]}`, ...words.slice(1)]], { docType: 'loan_contract', language: 'en' });

describe('amount-words', () => {
  it('stays silent when figures and 大写 agree (元/圆, 整/正)', async () => {
    expect(codes(await runCheck(amountWords, zh('1,250,000.00', '人民币壹佰贰拾伍万元整')))).toEqual([]);
    expect(codes(await runCheck(amountWords, zh('10,005.00', '人民币壹万零伍圆正')))).toEqual([]);
  });
  it('flags a changed 大写 digit and a missing zero in the figures', async () => {
    const changed = await runCheck(amountWords, zh('1,250,000.00', '人民币壹佰叁拾伍万元整'));
    expect(codes(changed)).toEqual(['AMOUNT_WORDS_MISMATCH']);
    expect(changed.findings[0]!.evidence).toMatchObject({ figures: { value: '1250000.00', page: 1 }, words: { value: '1350000.00' } });
    expect(codes(await runCheck(amountWords, zh('125,000.00', '人民币壹佰贰拾伍万元整')))).toEqual(['AMOUNT_WORDS_MISMATCH']);
  });
  it('compares prose words with the figures bracketed after them, in either language', async () => {
    const clause = (words: string) => makeDocument([['第一条 借款金额'], [`贷款人同意向借款人发放贷款，借款金额为人民币（大写）${words}（¥722,000.00），用于购买自住住房。`]], { docType: 'loan_contract' });
    expect(codes(await runCheck(amountWords, clause('柒拾贰万贰仟元整')))).toEqual([]);
    expect(codes(await runCheck(amountWords, clause('柒拾柒万贰仟元整')))).toEqual(['AMOUNT_WORDS_MISMATCH']);
    const letter = (words: string) => makeDocument([['Dear Customer,'], [`The Bank agrees to lend you ${words} (RMB 305,000.00) for the purchase of a home.`]], { docType: 'loan_contract', language: 'en' });
    expect(codes(await runCheck(amountWords, letter('Renminbi Three Hundred Five Thousand Yuan Only')))).toEqual([]);
    expect(codes(await runCheck(amountWords, letter('Renminbi Three Hundred Fifty Thousand Yuan Only')))).toEqual(['AMOUNT_WORDS_MISMATCH']);
  });
  it('reads English words wrapped onto the next line as one amount', async () => {
    expect(codes(await runCheck(amountWords, en('460,000.39', ['Renminbi Four Hundred Sixty Thousand Yuan and', '39/100 Only'])))).toEqual([]);
    expect(codes(await runCheck(amountWords, en('460,000.39', ['Renminbi Four Hundred Sixty Thousand Yuan and', '93/100 Only'])))).toEqual(['AMOUNT_WORDS_MISMATCH']);
  });
  it('reads words under a line of prose that ends in no amount words without backtracking for minutes', async () => {
    // A long word before a closing bracket once cost the words-above pattern 200 s per line.
    const doc = makeDocument([['Loan Amount:  RMB 500,000.00', 'the principal sum hereinafter described as Consolidated;', 'Five Hundred Thousand Yuan Only']], { docType: 'loan_contract', language: 'en' });
    expect(codes(await runCheck(amountWords, doc))).toEqual([]);
  }, 10_000);
  it('turns a disagreement read by low-confidence OCR into LOW_OCR_CONFIDENCE, not a mismatch', async () => {
    const doc = makeDocument([['借款金额：¥1,250,000.00', '大写：人民币壹佰叁拾伍万元整']], { docType: 'loan_contract', source: 'ocr', confidence: 55 });
    expect(codes(await runCheck(amountWords, doc))).toEqual(['LOW_OCR_CONFIDENCE']);
  });
  it('ignores words it cannot read (low-ocr-confidence reports those)', async () => {
    expect(codes(await runCheck(amountWords, zh('1,250,000.00', '人民币壹佰贰拾伍万元X')))).toEqual([]);
  });
  it('compares words with the figures they restate in the same sentence when no label names the amount', async () => {
    const inline = (figures: string, words: string) => makeDocument([['第二条 借款', `2.1 本次放款额度为人民币${figures}元（大写：${words}），币种人民币。`]], { docType: 'loan_contract' });
    expect(codes(await runCheck(amountWords, inline('806,300.45', '捌拾万陆仟叁佰元肆角伍分')))).toEqual([]);
    // One numeral off: 陆仟 → 柒仟.
    expect(codes(await runCheck(amountWords, inline('806,300.45', '捌拾万柒仟叁佰元肆角伍分')))).toEqual(['AMOUNT_WORDS_MISMATCH']);
    const en = (words: string) => makeDocument([['2. Facility', `The facility of USD 7,040.00 (Say: ${words}) is advanced once.`]], { docType: 'loan_contract', language: 'en' });
    expect(codes(await runCheck(amountWords, en('US Dollars Seven Thousand Forty Only')))).toEqual([]);
    expect(codes(await runCheck(amountWords, en('US Dollars Seven Thousand Four Hundred Only')))).toEqual(['AMOUNT_WORDS_MISMATCH']);
  });
  it('calls ill-formed 大写 on a text layer a mismatch when they are not the figures in words', async () => {
    // 万 written as 仟: every character is a 大写 numeral, but 叁仟零陆佰 is no well-formed amount.
    const sink = await runCheck(amountWords, zh('30,600.00', '人民币叁仟零陆佰元整'));
    expect(codes(sink)).toEqual(['AMOUNT_WORDS_MISMATCH']);
    expect(sink.findings[0]!.evidence).toMatchObject({ words: { wellFormed: false, expected: '叁万零陆佰元整' } });
    // The same words read by OCR stay unread: a misread character looks just like this.
    const scanned = makeDocument([['借款金额：¥30,600.00', '大写：人民币叁仟零陆佰元整']], { docType: 'loan_contract', source: 'ocr', confidence: 99 });
    expect(codes(await runCheck(amountWords, scanned))).toEqual([]);
  });
});
