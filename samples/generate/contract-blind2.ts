import { isoDate } from './calendar.js';
import { chineseOrdinal, clauseLibrary } from './clauses.js';
import { makeLoanFacts, type LoanFacts } from './content.js';
import type { RenderedDoc } from './expected.js';
import { moneyValue, squash } from './format.js';
import { headerCellGrid, lv, multiPairLines, pickBlind2Style, type Blind2Style } from './layout-blind2.js';
import { toChineseMoneyWords, toEnglishWords } from './money-words.js';
import type { Rng } from './prng.js';
import { PdfWriter } from './render-pdf.js';
import { makeSeal, makeSignature } from './seal.js';
import type { Currency, Lang } from './variant-types.js';
import { BLIND2_LAYOUTS, BLIND2_REPAYMENT } from './variants-blind2.js';

/** A blind2 loan contract: key terms as several pairs per line (`multi-pair`) or as header cells over values (`header-cells`). */
export interface Blind2ContractOptions {
  maxPages: number;
  layoutIndex: number;
}

const MAX_TEXT_PDF_BYTES = 190_000;
const CURRENCY_NAME: Record<Lang, Record<Currency, string>> = {
  zh: { CNY: '人民币（CNY）', USD: '美元（USD）', HKD: '港币（HKD）' },
  en: { CNY: 'Chinese Yuan (CNY)', USD: 'United States Dollar (USD)', HKD: 'Hong Kong Dollar (HKD)' },
};
const EN_WORDS_CURRENCY: Record<Currency, [string, string]> = { CNY: ['renminbi', 'RMB'], USD: ['united states dollars', 'USD'], HKD: ['hong kong dollars', 'HKD'] };
const ZH_FULL = (s: string): string => s.replace(/[0-9.%]/g, (c) => (c === '%' ? '％' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));

/** Amount in words: 人民币壹佰贰拾伍万元整; "renminbi one million … only" or "USD ONE MILLION … AND CENTS FIFTY ONLY". */
function amountWords(rng: Rng, lang: Lang, cents: number, currency: Currency): string {
  if (lang === 'zh') {
    const words = toChineseMoneyWords(cents, rng.pick([{ yuan: '元', whole: '整' }, { yuan: '圆', whole: '整' }] as const));
    return rng.chance(0.6) ? `人民币${words}` : words;
  }
  const style = rng.pick([{ hyphen: true, britishAnd: true }, { hyphen: false, britishAnd: true }]);
  const whole = toEnglishWords(Math.floor(cents / 100), style);
  const fraction = cents % 100;
  const [name, code] = EN_WORDS_CURRENCY[currency];
  if (rng.chance(0.5)) return `${name} ${whole.toLowerCase()}${fraction ? ` and ${toEnglishWords(fraction, style).toLowerCase()} cents` : ''} only`;
  return `${code} ${whole.toUpperCase()}${fraction ? ` AND CENTS ${toEnglishWords(fraction, style).toUpperCase()}` : ''} ONLY`;
}

function contractNumber(facts: LoanFacts, lang: Lang): string {
  const serial = String(facts.contractSerial).padStart(5, '0');
  return lang === 'zh' ? `${facts.bank.code}个贷[${facts.year}]${serial}号` : `${facts.bank.code}/${facts.year}/RL/${serial}`;
}

interface Values {
  principal: string;
  principalBare: string;
  words: string;
  currency: string;
  rate: string;
  rateBare: string;
  term: string;
  termBare: string;
  start: string;
  end: string;
  period: string;
  repayment: string;
  account: string;
  collateral: string;
}

function values(rng: Rng, style: Blind2Style, facts: LoanFacts): Values {
  const zh = style.lang === 'zh';
  // A full-width document prints its figures in full-width digits (２０２５年３月１５日, ３６个月, ４.３５％).
  const full = zh && style.dateStyle === 'zh-ymd-fullwidth' ? ZH_FULL : (s: string): string => s;
  const start = style.date(facts.start);
  const end = style.date(facts.end);
  return {
    principal: style.money(facts.principalCents, facts.currency),
    principalBare: style.amount(facts.principalCents),
    words: amountWords(rng, style.lang, facts.principalCents, facts.currency),
    currency: CURRENCY_NAME[style.lang][facts.currency],
    rate: full(zh ? `${facts.ratePercent}%（年）` : `${facts.ratePercent}% per year`),
    rateBare: full(facts.ratePercent),
    term: full(zh ? `${facts.termMonths}个月` : `${facts.termMonths} months`),
    termBare: full(String(facts.termMonths)),
    start,
    end,
    period: zh ? `自${start}起至${end}止` : `commencing on ${start} and expiring on ${end}`,
    repayment: rng.pick(BLIND2_REPAYMENT[style.lang][facts.repayment]),
    account: `${facts.account.replace(/(\d{4})(?=\d)/g, rng.chance(0.5) ? '$1 ' : '$1')}`,
    collateral: facts.collateralAddress,
  };
}

