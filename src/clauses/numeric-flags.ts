/**
 * Numeric red flags: rates, default interest, prepayment charges and lump-sum breach penalties
 * compared with the review policy, whatever form the rate is written in (percent per period, 月息2分,
 * multiples of the LPR or of the contract rate, percentage points over a base, periodic fees on top
 * of interest).
 */
import { annualPercent, findFolkRates, findLprMultiples, findPointsAdded, findQuantities, findRateMultiples } from './quantities.js';
import { rateCapPercent, type ReviewPolicy } from './policy.js';
import type { RedFlagHit, RedFlagId } from './red-flags.js';

// Whole words in English: "calculated" is not late, "by default" rarely appears in rate clauses.
const DEFAULT_CONTEXT = /罚息|逾期|违约金|滞纳|default|overdue|\blate\b|penalty|arrears/iu;
const OVERDUE_CONTEXT = /罚息|逾期|滞纳|overdue|late payment|default interest|arrears/iu;
const PREPAY_CONTEXT = /提前(?:还款|归还|清偿|偿还|结清|还贷)|prepa|early (?:repayment|settlement)|repays? early|settles? early|\bpa(?:y|ys|ying|id) off\b[^.;]{0,30}\bearly\b|before (?:the )?(?:original )?maturity/iu;
const MISUSE_CONTEXT = /挪用|改变(?:借款)?用途|擅自.{0,4}用途|未按(?:约定|合同)?用途|用途(?:以)?外|other than (?:that )?agreed|misus|misappl|other purpose|diverted|unauthori[sz]ed (?:purpose|use)|purpose not (?:agreed|permitted|authori[sz]ed)/iu;
const SURCHARGE = /(?:加收|上浮|提高|增加|plus|increased by|uplift of|increase of)\s*$|^\s*(?:higher than|above|over)\b/iu;
const PENALTY_WORDS = /违约金|补偿金|补偿|手续费|费用|罚金|fee|premium|penalty|compensation|charge/iu;

const FEE_KEPT_ON_PREPAYMENT = /提前(?:还款|归还|清偿|结清)[^。；，,]{0,4}(?:的|时)?[^。；，,]{0,4}(?:亦|也|均|仍)?不(?:予)?(?:减免|减少|扣减|退还|免除)|\b(?:irrespective|regardless) of (?:any )?(?:repayment or )?(?:prepayment|early repayment)\b|\beven (?:if|on|after) (?:any )?(?:prepayment|early repayment)\b/iu;
/** A penalty for breaking a term of the contract (not interest for paying late). */
const BREACH_PENALTY = /违约金|罚金|赔偿金|\b(?:penalty|liquidated damages|failing which|on pain of)\b/iu;
const FEE_WORDS = /服务费|管理费|手续费|咨询费|平台费|会员费|账户费|信息费|技术费|风险金|\b(?:service|management|account|administration|admin|platform|membership|maintenance|processing|monitoring|facility) (?:fee|charge)s?\b/iu;
const FEE_PERIODS: [NonNullable<ReturnType<typeof findQuantities>[number]['basis']>, RegExp][] = [
  // Instalments of these loans fall monthly: a fee "on every instalment date" (每期) is a monthly fee.
  ['monthly', /每月|按月|逐月|月度|月(?:综合)?(?:费率|服务费|管理费|手续费)|每期|\bmonthly\b|\bper month\b|\b(?:each|every|a) month\b|\b(?:each|every|per) instal+ment\b/iu],
  ['daily', /每日|按日|每天|\bdaily\b|\bper day\b|\b(?:each|every|a) day\b/iu],
];

/**
 * Rates written against the LPR or as points over a base: 一年期LPR的五倍, LPR加300个基点,
 * "contract rate plus twenty percentage points". A base that is not the LPR (the contract rate)
 * is taken to be at least the one-year LPR: a bank's contract rate rarely sits far below it.
 */
