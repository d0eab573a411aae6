/**
 * Key terms a contract states only inside its sentences, with no label of their own: a printed form
 * whose blanks the officer fills in ("借款人 __马秀英__（居民身份证号码…）", "按照 __按季结息、到期还本__ 的方式
 * 归还", "THIS AGREEMENT is made on __14 Jun 2023__ between __<lender>__ (the "Lender") and …").
 * Each frame is the grammar around a value, not a form's wording: a party named before its defined
 * term or its particulars, a manner of repayment, the place a mortgaged property lies, the date a
 * contract is signed on. Frames fill only fields the labelled reading left empty, and every value
 * must still read as its kind (a person's name, an organisation, an address, a date).
 */
import type { Field } from '../model/schema.js';
import { unionBox } from '../layout/join.js';
import { spanBox, spanConfidence, type TextLine } from './lines.js';
import { findDates, readAddress, readCode, readDate, readMoney, readMonths, readOrganisation, readPersonName, readText, type ReadValue, type ValueReader } from './values.js';

/** A paragraph: consecutive lines of running text joined, with where each line's text starts. */
export interface Paragraph { text: string; parts: { line: TextLine; offset: number }[] }

/** A clause or item heading opens a new paragraph: 一、, 第三条, "4.", "(2)". */
const OPENS = /^\s*(?:第[\d一二三四五六七八九十百]+条|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.)、．](?!\d)|[(（][\d一二三四五六七八九十]{1,3}[)）])/u;

/** Lines grouped into paragraphs: a line continues the one above when it sits close below it on the same page and opens no clause. */
export function paragraphsOf(lines: readonly TextLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  let previous: TextLine | undefined;
  for (const line of lines) {
    const h = line.line.bbox[3];
    const close = previous && previous.page === line.page && line.line.bbox[1] - (previous.line.bbox[1] + previous.line.bbox[3]) < 1.2 * h;
    if (!current || !close || OPENS.test(line.text)) {
      current = { text: '', parts: [] };
      out.push(current);
    } else {
      const tail = current.text.at(-1) ?? '';
      const join = /[\u4e00-\u9fff(（,，、-]$/u.test(tail) && /^\s*[\u4e00-\u9fff)）]/u.test(line.text) ? '' : ' ';
      current.text += join;
    }
    current.parts.push({ line, offset: current.text.length });
    current.text += line.text.trimEnd();
    previous = line;
  }
  return out;
}

interface Frame {
  /** Group 1 is the value. */
  pattern: RegExp;
  read: ValueReader;
}

/** Sentence ends in English prose: a stop or semicolon closing the paragraph or opening a capitalised sentence. */
const EN_END = String.raw`(?=\s*[.;]\s*$|\s*[.;]\s+(?:[A-Z][a-z]+\s|\d+\.\s)|\s*\(the\s)`;
const HAN_NAME = String.raw`([\u4e00-\u9fff·]{2,5}?)`;
/** What follows a party's name in a preamble: its particulars in brackets, a comma, or the verb of the sentence. */
const HAN_AFTER_NAME = String.raw`(?=\s*(?:[(（,，]|因|向|为|系|现|申请|同意))`;
const ORG = String.raw`(\S{2,40}?(?:银行|支行|分行|营业部|公司|合作社|中心))`;

/** The party a defined term names: `<party>, … (the "Borrower")` after "between" or "and". */
function definedParty(role: string): RegExp {
  return new RegExp(String.raw`(?:\bbetween|\band)\s+((?:(?!\bbetween\b|\band\s)[^()])+?)\s*\((?:hereinafter\s+(?:called|referred\s+to\s+as)\s+)?(?:the\s+)?["“”']?${role}["“”']?\)`, 'iu');
}

/** A person named before their particulars: the name is the text before its first comma. */
const firstClause = (read: ValueReader): ValueReader => (text, label, context) => {
  const cut = text.search(/\s*[,，]/u);
  return read(cut > 0 ? text.slice(0, cut) : text, label, context);
};

