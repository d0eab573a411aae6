/**
 * The ninth blind clause-review set, `samples/clauses/blind9/`: 24 loan contracts (12 zh, 12 en, four
 * of them scans) assembled from `blind9-text-{zh,en}.ts`, rendered here (numbering styles （一）, §, (a)
 * and decimal sub-clauses are drawn by this file, not `contract.ts`), with `manifest.json`.
 * Run: npx tsx samples/generate/clauses/blind9-contracts.ts   (needs the CJK and Liberation fonts, pdftoppm)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PdfWriter } from '../render-pdf.js';
import { createRng, type Rng } from '../prng.js';
import type { Lang } from '../variant-types.js';
import { FONTS, scanContract } from './contract.js';
import { EN_STANDARD, EN_UNUSUAL } from './blind9-text-en.js';
import { ZH_STANDARD, ZH_UNUSUAL } from './blind9-text-zh.js';
import type { Blind9Clause, Blind9Pool } from './blind9-types.js';

export const BLIND9_SEED = 20261209;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../clauses/blind9');

export type Blind9Numbering = 'zh-article' | 'zh-article-digits' | 'zh-section' | 'zh-paren' | 'zh-decimal'
  | 'en-article' | 'en-section' | 'en-clause' | 'en-para' | 'en-dot' | 'en-decimal' | 'en-letter';

const ORDER = ['definitions', 'amount', 'term', 'purpose', 'rate', 'interest-calc', 'drawdown-conditions', 'drawdown', 'repayment', 'prepayment',
  'security', 'reps', 'covenants', 'lender-rights', 'default-events', 'acceleration', 'default-interest', 'setoff', 'costs', 'assignment',
  'personal-info', 'notices', 'governing-law', 'dispute', 'effectiveness', 'other', 'fees-schedule'];
const PLAIN = /\b(you|we|our)\b/iu;
const CORE = new Set(['amount', 'term', 'purpose', 'rate', 'repayment', 'default-events', 'default-interest', 'dispute']);

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export function zhOrdinal(n: number): string {
  if (n < 10) return ZH_DIGITS[n] as string;
  if (n < 20) return `十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  return `${ZH_DIGITS[Math.floor(n / 10)]}十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
}

/** The number a segmenter should report for clause n. */
export function expectedNumber(numbering: Blind9Numbering, n: number): string {
  if (numbering === 'zh-article' || numbering === 'zh-section' || numbering === 'zh-paren' || numbering === 'zh-decimal') return zhOrdinal(n);
  if (numbering === 'en-letter') return String.fromCharCode(96 + n);
  return String(n);
}

/** Heading styles: several ways of printing the same number and title. */
function heading(numbering: Blind9Numbering, n: number, title: string, style: number): string {
  const upper = style === 1 ? title.toUpperCase() : title;
  switch (numbering) {
    case 'zh-article': case 'zh-decimal': return [`第${zhOrdinal(n)}条 ${title}`, `第${zhOrdinal(n)}条　${title}`, `第${zhOrdinal(n)}条【${title}】`][style % 3] as string;
    case 'zh-article-digits': return [`第${n}条 ${title}`, `第${n}条　${title}`, `第 ${n} 条 ${title}`][style % 3] as string;
    case 'zh-section': return `${zhOrdinal(n)}、${title}`;
    case 'zh-paren': return `（${zhOrdinal(n)}）${title}`;
    case 'en-article': return [`Article ${n} ${title}`, `ARTICLE ${n} - ${upper}`, `Article ${n}: ${title}`][style % 3] as string;
    case 'en-section': return [`Section ${n}. ${title}`, `SECTION ${n}. ${upper}`, `Section ${n} - ${title}`][style % 3] as string;
    case 'en-clause': return [`Clause ${n} ${title}`, `CLAUSE ${n} ${upper}`, `Clause ${n} — ${title}`][style % 3] as string;
    case 'en-para': return [`§ ${n} ${title}`, `§ ${n}. ${upper}`, `§${n} ${title}`][style % 3] as string;
    case 'en-dot': case 'en-decimal': return [`${n}. ${title}`, `${n}. ${upper}`, `${n}.  ${title}`][style % 3] as string;
    case 'en-letter': return [`(${String.fromCharCode(96 + n)}) ${title}`, `(${String.fromCharCode(96 + n)}) ${upper}`, `(${String.fromCharCode(96 + n)})  ${title}`][style % 3] as string;
  }
}

