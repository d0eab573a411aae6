/**
 * The blind2 case set's loan contract: drawn with the PdfWriter, styles, clauses and seals of the
 * sample generator, but laid out by this module so that a case can state the principal and the
 * disbursement account twice (key terms, and again in the drawdown clause), print no page footers at
 * all (the clause numbering then being the only sequence), and leave either signature block empty.
 * Metadata says what a bank's contract system would write (no word processor).
 */
import { chineseOrdinal, clauseLibrary } from '../clauses.js';
import type { LoanFacts } from '../content.js';
import { toChineseMoneyWords, toEnglishWords } from '../money-words.js';
import type { Rng } from '../prng.js';
import { PdfWriter } from '../render-pdf.js';
import { makeSeal, makeSignature } from '../seal.js';
import { footerText, pickStyle } from '../style.js';
import type { Lang, VariantSet } from '../variant-types.js';

export interface Blind2Contract {
  /** Print no page footers (`第 X 页`, `Page X of Y`): the clause numbers are the only order. */
  noFooter?: boolean;
  /** A footer style to use instead of the variant set's (e.g. `dash`, which prints no total). */
  footer?: 'dash';
  /** The amount the drawdown clause restates (the principal when absent). */
  restatedCents?: number;
  /** The account the drawdown clause restates (the key-term account when absent). */
  restatedAccount?: string;
  /** The account printed in the key terms (facts.account when absent). */
  keyTermAccount?: string;
  /** Rewrites the integer part of the amount in words (大写 before 元, English before the currency unit). */
  wordsEdit?: (words: string) => string;
  /** The words state this many yuan instead of the principal's. */
  wordsYuan?: number;
  noSeal?: boolean;
  noSignature?: boolean;
}

export interface RenderedContract {
  pdf: Buffer;
  pageCount: number;
  /** The amount-in-words line as printed. */
  wordsText: string;
  footer: string;
}

const PRODUCERS = ['CBS Contract Service 2.4', 'LoanDoc Engine 3.2', 'eLoan Contract Builder 7'];

