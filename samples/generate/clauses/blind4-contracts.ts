/**
 * Composes the fourth blind set from `blind4-phrasings.ts`: per language thirteen contracts of
 * 15–24 clauses in topic order (one clause per topic, as a real contract reads), four fully
 * standard and nine with two or three unusual clauses, each put in place of the standard clause
 * of its topic; every contract also carries at least one near-miss clause. One of each kind per
 * language is scanned.
 */
import type { Rng } from '../prng.js';
import { dealUnusual } from './blind-deal.js';
import type { Lang } from '../variant-types.js';
import type { Numbering } from './contract.js';
import { BLIND4_STANDARD_EN, BLIND4_STANDARD_ZH, BLIND4_TOPICS, BLIND4_UNUSUAL_EN, BLIND4_UNUSUAL_ZH, type Blind4Phrasing } from './blind4-phrasings.js';

export interface Blind4Contract {
  name: string;
  lang: Lang;
  clauses: Blind4Phrasing[];
  numbering: Numbering;
  inlineHeadings: boolean;
  scan: boolean;
}

/** Topics every loan contract has. */
const CORE = ['purpose', 'amount', 'rate', 'repayment', 'default', 'dispute', 'effectiveness'];
const STYLES: Record<Lang, { numbering: Numbering; inlineHeadings: boolean }[]> = {
  zh: [
    { numbering: 'zh-article', inlineHeadings: false }, { numbering: 'zh-decimal', inlineHeadings: false },
    { numbering: 'zh-article-digits', inlineHeadings: true }, { numbering: 'zh-section', inlineHeadings: false },
    { numbering: 'zh-article', inlineHeadings: true },
  ],
  en: [
    { numbering: 'en-decimal', inlineHeadings: false }, { numbering: 'en-article', inlineHeadings: true },
    { numbering: 'en-clause', inlineHeadings: false }, { numbering: 'en-section', inlineHeadings: false },
    { numbering: 'en-dot', inlineHeadings: false },
  ],
};
/** Unusual clauses per flagged contract; the last one is the scan. Sums to the 23 per language. */
const FLAG_SIZES = [3, 3, 3, 3, 3, 2, 2, 2, 2];
const STANDARD_ONLY = 4;

/** A contract of `size` clauses: the forced near miss, the unusual ones, core topics, then random topics. */
function compose(rng: Rng, pool: readonly Blind4Phrasing[], size: number, nearMiss: Blind4Phrasing, unusual: readonly Blind4Phrasing[]): Blind4Phrasing[] {
  const chosen = new Map<string, Blind4Phrasing>();
  for (const u of unusual) chosen.set(u.topic, u);
  if (!chosen.has(nearMiss.topic)) chosen.set(nearMiss.topic, nearMiss);
  const available = new Set(pool.map((p) => p.topic));
  const topics = [...CORE, ...rng.shuffle([...available].filter((t) => !CORE.includes(t)))];
  for (const t of topics) {
    if (chosen.size >= size) break;
    if (!chosen.has(t)) chosen.set(t, rng.pick(pool.filter((p) => p.topic === t)));
  }
  const order = (p: Blind4Phrasing): number => (BLIND4_TOPICS as readonly string[]).indexOf(p.topic);
  return [...chosen.values()].sort((a, b) => order(a) - order(b));
}

export function composeBlind4(rng: Rng): Blind4Contract[] {
  const out: Blind4Contract[] = [];
  for (const [lang, pool, unusual] of [['zh', BLIND4_STANDARD_ZH, BLIND4_UNUSUAL_ZH], ['en', BLIND4_STANDARD_EN, BLIND4_UNUSUAL_EN]] as const) {
    const unknown = [...pool, ...unusual].find((p) => !(BLIND4_TOPICS as readonly string[]).includes(p.topic));
    if (unknown) throw new Error(`Expected a topic from BLIND4_TOPICS, got \`${unknown.topic}\` (${unknown.title})`);
    const nearMisses = pool.filter((p) => p.nearMiss);
    const styles = STYLES[lang];
    let k = 0;
    const next = (name: string, clauses: Blind4Phrasing[], scan: boolean): void => {
      const style = scan ? { numbering: lang === 'zh' ? 'zh-article' as const : 'en-dot' as const, inlineHeadings: false } : styles[k % styles.length] as (typeof styles)[number];
      out.push({ name, lang, clauses, ...style, scan });
      k++;
    };
    for (let i = 0; i < STANDARD_ONLY; i++) {
      const scan = i === STANDARD_ONLY - 1;
      next(scan ? `scan-std-${lang}` : `std-${lang}-${i + 1}`, compose(rng, pool, scan ? 15 : rng.int(15, 24), nearMisses[k % nearMisses.length] as Blind4Phrasing, []), scan);
    }
    dealUnusual(rng, unusual, FLAG_SIZES).forEach((extra, i) => {
      const scan = i === FLAG_SIZES.length - 1;
      next(scan ? `scan-flags-${lang}` : `flags-${lang}-${i + 1}`, compose(rng, pool, scan ? 15 : rng.int(15, 24), nearMisses[k % nearMisses.length] as Blind4Phrasing, extra), scan);
    });
  }
  return out;
}
