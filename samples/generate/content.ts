import { addDays, addMonths, compareDates, daysInMonth, type CivilDate } from './calendar.js';
import { BANKS, BANK_LEGAL_SUFFIX, DEPARTMENTS, EMPLOYER_CORES, EMPLOYER_SUFFIX, GIVEN_NAMES, MERCHANTS, SURNAMES, WESTERN_FIRST, type Bank } from './data.js';
import { makeCardNumber, makeIdNumber } from './identity.js';
import { PLACES, type Place } from './places.js';
import type { Rng } from './prng.js';
import type { Currency, Lang, RepaymentCode } from './variant-types.js';

/** A person's name as printed in a document of the given language. */
export interface Person {
  name: string;
  idNumber: string;
  place: Place;
}

export function makePerson(rng: Rng, lang: Lang, surnameFirstEnglish: number): Person {
  const [surZh, surEn] = rng.pick(SURNAMES);
  const [givenZh, givenEn] = rng.pick(GIVEN_NAMES);
  let name: string;
  if (lang === 'zh') name = surZh + givenZh;
  else if (rng.chance(0.15)) name = `${rng.pick(WESTERN_FIRST)} ${surEn}`;
  else name = rng.chance(surnameFirstEnglish) ? `${surEn.toUpperCase()} ${givenEn}` : `${givenEn} ${surEn}`;
  const place = rng.pick(PLACES);
  const birth = { y: rng.int(1965, 2000), m: rng.int(1, 12), d: 1 };
  birth.d = rng.int(1, daysInMonth(birth.y, birth.m));
  return { name, idNumber: makeIdNumber(rng, place.code, birth), place };
}

/** "浙江省杭州市西湖区文三路138号3幢502室" or "Room 502, Building 3, No. 138 Wensan Road, Xihu District, Hangzhou, Zhejiang". */
export function makeAddress(rng: Rng, lang: Lang, place: Place = rng.pick(PLACES), withRoom = true): string {
  const [roadZh, roadEn] = rng.pick(place.roads);
  const number = rng.int(1, 899);
  const building = rng.int(1, 28);
  const room = `${rng.int(1, 32)}${String(rng.int(1, 6)).padStart(2, '0')}`;
  const unit = rng.int(1, 4);
  const withUnit = rng.chance(0.4);
  if (!withRoom) {
    return lang === 'zh'
      ? `${place.province}${place.city}${place.district}${roadZh}${number}号`
      : `No. ${number} ${roadEn}, ${[place.districtEn, place.cityEn, place.provinceEn].filter(Boolean).join(', ')}`;
  }
  if (lang === 'zh') {
    const province = rng.chance(0.85) ? place.province : '';
    return `${province}${place.city}${place.district}${roadZh}${number}号${building}${rng.pick(['幢', '栋'])}${withUnit ? `${unit}单元` : ''}${room}室`;
  }
  const tail = [place.districtEn, place.cityEn, place.provinceEn].filter(Boolean).join(', ');
  return `Room ${room}, ${withUnit ? `Unit ${unit}, ` : ''}Building ${building}, No. ${number} ${roadEn}, ${tail}`;
}

export function bankName(bank: Bank, lang: Lang): string {
  return lang === 'zh' ? bank.zh : bank.en;
}

/** A branch of a bank as the lender of a contract: "中国工商银行股份有限公司杭州西湖支行". */
export function lenderName(bank: Bank, place: Place, lang: Lang): string {
  const [suffixZh, suffixEn] = BANK_LEGAL_SUFFIX[bank.code] ?? ['股份有限公司', ' Limited'];
  const district = place.district.replace(/(新区|区)$/, '');
  if (lang === 'zh') return `${bank.zh}${suffixZh}${place.city.replace(/市$/, '')}${district}支行`;
  return `${bank.en}${suffixEn}, ${place.cityEn} ${place.districtEn.replace(/ (District|New Area)$/, '')} Sub-branch`;
}

