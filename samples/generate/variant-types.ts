import type { ChineseWordsStyle, EnglishWordsStyle } from './money-words.js';

export type Lang = 'zh' | 'en';
export type Currency = 'CNY' | 'USD' | 'HKD';

export interface FontFace {
  path: string;
  /** PostScript name inside a .ttc collection; absent for single-font files. */
  postscript?: string;
}

export interface FontPair {
  id: string;
  regular: FontFace;
  bold: FontFace;
}

export type DateStyle =
  | 'zh-ymd' | 'zh-ymd-padded' | 'iso' | 'slash' | 'slash-padded' | 'dot' | 'compact'
  | 'en-dmy' | 'en-mdy' | 'en-dmy-short' | 'en-mdy-short' | 'en-dd-mon-yyyy'
  | 'dmy-slash' | 'dmy-dash' | 'en-dmy-upper' | 'zh-ymd-spaced' | 'ymd-dash-nopad'
  | 'dot-nopad' | 'zh-hanzi' | 'en-ordinal' | 'en-mdy-ordinal' | 'dmy-dot' | 'iso-time' | 'slash-time';

/** How the key terms of a loan contract are set out. */
export type ContractLayout = 'inline' | 'pairs' | 'table' | 'stacked' | 'prose' | 'grid4' | 'blanks' | 'articles' | 'schedule'
  | 'clause-para' | 'label-above';
export type PayslipLayout = 'kv' | 'item-table' | 'wide-table' | 'two-column' | 'dot-leaders' | 'ytd-table' | 'banded' | 'grid-pairs'
  | 'grouped-wide' | 'leader-columns';
/** `split`: separate credit and debit columns; `signed`: one signed amount column; `suffix`/`flag`: unsigned amounts marked CR/DR or by a 借/贷 column. */
export type StatementLayout = 'split-grid' | 'signed-plain' | 'split-zebra' | 'signed-rules' | 'dc-grid' | 'crdr-suffix' | 'dc-flag'
  | 'value-date-split' | 'paren-signed' | 'boxed-split' | 'signed-leaders';
export type FooterStyle =
  | 'zh-spaced' | 'zh-slash' | 'zh-compact' | 'fraction' | 'dash' | 'en-page-of' | 'en-page-slash' | 'en-of' | 'none'
  | 'zh-page-only' | 'en-page-n' | 'en-pg-slash'
  | 'zh-of-slash' | 'zh-total-first' | 'en-p-of' | 'en-page-of-upper'
  | 'zh-paren-total' | 'en-dash-page-of';
export type ContractNumberStyle = 'code-dash' | 'zh-paren' | 'compact' | 'zh-bracket';

/** Every label a layout may print, each with its synonyms; a layout picks one per document. */
export interface Labels {
  contractTitle: readonly string[];
  contractNumber: readonly string[];
  lender: readonly string[];
  borrower: readonly string[];
  borrowerId: readonly string[];
  principal: readonly string[];
  principalWords: readonly string[];
  currency: readonly string[];
  rate: readonly string[];
  term: readonly string[];
  period: readonly string[];
  repayment: readonly string[];
  account: readonly string[];
  collateral: readonly string[];
  payslipTitle: readonly string[];
  employer: readonly string[];
  employee: readonly string[];
  employeeNo: readonly string[];
  department: readonly string[];
  payPeriod: readonly string[];
  basePay: readonly string[];
  allowance: readonly string[];
  bonus: readonly string[];
  gross: readonly string[];
  incomeTax: readonly string[];
  socialInsurance: readonly string[];
  housingFund: readonly string[];
  otherDeduction: readonly string[];
  totalDeductions: readonly string[];
  net: readonly string[];
  statementTitle: readonly string[];
  bank: readonly string[];
  holder: readonly string[];
  accountNumber: readonly string[];
  statementPeriod: readonly string[];
  opening: readonly string[];
  closing: readonly string[];
  totalCredits: readonly string[];
  totalDebits: readonly string[];
  colDate: readonly string[];
  colDescription: readonly string[];
  colCredit: readonly string[];
  colDebit: readonly string[];
  colAmount: readonly string[];
  colBalance: readonly string[];
  colCounterparty: readonly string[];
  /** Debit/credit indicator column; only sets with a `dc-flag` statement layout define it. */
  colFlag?: readonly string[];
  /** Year-to-date column of a pay slip; only sets with a `ytd-table` layout define it. */
  colYearToDate?: readonly string[];
  /** Current-month column of a pay slip; only sets with a `ytd-table` layout define it. */
  colCurrentMonth?: readonly string[];
  /** Value-date (起息日) column; only sets with a `value-date-split` statement layout define it. */
  colValueDate?: readonly string[];
  /** Social-insurance components a pay slip may print before their subtotal; only the unseen set defines them. */
  pension?: readonly string[];
  medical?: readonly string[];
  unemployment?: readonly string[];
}

/** `title`: "Renminbi One Thousand Yuan Only"; `say-upper`: "SAY RENMINBI ONE THOUSAND YUAN ONLY". */
export type EnglishWordsForm = 'title' | 'say-upper';

export type RepaymentCode = 'equal-instalment' | 'equal-principal' | 'interest-only-bullet';

export interface VariantSet {
  name: 'dev' | 'holdout' | 'fresh' | 'unseen' | 'blind';
  fonts: Record<Lang, readonly FontPair[]>;
  bodySizes: Record<Lang, readonly number[]>;
  /** Page margins in points. */
  margins: readonly number[];
  colons: Record<Lang, readonly string[]>;
  dateStyles: Record<Lang, readonly DateStyle[]>;
  /** Dates inside statement tables. */
  tableDateStyles: readonly DateStyle[];
  footers: Record<Lang, readonly FooterStyle[]>;
  layouts: { contract: readonly ContractLayout[]; payslip: readonly PayslipLayout[]; statement: readonly StatementLayout[] };
  labels: Record<Lang, Labels>;
  repaymentWordings: Record<Lang, Record<RepaymentCode, readonly string[]>>;
  contractNumberStyles: Record<Lang, readonly ContractNumberStyle[]>;
  /** Money templates per language and currency; `{n}` is the formatted number. */
  currencyMarkers: Record<Lang, Partial<Record<Currency, readonly string[]>>>;
  /** How English amount-in-words lines are written. */
  englishWordsForms: readonly EnglishWordsForm[];
  /** Currencies of English documents (Chinese ones are always CNY). */
  englishCurrencies: readonly Currency[];
  chineseWords: readonly ChineseWordsStyle[];
  englishWords: readonly EnglishWordsStyle[];
  /** Probabilities of the typographic quirks. */
  thousandsSeparator: number;
  spacedAccountNumber: number;
  fullWidthDigits: number;
  /** English names as "ZHANG Wei" rather than "Wei Zhang". */
  surnameFirstEnglish: number;
  /*
   * Opt-in options below: dev and holdout leave them unset, and unset they draw nothing from the
   * document's PRNG, so those sets' output does not change.
   */
  /** Probability that a Chinese document spaces the characters of its short labels (户　名). */
  letterSpacedLabels?: number;
  /** Full-width documents also print amounts in full-width digits. */
  fullWidthAmounts?: boolean;
  /**
   * Probability that a Chinese contract names the borrower 甲方 and the lender 乙方 (the reverse of the
   * usual order), with the clauses and signature block following suit.
   */
  swappedParties?: number;
}
