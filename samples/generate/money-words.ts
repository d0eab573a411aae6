import nzh from 'nzh';

/** Written variants that occur in genuine contracts (domain-notes: 圆 vs 元, 正 vs 整). */
export interface ChineseWordsStyle {
  yuan: '元' | '圆';
  whole: '整' | '正';
}

/**
 * Chinese 大写 for an amount in cents, following the bank-form rules: one 零 for a run of zeros,
 * 整 closes an amount with no 分 (壹佰元伍角整), 零 before 分 when 角 is zero (壹佰元零伍分).
 *
 * @example
 * toChineseMoneyWords(125000000) // "壹佰贰拾伍万元整"
 */
export function toChineseMoneyWords(cents: number, style: ChineseWordsStyle = { yuan: '元', whole: '整' }): string {
  if (!Number.isInteger(cents) || cents < 100) throw new Error(`Expected whole cents of at least 1 yuan, got ${cents}`);
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor((cents % 100) / 10);
  const fen = cents % 10;
  // nzh writes the integer part correctly (checked against the domain rules); the cents we do here.
  const integerWords = nzh.cn.toMoney(yuan, { outSymbol: false }).replace(/元整$/, '');
  const digits = '零壹贰叁肆伍陆柒捌玖';
  let tail: string;
  if (jiao === 0 && fen === 0) tail = style.whole;
  else if (fen === 0) tail = `${digits[jiao]}角${style.whole}`;
  else if (jiao === 0) tail = `零${digits[fen]}分`;
  else tail = `${digits[jiao]}角${digits[fen]}分`;
  return `${integerWords}${style.yuan}${tail}`;
}

const ONES = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve',
  'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen'];
const TENS = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];

export interface EnglishWordsStyle {
  /** "Twenty-Five" or "Twenty Five". */
  hyphen: boolean;
  /** "One Hundred and Five" (British) or "One Hundred Five". */
  britishAnd: boolean;
}

function belowThousand(n: number, style: EnglishWordsStyle): string {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(`${ONES[hundreds]} Hundred`);
  if (rest > 0) {
    if (hundreds > 0 && style.britishAnd) parts.push('and');
    if (rest < 20) parts.push(ONES[rest] as string);
    else {
      const ten = TENS[Math.floor(rest / 10)] as string;
      const one = rest % 10;
      parts.push(one === 0 ? ten : style.hyphen ? `${ten}-${ONES[one]}` : `${ten} ${ONES[one]}`);
    }
  }
  return parts.join(' ');
}

/**
 * English words for a whole number.
 *
 * @example
 * toEnglishWords(1250000, { hyphen: true, britishAnd: false }) // "One Million Two Hundred Fifty Thousand"
 */
export function toEnglishWords(n: number, style: EnglishWordsStyle): string {
  if (!Number.isInteger(n) || n <= 0) throw new Error(`Expected a positive integer, got ${n}`);
  const scales: Array<[number, string]> = [[1e9, 'Billion'], [1e6, 'Million'], [1e3, 'Thousand'], [1, '']];
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of scales) {
    const chunk = Math.floor(rest / size);
    rest %= size;
    if (chunk === 0) continue;
    parts.push(name ? `${belowThousand(chunk, style)} ${name}` : belowThousand(chunk, style));
  }
  return parts.join(' ');
}