/** A clause's sentences, each printed as its own sub-clause in the decimal styles. */
export function sentences(text: string, zh: boolean): string[] {
  const parts = zh ? text.split(/(?<=。)/u) : text.split(/(?<=[.])\s+(?=[A-Z(])/u);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

interface Deal { lender: string; borrower: string; id: string; values: Record<string, string>; keyTerms: string[] }

const ZH_LENDERS = ['江南农村商业银行股份有限公司', '华东商业银行股份有限公司杭州分行', '鲁中银行股份有限公司淄博分行', '川西农村信用合作联社', '海峡商业银行股份有限公司福州分行', '北部湾银行股份有限公司南宁分行'];
const ZH_BORROWERS = ['李秀兰', '陈志强', '赵海燕', '刘国庆', '周明', '孙丽娟', '吴建华', '郑小东', '黄春梅', '马卫国', '何静', '高德胜'];
const ZH_AMOUNTS = ['人民币叁拾万元整（¥300,000.00）', '人民币伍拾万元整（¥500,000.00）', '人民币壹拾伍万元整（¥150,000.00）', '人民币捌拾万元整（¥800,000.00）', '人民币贰拾万元整（¥200,000.00）'];
const ZH_PURPOSES = ['经营的农资店采购化肥、种子', '经营的餐饮门店装修及设备购置', '家庭装修', '购买自用家用轿车', '养殖场扩建及购买种苗', '经营的五金批发店进货'];
const ZH_CITIES = ['杭州市西湖区', '淄博市张店区', '成都市郫都区', '福州市鼓楼区', '南宁市青秀区'];
const EN_LENDERS = ['Harbourside Bank (Hong Kong) Limited', 'Straits Commercial Bank Ltd', 'Northgate Building Society', 'East China Commercial Bank Co., Ltd., Shanghai Branch', 'Pennine Business Finance plc', 'Lion City Credit Pte. Ltd.'];
const EN_BORROWERS = ['Chan Tai Man', 'Tan Wei Ling', 'Oliver Grant', 'Zhou Lei', 'Hartley Joinery Ltd', 'Siti Rahman', 'Wong Kar Fai', 'Emma Clarke', 'Liu Yang Trading Co., Ltd.', 'Ng Boon Huat', 'Priya Sharma', 'Redfern Bakery Ltd'];
const EN_PLACES: readonly { city: string; law: string; cur: string; far: string }[] = [
  { city: 'Hong Kong', law: 'the Hong Kong Special Administrative Region', cur: 'HK$', far: 'Nairobi' },
  { city: 'Singapore', law: 'the Republic of Singapore', cur: 'S$', far: 'Port Louis' },
  { city: 'Leeds', law: 'England and Wales', cur: '£', far: 'Panama City' },
  { city: 'Shanghai', law: 'the People\'s Republic of China', cur: 'RMB ', far: 'Ulaanbaatar' },
];
const EN_PURPOSES = ['the purchase of a motor vehicle for the Borrower\'s personal use', 'working capital of the Borrower\'s business', 'the refurbishment of the Borrower\'s residential property', 'the purchase of equipment for the Borrower\'s bakery', 'the payment of tuition fees'];

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{([A-Z_]+)\}/gu, (_, k: string) => {
    const v = values[k];
    if (v === undefined) throw new Error(`No value for {${k}}`);
    return v;
  });
}

