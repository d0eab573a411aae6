/**
 * The shape of a wording rule, shared by the red-flag rule files: alternatives of patterns that
 * must all match one sentence (or semicolon limb), and wordings that cancel the rule.
 */
export interface WordingRule<Id extends string = string> {
  id: Id;
  title: string;
  explanation: string;
  /** Alternatives; each is a list of patterns that must all match one sentence. */
  patterns: RegExp[][];
  unless?: RegExp[];
}

/** The lender in Chinese drafting. */
export const L = '(?:甲方|贷款人|出借人|贷款方|银行|贵行|本行)';
/** The borrower in Chinese drafting. */
export const B = '(?:乙方|借款人|借款方)';

export const re = (source: string, flags = 'iu'): RegExp => new RegExp(source, flags);

/** True when `sentence` (parties already named) shows the rule. */
export function matchesRule(rule: WordingRule, sentence: string): boolean {
  if (rule.unless?.some((p) => p.test(sentence))) return false;
  return rule.patterns.some((all) => all.every((p) => p.test(sentence)));
}