function lprFlags(sentence: string, policy: ReviewPolicy, isDefault: boolean, isPrepay: boolean): RedFlagHit[] {
  if (isPrepay) return [];
  const cap = rateCapPercent(policy);
  const lpr = (fiveYear: boolean): number => (fiveYear ? policy.lpr.fiveYearPercent : policy.lpr.oneYearPercent);
  const found = [
    ...findLprMultiples(sentence).map((m) => ({ annual: m.multiple * lpr(m.fiveYear), written: m.written, how: `${m.multiple}× the ${m.fiveYear ? 'five' : 'one'}-year LPR` })),
    ...findPointsAdded(sentence).map((p) => ({ annual: lpr(p.fiveYear) + p.points, written: p.written, how: `${p.onLpr ? 'the LPR' : 'a base of at least the LPR'} plus ${p.points} percentage points` })),
  ];
  const hits: RedFlagHit[] = [];
  for (const f of found.filter((x) => x.annual > cap)) {
    const rule: RedFlagId = isDefault ? 'default-interest-above-limit' : 'rate-above-cap';
    hits.push(flag(rule, isDefault ? 'Default interest above the limit' : 'Interest above the rate cap',
      `A ${isDefault ? 'default ' : ''}rate of ${f.written} (${f.how}, about ${round(f.annual)}% a year) is above the cap of ${cap}% (${policy.rateCap.lprMultiple}× the one-year LPR of ${policy.lpr.oneYearPercent}% as of ${policy.lpr.asOf}).`,
      f.written, { annualPercent: round(f.annual), capPercent: cap, lprAsOf: policy.lpr.asOf }));
  }
  return hits;
}

