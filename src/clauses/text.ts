/**
 * Text helpers shared by segmentation, the library comparison and the red-flag rules.
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '，。；：、！？（）《》“”‘’【】';
const BETWEEN_CJK = new RegExp(`(?<=[${CJK}${CJK_PUNCT}])\\s+(?=[${CJK}${CJK_PUNCT}])`, 'gu');
const CJK_CHAR = new RegExp(`[${CJK}]`, 'gu');

/**
 * One line as a reader would quote it: OCR's spaces between Chinese characters dropped
 * (`个 人借款 合同` → `个人借款合同`), runs of white space collapsed.
 */
export function cleanLine(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(BETWEEN_CJK, '').trim();
}

/** Share of letters that are Chinese characters (0..1). */
export function cjkShare(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/gu)?.length ?? 0;
  return cjk + latin === 0 ? 0 : cjk / (cjk + Math.max(0, latin) / 4);
}

/** The clause's language for comparison: Chinese when Chinese characters dominate. */
export function clauseLanguage(text: string): 'zh' | 'en' {
  return cjkShare(text) >= 0.5 ? 'zh' : 'en';
}

/** Join wrapped lines: no space where either side is Chinese, a space between Latin words. */
export function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (!part) continue;
    if (!out) { out = part; continue; }
    const last = /[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)/u.exec(out)?.[0] ?? '';
    const first = /[\p{L}\p{N}]/u.exec(part)?.[0] ?? '';
    const cjk = /[\u3400-\u9fff\uf900-\ufaff]/u;
    out += cjk.test(last) || cjk.test(first) ? part : ` ${part}`;
  }
  return out;
}

/**
 * Sentences (and semicolon-separated limbs) of a clause: the unit rules look at, so that two
 * conditions of one rule must hold in the same statement. A numbered sub-clause (`6.2 Where …`,
 * `。8.2 借款人…`) starts a new sentence: its digits would otherwise glue two statements together.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。；;！？!?])|(?<=\.)\s+(?=[A-Z(])|(?<=[.。；;])\s*(?=\d{1,3}(?:\.\d{1,3})+\s)/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Plain-English contracts call the parties "we" and "you": the words the rules and the library use instead. */
const PLAIN_PARTIES: [RegExp, string][] = [
  [/\b(?:[Ww]e|us)\b/gu, 'the Lender'],
  [/\b[Oo]ur\b/gu, "the Lender's"],
  [/\b[Yy]ou\b/gu, 'the Borrower'],
  [/\b[Yy]our\b/gu, "the Borrower's"],
];

/**
 * English clause text with "we/us/our" read as the lender and "you/your" as the borrower.
 * @example namePlainParties('We may change your rate.') // "the Lender may change the Borrower's rate."
 */
export function namePlainParties(text: string): string {
  let out = text;
  for (const [from, to] of PLAIN_PARTIES) out = out.replace(from, to);
  return out;
}

/** Which letter the contract gives the borrower, from how its parties are introduced. */
export type BorrowerLetter = '甲方' | '乙方';

const ROLE_BORROWER = '(?:借款人|借款方)';
const ROLE_LENDER = '(?:贷款人|贷款方|出借人|债权人|贷款银行)';

/**
 * The letter the borrower goes by when the contract says so (借款人（甲方）, 甲方（借款人）, 借款人/甲方,
 * 借款人(以下简称"甲方"), 甲方向乙方借款), `undefined` when it does not or when it says both ways.
 * @example borrowerLetter('借款人（甲方）：张三\n贷款人（乙方）：某银行') // '甲方'
 */
export function borrowerLetter(text: string): BorrowerLetter | undefined {
  const found = new Set<BorrowerLetter>();
  const letter = '(甲方|乙方)';
  const bracket = (inner: string) => `[（(]\\s*(?:以下(?:简)?称\\s*[“"「]?)?${inner}[”"」]?\\s*[)）]`;
  const slash = '\\s*[/／、]\\s*';
  const cues: [RegExp, 'borrower' | 'lender'][] = [
    [new RegExp(`${ROLE_BORROWER}${slash}${letter}|${letter}${slash}${ROLE_BORROWER}`, 'gu'), 'borrower'],
    [new RegExp(`${ROLE_LENDER}${slash}${letter}|${letter}${slash}${ROLE_LENDER}`, 'gu'), 'lender'],
    // 就甲方向乙方借款…: the party that borrows from the other.
    [new RegExp(`${letter}(?:拟|同意)?向(?:甲方|乙方)(?:申请)?(?:借款|贷款|借用)`, 'gu'), 'borrower'],
    [new RegExp(`${ROLE_BORROWER}\\s*${bracket(letter)}`, 'gu'), 'borrower'],
    [new RegExp(`${letter}\\s*${bracket(ROLE_BORROWER)}`, 'gu'), 'borrower'],
    [new RegExp(`${ROLE_LENDER}\\s*${bracket(letter)}`, 'gu'), 'lender'],
    [new RegExp(`${letter}\\s*${bracket(ROLE_LENDER)}`, 'gu'), 'lender'],
  ];
  for (const [cue, role] of cues) {
    for (const m of text.matchAll(cue)) {
      const named = (m[1] ?? m[2]) as BorrowerLetter;
      found.add(role === 'borrower' ? named : named === '甲方' ? '乙方' : '甲方');
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Chinese clause text with 甲方/乙方 replaced by the roles they stand for in this contract, so rules
 * that name the lender and borrower read it the same whichever letter each party got. Text of a
 * contract that does not say which is which is returned as it is (the rules then read 甲方 as the lender).
 * @example nameLetterParties('乙方将借款发放至甲方指定的账户', '甲方') // "贷款人将借款发放至借款人指定的账户"
 */
export function nameLetterParties(text: string, borrower: BorrowerLetter | undefined): string {
  if (!borrower) return text;
  const lender = borrower === '甲方' ? '乙方' : '甲方';
  return text.replace(/甲方|乙方/gu, (m) => (m === borrower ? '借款人' : m === lender ? '贷款人' : m));
}
