import type { ValueReader } from '../values.js';

/** How to find one canonical field: its labels (Chinese and English wordings) and its value kind. */
export interface FieldSpec {
  name: string;
  label: RegExp;
  read: ValueReader;
  /** Money, dates and rates are specific enough to be taken from prose (借款金额为人民币…). */
  allowProse?: boolean;
  /** Which mention wins when several parse: the first (default) or the last (signing dates). */
  prefer?: 'first' | 'last';
  /**
   * Words that make a label in prose introduce its value (an address: "a mortgage over the Charged
   * Property at Flat 3B, …", 抵押房产位于…): read there as in prose, though the field takes no prose.
   */
  proseCue?: RegExp;
  /**
   * The value may wrap onto the next line (addresses, institution names, repayment terms); or, for
   * codes that hold no blanks, only where a line cuts it after a separator ("FA/2024/" over "ICBC/089234").
   */
  multiline?: boolean | 'after-separator';
  /**
   * Bare words that name the field only as a key closed by a colon or a dot leader ("Credits:",
   * "Deductions ....", "Customer:"), never as a column header or in prose.
   */
  colonLabel?: RegExp;
  /**
   * Bare words that name the field only as a strong key (a colon, a dot leader, a column gap or a
   * value below: "Repayment    monthly annuity"), never as the first word of a sentence ("Early
   * repayment requires …").
   */
  keyLabel?: RegExp;
  /**
   * Labels naming one part of the field (Basic Pension Insurance for social insurance): read only
   * when no key names the whole, as slips that print parts and their total name both.
   */
  partLabel?: RegExp;
}

/** Build a label regex from alternatives; `\s*` allowed between CJK characters (OCR and letter-spaced titles). */
export function labels(...alternatives: string[]): RegExp {
  // Longest first: at one position the regex takes the first alternative that matches (应发工资 before
  // 应发, 公司名称 before 公\s*司). Length is counted in text, not in the blanks' regex syntax.
  const textLength = (a: string) => a.replace(/\\s[*+]|\\b/gu, '').length;
  // Between two words of an English label a bracket may open or close ("Security (Property)", "Rate (p.a.)"):
  // brackets set a word of a key apart in print and change nothing of its meaning.
  const bracketed = (a: string) => a.replace(/(?<=[A-Za-z.)?])\\s[*+](?=\(?[A-Za-z\\])/gu, '\\s*[(（]?\\s*');
  const parts = [...alternatives].sort((a, b) => textLength(b) - textLength(a)).map((a) => bracketed(a).replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/gu, '$1\\s*').replace(/ /g, '\\s+'));
  return new RegExp(parts.join('|'), 'iu');
}
