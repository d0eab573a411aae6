/**
 * The eighth blind clause set: assembles 24 contracts (12 zh, 12 en; 4 of them scans) from the
 * blind8 wordings, renders them with their own numbering styles (第一条, 第1条, 一、, （一）, 1.1
 * sub-clauses, Article, Section, Clause, §, 1., (a)) and writes `samples/clauses/blind8/`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PdfWriter } from '../render-pdf.js';
import { createRng, type Rng } from '../prng.js';
import type { Lang } from '../variant-types.js';
import { FONTS, scanContract, type Footer } from './contract.js';
import type { ClauseSampleDocument, ExpectedClause } from './manifest.js';
import type { B8Clause, B8Pool } from './blind8-types.js';
import { EN_NEAR, EN_STANDARD, EN_UNUSUAL } from './blind8-text-en.js';
import { ZH_NEAR, ZH_STANDARD, ZH_UNUSUAL } from './blind8-text-zh.js';

export const BLIND8_SEED = 20261124;

export type B8Numbering =
  | 'zh-article' | 'zh-article-digits' | 'zh-section' | 'zh-paren' | 'zh-decimal'
  | 'en-article' | 'en-section' | 'en-clause' | 'en-para' | 'en-dot' | 'en-decimal' | 'en-letter';

interface Item { title: string; text: string; expect: 'standard' | 'unusual'; note?: string }

interface B8Contract {
  name: string; lang: Lang; numbering: B8Numbering; inlineHeadings: boolean; footer: Footer; runningHead?: string;
  scan: boolean; seed: number; rate: string; amount: number; months: number; items: Item[];
}

const ORDER = ['amount', 'term', 'rate', 'repayment', 'purpose', 'drawdown', 'security', 'prepay', 'reps', 'covenants', 'events', 'remedies', 'penalty', 'setoff', 'assignment', 'privacy', 'costs', 'notices', 'law', 'dispute', 'entire', 'special', 'counterparts', 'schedule'];
const REQUIRED = new Set(['amount', 'term', 'rate', 'repayment', 'purpose', 'events', 'remedies', 'penalty', 'notices', 'law', 'dispute']);
const NUMBERINGS: Record<Lang, B8Numbering[]> = {
  zh: ['zh-article', 'zh-article', 'zh-article', 'zh-article-digits', 'zh-article-digits', 'zh-section', 'zh-section', 'zh-paren', 'zh-paren', 'zh-paren', 'zh-decimal', 'zh-decimal'],
  en: ['en-article', 'en-article', 'en-section', 'en-section', 'en-clause', 'en-clause', 'en-para', 'en-para', 'en-dot', 'en-decimal', 'en-decimal', 'en-letter'],
};
const FOOTERS: Record<Lang, Footer[]> = { zh: ['zh-spaced', 'fraction', 'dash'], en: ['en-page-of', 'en-of', 'fraction'] };
const HEADS: Record<Lang, string[]> = { zh: ['合同编号：ZJNS-GR-2026-1124', '浙江农商联合银行 个人借款合同'], en: ['Loan Agreement Ref. PL/2026/1124', 'Pearl River Commercial Bank - Loan Agreement'] };
/** Unusual clauses per contract in each language: 10 contracts with some, 2 with none. */
const PER_CONTRACT: Record<Lang, number[]> = { zh: [3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 0, 0], en: [3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 0, 0] };
const SCANS: Record<Lang, number[]> = { zh: [2, 9], en: [4, 11] };

const ZH_NUM = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function zhOrdinal(n: number): string {
  if (n <= 10) return ZH_NUM[n] as string;
  if (n < 20) return `十${ZH_NUM[n - 10]}`;
  return `${ZH_NUM[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : ZH_NUM[n % 10]}`;
}

/** The clause number as printed and (what the manifest expects) as a segmenter should report it. */
export function b8Number(numbering: B8Numbering, n: number): { head: string; number: string } {
  const letter = String.fromCharCode(96 + n);
  switch (numbering) {
    case 'zh-article': case 'zh-decimal': return { head: `第${zhOrdinal(n)}条`, number: zhOrdinal(n) };
    case 'zh-article-digits': return { head: `第${n}条`, number: String(n) };
    case 'zh-section': return { head: `${zhOrdinal(n)}、`, number: zhOrdinal(n) };
    case 'zh-paren': return { head: `（${zhOrdinal(n)}）`, number: zhOrdinal(n) };
    case 'en-article': return { head: `Article ${n}`, number: String(n) };
    case 'en-section': return { head: `Section ${n}.`, number: String(n) };
    case 'en-clause': return { head: `Clause ${n}`, number: String(n) };
    case 'en-para': return { head: `§ ${n}`, number: String(n) };
    case 'en-dot': case 'en-decimal': return { head: `${n}.`, number: String(n) };
    case 'en-letter': return { head: `(${letter})`, number: letter };
  }
}