function writeKeyTerms(writer: PdfWriter, style: Blind2Style, layout: string, v: Values, usePeriod: boolean): void {
  const zh = style.lang === 'zh';
  const l = style.label.bind(style);
  writer.para(zh ? '第一部分　借款要素' : 'PART A - KEY FACTS OF THE LOAN', { bold: true, gap: style.size * 0.5 });
  if (layout === 'multi-pair') {
    const dates: Array<[string, string]> = usePeriod ? [[l('period'), v.period]] : [[l('startDate'), v.start], [l('endDate'), v.end]];
    multiPairLines(writer, style, [
      [[l('principal'), v.principal], [l('currency'), v.currency]],
      [[l('principalWords'), v.words]],
      [[l('rate'), v.rate], [l('term'), v.term], [l('repayment'), v.repayment]],
      dates,
      [[l('account'), v.account]],
      [[l('collateral'), v.collateral]],
    ]);
    return;
  }
  // Header cells: figures sit bare under headers that carry the unit (贷款期限（个月） / 36).
  const rateHasUnit = /%/.test(l('rate'));
  const termHasUnit = /月|month|mths/i.test(l('term'));
  headerCellGrid(writer, [
    [{ label: l('principal'), value: v.principalBare, share: 0.3 }, { label: l('currency'), value: v.currency, share: 0.26 },
      { label: l('rate'), value: rateHasUnit ? v.rateBare : v.rate, share: 0.22 }, { label: l('term'), value: termHasUnit ? v.termBare : v.term, share: 0.22 }],
    [{ label: l('principalWords'), value: v.words, align: 'left' }],
    [{ label: l('startDate'), value: v.start, share: 0.3 }, { label: l('endDate'), value: v.end, share: 0.3 }, { label: l('repayment'), value: v.repayment, share: 0.4 }],
    [{ label: l('account'), value: v.account, share: 0.4 }, { label: l('collateral'), value: v.collateral, share: 0.6, align: 'left' }],
  ]);
}