/** Numeric flags of one sentence (parties already named). */
export function numericFlags(sentence: string, policy: ReviewPolicy): RedFlagHit[] {
  const hits: RedFlagHit[] = [];
  const cap = rateCapPercent(policy);
  // A prepayment charge is often called 违约金 / penalty: overdue words decide it is default interest.
  // "payable monthly in arrears" says when ordinary interest is paid, not that anything is overdue.
  const context = sentence.replace(/\b(?:paid|payable)\s+(?:\w+\s+){0,2}in\s+arrears\b/giu, '');
  // "A fee not waived on prepayment" names prepayment only to keep the fee: the sentence is about the fee.
  const isPrepay = PREPAY_CONTEXT.test(context) && !OVERDUE_CONTEXT.test(context) && !FEE_KEPT_ON_PREPAYMENT.test(context);
  const isDefault = !isPrepay && DEFAULT_CONTEXT.test(context);
  const isMisuse = MISUSE_CONTEXT.test(sentence);
  const fee = !isPrepay && !isDefault && FEE_WORDS.test(sentence) ? FEE_PERIODS.find(([, p]) => p.test(sentence))?.[0] : undefined;
  const quantities = [...findQuantities(sentence), ...findFolkRates(sentence)];
  const rates = quantities.map((q) => annualPercent(q, policy.dayCount)).filter((v): v is number => v !== undefined && !isDefault && !isPrepay);
  for (const q of quantities) {
    // A fee charged per period on the loan is a rate on top of interest: 每月收取借款本金0.5%的服务费.
    // English names the fee further from its figure: "an administration charge equal to 1.25 per cent".
    if (fee && !q.basis && FEE_WORDS.test(sentence.slice(Math.max(0, q.start - 40), q.end + 24))) {
      const annualFee = annualPercent({ ...q, basis: fee }, policy.dayCount) as number;
      const interest = Math.max(policy.lpr.oneYearPercent, ...rates);
      if (annualFee + interest > cap) {
        hits.push(flag('rate-above-cap', 'Interest above the rate cap',
          `A ${fee} fee of ${q.written} (${round(annualFee)}% a year) on top of interest of at least ${round(interest)}% costs more than the cap of ${cap}% (${policy.rateCap.lprMultiple}× the one-year LPR of ${policy.lpr.oneYearPercent}% as of ${policy.lpr.asOf}).`,
          sentence, { feeAnnualPercent: round(annualFee), interestPercent: round(interest), capPercent: cap, lprAsOf: policy.lpr.asOf }));
      }
      continue;
    }
    const annual = annualPercent(q, policy.dayCount);
    const before = sentence.slice(Math.max(0, q.start - 16), q.start);
    const after = sentence.slice(q.end, q.end + 12);
    if (isPrepay) {
      if (annual === undefined && PENALTY_WORDS.test(sentence) && q.percent > policy.prepayment.maxPenaltyPercentOfAmount) {
        hits.push(flag('prepayment-penalty-above-limit', 'Prepayment penalty above the limit',
          `A prepayment charge of ${q.written} is above the configured limit of ${policy.prepayment.maxPenaltyPercentOfAmount}% of the amount prepaid.`,
          sentence, { penaltyPercent: q.percent, limitPercent: policy.prepayment.maxPenaltyPercentOfAmount }));
      }
      continue;
    }
    if (annual === undefined && BREACH_PENALTY.test(sentence) && !isShareOfOverdue(sentence, q) && isShareOfPrincipal(sentence, q)) {
      // A lump sum on the whole loan for a breach (按借款金额的20%支付违约金, "a fee of 10% of the principal").
      const limit = policy.breachPenalty.maxPercentOfPrincipal;
      if (q.percent > limit) {
        hits.push(flag('penalty-above-limit', 'Penalty above the limit',
          `A penalty of ${q.written} of the loan for a breach is above the configured limit of ${limit}% of the principal.`,
          sentence, { penaltyPercent: q.percent, limitPercent: limit }));
      }
      continue;
    }
    if (annual === undefined) {
      // A one-off charge on the overdue amount (按该期应还金额的30%一次性支付, "a late fee of 25% of
      // the missed instalment"): at least that share is lost however soon the borrower pays.
      if (isDefault && !SURCHARGE.test(before) && !SURCHARGE.test(after) && isShareOfOverdue(sentence, q)) {
        const limit = policy.defaultInterest.maxOneOffChargePercentOfOverdue;
        if (q.percent > limit) {
          hits.push(flag('default-interest-above-limit', 'Default charge above the limit',
            `A one-off charge of ${q.written} of the overdue amount is above the configured limit of ${limit}% (what a full year of interest at the rate cap would cost), before any default interest.`,
            sentence, { chargePercent: q.percent, limitPercent: limit }));
        }
        continue;
      }
      if (!isDefault || !(SURCHARGE.test(before) || SURCHARGE.test(after))) continue;
      const limit = isMisuse ? policy.defaultInterest.maxMisuseSurchargePercent : policy.defaultInterest.maxSurchargePercent;
      if (q.percent > limit) {
        hits.push(flag('default-interest-above-limit', 'Default interest above the limit',
          `Default interest at the contract rate plus ${q.written} is above the configured surcharge limit of +${limit}%.`,
          sentence, { surchargePercent: q.percent, limitPercent: limit }));
      }
      continue;
    }
    if (isDefault) {
      if (policy.defaultInterest.useRateCapForAbsoluteRate && annual > cap) {
        hits.push(flag('default-interest-above-limit', 'Default interest above the limit',
          `A default rate of ${q.written} (${round(annual)}% a year) is above the rate cap of ${cap}% (${policy.rateCap.lprMultiple}× the one-year LPR of ${policy.lpr.oneYearPercent}% as of ${policy.lpr.asOf}).`,
          sentence, { annualPercent: round(annual), capPercent: cap, lprAsOf: policy.lpr.asOf }));
      }
      continue;
    }
    if (annual > cap) {
      hits.push(flag('rate-above-cap', 'Interest above the rate cap',
        `An interest rate of ${q.written} (${round(annual)}% a year) is above the cap of ${cap}% (${policy.rateCap.lprMultiple}× the one-year LPR of ${policy.lpr.oneYearPercent}% as of ${policy.lpr.asOf}).`,
        sentence, { annualPercent: round(annual), capPercent: cap, lprAsOf: policy.lpr.asOf }));
    }
  }
  hits.push(...lprFlags(sentence, policy, isDefault, isPrepay));
  if (isDefault) {
    for (const m of findRateMultiples(sentence)) {
      const surcharge = Math.round((m.multiple - 1) * 1000) / 10;
      const limit = isMisuse ? policy.defaultInterest.maxMisuseSurchargePercent : policy.defaultInterest.maxSurchargePercent;
      if (surcharge > limit) {
        hits.push(flag('default-interest-above-limit', 'Default interest above the limit',
          `Default interest at ${m.written} (the contract rate plus ${surcharge}%) is above the configured surcharge limit of +${limit}%.`,
          sentence, { surchargePercent: surcharge, limitPercent: limit }));
      }
    }
  }
  if (isPrepay && (PENALTY_WORDS.test(sentence) || /利息|interest/iu.test(sentence))) {
    const months = monthsOfInterest(sentence);
    if (months !== undefined && months > policy.prepayment.maxPenaltyMonthsOfInterest) {
      hits.push(flag('prepayment-penalty-above-limit', 'Prepayment penalty above the limit',
        `A prepayment charge of ${months} months' interest is above the configured limit of ${policy.prepayment.maxPenaltyMonthsOfInterest} months.`,
        sentence, { months, limitMonths: policy.prepayment.maxPenaltyMonthsOfInterest }));
    } else if (/剩余(?:期限|期间)?.{0,6}(?:全部|所有)?利息|剩余[^。；，,]{0,6}(?:期限|期间|期数|月份)[^。；，,]{0,16}利息|(?:尚未到期|未到期|原(?:约定)?的?(?:全部)?(?:借款)?期限).{0,10}利息|(?:all|remaining|future|unearned|scheduled) interest|all (?:of )?the (?:remaining |future |scheduled |unpaid )?interest|interest (?:the borrower|it) would (?:otherwise )?have (?:paid|owed)|(?:约定|整个|全部)(?:借款)?期(?:限|间)内?的?(?:全部)?利息|全部约定利息|(?:原本|本应|原应|应当)(?:支付|收取)?的?(?:全部)?利息|interest (?:for|over|up to|until) the (?:rest|remainder|balance|end) of the (?:original )?(?:term|period)|interest (?:which|that) would have accrued/iu.test(sentence)) {
      hits.push(flag('prepayment-penalty-above-limit', 'Prepayment penalty above the limit',
        'Prepayment costs the interest of the remaining term: an unbounded prepayment charge.', sentence, { months: 'remaining term' }));
    }
  }
  return hits;
}

