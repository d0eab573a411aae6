/**
 * Names printed as titles rather than as labelled values: the employer heading a pay slip
 * (深圳云帆信息技术有限公司 2025年6月工资条), the bank heading a statement (中国建设银行 个人账户交易明细).
 */
import type { Field } from '../model/schema.js';
import { spanBox, spanConfidence, type TextLine } from './lines.js';
import { unionBox } from '../layout/join.js';

// OCR scatters blanks between Han characters (广州  明 德 教育咨询 集团有限公司): they may sit inside the name.
const ORG_IN_TITLE = /([\u4e00-\u9fff（）()](?:[\u4e00-\u9fff（）()]|\s{1,2}(?=[\u4e00-\u9fff])){1,40}?(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|集团|公司))|((?:[A-Z][\w&.'’-]*\s+){0,6}(?:Co\.,?\s*Ltd\.?|Company\s+Limited|Limited|Ltd\.?|Inc\.?|Corporation|Corp\.?|LLC|Group))/u;
// "Agricultural Bank of China": a name before Bank may go on after it; a column gap ends it ("Bank of China  CURRENT ACCOUNT …").
// Lower-case joins stand inside the name: "Industrial and Commercial Bank of China". "Banking" names a
// service, no bank: "China Merchants Bank  Mobile Banking · Transaction Export" ends at the first Bank.
const BANK_IN_TITLE = /([\u4e00-\u9fff]{2,12}?银行)|((?:Bank\s+of(?:\s[A-Z][\w-]*){1,3})|(?:(?:[A-Z][\w&-]*\s+(?:(?:and|&|of|for)\s+(?=[A-Z]))?){1,4}Bank(?![a-z])(?: of [A-Z][\w-]*(?: [A-Z][\w-]*){0,2})?(?:\s*(?:Limited|Ltd\.?|Corporation|Co\.,?\s*Ltd\.?))?))/u;

/**
 * The first organisation named in the top lines of page 1. A heading set in large type may wrap
 * ("Shanghai Jiahe Supply Chain" over "Management Group Co., Ltd."): lines stacked tightly under
 * one another, aligned alike, with no figure or colon, are read as one title.
 */
export function findTitleName(lines: readonly TextLine[], kind: 'organisation' | 'bank', topLines = 6): Field | undefined {
  const pattern = kind === 'bank' ? BANK_IN_TITLE : ORG_IN_TITLE;
  const top = lines.filter((l) => l.page === 1).slice(0, topLines);
  for (let i = 0; i < top.length; i++) {
    const line = top[i]!;
    if (i > 0 && wrapsOnto(top[i - 1]!, line)) continue; // read with the heading line above
    const block = [line];
    while (i + block.length < top.length && wrapsOnto(block.at(-1)!, top[i + block.length]!)) block.push(top[i + block.length]!);
    const text = block.map((l) => l.text.trim()).join(' ');
    const m = pattern.exec(text) ?? (kind === 'bank' ? wholeTitle(text) : null);
    if (!m) continue;
    const raw = m[0].trim();
    const start = text.indexOf(raw);
    if (block.length === 1) {
      const at = line.text.indexOf(raw);
      return {
        value: raw.replace(/\s+/gu, ''),
        raw,
        page: line.page,
        bbox: spanBox(line.line, at, at + raw.length),
        confidence: Math.round(spanConfidence(line.line, at, at + raw.length) * 90) / 100,
        evidence: { placement: 'title', line: line.line.text.trim() },
      };
    }
    // Which lines of the block the name covers, with the span of each.
    const spans: { line: TextLine; from: number; to: number }[] = [];
    let offset = 0;
    for (const l of block) {
      const t = l.text.trim();
      const lead = l.text.indexOf(t);
      const from = Math.max(start, offset) - offset;
      const to = Math.min(start + raw.length, offset + t.length) - offset;
      if (to > from) spans.push({ line: l, from: lead + from, to: lead + to });
      offset += t.length + 1;
    }
    return {
      value: raw.replace(/\s+/gu, ''),
      raw,
      page: line.page,
      bbox: unionBox(spans.map((sp) => spanBox(sp.line.line, sp.from, sp.to))),
      confidence: Math.round(Math.min(...spans.map((sp) => spanConfidence(sp.line.line, sp.from, sp.to))) * 90) / 100,
      evidence: { placement: 'title', line: block.map((l) => l.line.text.trim()).join(' ') },
    };
  }
  return undefined;
}

/** Whether `below` carries on the heading `above`: tight under it, centred or left-aligned alike, in type of one size, and neither holds a figure or a colon. */
function wrapsOnto(above: TextLine, below: TextLine): boolean {
  if (below.page !== above.page || /[\d:：]/u.test(above.text) || /[\d:：]/u.test(below.text)) return false;
  const [ax, ay, aw, ah] = above.line.bbox;
  const [bx, by, bw, bh] = below.line.bbox;
  const gap = by - (ay + ah);
  const centres = Math.abs(ax + aw / 2 - (bx + bw / 2));
  const aligned = centres <= 0.15 * Math.max(aw, bw) || Math.abs(ax - bx) <= Math.min(ah, bh);
  return by > ay && gap <= 0.6 * Math.min(ah, bh) && aligned && Math.min(ah, bh) >= 0.7 * Math.max(ah, bh);
}

const PAY_TITLE = /工\s*资|薪\s*资|薪\s*酬|薪\s*金|收\s*入|pay\s*-?\s*slip|pay\s*(?:stub|advice|statement)|payroll|salary|wages?|remuneration|earnings/iu;

/**
 * The month a pay slip's title names (2024年7月工资结算单, "Pay Stub — JUL 2024"), for slips that
 * print no labelled period.
 */
export function findTitleMonth(lines: readonly TextLine[], read: (text: string) => { value: string | number; start: number; end: number } | null, topLines = 6): Field | undefined {
  for (const line of lines.filter((l) => l.page === 1).slice(0, topLines)) {
    if (!PAY_TITLE.test(line.text) || /[:：]/u.test(line.text)) continue;
    const month = read(line.text);
    if (!month || typeof month.value !== 'string') continue;
    return {
      value: month.value,
      raw: line.line.text.slice(month.start, month.end),
      page: line.page,
      bbox: spanBox(line.line, month.start, month.end),
      confidence: Math.round(spanConfidence(line.line, month.start, month.end) * 85) / 100,
      evidence: { placement: 'title', line: line.line.text.trim() },
    };
  }
  return undefined;
}

/** A title line that is nothing but a bank's name, however it was spaced: "IndustrialandCommercialBankofChina". */
function wholeTitle(text: string): RegExpExecArray | null {
  const t = text.trim();
  if (t.length > 60 || /\d|statement|account|流水|明细|对账|交易/iu.test(t) || !/bank|银行/iu.test(t)) return null;
  return /^.+$/u.exec(t);
}

/** 中国建设银行青岛分行 → 中国建设银行 + branch 青岛分行; "Bank of Hangzhou, Shanghai Branch" likewise. */
export function splitBranch(name: string): { bank: string; branch?: string } {
  const zh = /^(.*?银行(?:股份有限公司|有限责任公司|有限公司)?)(.+?(?:分行|支行|营业部|分理处|储蓄所))$/u.exec(name);
  if (zh) return { bank: zh[1]!, branch: zh[2]! };
  const en = /^(.*?\bbank\b[^,]*?)[,\s]+((?:[\w'’-]+\s*){1,4}(?:sub-branch|branch|office))$/iu.exec(name);
  if (en) return { bank: en[1]!.trim(), branch: en[2]!.trim() };
  return { bank: name };
}
