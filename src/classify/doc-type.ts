/**
 * Document type from weighted cue phrases. Titles count most (a document names itself: 借款合同,
 * 工资条, 交易明细, Loan Agreement, Payslip, Statement of Account); body cues decide the rest.
 * Cue lists cover wordings used by Chinese and international banks and employers, not one template.
 */
import type { DocType } from '../model/schema.js';

interface Cue { pattern: RegExp; weight: number }

const TITLE: Record<Exclude<DocType, 'unknown'>, RegExp> = {
  loan_contract: /(借款|贷款|信贷|授信|抵押借款|按揭)[^\n]{0,8}(合同|协议|契约)|(借款|贷款)[^\n]{0,4}借据|(贷款|授信|借款)[^\n]{0,4}(通知书|承诺书|要约)|loan\s+(agreement|contract)|(loan|credit)\s+facility|facility\s+(agreement|letter|offer)|(loan|facility)\s+offer|offer\s+of\s+(a\s+)?(\w+\s+)?(loan|facility)|credit\s+agreement|mortgage\s+(loan\s+)?(agreement|contract)|promissory\s+note/i,
  pay_slip: /(工资|薪资|薪酬|薪金|劳务费)[\u4e00-\u9fff]{0,4}(条|单|表|明细|清单|通知)|收入证明|工资收入证明|pay\s*-?\s*slip|pay\s+(stub|advice|statement)|wage\s+slip|salary\s+(slip|statement|certificate|advice)|(earnings|remuneration|compensation)\s+statement|payroll\s+(statement|advice|slip|register|record|sheet|summary|extract|listing)|(salary|wages?|pay)\s+register|wage\s+statement|pay\s+notice|income\s+(certificate|statement|verification)/i,
  bank_statement: /(交易|账户|存款|活期|储蓄|借记卡|银行卡)[^\n]{0,6}(明细|流水|对账单|记录|清单)|银行流水|对账单|交易明细|(bank|account|current\s+account|savings\s+account|customer|deposit)\s+statement|\be-?statement|statement\s+of\s+(account|transactions)|(transaction|account)\s+(history|details|statement|record|activity)/i,
};

const BODY: Record<Exclude<DocType, 'unknown'>, Cue[]> = {
  loan_contract: [
    { pattern: /借款人|贷款人|出借人|甲方|乙方/g, weight: 1 },
    { pattern: /第[一二三四五六七八九十百\d]+条/g, weight: 1.5 },
    { pattern: /违约|担保|抵押|争议解决|管辖|还款方式|借款期限|借款用途/g, weight: 1.5 },
    { pattern: /\b(borrower|lender|hereby|hereinafter|default|governing law|repayment|collateral|mortgag\w*|whereas|jurisdiction)\b/gi, weight: 1.2 },
    { pattern: /\b(article|clause|section)\s+\d+/gi, weight: 1 },
    // A letter offering a loan states its terms in sentences: "pleased to offer you … a term loan facility of", "per annum", "drawdown".
    { pattern: /\boffer\s+(?:you\b[\s\S]{0,160}?\b(?:loan|facility|credit)\b|to\s+lend\b)|\b(?:loan|credit)\s+facility|\bper\s+annum|\bdrawdown|\blegal\s+mortgage|\brepay\s+the\s+(?:loan|facility)/gi, weight: 1.5 },
  ],
  pay_slip: [
    { pattern: /应发|实发|扣款|代扣|个人所得税|个税|社会保险|社保|公积金|基本工资|岗位工资|绩效|奖金|津贴|补贴|加班/g, weight: 1.5 },
    { pattern: /\b(gross\s+(pay|salary|earnings)|net\s+(pay|salary)|take-?home|deductions?|income\s+tax|basic\s+salary|allowance|bonus|overtime|pension|provident\s+fund|social\s+(insurance|security)|employee|employer|pay\s+period|payroll|net\s+paid|iit|hpf)\b/gi, weight: 1.5 },
  ],
  bank_statement: [
    { pattern: /余额|摘要|交易日期|记账日期|收入|支出|借方|贷方|对方户名|对方账号|交易渠道|期初|期末/g, weight: 1.2 },
    { pattern: /\b(balance|opening|closing|debit|credit|withdrawal|deposit|transaction|value\s+date|description|brought\s+forward|carried\s+forward)\b/gi, weight: 1 },
    { pattern: /(^|\s)(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{8})\s.*\d[\d,]*\.\d{2}/gm, weight: 0.8 },
  ],
};

export interface DocTypeResult {
  docType: DocType;
  confidence: number;
  scores: Record<Exclude<DocType, 'unknown'>, number>;
}

/**
 * A letter offering a loan states the three terms of one in its sentences: an offer of a loan, a rate
 * of interest and a term. Together they make the letter a loan contract, whatever its title says.
 */
const LOAN_OFFER = {
  offer: /\boffer(?:\s+to)?\s+you\b[\s\S]{0,160}?\b(?:loan|facility|credit|mortgage)\b|\b(?:loan|facility)\s+(?:offer|letter)\b|(?:同意|拟)\s*向\s*您[^。\n]{0,20}(?:发放|提供)[^。\n]{0,10}(?:贷款|借款)/iu,
  rate: /\d(?:\.\d+)?\s*%\s*(?:per\s+annum|p\.\s*a\.?|a\s+year)|(?:年利率|年化利率|利率)[^。\n]{0,12}\d(?:\.\d+)?\s*[%％]/iu,
  term: /\b\d{1,3}\s+(?:months?|years?)\b|\d{1,3}\s*个\s*月|\d{1,2}\s*年期/iu,
};

const TITLE_WEIGHT = 12;
const MIN_SCORE = 6;

/**
 * Classify a document from its text. `head` is the first lines of page 1, where titles sit.
 * @example classifyDocType('个人工资条\n应发工资 8,000.00 …', '个人工资条').docType // 'pay_slip'
 */
export function classifyDocType(text: string, head: string): DocTypeResult {
  const scores = { loan_contract: 0, pay_slip: 0, bank_statement: 0 };
  for (const type of Object.keys(scores) as (keyof typeof scores)[]) {
    if (TITLE[type].test(head)) scores[type] += TITLE_WEIGHT;
    else if (TITLE[type].test(text)) scores[type] += TITLE_WEIGHT / 3;
    if (type === 'loan_contract' && LOAN_OFFER.offer.test(text) && LOAN_OFFER.rate.test(text) && LOAN_OFFER.term.test(text)) scores[type] += TITLE_WEIGHT / 2;
    for (const cue of BODY[type]) {
      const hits = text.match(cue.pattern)?.length ?? 0;
      scores[type] += Math.min(hits, 12) * cue.weight;
    }
  }
  const ranked = (Object.entries(scores) as [keyof typeof scores, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE) return { docType: 'unknown', confidence: best ? 1 - best[1] / MIN_SCORE / 2 : 1, scores };
  const margin = (best[1] - (second?.[1] ?? 0)) / best[1];
  return { docType: best[0], confidence: Math.round(Math.min(1, 0.5 + margin / 2) * 100) / 100, scores };
}