/**
 * The figure is a share of the overdue amount: 按逾期金额的30%, 该期应还金额的, "25 per cent of the
 * overdue instalment", "of each missed payment", "of the amount in arrears".
 */
function isShareOfOverdue(sentence: string, q: { start: number; end: number }): boolean {
  const before = sentence.slice(Math.max(0, q.start - 24), q.start);
  const after = sentence.slice(q.end, q.end + 48);
  return /(?:逾期|应还|应付|未还|未付|欠付|拖欠|当期|该期|每期|迟延|延迟)[^，,。；;]{0,8}(?:金额|款项|本金|本息|款|部分|还款额|欠款)的?\s*$/u.test(before)
    || /^\s*(?:[(（][^)）]{0,12}[)）]\s*)?of\s+(?:the|each|any|every|such|that|an?)?\s*(?:overdue|unpaid|late|missed|defaulted|delinquent|past[- ]due)\s+(?:amount|instal+ment|payment|sum|repayment|balance)|^\s*(?:[(（][^)）]{0,12}[)）]\s*)?of\s+(?:the|each|any|every|such)?\s*(?:amount|instal+ment|payment|sum)s?\s+(?:overdue|in arrears|not paid|unpaid|past due)/iu.test(after);
}

/** The figure is a share of the whole loan: 按借款金额的, 借款本金的, "of the principal", "of the Loan amount". */
function isShareOfPrincipal(sentence: string, q: { start: number; end: number }): boolean {
  const before = sentence.slice(Math.max(0, q.start - 16), q.start);
  const after = sentence.slice(q.end, q.end + 40);
  return /(?:借款|贷款)(?:金额|本金|总额)的?\s*$|(?:合同金额|本金|授信额度)的?\s*$/u.test(before)
    || /^\s*(?:[(（][^)）]{0,12}[)）]\s*)?of\s+(?:the\s+)?(?:(?:original|outstanding|whole|total)\s+)?(?:principal|loan|loan amount|amount of the loan|facility)\b/iu.test(after);
}