const FRAMES: Record<string, Frame[]> = {
  borrowerName: [
    { pattern: new RegExp(String.raw`(?:借款人|借款申请人)(?![\u4e00-\u9fff]*[:：])\s*${HAN_NAME}${HAN_AFTER_NAME}`, 'u'), read: readPersonName },
    { pattern: definedParty('Borrowers?'), read: firstClause(readPersonName) },
    // A letter offering a loan names its addressee with the offer: "We are pleased to offer you, Siyu Zhang (PRC Resident …), a term loan".
    { pattern: /\boffer(?:\s+to)?\s+you\s*,\s*([^,()]{2,60}?)\s*[(,]/iu, read: readPersonName },
    // A Chinese letter greets its addressee by full name: 尊敬的张伟先生/女士：
    { pattern: /尊敬的\s*([\u4e00-\u9fff·]{2,5}?)\s*(?:先生|女士|客户)(?:\s*[/／]\s*(?:先生|女士))?\s*[:：,，]/u, read: readPersonName },
  ],
  lenderName: [
    { pattern: new RegExp(String.raw`(?:贷款人|出借人|贷款银行|贷款行)\s*${ORG}(?=\s*(?:[(（,，]|申请|提供|发放|借|处|的))`, 'u'), read: readOrganisation },
    { pattern: definedParty('Lender'), read: readOrganisation },
    // A letter is signed for its sender: "Yours sincerely, for and on behalf of <bank>".
    { pattern: new RegExp(String.raw`\bon\s+behalf\s+of\s+(?:the\s+)?([A-Z][^;:()]{2,100}?)(?=\s*$|\s+[A-Z]{2,}[A-Z\s]*[—–-]|${EN_END})`, 'u'), read: readOrganisation },
  ],
  // A loan offered in a letter's sentences: 同意向您发放…贷款人民币500,000.00元; "made available for 36 months";
  // "commencing on 1 March 2025"; "ending on 28 February 2027".
  principal: [
    { pattern: /(?:发放|提供|给予|批准)[^。；，,]{0,16}?(?:贷款|借款)(?:金额)?\s*(?:为|共计)?\s*((?:人民币|RMB|CNY|￥|¥)?\s*\d[\d,，]*(?:\.\d+)?\s*万?元?)/u, read: readMoney },
  ],
  termMonths: [
    { pattern: /\b(?:available|repayable|granted|provided|advanced|extended|outstanding)\s+(?:to\s+you\s+)?for\s+(?:a\s+(?:term|period)\s+of\s+)?(\d{1,3}\s*(?:months?|years?))\b/iu, read: readMonths },
  ],
  startDate: [
    { pattern: /\b(?:commencing|starting|beginning|effective)\s+(?:on|from)\s+(.{4,24}?\d{4})(?!\d)/iu, read: readDate },
  ],
  endDate: [
    { pattern: /\b(?:ending|expiring|maturing|terminating)\s+on\s+(.{4,24}?\d{4})(?!\d)/iu, read: readDate },
  ],
  repaymentMethod: [
    { pattern: /(?:按照|依照|采用|以)\s*([^，。；,;]{2,30}?)\s*的?\s*(?:方式|办法)\s*(?:归还|偿还|还款|还本|支付)/u, read: readText },
    { pattern: new RegExp(String.raw`\brepa(?:y|id|yable)\s+(?:the\s+(?:loan|facility|credit|advance)\s+)?(?:by|through|via)\s+(?:way\s+of\s+|means\s+of\s+)?(.{4,120}?)${EN_END}`, 'iu'), read: readText },
  ],
  collateralAddress: [
    { pattern: /(?:位于|坐落于|座落于|坐落在)\s*([^，。；,;]{6,60}?)\s*的?\s*(?:房产|房屋|不动产|住房|住宅|物业|商铺|商品房)/u, read: readAddress },
    { pattern: new RegExp(String.raw`\b(?:property|premises|real\s+estate|house|flat|apartment)\s+(?:(?:located|situated|lying)\s+)?at\s+(.{6,160}?)${EN_END}`, 'iu'), read: readAddress },
  ],
};

/** The date a sentence says the contract was made or signed on: 于2025年6月2日签订, "made on 14 Jun 2023", "dated 9 May 2024". */
const SIGNED_AFTER = /^\s*(?:正式)?(?:签订|签署|签字|订立|签约)/u;
const SIGNED_BEFORE = /(?:\b(?:made|entered\s+into|signed|executed|dated)(?:\s+(?:on|as\s+of|this))?|于|在)\s*$/iu;

/** A letter's greeting: "Dear Mr Li,", 尊敬的张伟先生： */
const SALUTATION = /^\s*(?:dear\s+\S|尊敬的)/iu;
/** A line that is only a date, perhaps after "Date:" / 日期： (group 1). */
const LETTER_DATE = /^\s*(?:(?:date|dated|日\s*期)\s*[:：]?\s*)?(\S.{4,30}?)\s*$/iu;

/** A reference number printed with "No." or "Ref." at the head of the first page ("No. MLA-2023087229-R"). */
const HEAD_CODE = /(?:^|\s{2,})(?:No|Ref|Reference)\s*\.?\s*[:：]?\s*([A-Z0-9][A-Za-z0-9/\-_.]*\d[A-Za-z0-9/\-_]*)/u;

export interface ProseOptions {
  dateOrder?: 'DMY' | 'MDY';
  sources: Map<number, Field['source']>;
}

/**
 * A field for characters [start, end) of a paragraph, boxed over the lines they lie on; `how` names
 * the sentence frame that found it (evidence).
 */
export function fieldInParagraph(p: Paragraph, start: number, end: number, read: ReadValue, how: string, sources: Map<number, Field['source']>): Field {
  const spans = p.parts.flatMap((part, k) => {
    const next = p.parts[k + 1]?.offset ?? Infinity;
    const from = Math.max(start, part.offset);
    const to = Math.min(end, next, part.offset + part.line.text.length);
    return to > from ? [{ line: part.line, start: from - part.offset, end: to - part.offset }] : [];
  });
  const raw = p.text.slice(start, end);
  const first = spans[0] ?? { line: p.parts[0]!.line, start: 0, end: 0 };
  const value = read.verbatim === 'compact' ? raw.replace(/\s+/gu, '') : read.verbatim === 'trim' ? raw.trim().replace(/\s+/gu, ' ') : read.value;
  return {
    value,
    raw,
    page: first.line.page,
    bbox: unionBox(spans.map((s) => spanBox(s.line.line, s.start, s.end))),
    source: sources.get(first.line.page),
    confidence: Math.round(Math.min(1, ...spans.map((s) => spanConfidence(s.line.line, s.start, s.end))) * read.trust * 0.85 * 100) / 100,
    evidence: { placement: 'prose', frame: how, line: p.text.slice(Math.max(0, start - 40), end + 20).trim(), ...(read.extra ?? {}) },
  };
}

/**
 * Fill a contract's missing key terms from its sentences (see the module comment).
 * @example addProseTerms(lines, fields, { sources }); fields.signingDate?.value // '2025-06-02'
 */
export function addProseTerms(lines: readonly TextLine[], fields: Record<string, Field>, options: ProseOptions): void {
  const paragraphs = paragraphsOf(lines);
  const place = (p: Paragraph, start: number, end: number, read: ReadValue, how: string): Field => fieldInParagraph(p, start, end, read, how, options.sources);
  for (const [name, frames] of Object.entries(FRAMES)) {
    if (fields[name]) continue;
    found: for (const frame of frames) {
      for (const p of paragraphs) {
        const m = frame.pattern.exec(p.text);
        if (!m?.[1]) continue;
        const at = m.index + m[0].indexOf(m[1]);
        const read = frame.read(m[1], '', { dateOrder: options.dateOrder });
        if (!read) continue;
        fields[name] = place(p, at + read.start, at + read.end, read, frame.pattern.source.slice(0, 24));
        break found;
      }
    }
  }
  if (!fields.signingDate) {
    for (const p of paragraphs) {
      const signed = findDates(p.text, options.dateOrder).find((d) => SIGNED_AFTER.test(p.text.slice(d.end)) || SIGNED_BEFORE.test(p.text.slice(Math.max(0, d.start - 30), d.start)));
      if (!signed) continue;
      fields.signingDate = place(p, signed.start, signed.end, { value: signed.value, start: 0, end: 0, trust: 1 }, 'signed on');
      break;
    }
  }
  const greeting = lines.findIndex((l) => SALUTATION.test(l.text));
  if (!fields.signingDate && greeting >= 0) {
    // A letter is dated at its head, on a line of its own above the greeting: that date is when the offer was made.
    const head = lines.slice(0, greeting).filter((l) => l.page === (lines[0]?.page ?? 1)).slice(0, 10);
    for (const line of head) {
      const m = LETTER_DATE.exec(line.text);
      const date = m ? findDates(m[1]!, options.dateOrder)[0] : undefined;
      if (!m || !date || date.end - date.start < m[1]!.trim().length - 1) continue;
      const at = m.index + m[0].lastIndexOf(m[1]!) + date.start;
      fields.signingDate = place({ text: line.text, parts: [{ line, offset: 0 }] }, at, at + date.end - date.start, { value: date.value, start: 0, end: 0, trust: 1 }, 'letter date');
      break;
    }
  }
  if (!fields.contractNumber) {
    const head = lines.filter((l) => l.page === (lines[0]?.page ?? 1)).slice(0, 4);
    for (const line of head) {
      const m = HEAD_CODE.exec(line.text);
      if (!m?.[1] || !/[A-Za-z/-]/u.test(m[1])) continue;
      const read = readCode(m[1], '');
      if (!read) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      fields.contractNumber = place({ text: line.text, parts: [{ line, offset: 0 }] }, at + read.start, at + read.end, read, 'head reference');
      break;
    }
  }
}