export async function renderBlind2Contract(rng: Rng, variants: VariantSet, lang: Lang, facts: LoanFacts, tweaks: Blind2Contract = {}): Promise<RenderedContract> {
  const zh = lang === 'zh';
  const style = pickStyle(rng, variants, lang, tweaks.noFooter ? ['none'] : tweaks.footer ? [tweaks.footer] : variants.footers[lang]);
  const colon = (label: string): string => (style.colon === '' ? `${label} ` : `${label}${style.colon}`);
  const title = style.label('contractTitle');
  const writer = new PdfWriter({
    font: style.font, size: style.size, margin: style.margin, lang, title,
    creationDate: new Date(Date.UTC(facts.signing.y, facts.signing.m - 1, facts.signing.d, 8, 45)),
    producer: rng.pick(PRODUCERS),
  });
  const number = `${facts.bank.code}${zh ? '个贷' : '-PL-'}${facts.year}${String(facts.contractSerial).padStart(6, '0')}`;
  writer.gap(style.size);
  writer.heading(title);
  writer.para(`${colon(style.label('contractNumber'))}${number}`, { align: 'center' });
  writer.gap(style.size * 0.4);

  const account = tweaks.keyTermAccount ?? facts.account;
  const yuanWords = (n: number): string => (zh
    ? toChineseMoneyWords(n * 100, rng.pick(variants.chineseWords)).replace(/(元|圆)(整|正)$/u, '')
    : toEnglishWords(n, rng.pick(variants.englishWords)));
  const wordsYuan = tweaks.wordsYuan ?? Math.floor(facts.principalCents / 100);
  let integerWords = yuanWords(wordsYuan);
  if (tweaks.wordsEdit) integerWords = tweaks.wordsEdit(integerWords);
  const fraction = facts.principalCents % 100;
  let wordsText: string;
  if (zh) {
    // The cents part as toChineseMoneyWords writes it, on the words of the integer part.
    const tail = toChineseMoneyWords(100 + fraction).replace(/^壹元/u, '');
    wordsText = `${style.label('principalWords').includes('人民币') ? '' : '人民币'}${integerWords}元${tail}`;
  } else {
    wordsText = `Renminbi ${integerWords} Yuan${fraction ? ` and ${String(fraction).padStart(2, '0')}/100` : ''} Only`;
    if (rng.pick(variants.englishWordsForms) === 'say-upper') wordsText = `SAY ${wordsText.toUpperCase()}`;
  }

  const parties: Array<[string, string]> = [
    [style.label('lender'), facts.lender],
    [zh ? '住所' : 'Registered Address', facts.lenderAddress],
    [style.label('borrower'), facts.borrower.name],
    [style.label('borrowerId'), facts.borrower.idNumber],
    [zh ? '住址' : 'Residential Address', facts.borrowerAddress],
  ];
  const terms: Array<[string, string]> = [
    [style.label('principal'), style.money(facts.principalCents, 'CNY')],
    [style.label('principalWords'), wordsText],
    [style.label('rate'), zh ? `${facts.ratePercent}%` : `${facts.ratePercent}% per annum`],
    [style.label('term'), zh ? `${facts.termMonths}个月` : `${facts.termMonths} months`],
    [style.label('period'), zh ? `自${style.date(facts.start)}起至${style.date(facts.end)}止` : `from ${style.date(facts.start)} to ${style.date(facts.end)}`],
    [style.label('repayment'), rng.pick(variants.repaymentWordings[lang][facts.repayment])],
    [style.label('account'), style.accountNumber(account)],
    [style.label('collateral'), facts.collateralAddress],
  ];
  const width = Math.min(writer.width * 0.4, Math.max(...[...parties, ...terms].map(([l]) => writer.doc.widthOfString(colon(l)))) + style.size);
  for (const [l, v] of parties) writer.kv(colon(l), v, width);
  writer.gap(style.size * 0.4);
  writer.para(zh
    ? '根据《中华人民共和国民法典》等有关法律法规，借贷双方经平等协商，就乙方向甲方申请个人借款事宜达成一致，订立本合同。'
    : 'The Lender and the Borrower, after consultation on an equal footing and in accordance with the laws of the People\'s Republic of China, agree as follows.', { indent: zh ? style.size * 2 : 0 });
  writer.para(zh ? '一、借款主要条款' : 'PART A  PARTICULARS', { bold: true });
  for (const [l, v] of terms) writer.kv(colon(l), v, width);
  writer.para(zh ? '二、一般条款' : 'PART B  GENERAL TERMS', { bold: true });

  const restated = style.money(tweaks.restatedCents ?? facts.principalCents, 'CNY');
  const restatedAccount = style.accountNumber(tweaks.restatedAccount ?? account);
  const clauses = clauseLibrary(lang).map((c, i) => (i !== 1 ? c : {
    title: c.title,
    body: [zh
      ? `在乙方满足本合同约定的全部放款条件后，甲方将本合同项下借款${restated}一次性发放至乙方名下账户（账号：${restatedAccount}）。借款实际发放日以借款借据记载的日期为准，借款借据是本合同的组成部分，与本合同具有同等法律效力。`
      : `Subject to the conditions precedent being satisfied, the Lender shall advance the Loan of ${restated} in a single drawdown to the Borrower's account No. ${restatedAccount}. The actual date of drawdown shall be the date stated in the loan receipt, which forms an integral part of this Agreement.`],
  }));
  const numbering = zh ? '第' : rng.pick(['Article', 'Clause']);
  clauses.forEach((clause, i) => {
    writer.para(zh ? `第${chineseOrdinal(i + 1)}条　${clause.title}` : `${numbering} ${i + 1}  ${clause.title}`, { bold: true, gap: style.size * 0.2 });
    for (const body of clause.body) writer.para(body, { indent: zh ? style.size * 2 : 0, align: 'justify' });
  });
  writer.para(zh ? '（以下无正文，为签署页）' : '(Signature page follows.)', { align: 'center' });

  writer.newPage();
  writer.gap(style.size * 2);
  writer.para(zh ? `${title}签署页` : 'SIGNATURE PAGE', { bold: true, align: 'center', gap: style.size * 2 });
  const c = style.colon || (zh ? '：' : ':');
  const sign: Array<[string, string]> = zh
    ? [[`甲方（盖章）${c}`, facts.lender], [`负责人或授权代表（签字）${c}`, '________________'], [`日期${c}`, style.date(facts.signing)]]
    : [['Lender (Company Seal):', facts.lender], ['Authorised Representative:', '________________'], ['Date:', style.date(facts.signing)]];
  const signWidth = Math.max(...sign.map(([l]) => writer.doc.widthOfString(l))) + style.size;
  const sealY = writer.y;
  for (const [l, v] of sign) writer.kv(l, v, signWidth);
  if (!tweaks.noSeal) writer.image(await makeSeal(facts.lender.replace(/, .*$/, ''), lang, zh ? '合同专用章' : 'CONTRACT SEAL'), writer.left + writer.width - 118, sealY + style.size, 108);
  writer.gap(style.size * 5);
  const sigY = writer.y;
  writer.kv(zh ? `乙方（签字）${c}` : 'Borrower (Signature):', '', signWidth);
  if (!tweaks.noSignature) writer.image(await makeSignature(facts.borrower.name, lang), writer.left + signWidth, sigY - style.size * 1.4, zh ? 76 : 110);
  writer.gap(style.size * 1.6);
  writer.kv(zh ? `日期${c}` : 'Date:', style.date(facts.signing), signWidth);
  writer.gap(style.size * 2);
  writer.para(zh ? `签订地点：${facts.branchPlace.city}` : `Place of signing: ${facts.branchPlace.cityEn}`);
  const { pdf, pageCount } = await writer.finish((page, total) => footerText(style.footer, page, total).text);
  return { pdf, pageCount, wordsText, footer: style.footer };
}
