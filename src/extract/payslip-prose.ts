/**
 * Income certificates in prose (收入证明, "Employment and Salary Verification"): an employer's letter
 * states who the employee is and what they earn in sentences that wrap anywhere, "兹证明孙国栋（身份证号：…）
 * 为我单位正式员工…该员工2025年05月税前月收入为人民币19,496.05元…实发工资" over "15,482.19元。", "This is to
 * confirm that Jiayi Hu has been employed by … the employee's gross salary was" over "US$27,193.08.".
 * Read over whole paragraphs, each money field is the first amount a short way after one of its own
 * labels (its pay slip labels, so the same words work in tables and in letters), with no other money
 * label between; "a total of US$5,915.02 withheld" names its amount before the word. The employee is
 * the person a certifying sentence names; the period is the month the income is stated for.
 */
import type { Field } from '../model/schema.js';
import type { TextLine } from './lines.js';
import { fieldInParagraph, paragraphsOf, type Paragraph } from './prose-terms.js';
import { readIdNumber, readMoney, readMonth, readPersonName, readText, type ReadValue, type ValueReader } from './values.js';
import type { FieldSpec } from './fields/spec.js';
import { derive } from './patterns.js';
import { readWithheld } from './fields/pay-slip.js';

/** Farthest an amount may stand after its label, in characters ("net salary paid to the employee's bank account was"). */
const WINDOW = 60;
/** A sentence's end: 。；; or a full stop before a blank or the paragraph's end (not a decimal point). */
const SENTENCE_END = /[。；;]|\.(?=\s|$)/u;

interface Frame { name: string; pattern: RegExp; read: ValueReader }

const HAN_NAME = String.raw`([\u4e00-\u9fff·]{2,5}?)`;
const EN_NAME = String.raw`((?:Mr\.?|Ms\.?|Mrs\.?|Miss|Dr\.?)?\s*[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,3})`;
const MONTH_TEXT = String.raw`(\d{4}\s*年\s*\d{1,2}\s*月|\d{4}\s*[-./]\s*\d{1,2}(?![\d./-])|[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{1,2}\s*/\s*\d{4})`;

