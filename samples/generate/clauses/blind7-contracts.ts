/**
 * Composes the seventh blind clause set: 12 Chinese and 12 English contracts (two scans of each),
 * each a full set of standard clauses in contract order, three near-miss standard clauses, and 0–3
 * unusual ones (two contracts per language carry none). Unusual terms sit in numbered articles,
 * inside 1.1-style sub-clauses, in supplementary terms / special conditions and in a fee schedule.
 */
import type { Rng } from '../prng.js';
import type { Lang } from '../variant-types.js';
import { dealUnusual } from './blind-deal.js';
import { BLIND7_NEAR_EN, BLIND7_STANDARD_EN, BLIND7_UNUSUAL_EN } from './blind7-phrasings-en.js';
import { BLIND7_NEAR_ZH, BLIND7_STANDARD_ZH, BLIND7_UNUSUAL_ZH } from './blind7-phrasings-zh.js';
import type { Blind7Clause, Blind7Pool } from './blind7-types.js';
import type { Footer, Numbering } from './contract.js';

export interface Blind7Contract {
  name: string;
  lang: Lang;
  numbering: Numbering;
  inlineHeadings: boolean;
  footer: Footer;
  runningHead?: string;
  scan: boolean;
  clauses: { title: string; text: string; expect: string; note?: string }[];
}

/** Where each topic sits in a contract: supplementary terms and the fee schedule come last. */
const ORDER = ['purpose', 'amount', 'term', 'rate', 'calculation', 'fees', 'disbursement', 'repayment', 'payments', 'prepayment', 'currency', 'security', 'guarantee', 'insurance', 'accounts',
  'reps', 'covenants', 'credit-info', 'default', 'crossdefault', 'default-interest', 'setoff', 'costs', 'records', 'waiver', 'enforcement', 'assignment', 'changes', 'notices', 'dispute', 'law', 'effect', 'misc', 'supplementary', 'schedule'];
const CORE = ['purpose', 'term', 'rate', 'disbursement', 'repayment', 'prepayment', 'security', 'default', 'default-interest', 'notices', 'dispute', 'law', 'effect'];
const OPTIONAL = ['amount', 'reps', 'covenants', 'credit-info', 'assignment', 'changes', 'misc'];

const LAYOUT: Record<Lang, { numbering: Numbering; inlineHeadings: boolean; scan?: boolean }[]> = {
  zh: [
    { numbering: 'zh-article', inlineHeadings: false }, { numbering: 'zh-decimal', inlineHeadings: false }, { numbering: 'zh-article-digits', inlineHeadings: true },
    { numbering: 'zh-section', inlineHeadings: false }, { numbering: 'zh-article', inlineHeadings: false, scan: true }, { numbering: 'zh-decimal', inlineHeadings: false },
    { numbering: 'zh-article', inlineHeadings: true }, { numbering: 'zh-article-digits', inlineHeadings: false }, { numbering: 'zh-section', inlineHeadings: true },
    { numbering: 'zh-decimal', inlineHeadings: false }, { numbering: 'zh-decimal', inlineHeadings: false, scan: true }, { numbering: 'zh-article', inlineHeadings: false },
  ],
  en: [
    { numbering: 'en-clause', inlineHeadings: false }, { numbering: 'en-decimal', inlineHeadings: false }, { numbering: 'en-dot', inlineHeadings: false, scan: true },
    { numbering: 'en-article', inlineHeadings: true }, { numbering: 'en-section', inlineHeadings: false }, { numbering: 'en-decimal', inlineHeadings: false },
    { numbering: 'en-dot', inlineHeadings: true }, { numbering: 'en-clause', inlineHeadings: true }, { numbering: 'en-section', inlineHeadings: false, scan: true },
    { numbering: 'en-article', inlineHeadings: false }, { numbering: 'en-decimal', inlineHeadings: false }, { numbering: 'en-dot', inlineHeadings: false },
  ],
};
const FOOTERS: Record<Lang, Footer[]> = { zh: ['zh-spaced', 'fraction', 'dash'], en: ['en-page-of', 'en-of', 'fraction', 'dash'] };
const HEADS: Record<Lang, (string | undefined)[]> = {
  zh: ['合同编号：浙银个贷（2025）字第1142号', '个人综合消费借款合同（甲方留存）', '编号：XW-JK-2025-1142  第二版', undefined],
  en: ['Loan Agreement Ref. ECCB/HZ/RL/2025/1142', 'Consumer and Small Business Loan Agreement - Lender\'s Copy', 'Contract No. 2025-HZ-1142 (Version 2)', undefined],
};
/** Unusual clauses per contract, by language; two contracts of each carry none. */
const SIZES: Record<Lang, number[]> = { zh: [3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 0, 0], en: [3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0] };
const NEAR_PER_CONTRACT = 3;