export function makeEmployer(rng: Rng, lang: Lang, place: Place): string {
  const [coreZh, coreEn] = rng.pick(EMPLOYER_CORES);
  const [suffixZh, suffixEn] = rng.pick(EMPLOYER_SUFFIX);
  return lang === 'zh' ? `${place.city.replace(/市$/, '')}${coreZh}${suffixZh}` : `${place.cityEn} ${coreEn} ${suffixEn}`;
}

export interface LoanFacts {
  contractSerial: number;
  year: number;
  bank: Bank;
  branchPlace: Place;
  lender: string;
  lenderAddress: string;
  borrower: Person;
  borrowerAddress: string;
  principalCents: number;
  currency: Currency;
  /** Percent with two decimals, "3.85". */
  ratePercent: string;
  termMonths: number;
  start: CivilDate;
  end: CivilDate;
  endConvention: 'minus-one-day' | 'same-day';
  signing: CivilDate;
  repayment: RepaymentCode;
  account: string;
  collateralAddress: string;
}

export function makeLoanFacts(rng: Rng, lang: Lang, currency: Currency, surnameFirstEnglish: number): LoanFacts {
  const bank = rng.pick(BANKS);
  const branchPlace = rng.pick(PLACES);
  const borrower = makePerson(rng, lang, surnameFirstEnglish);
  // Principal: thousands most often, with odd cents now and then.
  const wholeYuan = rng.chance(0.5) ? rng.int(5, 500) * 10_000 : rng.int(50_000, 5_000_000);
  const cents = rng.chance(0.35) ? rng.int(1, 99) : 0;
  const principalCents = Math.min(wholeYuan * 100 + cents, 500_000_000);
  const termMonths = rng.pick([6, 12, 18, 24, 36, 48, 60, rng.int(6, 60)]);
  const start: CivilDate = { y: rng.int(2023, 2025), m: rng.int(1, 12), d: rng.int(1, 28) };
  const endConvention = rng.chance(0.6) ? 'minus-one-day' : 'same-day';
  const plusTerm = addMonths(start, termMonths);
  const end = endConvention === 'minus-one-day' ? addDays(plusTerm, -1) : plusTerm;
  const signing = rng.chance(0.3) ? start : addDays(start, -rng.int(1, 20));
  const [bin, length] = rng.pick(bank.bins);
  const collateralPlace = rng.pick(PLACES);
  return {
    contractSerial: rng.int(100, 99_999),
    year: signing.y,
    bank,
    branchPlace,
    lender: lenderName(bank, branchPlace, lang),
    lenderAddress: makeAddress(rng, lang, branchPlace, false),
    borrower,
    borrowerAddress: makeAddress(rng, lang, borrower.place),
    principalCents,
    currency,
    ratePercent: (rng.int(310, 650) / 100).toFixed(2),
    termMonths,
    start,
    end,
    endConvention,
    signing,
    repayment: rng.pick(['equal-instalment', 'equal-principal', 'interest-only-bullet'] as const),
    account: makeCardNumber(rng, bin, length),
    collateralAddress: makeAddress(rng, lang, collateralPlace),
  };
}

export interface PayLine {
  key: 'basePay' | 'allowance' | 'bonus' | 'incomeTax' | 'socialInsurance' | 'housingFund' | 'otherDeduction';
  cents: number;
}

export interface PayFacts {
  employer: string;
  employee: Person;
  employeeNo: string;
  department: string;
  period: CivilDate;
  payDate: CivilDate;
  currency: Currency;
  earnings: PayLine[];
  deductions: PayLine[];
  grossCents: number;
  totalDeductionsCents: number;
  netCents: number;
}