function headLine(numbering: B8Numbering, n: number, title: string): string {
  const { head } = b8Number(numbering, n);
  return numbering === 'zh-section' || numbering === 'zh-paren' ? `${head}${title}` : `${head} ${title}`;
}

function subclauses(text: string, zh: boolean): string[] {
  const parts = zh ? text.split(/(?<=。)/u) : text.split(/(?<=\.)\s+(?=[A-Z])/u);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

export function composeBlind8(rng: Rng): B8Contract[] {
  const out: B8Contract[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const std: B8Pool = lang === 'zh' ? ZH_STANDARD : EN_STANDARD;
    const near = lang === 'zh' ? ZH_NEAR : EN_NEAR;
    let odd: B8Clause[] = rng.shuffle(lang === 'zh' ? ZH_UNUSUAL : EN_UNUSUAL);
    const counts = rng.shuffle(PER_CONTRACT[lang]);
    const numberings = rng.shuffle(NUMBERINGS[lang]);
    for (let c = 0; c < 12; c++) {
      const used = new Map<string, Item>();
      for (let k = 0; k < (counts[c] as number); k++) {
        const i = odd.findIndex((o) => !used.has(o.topic));
        if (i < 0) throw new Error(`blind8: could not place an unusual clause in ${lang} contract ${c + 1}`);
        const o = odd[i] as B8Clause;
        odd = odd.filter((_, j) => j !== i);
        used.set(o.topic, { title: o.title, text: o.text, expect: 'unusual', note: o.note });
      }
      for (const n of rng.shuffle(near).filter((x) => !used.has(x.topic)).slice(0, 3)) used.set(n.topic, { title: n.title, text: n.text, expect: 'standard', note: n.note });
      const target = rng.int(15, 22);
      const optional = rng.shuffle(ORDER.filter((t) => !REQUIRED.has(t) && !used.has(t)));
      const chosen = new Set<string>([...REQUIRED, ...used.keys()]);
      for (const t of optional) if (chosen.size < target) chosen.add(t);
      const items = ORDER.filter((t) => chosen.has(t)).map((t) => used.get(t) ?? { ...rng.pick(std[t] as { title: string; text: string }[]), expect: 'standard' as const });
      const numbering = numberings[c] as B8Numbering;
      const scan = SCANS[lang].includes(c);
      out.push({
        name: `${lang}-${String(c + 1).padStart(2, '0')}-${numbering.replace(/^(zh|en)-/u, '')}${scan ? '-scan' : ''}`,
        lang, numbering, scan, items, seed: rng.int(1, 1e6),
        inlineHeadings: !numbering.endsWith('-decimal') && rng.chance(0.35),
        footer: rng.pick(FOOTERS[lang]),
        ...(rng.chance(0.5) ? { runningHead: rng.pick(HEADS[lang]) } : {}),
        rate: (3.3 + rng.int(0, 12) / 10).toFixed(2),
        amount: rng.pick([80_000, 150_000, 200_000, 300_000, 450_000, 600_000]),
        months: rng.pick([12, 24, 36, 60]),
      });
    }
    if (odd.length > 0) throw new Error(`blind8: ${odd.length} ${lang} unusual clauses left unplaced`);
  }
  return out;
}

async function renderBlind8(c: B8Contract, rng: Rng): Promise<Buffer> {
  const zh = c.lang === 'zh';
  const writer = new PdfWriter({
    font: rng.pick(FONTS[c.lang]), size: zh ? 11 : 10.5, margin: 62, lang: c.lang,
    title: zh ? '个人借款合同' : 'Loan Agreement',
    creationDate: new Date(Date.UTC(2026, 10, 24, 9, 0) + c.seed * 60_000), producer: 'docreview clause samples',
  });
  writer.heading(zh ? '个人借款合同' : 'LOAN AGREEMENT');
  const amount = c.amount.toLocaleString('en-US');
  const parties = zh
    ? ['贷款人（甲方）：浙江农商联合银行股份有限公司湖州分行', '借款人（乙方）：李秀英', '身份证号码：330502199007214326']
    : ['Lender: Pearl River Commercial Bank Co., Ltd., Guangzhou Branch', 'Borrower: Chen Mingzhi', 'ID No.: 440106198811030517'];
  for (const p of parties) writer.para(p);
  writer.gap(6);
  writer.para(zh ? '一、借款主要条款' : 'KEY TERMS', { bold: true });
  const terms = zh
    ? [`借款金额：人民币${amount}.00元`, `年利率：${c.rate}%`, `借款期限：${c.months}个月`, '还款方式：按月还款']
    : [`Principal: RMB ${amount}.00`, `Annual Interest Rate: ${c.rate}%`, `Term: ${c.months} months`, 'Repayment: monthly instalments'];
  for (const t of terms) writer.para(t);
  writer.gap(6);
  if (zh) writer.para('二、合同条款', { bold: true });
  c.items.forEach((clause, i) => {
    const head = headLine(c.numbering, i + 1, clause.title);
    if (c.numbering.endsWith('-decimal')) {
      writer.para(head, { bold: true, gap: 2 });
      subclauses(clause.text, zh).forEach((s, k) => writer.para(`${i + 1}.${k + 1}${zh ? '　' : ' '}${s}`, { align: 'justify', gap: 3 }));
    } else if (c.inlineHeadings) {
      writer.para(`${head}${zh ? '　' : '. '}${clause.text}`, { align: 'justify', gap: 4 });
    } else {
      writer.para(head, { bold: true, gap: 2 });
      writer.para(clause.text, { indent: zh ? 22 : 0, align: 'justify' });
    }
  });
  writer.para(zh ? '（以下无正文）' : '(Signature page follows.)', { align: 'center' });
  writer.ensure(120);
  writer.gap(16);
  const sign = zh ? ['贷款人（盖章）：', '负责人或授权代理人（签字）：', '借款人（签字）：', '签订日期：2026年11月24日'] : ['For the Lender (Seal):', 'Authorised Signatory:', 'Borrower (Signature):', 'Date: 24 November 2026'];
  for (const s of sign) writer.para(s, { gap: 10 });
  if (c.runningHead) {
    const range = writer.doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      writer.doc.switchToPage(range.start + i);
      const savedTop = writer.doc.page.margins.top;
      writer.doc.page.margins.top = 0;
      writer.doc.font('R').fontSize(8.5).text(c.runningHead, writer.left, 30, { width: writer.width, align: 'right', lineBreak: false });
      writer.doc.page.margins.top = savedTop;
    }
  }
  const footer = (page: number, total: number): string => {
    switch (c.footer) {
      case 'zh-spaced': return `第 ${page} 页 共 ${total} 页`;
      case 'fraction': return `${page}/${total}`;
      case 'dash': return `- ${page} -`;
      case 'en-page-of': return `Page ${page} of ${total}`;
      case 'en-of': return `${page} of ${total}`;
    }
  };
  return (await writer.finish(footer)).pdf;
}