/**
 * The whole cost of a clause: interest and periodic fees written in different sentences (年利率8%。
 * 另按月收取本金0.6%的服务费。), each fee annualised and added to the highest interest rate (at
 * least the one-year LPR). Only what no single sentence already showed above the cap.
 */
export function allInCostFlags(sentences: readonly string[], policy: ReviewPolicy): RedFlagHit[] {
  const cap = rateCapPercent(policy);
  let interest = 0;
  const fees: { written: string; annual: number; sentence: string }[] = [];
  for (const sentence of sentences) {
    const context = sentence.replace(/\b(?:paid|payable)\s+(?:\w+\s+){0,2}in\s+arrears\b/giu, '');
    if (PREPAY_CONTEXT.test(context) || DEFAULT_CONTEXT.test(context)) continue;
    const period = FEE_WORDS.test(sentence) ? FEE_PERIODS.find(([, p]) => p.test(sentence))?.[0] : undefined;
    for (const q of [...findQuantities(sentence), ...findFolkRates(sentence)]) {
      // A figure named as the whole cost (综合年化成本（含利息、服务费）为10%) already holds the interest: not a fee to add.
      const isWholeCost = /综合|成本|all[- ]in|\btotal\b|\boverall\b|\bAPR\b|annual percentage|comprehensive/iu.test(sentence.slice(Math.max(0, q.start - 96), q.start));
      const isFee = !isWholeCost && FEE_WORDS.test(sentence.slice(Math.max(0, q.start - 24), q.end + 24));
      const basis = q.basis ?? (isFee ? period : undefined);
      const annual = basis ? annualPercent({ ...q, basis }, policy.dayCount) : undefined;
      if (annual === undefined) continue;
      if (isFee) fees.push({ written: q.written, annual, sentence });
      else interest = Math.max(interest, annual);
    }
  }
  if (fees.length === 0) return [];
  const base = Math.max(interest, policy.lpr.oneYearPercent);
  const total = base + fees.reduce((sum, f) => sum + f.annual, 0);
  if (total <= cap) return [];
  return [flag('rate-above-cap', 'All-in cost above the rate cap',
    `Interest of at least ${round(base)}% a year plus fees of ${fees.map((f) => `${f.written} (${round(f.annual)}% a year)`).join(' and ')} cost about ${round(total)}% a year, above the cap of ${cap}% (${policy.rateCap.lprMultiple}× the one-year LPR of ${policy.lpr.oneYearPercent}% as of ${policy.lpr.asOf}).`,
    (fees[0] as { sentence: string }).sentence, { allInPercent: round(total), interestPercent: round(base), capPercent: cap, lprAsOf: policy.lpr.asOf })];
}

const CN_SMALL: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十二: 12 };
const EN_SMALL: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

function monthsOfInterest(sentence: string): number | undefined {
  const zh = /(\d{1,2}|[一两二三四五六七八九十]|十二)个月(?:的)?利息/u.exec(sentence);
  if (zh) return Number(zh[1]) || CN_SMALL[zh[1] as string];
  const en = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+months?['’]?s?['’]?\s+(?:of\s+)?interest/iu.exec(sentence);
  if (en) return Number(en[1]) || EN_SMALL[(en[1] as string).toLowerCase()];
  return undefined;
}

function flag(rule: RedFlagId, title: string, explanation: string, sentence: string, values: Record<string, number | string>): RedFlagHit {
  return { rule, title, explanation, sentence, values };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