/** China's monthly withholding table (simplified: the cumulative method is not modelled). */
function monthlyIncomeTax(taxableCents: number): number {
  if (taxableCents <= 0) return 0;
  const brackets: Array<[number, number, number]> = [
    [3_000_00, 0.03, 0], [12_000_00, 0.1, 210_00], [25_000_00, 0.2, 1_410_00], [35_000_00, 0.25, 2_660_00],
    [55_000_00, 0.3, 4_410_00], [80_000_00, 0.35, 7_160_00], [Infinity, 0.45, 15_160_00],
  ];
  const [, rate, quick] = brackets.find(([limit]) => taxableCents <= limit) as [number, number, number];
  return Math.round(taxableCents * rate - quick);
}

export function makePayFacts(rng: Rng, lang: Lang, currency: Currency, surnameFirstEnglish: number): PayFacts {
  const place = rng.pick(PLACES);
  const employee = makePerson(rng, lang, surnameFirstEnglish);
  const base = rng.int(60, 350) * 10_000 + (rng.chance(0.3) ? rng.int(1, 99) * 100 : 0);
  const earnings: PayLine[] = [{ key: 'basePay', cents: base }];
  if (rng.chance(0.75)) earnings.push({ key: 'allowance', cents: rng.int(3, 30) * 10_000 });
  if (rng.chance(0.7)) earnings.push({ key: 'bonus', cents: rng.int(500_00, 12_000_00) + rng.pick([0, 0, rng.int(1, 99)]) });
  const grossCents = earnings.reduce((sum, line) => sum + line.cents, 0);
  const contributionBase = Math.min(base, 3_000_000);
  const social = Math.round(contributionBase * 0.105);
  const housing = Math.round(contributionBase * rng.pick([0.05, 0.07, 0.08, 0.1, 0.12]));
  const tax = monthlyIncomeTax(grossCents - 5_000_00 - social - housing);
  const deductions: PayLine[] = [
    { key: 'socialInsurance', cents: social },
    { key: 'housingFund', cents: housing },
    { key: 'incomeTax', cents: tax },
  ];
  if (rng.chance(0.35)) deductions.push({ key: 'otherDeduction', cents: rng.int(500, 8000) });
  const totalDeductionsCents = deductions.reduce((sum, line) => sum + line.cents, 0);
  const period: CivilDate = { y: rng.int(2024, 2025), m: rng.int(1, 12), d: 1 };
  const nextMonth = addMonths(period, 1);
  return {
    employer: makeEmployer(rng, lang, place),
    employee,
    employeeNo: `${rng.pick(['E', 'HR', '', 'A'])}${rng.int(10_000, 999_999)}`,
    department: lang === 'zh' ? rng.pick(DEPARTMENTS)[0] : rng.pick(DEPARTMENTS)[1],
    period,
    payDate: { ...nextMonth, d: rng.pick([5, 10, 15]) },
    currency,
    earnings,
    deductions,
    grossCents,
    totalDeductionsCents,
    netCents: grossCents - totalDeductionsCents,
  };
}

export interface Transaction {
  date: CivilDate;
  description: string;
  counterparty: string;
  /** Signed: credits positive, debits negative. */
  cents: number;
  balanceCents: number;
}

export interface StatementFacts {
  bank: Bank;
  bankName: string;
  holder: Person;
  account: string;
  currency: Currency;
  periodStart: CivilDate;
  periodEnd: CivilDate;
  openingCents: number;
  transactions: Transaction[];
  totalCreditsCents: number;
  totalDebitsCents: number;
  closingCents: number;
  printDate: CivilDate;
}

