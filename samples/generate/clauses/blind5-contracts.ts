/**
 * Composes the fifth blind set from `blind5-phrasings.ts`: per language twelve contracts of 15–24
 * clauses in topic order (one clause per topic), four fully standard and eight with two or three
 * unusual clauses, each put in place of the standard clause of its topic; every contract also
 * carries at least one near-miss clause. One of each kind per language is scanned.
 */
import type { Rng } from '../prng.js';
import { dealUnusual } from './blind-deal.js';
import type { Lang } from '../variant-types.js';
import type { Numbering } from './contract.js';
import { BLIND5_STANDARD_EN, BLIND5_STANDARD_ZH, BLIND5_TOPICS, BLIND5_UNUSUAL_EN, BLIND5_UNUSUAL_ZH, type Blind5Phrasing } from './blind5-phrasings.js';

export interface Blind5Contract {
  name: string;
  lang: Lang;
  clauses: Blind5Phrasing[];
  numbering: Numbering;
  inlineHeadings: boolean;
  scan: boolean;
}

/** Topics every loan contract has. */
const CORE = ['purpose', 'amount', 'rate', 'repayment', 'default', 'dispute', 'effectiveness'];
const STYLES: Record<Lang, { numbering: Numbering; inlineHeadings: boolean }[]> = {
  zh: [
    { numbering: 'zh-decimal', inlineHeadings: false }, { numbering: 'zh-article', inlineHeadings: false },
    { numbering: 'zh-section', inlineHeadings: false }, { numbering: 'zh-article-digits', inlineHeadings: true },
    { numbering: 'zh-article', inlineHeadings: true },
  ],
  en: [
    { numbering: 'en-clause', inlineHeadings: false }, { numbering: 'en-decimal', inlineHeadings: false },
    { numbering: 'en-section', inlineHeadings: false }, { numbering: 'en-article', inlineHeadings: true },
    { numbering: 'en-dot', inlineHeadings: false },
  ],
};
/** A plain-language clause (Chinese clauses never match). */
const PLAIN = /\b(you|your|we|us|our)\b/iu;
/** Unusual clauses per flagged contract; the last one is the scan. Sums to the 21 per language. */
const FLAG_SIZES = [3, 3, 3, 3, 3, 2, 2, 2];
const STANDARD_ONLY = 4;

/** A contract of `size` clauses: the unusual ones, a near miss on a free topic, core topics, then random topics. */
function compose(rng: Rng, pool: readonly Blind5Phrasing[], size: number, nearMisses: readonly Blind5Phrasing[], unusual: readonly Blind5Phrasing[]): Blind5Phrasing[] {
  const chosen = new Map<string, Blind5Phrasing>();
  for (const u of unusual) chosen.set(u.topic, u);
  const near = nearMisses.find((n) => !chosen.has(n.topic));
  if (!near) throw new Error('Expected a near miss on a topic not taken by an unusual clause');
  chosen.set(near.topic, near);
  // English contracts keep one register (plain `you/we` or formal `the Borrower`) where the pool allows.
  const plain = (p: Blind5Phrasing): boolean => PLAIN.test(p.text);
  const votes = unusual.length > 0 ? unusual.filter(plain).length * 2 - unusual.length : rng.int(0, 1) * 2 - 1;
  const wantPlain = votes > 0 || (votes === 0 && rng.chance(0.5));
  const available = new Set(pool.map((p) => p.topic));
  const topics = [...CORE, ...rng.shuffle([...available].filter((t) => !CORE.includes(t)))];
  for (const t of topics) {
    if (chosen.size >= size) break;
    if (chosen.has(t)) continue;
    const extraNear = rng.chance(0.3);
    const options = pool.filter((p) => p.topic === t && (extraNear || !p.nearMiss));
    const fitting = options.filter((p) => plain(p) === wantPlain);
    chosen.set(t, rng.pick(fitting.length > 0 ? fitting : options.length > 0 ? options : pool.filter((p) => p.topic === t)));
  }
  const order = (p: Blind5Phrasing): number => (BLIND5_TOPICS as readonly string[]).indexOf(p.topic);
  return [...chosen.values()].sort((a, b) => order(a) - order(b));
}

export function composeBlind5(rng: Rng): Blind5Contract[] {
  const out: Blind5Contract[] = [];
  for (const [lang, pool, unusual] of [['zh', BLIND5_STANDARD_ZH, BLIND5_UNUSUAL_ZH], ['en', BLIND5_STANDARD_EN, BLIND5_UNUSUAL_EN]] as const) {
    const unknown = [...pool, ...unusual].find((p) => !(BLIND5_TOPICS as readonly string[]).includes(p.topic));
    if (unknown) throw new Error(`Expected a topic from BLIND5_TOPICS, got \`${unknown.topic}\` (${unknown.title})`);
    const nearMisses = pool.filter((p) => p.nearMiss);
    const styles = STYLES[lang];
    let k = 0;
    /** Near misses rotated so each contract starts its search at a different one. */
    const rotated = (): Blind5Phrasing[] => nearMisses.map((_, i) => nearMisses[(k + i) % nearMisses.length] as Blind5Phrasing);
    const next = (name: string, clauses: Blind5Phrasing[], scan: boolean): void => {
      const style = scan ? { numbering: lang === 'zh' ? 'zh-article' as const : 'en-dot' as const, inlineHeadings: false } : styles[k % styles.length] as (typeof styles)[number];
      out.push({ name, lang, clauses, ...style, scan });
      k++;
    };
    for (let i = 0; i < STANDARD_ONLY; i++) {
      const scan = i === STANDARD_ONLY - 1;
      next(scan ? `scan-std-${lang}` : `std-${lang}-${i + 1}`, compose(rng, pool, scan ? 15 : rng.int(15, 24), rotated(), []), scan);
    }
    dealUnusual(rng, unusual, FLAG_SIZES).forEach((extra, i) => {
      const scan = i === FLAG_SIZES.length - 1;
      next(scan ? `scan-flags-${lang}` : `flags-${lang}-${i + 1}`, compose(rng, pool, scan ? 15 : rng.int(15, 24), rotated(), extra), scan);
    });
  }
  return out;
}