function composeLanguage(rng: Rng, lang: Lang, pool: Blind7Pool, near: readonly Blind7Clause[], unusual: readonly Blind7Clause[]): Blind7Contract[] {
  const dealt = dealUnusual(rng, unusual, rng.shuffle(SIZES[lang]));
  let nearQueue = rng.shuffle(near);
  return LAYOUT[lang].map((layout, i) => {
    const odd = dealt[i]!;
    const taken = new Set(odd.map((u) => u.topic));
    const nearHere: Blind7Clause[] = [];
    for (let tries = 0; nearHere.length < NEAR_PER_CONTRACT && tries < near.length * 2; tries++) {
      // A fresh round stays queued behind the leftovers, so no contract runs out of topics it can take.
      if (nearQueue.length < near.length) nearQueue = [...nearQueue, ...rng.shuffle(near)];
      const candidate = nearQueue.shift()!;
      if (taken.has(candidate.topic)) nearQueue.push(candidate);
      else { nearHere.push(candidate); taken.add(candidate.topic); }
    }
    const topics = new Set([...CORE, ...rng.shuffle(OPTIONAL).slice(0, rng.int(1, 4)), ...taken]);
    const clauses = ORDER.filter((t) => topics.has(t)).map((topic) => {
      const u = odd.find((x) => x.topic === topic);
      if (u) return { title: u.title, text: u.text, expect: 'unusual', note: `${u.category ?? 'other'}: ${u.note}` };
      const n = nearHere.find((x) => x.topic === topic);
      if (n) return { title: n.title, text: n.text, expect: 'standard', note: n.note };
      const drafts = pool[topic];
      if (!drafts) throw new Error(`Expected a standard ${lang} draft for topic \`${topic}\`, got none`);
      // A one-way floating-rate clause needs an LPR-based rate clause before it.
      const fitting = topic === 'rate' && topics.has('calculation') ? drafts.filter((d) => /Prime|报价利率/u.test(d.text)) : drafts;
      const d = fitting[(i + rng.int(0, fitting.length - 1)) % fitting.length]!;
      return { title: d.title, text: d.text, expect: 'standard' };
    });
    const runningHead = rng.pick(HEADS[lang]);
    return {
      name: `b7-${lang}-${String(i + 1).padStart(2, '0')}${layout.scan ? '-scan' : ''}`, lang,
      numbering: layout.numbering, inlineHeadings: layout.inlineHeadings, footer: rng.pick(FOOTERS[lang]),
      ...(runningHead ? { runningHead } : {}), scan: layout.scan ?? false, clauses,
    };
  });
}

/** The 24 contracts of blind7, Chinese first. */
export function composeBlind7(rng: Rng): Blind7Contract[] {
  return [
    ...composeLanguage(rng.fork('zh'), 'zh', BLIND7_STANDARD_ZH, BLIND7_NEAR_ZH, BLIND7_UNUSUAL_ZH),
    ...composeLanguage(rng.fork('en'), 'en', BLIND7_STANDARD_EN, BLIND7_NEAR_EN, BLIND7_UNUSUAL_EN),
  ];
}