export function makeStatementFacts(rng: Rng, lang: Lang, currency: Currency, count: number, surnameFirstEnglish: number): StatementFacts {
  const bank = rng.pick(BANKS);
  const holder = makePerson(rng, lang, surnameFirstEnglish);
  const [bin, length] = rng.pick(bank.bins);
  const months = count > 14 ? rng.int(2, 3) : rng.int(1, 2);
  const periodStart: CivilDate = { y: rng.int(2024, 2025), m: rng.int(1, 12), d: 1 };
  const periodEnd = addDays(addMonths(periodStart, months), -1);
  const employer = makeEmployer(rng, lang, holder.place);
  const salary = rng.int(80, 400) * 10_000 + rng.int(0, 99) * 100 + rng.int(0, 99);
  const span = Math.round((Date.UTC(periodEnd.y, periodEnd.m - 1, periodEnd.d) - Date.UTC(periodStart.y, periodStart.m - 1, periodStart.d)) / 86_400_000);
  const drafts: Array<Omit<Transaction, 'balanceCents'>> = [];
  for (let i = 0; i < months && drafts.length < count; i++) {
    const date = { ...addMonths(periodStart, i), d: rng.pick([5, 8, 10, 15]) };
    drafts.push(lang === 'zh'
      ? { date, description: rng.pick(['代发工资', '工资', '代发']), counterparty: employer, cents: salary }
      : { date, description: rng.pick(['SALARY', 'PAYROLL CREDIT', 'SALARY PAYMENT']), counterparty: employer, cents: salary });
  }
  while (drafts.length < count) {
    const date = addDays(periodStart, rng.int(0, span));
    const kind = rng.int(0, 9);
    const other = makePerson(rng, lang, 0.5).name;
    if (kind <= 4) {
      const [zh, en] = rng.pick(MERCHANTS);
      drafts.push({ date, description: lang === 'zh' ? zh : en, counterparty: '', cents: -rng.int(1_200, 300_000) });
    } else if (kind === 5) {
      drafts.push({ date, description: lang === 'zh' ? 'ATM取款' : 'ATM WITHDRAWAL', counterparty: '', cents: -rng.int(2, 20) * 10_000 });
    } else if (kind === 6) {
      drafts.push({ date, description: lang === 'zh' ? '转账' : `TRANSFER TO ${other.toUpperCase()}`, counterparty: other, cents: -rng.int(10_000, 800_000) });
    } else if (kind === 7) {
      drafts.push({ date, description: lang === 'zh' ? '转账收入' : `TRANSFER FROM ${other.toUpperCase()}`, counterparty: other, cents: rng.int(5_000, 500_000) });
    } else if (kind === 8) {
      drafts.push({ date, description: lang === 'zh' ? '信用卡还款' : 'CREDIT CARD REPAYMENT', counterparty: '', cents: -rng.int(50_000, 900_000) });
    } else {
      drafts.push({ date, description: lang === 'zh' ? rng.pick(['水费', '电费', '燃气费', '话费充值']) : rng.pick(['UTILITY BILL', 'MOBILE TOP-UP']), counterparty: '', cents: -rng.int(2_000, 60_000) });
    }
  }
  drafts.sort((a, b) => compareDates(a.date, b.date));
  // Opening balance large enough that the running balance never goes below zero.
  let lowest = 0;
  let running = 0;
  for (const draft of drafts) {
    running += draft.cents;
    lowest = Math.min(lowest, running);
  }
  const openingCents = -lowest + rng.int(1_000_00, 60_000_00) + rng.int(0, 99);
  let balance = openingCents;
  const transactions = drafts.map((draft) => {
    balance += draft.cents;
    return { ...draft, balanceCents: balance };
  });
  const totalCreditsCents = transactions.filter((t) => t.cents > 0).reduce((s, t) => s + t.cents, 0);
  const totalDebitsCents = -transactions.filter((t) => t.cents < 0).reduce((s, t) => s + t.cents, 0);
  return {
    bank,
    bankName: bankName(bank, lang),
    holder,
    account: makeCardNumber(rng, bin, length),
    currency,
    periodStart,
    periodEnd,
    openingCents,
    transactions,
    totalCreditsCents,
    totalDebitsCents,
    closingCents: openingCents + totalCreditsCents - totalDebitsCents,
    printDate: addDays(periodEnd, rng.int(1, 12)),
  };
}
