/**
 * Composes the sixth blind clause set: 12 Chinese and 12 English contracts, each a full set of
 * standard clauses in contract order, about three near-miss standard clauses, and 0–3 unusual ones
 * (two contracts per language carry none). Every clause keeps its label and, where not plain, why.
 */
import type { Rng } from '../prng.js';
import type { Lang } from '../variant-types.js';
import { dealUnusual } from './blind-deal.js';
import { BLIND6_NEAR_EN, BLIND6_STANDARD_EN, BLIND6_UNUSUAL_EN } from './blind6-phrasings-en.js';
import { BLIND6_NEAR_ZH, BLIND6_STANDARD_ZH, BLIND6_UNUSUAL_ZH } from './blind6-phrasings-zh.js';
import type { Blind6Clause, Blind6Pool } from './blind6-types.js';
import type { Footer, Numbering } from './contract.js';

export interface Blind6Contract {
  name: string;
  lang: Lang;
  numbering: Numbering;
  inlineHeadings: boolean;
  footer: Footer;
  runningHead?: string;
  scan: boolean;
  clauses: { title: string; text: string; expect: string; note?: string }[];
}

/** Where each topic sits in a contract. */
const ORDER = ['purpose', 'amount', 'term', 'renewal', 'rate', 'calculation', 'fees', 'disbursement', 'repayment', 'payments', 'prepayment', 'security', 'land', 'deposit', 'wages', 'currency',
  'reps', 'covenants', 'lender', 'credit-info', 'default', 'crossdefault', 'default-interest', 'setoff', 'waiver', 'records', 'assignment', 'changes', 'notices', 'notarization', 'dispute', 'law', 'effect', 'misc'];
const CORE = ['purpose', 'term', 'rate', 'disbursement', 'repayment', 'prepayment', 'security', 'default', 'default-interest', 'notices', 'dispute', 'law', 'effect'];
const OPTIONAL = ['amount', 'reps', 'covenants', 'lender', 'fees', 'credit-info', 'assignment', 'changes', 'misc'];

const LAYOUT: Record<Lang, { numbering: Numbering; inlineHeadings: boolean; scan?: boolean }[]> = {
  zh: [
    { numbering: 'zh-article', inlineHeadings: false }, { numbering: 'zh-article', inlineHeadings: true }, { numbering: 'zh-article', inlineHeadings: false, scan: true },
    { numbering: 'zh-article-digits', inlineHeadings: false }, { numbering: 'zh-article-digits', inlineHeadings: true }, { numbering: 'zh-article-digits', inlineHeadings: false },
    { numbering: 'zh-section', inlineHeadings: false }, { numbering: 'zh-section', inlineHeadings: true }, { numbering: 'zh-section', inlineHeadings: false, scan: true },
    { numbering: 'zh-decimal', inlineHeadings: false }, { numbering: 'zh-decimal', inlineHeadings: false }, { numbering: 'zh-decimal', inlineHeadings: false },
  ],
  en: [
    { numbering: 'en-dot', inlineHeadings: false }, { numbering: 'en-dot', inlineHeadings: true }, { numbering: 'en-dot', inlineHeadings: false, scan: true },
    { numbering: 'en-article', inlineHeadings: false }, { numbering: 'en-article', inlineHeadings: true },
    { numbering: 'en-section', inlineHeadings: false }, { numbering: 'en-section', inlineHeadings: true }, { numbering: 'en-section', inlineHeadings: false },
    { numbering: 'en-clause', inlineHeadings: false }, { numbering: 'en-clause', inlineHeadings: true },
    { numbering: 'en-decimal', inlineHeadings: false }, { numbering: 'en-decimal', inlineHeadings: false },
  ],
};
const FOOTERS: Record<Lang, Footer[]> = { zh: ['zh-spaced', 'fraction', 'dash'], en: ['en-page-of', 'en-of', 'fraction', 'dash'] };
const HEADS: Record<Lang, (string | undefined)[]> = {
  zh: ['合同编号：GRJK-2025-08-0317', '个人借款合同（借款人留存联）', '编号：杭分个贷字2025第0817号', undefined],
  en: ['Agreement No. PLA/2025/0817', 'Personal Loan Agreement - Borrower\'s Copy', 'Ref. HZ-RL-25-0317 (Confidential)', undefined],
};
/** Unusual clauses per contract, by language; two contracts of each carry none. */
const SIZES = [3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0];
const NEAR_PER_CONTRACT = 3;

function composeLanguage(rng: Rng, lang: Lang, pool: Blind6Pool, near: readonly Blind6Clause[], unusual: readonly Blind6Clause[]): Blind6Contract[] {
  const sizes = rng.shuffle(SIZES);
  const dealt = dealUnusual(rng, unusual, sizes);
  let nearQueue = rng.shuffle(near);
  return LAYOUT[lang].map((layout, i) => {
    const odd = dealt[i]!;
    const taken = new Set(odd.map((u) => u.topic));
    const nearHere: Blind6Clause[] = [];
    for (let tries = 0; nearHere.length < NEAR_PER_CONTRACT && tries < near.length * 2; tries++) {
      // Keep a whole fresh round queued behind the leftovers, so a contract never runs out of topics it can take.
      if (nearQueue.length < near.length) nearQueue = [...nearQueue, ...rng.shuffle(near)];
      const candidate = nearQueue.shift()!;
      if (taken.has(candidate.topic)) nearQueue.push(candidate);
      else { nearHere.push(candidate); taken.add(candidate.topic); }
    }
    const topics = new Set([...CORE, ...rng.shuffle(OPTIONAL).slice(0, rng.int(1, 4)), ...taken]);
    const clauses = ORDER.filter((t) => topics.has(t)).map((topic) => {
      const u = odd.find((x) => x.topic === topic);
      if (u) return { title: u.title, text: u.text, expect: 'unusual', note: u.note };
      const n = nearHere.find((x) => x.topic === topic);
      if (n) return { title: n.title, text: n.text, expect: 'standard', note: n.note };
      const drafts = pool[topic];
      if (!drafts) throw new Error(`Expected a standard ${lang} draft for topic \`${topic}\`, got none`);
      const d = drafts[(i + rng.int(0, drafts.length - 1)) % drafts.length]!;
      return { title: d.title, text: d.text, expect: 'standard' };
    });
    const runningHead = rng.pick(HEADS[lang]);
    return {
      name: `b6-${lang}-${String(i + 1).padStart(2, '0')}${layout.scan ? '-scan' : ''}`, lang,
      numbering: layout.numbering, inlineHeadings: layout.inlineHeadings, footer: rng.pick(FOOTERS[lang]),
      ...(runningHead ? { runningHead } : {}), scan: layout.scan ?? false, clauses,
    };
  });
}

/** The 24 contracts of blind6, Chinese first. */
export function composeBlind6(rng: Rng): Blind6Contract[] {
  return [
    ...composeLanguage(rng.fork('zh'), 'zh', BLIND6_STANDARD_ZH, BLIND6_NEAR_ZH, BLIND6_UNUSUAL_ZH),
    ...composeLanguage(rng.fork('en'), 'en', BLIND6_STANDARD_EN, BLIND6_NEAR_EN, BLIND6_UNUSUAL_EN),
  ];
}