/** Frames around values a certificate states without a label of their own. */
const FRAMES: Frame[] = [
  // 兹证明孙国栋（身份证号…）为我单位员工; 兹有我公司员工王芳…; 兹证明张伟同志系我单位职工.
  { name: 'employeeName', pattern: new RegExp(String.raw`(?:兹证明|兹有|特此证明|证明)\s*(?:我单位|本单位|我公司|本公司|我司)?\s*(?:员工|职工|职员)?\s*${HAN_NAME}(?=\s*(?:[(（,，]|同志|先生|女士|为|系|是|自|于|在|现))`, 'u'), read: readPersonName },
  // "This is to confirm that Jiayi Hu has been employed by …", "We certify that Ms. Li Na (ID …) is employed".
  { name: 'employeeName', pattern: new RegExp(String.raw`\b(?:confirm|certify|verify|state)\s+that\s+${EN_NAME}(?=\s*(?:[(,]|has\b|have\b|is\b|was\b|had\b|holds\b|works\b|joined\b|has\s+been\b))`, 'u'), read: readPersonName },
  // 该员工2025年05月税前月收入…; 2025.02 月收入; "For the pay month of October 2024", "salary for the month of May 2025".
  { name: 'payPeriod', pattern: new RegExp(String.raw`${MONTH_TEXT}\s*(?:份|的)?\s*(?:税前|税后|应发|实发)?\s*月?\s*(?:收入|工资|薪资|薪酬|薪金)`, 'u'), read: readMonth },
  { name: 'payPeriod', pattern: new RegExp(String.raw`\b(?:(?:pay|payroll|salary)\s+(?:month|period)|(?:for|in)\s+(?:the\s+)?month)\s+(?:of|was|is|:)?\s*${MONTH_TEXT}`, 'iu'), read: readMonth },
  // The employee's identity document as the letter cites it: （身份证号：…）, "(PRC ID No. …)", "passport E7781234".
  { name: 'employeeIdNumber', pattern: /(?:身份证(?:件)?(?:号码|号)?|证件号码?|\bID\s*(?:card\s*)?(?:No\.?|number)|identity\s+card\s+(?:No\.?|number)|passport(?:\s+No\.?)?)\s*[:：]?\s*([A-Z]?\d[\dXx\s]{6,20})/iu, read: readIdNumber },
  // The post held: 现任行政部职员, 担任仓储主管一职, "works as a Senior Accountant", "in the position of Sales Manager".
  { name: 'position', pattern: /(?:现任|现担任|担任|任职为|职务为|职位为)\s*([^，。,;；()（）]{2,20}?)\s*(?:一职|职务|职位)?(?=[，。,;；]|$)/u, read: readText },
  { name: 'position', pattern: /\b(?:works?\s+as|employed\s+as|position\s+of|job\s+title\s+(?:is|of))\s+(?:an?\s+|the\s+|our\s+)?([A-Z][A-Za-z&/-]*(?:\s+[A-Za-z&/-]+){0,4}?)(?=\s*[,.;(]|\s+(?:in|at|since|with|on|and|from)\b)/u, read: readText },
  // "a total of US$5,915.02 withheld", "deductions totalling HK$8,934.89"; 共计扣款…元 is a label the specs hold.
  { name: 'totalDeductions', pattern: /\b(?:a\s+)?total\s+(?:of\s+)?((?:[A-Z]{2,3}\s?\$?|[$¥])?\s*\d[\d,]*(?:\.\d{1,2})?)\s+(?:was\s+|were\s+|in\s+total\s+)?(?:withheld|deducted)\b/iu, read: readMoney },
];

export interface PaySlipProseOptions {
  /** The pay slip's field specs: money fields are read after their own labels. */
  specs: readonly FieldSpec[];
  sources: Map<number, Field['source']>;
  /** Fields the line reading took from prose or a wrapped line: a paragraph's reading replaces them. */
  replace: ReadonlySet<string>;
}

/**
 * Fill (or correct) a pay slip's fields from the sentences of an income certificate.
 * @example addPaySlipProse(lines, fields, { specs: PAY_SLIP_FIELDS, sources, replace: new Set() })
 */
export function addPaySlipProse(lines: readonly TextLine[], fields: Record<string, Field>, options: PaySlipProseOptions): void {
  // Only running text: a paragraph of two lines or more, or one long sentence, most of whose lines
  // hold no column gap (a table's rows do; OCR may widen a blank or two in a sentence).
  const gapped = (p: Paragraph) => p.parts.filter((part) => /\S\s{2,}\S/u.test(part.line.text.trim())).length;
  const paragraphs = paragraphsOf(lines).filter((p) => (p.parts.length >= 2 || SENTENCE_END.test(p.text)) && 2 * gapped(p) < p.parts.length);
  const open = (name: string) => !fields[name] || options.replace.has(name);
  const taken = new Set<string>();
  const put = (name: string, p: Paragraph, at: number, read: ReadValue, how: string) => {
    if (taken.has(name) || !open(name)) return;
    fields[name] = fieldInParagraph(p, at + read.start, at + read.end, read, how, options.sources);
    taken.add(name);
  };
  for (const frame of FRAMES) {
    for (const p of paragraphs) {
      const m = frame.pattern.exec(p.text);
      if (!m?.[1]) continue;
      const at = m.index + m[0].indexOf(m[1]);
      const read = frame.read(m[1], '');
      if (read) put(frame.name, p, at, read, 'certificate sentence');
    }
  }
  const money = options.specs.filter((s) => s.read === readMoney || s.read === readWithheld);
  const anyMoneyLabel = new RegExp(money.map((s) => `(?:${s.label.source})`).join('|'), 'iu');
  for (const spec of money) {
    const pattern = derive(spec.label, 'prose-global', () => new RegExp(spec.label.source, 'giu'));
    for (const p of paragraphs) {
      if (taken.has(spec.name)) break;
      for (const m of p.text.matchAll(pattern)) {
        const from = (m.index ?? 0) + m[0].length;
        let window = p.text.slice(from, from + WINDOW);
        const end = SENTENCE_END.exec(window.replace(/\d\.\d/gu, '0_0'));
        if (end) window = window.slice(0, end.index);
        const read = spec.read(window, '');
        if (!read || !moneyLike(window, read)) continue;
        const between = window.slice(0, read.start);
        // Another money label before the amount owns it; a figure before it (a date, a count) is no gap to read across.
        if (anyMoneyLabel.test(between) || /\d/u.test(between.replace(/(?:US|HK|S|NT|A|C)\$|RMB|CNY|USD|HKD/gu, ''))) continue;
        put(spec.name, p, from, read, `amount after ${m[0].trim()}`);
        break;
      }
    }
  }
}

/**
 * An amount as a letter prints money: one unbroken figure with cents or thousands groups, or a
 * currency beside it (人民币…元, US$…), not a run of loose figures (a table's row, "1 2 3").
 */
function moneyLike(window: string, read: ReadValue): boolean {
  const figure = window.slice(read.start, read.end);
  if (/\d\s+\d/u.test(figure)) return false;
  return /\d[.,]\d{2}/u.test(figure) || read.extra?.currency !== undefined || /^\s*元/u.test(window.slice(read.end));
}