function deal(lang: Lang, i: number, rng: Rng): Deal {
  const term = rng.pick(['12', '24', '36', '60']);
  const rate = rng.pick(['3.45', '3.85', '4.20', '4.35', '4.90', '5.60']);
  if (lang === 'zh') {
    const amount = rng.pick(ZH_AMOUNTS);
    const values = { AMOUNT: amount, TERM: term, RATE: rate, PURPOSE: rng.pick(ZH_PURPOSES), GUARANTOR: rng.pick(['借款人之兄李建军', '某融资担保有限公司', '借款人配偶']), CITY: rng.pick(ZH_CITIES), LAND: String(rng.int(8, 40)) };
    return {
      lender: ZH_LENDERS[i % ZH_LENDERS.length] as string, borrower: ZH_BORROWERS[i] as string, id: `3701${rng.int(10, 99)}19${rng.int(60, 99)}0${rng.int(1, 9)}1${rng.int(1, 9)}${rng.int(1000, 9999)}`,
      values, keyTerms: [`借款金额：${amount}`, `借款期限：${term}个月`, `借款利率：按本合同约定执行`, `合同编号：JK-${2025}-${rng.int(10000, 99999)}`],
    };
  }
  const place = EN_PLACES[i % EN_PLACES.length] as (typeof EN_PLACES)[number];
  const principal = rng.pick([80_000, 150_000, 250_000, 400_000, 60_000]);
  const amount = `${place.cur}${principal.toLocaleString('en-GB')}`;
  const values = {
    AMOUNT: amount, TERM: term, RATE: rate, APR: (Number(rate) + 0.3).toFixed(1), CITY: place.city, LAW: place.law, FARCITY: place.far,
    PURPOSE_EN: rng.pick(EN_PURPOSES), GUARANTOR_EN: rng.pick(['the Borrower\'s director, Mr Lee', 'the Borrower\'s spouse', 'Ms Ho Mei Ling']),
    MINPREPAY: `${place.cur}10,000`, LATEFEE: `${place.cur}${place.cur === '£' ? '12' : '150'}`, ARRFEE: `${place.cur}${Math.round(principal * 0.005).toLocaleString('en-GB')}`, DUPFEE: `${place.cur}${place.cur === '£' ? '10' : '50'}`,
    LAND: String(rng.int(8, 40)),
  };
  return {
    lender: EN_LENDERS[i % EN_LENDERS.length] as string, borrower: EN_BORROWERS[i] as string, id: `Ref. ${rng.int(100000, 999999)}`,
    values, keyTerms: [`Loan Amount: ${amount}`, `Term: ${term} months`, `Interest: as set out in this Agreement`, `Agreement No.: LA/${2025}/${rng.int(1000, 9999)}`],
  };
}

interface Plan { name: string; lang: Lang; numbering: Blind9Numbering; inline: boolean; scan: boolean; unusual: number }

const ZH_PLAN: readonly Omit<Plan, 'name' | 'lang'>[] = [
  { numbering: 'zh-article', inline: false, scan: false, unusual: 3 },
  { numbering: 'zh-paren', inline: false, scan: false, unusual: 2 },
  { numbering: 'zh-section', inline: true, scan: false, unusual: 0 },
  { numbering: 'zh-decimal', inline: false, scan: false, unusual: 3 },
  { numbering: 'zh-article-digits', inline: false, scan: true, unusual: 2 },
  { numbering: 'zh-paren', inline: true, scan: false, unusual: 2 },
  { numbering: 'zh-article', inline: true, scan: false, unusual: 3 },
  { numbering: 'zh-article-digits', inline: true, scan: false, unusual: 0 },
  { numbering: 'zh-decimal', inline: false, scan: false, unusual: 2 },
  { numbering: 'zh-section', inline: false, scan: false, unusual: 3 },
  { numbering: 'zh-paren', inline: false, scan: true, unusual: 2 },
  { numbering: 'zh-article', inline: false, scan: false, unusual: 2 },
];
const EN_PLAN: readonly Omit<Plan, 'name' | 'lang'>[] = [
  { numbering: 'en-clause', inline: false, scan: false, unusual: 2 },
  { numbering: 'en-para', inline: false, scan: false, unusual: 3 },
  { numbering: 'en-decimal', inline: false, scan: false, unusual: 0 },
  { numbering: 'en-article', inline: true, scan: false, unusual: 2 },
  { numbering: 'en-letter', inline: false, scan: false, unusual: 3 },
  { numbering: 'en-section', inline: false, scan: true, unusual: 2 },
  { numbering: 'en-dot', inline: true, scan: false, unusual: 2 },
  { numbering: 'en-clause', inline: true, scan: false, unusual: 3 },
  { numbering: 'en-article', inline: false, scan: false, unusual: 0 },
  { numbering: 'en-decimal', inline: false, scan: false, unusual: 2 },
  { numbering: 'en-para', inline: true, scan: false, unusual: 3 },
  { numbering: 'en-section', inline: false, scan: true, unusual: 2 },
];