/** Writes `<root>/blind8/`: the PDFs and manifest.json (a hand-written README.md survives). */
export async function writeBlind8(root: string): Promise<void> {
  const dir = path.join(root, 'blind8');
  const readme = path.join(dir, 'README.md');
  const keptReadme = existsSync(readme) ? readFileSync(readme) : undefined;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (keptReadme) writeFileSync(readme, keptReadme);
  const rng = createRng(BLIND8_SEED);
  const documents: ClauseSampleDocument[] = [];
  for (const c of composeBlind8(rng)) {
    const pdf = await renderBlind8(c, createRng(c.seed));
    const bytes = c.scan ? await scanContract(pdf, createRng(c.seed + 1)) : pdf;
    const file = `${c.name}.pdf`;
    writeFileSync(path.join(dir, file), bytes);
    const clauses: ExpectedClause[] = c.items.map((it, i) => ({ number: b8Number(c.numbering, i + 1).number, title: it.title, expect: it.expect, ...(it.note ? { note: it.note } : {}) }));
    documents.push({ file, lang: c.lang, form: c.scan ? 'scan' : 'text', numbering: c.numbering, inlineHeadings: c.inlineHeadings, clauses });
    process.stderr.write(`blind8/${file} ${bytes.length} bytes\n`);
  }
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ set: 'blind8', documents }, null, 2) + '\n');
}