export async function renderBlind2Contract(rng: Rng, lang: Lang, options: Blind2ContractOptions): Promise<RenderedDoc> {
  const zh = lang === 'zh';
  const currency: Currency = zh ? 'CNY' : rng.pick(['CNY', 'USD', 'HKD', 'CNY'] as const);
  const facts = makeLoanFacts(rng, lang, currency, 0.3);
  const style = pickBlind2Style(rng, lang);
  const layout = BLIND2_LAYOUTS.contract[options.layoutIndex % BLIND2_LAYOUTS.contract.length] as string;
  const number = contractNumber(facts, lang);
  const v = values(rng, style, facts);
  const usePeriod = rng.chance(0.5);
  const title = style.label('contractTitle');
  const l = style.label.bind(style);
  const seal = await makeSeal(facts.lender.replace(/, .*$/, ''), lang, zh ? '合同专用章' : 'CONTRACT SEAL');
  const signature = await makeSignature(facts.borrower.name, lang);
  const idType = zh ? '居民身份证' : 'PRC Resident Identity Card';
  const target = Math.min(options.maxPages, rng.pick([2, 3, 3]));

  const render = async (clauseCount: number): Promise<{ pdf: Buffer; pageCount: number }> => {
    const writer = new PdfWriter({
      font: style.font, size: style.size, margin: style.margin, lang, title,
      creationDate: new Date(Date.UTC(facts.signing.y, facts.signing.m - 1, facts.signing.d, 10, 5)),
      producer: 'Core Lending Docs 5.1',
    });
    writer.para(lv(style, l('contractNumber'), number), { align: 'right', size: style.size * 0.9 });
    writer.heading(title);
    if (layout === 'multi-pair') {
      multiPairLines(writer, style, [
        [[l('lender'), facts.lender]],
        [[l('borrower'), facts.borrower.name], [l('idType'), idType], [l('borrowerId'), facts.borrower.idNumber]],
        [[zh ? '乙方住址' : 'Borrower Address', facts.borrowerAddress]],
      ]);
    } else {
      headerCellGrid(writer, [
        [{ label: l('lender'), value: facts.lender, share: 0.6 }, { label: zh ? '甲方住所' : 'Lender Address', value: facts.lenderAddress, share: 0.4 }],
        [{ label: l('borrower'), value: facts.borrower.name, share: 0.25 }, { label: l('idType'), value: idType, share: 0.3 }, { label: l('borrowerId'), value: facts.borrower.idNumber, share: 0.45 }],
      ]);
    }
    writer.para(zh
      ? '甲乙双方根据有关法律法规，经平等协商，就甲方向乙方发放贷款事宜达成如下协议。本合同第一部分所列借款要素与第二部分条款具有同等效力。'
      : 'Party A and Party B agree as follows. The key facts in Part A and the terms in Part B form one agreement and have equal force.', { indent: zh ? style.size * 2 : 0 });
    writeKeyTerms(writer, style, layout, v, usePeriod);
    writer.para(zh ? '第二部分　通用条款' : 'PART B - GENERAL TERMS', { bold: true, gap: style.size * 0.4 });
    clauseLibrary(lang).slice(0, clauseCount).forEach((clause, i) => {
      writer.para(zh ? `第${chineseOrdinal(i + 1)}条　${clause.title}` : `B.${i + 1} ${clause.title}`, { bold: true, gap: style.size * 0.2 });
      for (const body of clause.body) writer.para(body, { indent: zh ? style.size * 2 : 0, align: 'justify' });
    });
    writer.ensure(style.size * 22);
    writer.gap(style.size * 1.5);
    writer.para(zh ? '（签署页）' : 'SIGNATURES', { bold: true, align: 'center', gap: style.size * 1.2 });
    const y = writer.y;
    const half = writer.width / 2;
    const doc = writer.doc;
    doc.font('R').fontSize(style.size);
    doc.text(zh ? `甲方（公章）${style.colon}` : `For and on behalf of Party A${style.colon}`, writer.left, y, { width: half - 10 });
    doc.text(facts.lender, writer.left, doc.y + 2, { width: half - 10 });
    doc.text(zh ? `乙方（签名）${style.colon}` : `Party B (signature)${style.colon}`, writer.left + half, y, { width: half });
    writer.image(seal, writer.left + 30, y + style.size * 3, 96);
    writer.image(signature, writer.left + half + 10, y + style.size * 2, zh ? 70 : 100);
    doc.y = y + style.size * 3 + 100;
    const signed = zh ? `签约日期${style.colon}${style.date(facts.signing)}` : `Signed on ${style.date(facts.signing)} at ${facts.branchPlace.cityEn}.`;
    writer.para(signed, { align: 'left' });
    return writer.finish((page, total) => style.footerText(page, total));
  };

  let clauseCount = rng.int(6, 12);
  let result = await render(clauseCount);
  while ((result.pageCount > target || result.pdf.length > MAX_TEXT_PDF_BYTES) && clauseCount > 0) {
    clauseCount -= 1;
    result = await render(clauseCount);
  }
  if (result.pageCount > options.maxPages) throw new Error(`blind2 contract does not fit ${options.maxPages} pages, got ${result.pageCount}`);
  return {
    pdf: result.pdf,
    pageCount: result.pageCount,
    pages: style.pages(result.pageCount),
    fields: {
      contractNumber: squash(number),
      borrowerName: squash(facts.borrower.name),
      borrowerIdNumber: facts.borrower.idNumber,
      lenderName: squash(facts.lender),
      principal: moneyValue(facts.principalCents),
      principalInWords: moneyValue(facts.principalCents),
      principalInWordsText: squash(v.words),
      currency: facts.currency,
      annualRatePercent: facts.ratePercent,
      termMonths: facts.termMonths,
      startDate: isoDate(facts.start),
      endDate: isoDate(facts.end),
      repaymentMethod: v.repayment,
      repaymentMethodCode: facts.repayment,
      disbursementAccount: facts.account,
      collateralAddress: squash(facts.collateralAddress),
      signingDate: isoDate(facts.signing),
    },
    generator: {
      font: style.font.id, size: style.size, margin: style.margin, layout, footer: style.footer, dateStyle: style.dateStyle,
      colon: style.colon, endConvention: facts.endConvention, clauses: clauseCount, periodAsRange: layout === 'multi-pair' && usePeriod,
    },
  };
}