/** Random placement, retried until no contract gets two unusual clauses on one topic. */
function placeUnusual(rng: Rng, plans: readonly { unusual: number }[], odd: readonly Blind9Clause[]): Blind9Clause[][] {
  for (let attempt = 0; attempt < 500; attempt++) {
    const queue = rng.shuffle([...odd]);
    const assigned: Blind9Clause[][] = plans.map(() => []);
    let ok = true;
    for (const c of queue) {
      const open = plans.map((_, i) => i).filter((i) => assigned[i]!.length < plans[i]!.unusual && !assigned[i]!.some((a) => a.topic === c.topic));
      if (open.length === 0) { ok = false; break; }
      const fewest = Math.min(...open.map((i) => assigned[i]!.length));
      assigned[rng.pick(open.filter((i) => assigned[i]!.length === fewest))]!.push(c);
    }
    if (ok) return assigned;
  }
  throw new Error('could not place the unusual clauses');
}

export interface Blind9Contract { plan: Plan; deal: Deal; clauses: Blind9Clause[]; headingStyle: number; font: (typeof FONTS)['zh'][number] }

/** Hands each contract its unusual clauses (no two on one topic), then fills the other topics with standard wordings. */
export function composeBlind9(): Blind9Contract[] {
  const rng = createRng(BLIND9_SEED);
  const out: Blind9Contract[] = [];
  for (const [lang, plans, pool, odd] of [['zh', ZH_PLAN, ZH_STANDARD, ZH_UNUSUAL], ['en', EN_PLAN, EN_STANDARD, EN_UNUSUAL]] as const) {
    const assigned = placeUnusual(rng, plans, odd);
    plans.forEach((p, i) => {
      const plan: Plan = { ...p, lang, name: `${lang}-${String(i + 1).padStart(2, '0')}-${p.numbering.replace(/^(zh|en)-/u, '')}${p.scan ? '-scan' : ''}` };
      const d = deal(lang, i, rng);
      const mine = assigned[i]!;
      const target = rng.int(15, 22);
      // English contracts are either plain (you/we) or formal (the Borrower); Chinese ones mix freely.
      const plain = lang === 'en' && (mine.some((m) => PLAIN.test(m.text)) || (mine.every((m) => !/the (Borrower|Customer)/u.test(m.text)) && rng.chance(0.35)));
      const required = new Set([...CORE, ...mine.map((m) => m.topic)]);
      let topics = ORDER.filter((t) => pool[t] !== undefined);
      while (topics.length > target) {
        const optional = topics.filter((t) => !required.has(t));
        const drop = rng.pick(optional);
        topics = topics.filter((t) => t !== drop);
      }
      const clauses = topics.map((topic): Blind9Clause => {
        const u = mine.find((m) => m.topic === topic);
        if (u) return { ...u, text: fill(u.text, d.values) };
        const all = (pool as Blind9Pool)[topic]!;
        const same = all.filter((x) => PLAIN.test(x.text) === plain);
        const w = rng.pick(lang === 'en' && same.length > 0 ? same : all);
        return { topic, title: w.title, text: fill(w.text, d.values), expect: 'standard', ...(w.note ? { note: w.note } : {}) };
      });
      out.push({ plan, deal: d, clauses, headingStyle: rng.int(0, 2), font: rng.pick(FONTS[lang]) });
    });
  }
  return out;
}

async function render(c: Blind9Contract, seed: number): Promise<Buffer> {
  const zh = c.plan.lang === 'zh';
  const business = c.clauses.some((x) => /经营|business|Borrower's business|working capital/u.test(x.text));
  const title = zh ? (business ? '个人经营性借款合同' : '个人借款合同') : (c.plan.name.includes('para') || c.plan.name.includes('letter') ? 'LOAN AGREEMENT' : 'Personal Loan Agreement');
  const writer = new PdfWriter({ font: c.font, size: zh ? 10.5 : 10, margin: 60, lang: c.plan.lang, title, creationDate: new Date(Date.UTC(2025, 8, 1, 9, 0) + seed * 60_000), producer: 'docreview clause samples' });
  writer.heading(title);
  const parties = zh
    ? [`贷款人：${c.deal.lender}`, `借款人：${c.deal.borrower}`, `身份证号码：${c.deal.id}`]
    : [`THIS AGREEMENT is made between ${c.deal.lender} (the "Lender") and ${c.deal.borrower} (the "Borrower").`, c.deal.id];
  for (const p of parties) writer.para(p);
  writer.gap(6);
  writer.para(zh ? '一、借款主要条款' : 'KEY FACTS', { bold: true });
  for (const t of c.deal.keyTerms) writer.para(t);
  writer.gap(6);
  if (zh) writer.para('二、合同条款', { bold: true });
  c.clauses.forEach((clause, i) => {
    const head = heading(c.plan.numbering, i + 1, clause.title, c.headingStyle);
    if (c.plan.numbering.endsWith('-decimal')) {
      writer.para(head, { bold: true, gap: 2 });
      sentences(clause.text, zh).forEach((s, k) => writer.para(`${i + 1}.${k + 1}${zh ? '　' : ' '}${s}`, { align: 'justify', gap: 3 }));
    } else if (c.plan.inline) {
      writer.para(`${head}${zh ? '　' : '. '}${clause.text}`, { align: 'justify', gap: 4 });
    } else {
      writer.para(head, { bold: true, gap: 2 });
      writer.para(clause.text, { indent: zh ? 21 : 0, align: 'justify' });
    }
  });
  writer.para(zh ? '（以下无正文）' : 'IN WITNESS WHEREOF the parties have signed this Agreement on the date first written above.', { align: zh ? 'center' : 'left' });
  writer.ensure(120);
  writer.gap(16);
  const sign = zh ? ['贷款人（盖章）：', '负责人或授权代理人（签字）：', '借款人（签字并按手印）：', '签订日期：2025年9月1日'] : ['Signed for and on behalf of the Lender:', 'Signed by the Borrower:', 'Date: 1 September 2025'];
  for (const s of sign) writer.para(s, { gap: 10 });
  const footers = zh ? [(p: number, t: number) => `第 ${p} 页 共 ${t} 页`, (p: number, t: number) => `第${p}页/共${t}页`, (p: number) => `- ${p} -`] : [(p: number, t: number) => `Page ${p} of ${t}`, (p: number, t: number) => `${p}/${t}`, (p: number) => `- ${p} -`];
  const footer = footers[seed % footers.length]!;
  return (await writer.finish((p, t) => footer(p, t))).pdf;
}

export async function writeBlind9(): Promise<void> {
  const readme = path.join(ROOT, 'README.md');
  const kept = existsSync(readme) ? readFileSync(readme) : undefined;
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  if (kept) writeFileSync(readme, kept);
  const documents = [];
  let seed = 0;
  for (const c of composeBlind9()) {
    seed++;
    const pdf = await render(c, seed);
    const bytes = c.plan.scan ? await scanContract(pdf, createRng(BLIND9_SEED + seed)) : pdf;
    const file = `${c.plan.name}.pdf`;
    writeFileSync(path.join(ROOT, file), bytes);
    documents.push({
      file, lang: c.plan.lang, form: c.plan.scan ? 'scan' : 'text', numbering: c.plan.numbering, inlineHeadings: c.plan.inline,
      clauses: c.clauses.map((x, i) => ({ number: expectedNumber(c.plan.numbering, i + 1), title: x.title, text: x.text, expect: x.expect, ...(x.note ? { note: x.note } : {}) })),
    });
    process.stderr.write(`blind9/${file} ${bytes.length} bytes\n`);
  }
  writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify({ set: 'blind9', documents }, null, 2) + '\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await writeBlind9();
