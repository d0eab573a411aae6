/**
 * Writes the clause-review samples: `samples/clauses/dev/` (what the rules and the threshold were
 * tuned on; tests use it) and `samples/clauses/holdout/` (built from `holdout-phrasings.ts`, for
 * `scripts/measure-clauses.ts` only) and `samples/clauses/blind2/` (from `blind2-phrasings.ts`, the
 * second blind set of issue #5) and `samples/clauses/blind3/` (from `blind3-phrasings.ts`, the third)
 * and `samples/clauses/blind4/` (from `blind4-phrasings.ts` via `blind4-contracts.ts`, the fourth),
 * and `samples/clauses/blind5/` (from `blind5-phrasings.ts` via `blind5-contracts.ts`, the fifth),
 * and `samples/clauses/blind6/` (from `blind6-phrasings-{zh,en}.ts` via `blind6-contracts.ts`, the sixth),
 * and `samples/clauses/blind7/` (from `blind7-phrasings-{zh,en}.ts` via `blind7-contracts.ts`, the seventh),
 * and `samples/clauses/blind8/` (from `blind8-text-{zh,en}.ts`, assembled and rendered by `blind8-contracts.ts`, the eighth),
 * each with a `manifest.json` of expected clauses.
 * Run: npx tsx samples/generate/clauses/index.ts [dev|holdout|blind2|blind3|blind4|blind5|blind6|blind7|blind8]   (all sets when none is named;
 * needs the CJK and Liberation fonts, pdftoppm)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clauseLibrary } from '../clauses.js';
import { createRng, type Rng } from '../prng.js';
import type { Lang } from '../variant-types.js';
import { FONTS, renderContract, scanContract, type ContractSpec, type Footer, type Numbering } from './contract.js';
import { DEV_RED_FLAGS_EN, DEV_RED_FLAGS_ZH, DEV_STANDARD_EN, DEV_STANDARD_ZH } from './dev-phrasings.js';
import { BLIND2_STANDARD_EN, BLIND2_STANDARD_PLAIN, BLIND2_STANDARD_ZH, BLIND2_UNUSUAL_EN, BLIND2_UNUSUAL_ZH } from './blind2-phrasings.js';
import { BLIND3_STANDARD_EN, BLIND3_STANDARD_PLAIN, BLIND3_STANDARD_ZH, BLIND3_UNUSUAL_EN, BLIND3_UNUSUAL_PLAIN, BLIND3_UNUSUAL_ZH } from './blind3-phrasings.js';
import { composeBlind4 } from './blind4-contracts.js';
import { composeBlind5 } from './blind5-contracts.js';
import { composeBlind6 } from './blind6-contracts.js';
import { composeBlind7 } from './blind7-contracts.js';
import { writeBlind8 } from './blind8-contracts.js';
import { HOLDOUT_STANDARD_EN, HOLDOUT_STANDARD_ZH, HOLDOUT_UNUSUAL_EN, HOLDOUT_UNUSUAL_ZH } from './holdout-phrasings.js';
import type { Phrasing, UnusualPhrasing } from './phrasing-types.js';
import type { ClauseSampleManifest, ExpectedClause } from './manifest.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../clauses');
const NUMBERINGS: Record<Lang, Numbering[]> = { zh: ['zh-article', 'zh-article-digits', 'zh-section'], en: ['en-dot', 'en-article', 'en-section', 'en-clause'] };
const FOOTERS: Record<Lang, Footer[]> = { zh: ['zh-spaced', 'fraction', 'dash'], en: ['en-page-of', 'en-of', 'fraction'] };
const HEADS: Record<Lang, string[]> = { zh: ['合同编号：HD-GR-2025-0613', '华东商业银行 个人借款合同'], en: ['Agreement No. HD-PL-2025-0613', 'East China Commercial Bank - Personal Loan Agreement'] };

type Item = { title: string; text: string; expect: string; note?: string };

interface Planned { name: string; spec: ContractSpec; items: Item[]; scan: boolean }

function plan(name: string, rng: Rng, lang: Lang, items: Item[], overrides: Partial<ContractSpec> = {}, scan = false): Planned {
  const spec: ContractSpec = {
    lang, clauses: items, seed: rng.int(1, 1e6),
    numbering: rng.pick(NUMBERINGS[lang]), inlineHeadings: rng.chance(0.3), footer: rng.pick(FOOTERS[lang]),
    ...(rng.chance(0.5) ? { runningHead: rng.pick(HEADS[lang]) } : {}),
    annualRatePercent: (3.2 + rng.int(0, 14) / 10).toFixed(2), font: rng.pick(FONTS[lang]),
    ...overrides,
  };
  return { name, spec, items, scan };
}

const standard = (p: readonly Phrasing[]): Item[] => p.map((x) => ({ title: x.title, text: x.text, expect: 'standard' }));
const unusual = (p: readonly UnusualPhrasing[]): Item[] => p.map((x) => ({ title: x.title, text: x.text, expect: x.expect }));
const shared = (lang: Lang): Item[] => clauseLibrary(lang).map((c) => ({ title: c.title, text: c.body.join(lang === 'zh' ? '' : ' '), expect: 'standard' }));

/** Standard clauses with the unusual ones put in at random places. */
function mix(rng: Rng, base: Item[], extra: Item[], baseCount: number): Item[] {
  const out = rng.shuffle(base).slice(0, baseCount);
  for (const e of extra) out.splice(rng.int(0, out.length), 0, e);
  return out;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function devPlans(): Planned[] {
  const rng = createRng(20250601);
  const firstPerRule = (p: readonly UnusualPhrasing[]): Item[] => unusual(p.filter((x, i) => p.findIndex((y) => y.expect === x.expect) === i));
  return [
    plan('std-zh-article', rng, 'zh', standard(DEV_STANDARD_ZH).slice(0, 16), { numbering: 'zh-article', inlineHeadings: false, runningHead: HEADS.zh[0], footer: 'zh-spaced' }),
    plan('std-zh-shared-section', rng, 'zh', shared('zh'), { numbering: 'zh-section', inlineHeadings: false, footer: 'fraction' }),
    plan('std-en-dot', rng, 'en', standard(DEV_STANDARD_EN).slice(0, 16), { numbering: 'en-dot', inlineHeadings: false, footer: 'en-page-of' }),
    plan('std-en-shared-article', rng, 'en', shared('en'), { numbering: 'en-article', inlineHeadings: true, runningHead: HEADS.en[1], footer: 'en-of' }),
    plan('flags-zh', rng, 'zh', mix(rng, standard(DEV_STANDARD_ZH), firstPerRule(DEV_RED_FLAGS_ZH), 6), { numbering: 'zh-article-digits', inlineHeadings: true, footer: 'dash' }),
    plan('flags-en', rng, 'en', mix(rng, standard(DEV_STANDARD_EN), firstPerRule(DEV_RED_FLAGS_EN), 6), { numbering: 'en-section', inlineHeadings: false, footer: 'en-page-of', runningHead: HEADS.en[0] }),
    plan('scan-std-zh', rng, 'zh', standard(DEV_STANDARD_ZH).slice(8, 20), { numbering: 'zh-article', inlineHeadings: false, footer: 'zh-spaced', runningHead: HEADS.zh[1] }, true),
    plan('scan-flags-zh', rng, 'zh', mix(rng, standard(DEV_STANDARD_ZH), unusual(DEV_RED_FLAGS_ZH.filter((_, i) => i % 3 === 1)), 3), { numbering: 'zh-section', inlineHeadings: false, footer: 'fraction' }, true),
    plan('scan-flags-en', rng, 'en', mix(rng, standard(DEV_STANDARD_EN), unusual(DEV_RED_FLAGS_EN.filter((_, i) => i % 3 === 1)), 3), { numbering: 'en-dot', inlineHeadings: false, footer: 'en-of' }, true),
  ];
}

function holdoutPlans(): Planned[] {
  const rng = createRng(77031);
  const plans: Planned[] = [];
  for (const [lang, std, odd] of [['zh', HOLDOUT_STANDARD_ZH, HOLDOUT_UNUSUAL_ZH], ['en', HOLDOUT_STANDARD_EN, HOLDOUT_UNUSUAL_EN]] as const) {
    for (let i = 0; i < 8; i++) plans.push(plan(`std-${lang}-${i + 1}`, rng, lang, rng.shuffle(standard(std)).slice(0, rng.int(12, 16))));
    chunks(rng.shuffle(unusual(odd)), 3).forEach((extra, i) => plans.push(plan(`odd-${lang}-${i + 1}`, rng, lang, mix(rng, standard(std), extra, rng.int(8, 11)))));
  }
  plans.push(plan('scan-odd-zh', rng, 'zh', mix(rng, standard(HOLDOUT_STANDARD_ZH), unusual(HOLDOUT_UNUSUAL_ZH.filter((_, i) => i % 5 === 2)), 5), {}, true));
  plans.push(plan('scan-std-en', rng, 'en', rng.shuffle(standard(HOLDOUT_STANDARD_EN)).slice(0, 10), {}, true));
  return plans;
}

/**
 * The second blind set: standard contracts in four drafting styles (第X条 articles, 1.1 sub-clauses,
 * dense inline prose, plain English), red flags three at a time inside otherwise standard contracts
 * of the same style, and scans of each kind.
 */
function blind2Plans(): Planned[] {
  const rng = createRng(51105);
  const zhStd = standard(BLIND2_STANDARD_ZH);
  const enStd = standard(BLIND2_STANDARD_EN);
  const plainStd = standard(BLIND2_STANDARD_PLAIN);
  const pickStd = (items: Item[], n: number): Item[] => rng.shuffle(items).slice(0, n);
  const heads = { inlineHeadings: false } as const;
  const plans: Planned[] = [
    plan('std-zh-article', rng, 'zh', pickStd(zhStd, 14), { numbering: 'zh-article', ...heads }),
    plan('std-zh-digits-dense', rng, 'zh', pickStd(zhStd, 12), { numbering: 'zh-article-digits', inlineHeadings: true }),
    plan('std-zh-decimal-1', rng, 'zh', pickStd(zhStd, 12), { numbering: 'zh-decimal', ...heads }),
    plan('std-zh-decimal-2', rng, 'zh', pickStd(zhStd, 10), { numbering: 'zh-decimal', ...heads }),
    plan('std-zh-section', rng, 'zh', pickStd(zhStd, 13), { numbering: 'zh-section', ...heads }),
    plan('std-zh-section-dense', rng, 'zh', pickStd(zhStd, 14), { numbering: 'zh-section', inlineHeadings: true }),
    plan('std-en-decimal-1', rng, 'en', pickStd(enStd, 12), { numbering: 'en-decimal', ...heads }),
    plan('std-en-decimal-2', rng, 'en', pickStd(enStd, 10), { numbering: 'en-decimal', ...heads }),
    plan('std-en-article-dense', rng, 'en', pickStd(enStd, 13), { numbering: 'en-article', inlineHeadings: true }),
    plan('std-en-clause', rng, 'en', pickStd(enStd, 14), { numbering: 'en-clause', ...heads }),
    plan('std-en-plain-1', rng, 'en', pickStd(plainStd, 12), { numbering: 'en-dot', ...heads }),
    plan('std-en-plain-2', rng, 'en', pickStd(plainStd, 10), { numbering: 'en-section', ...heads }),
    plan('scan-std-zh', rng, 'zh', pickStd(zhStd, 10), { numbering: 'zh-article', ...heads }, true),
    plan('scan-std-en-plain', rng, 'en', pickStd(plainStd, 10), { numbering: 'en-dot', ...heads }, true),
  ];
  const zhStyles: Partial<ContractSpec>[] = [{ numbering: 'zh-article', ...heads }, { numbering: 'zh-decimal', ...heads }, { numbering: 'zh-article-digits', inlineHeadings: true }, { numbering: 'zh-section', ...heads }];
  const enStyles: Partial<ContractSpec>[] = [{ numbering: 'en-decimal', ...heads }, { numbering: 'en-article', inlineHeadings: true }, { numbering: 'en-clause', ...heads }, { numbering: 'en-section', ...heads }];
  chunks(rng.shuffle(unusual(BLIND2_UNUSUAL_ZH)), 3).forEach((extra, i) => plans.push(plan(`flags-zh-${i + 1}`, rng, 'zh', mix(rng, zhStd, extra, rng.int(7, 10)), zhStyles[i % zhStyles.length])));
  const isPlain = (x: UnusualPhrasing): boolean => /\b(you|we)\b/iu.test(x.text);
  chunks(rng.shuffle(unusual(BLIND2_UNUSUAL_EN.filter((x) => !isPlain(x)))), 3).forEach((extra, i) => plans.push(plan(`flags-en-${i + 1}`, rng, 'en', mix(rng, enStd, extra, rng.int(7, 10)), enStyles[i % enStyles.length])));
  chunks(rng.shuffle(unusual(BLIND2_UNUSUAL_EN.filter(isPlain))), 3).forEach((extra, i) => plans.push(plan(`flags-en-plain-${i + 1}`, rng, 'en', mix(rng, plainStd, extra, rng.int(7, 10)), { numbering: i % 2 ? 'en-section' : 'en-dot', ...heads })));
  plans.push(plan('scan-flags-zh', rng, 'zh', mix(rng, zhStd, unusual(BLIND2_UNUSUAL_ZH.filter((_, i) => i % 9 === 4)), 6), { numbering: 'zh-decimal', ...heads }, true));
  plans.push(plan('scan-flags-en', rng, 'en', mix(rng, enStd, unusual(BLIND2_UNUSUAL_EN.filter((_, i) => i % 9 === 0)), 6), { numbering: 'en-decimal', ...heads }, true));
  return plans;
}

/**
 * The third blind set: standard-only contracts in the same drafting styles, red flags three at a
 * time inside otherwise standard contracts (a standard clause with the same title as an inserted
 * one is left out), and scans of each kind.
 */
function blind3Plans(): Planned[] {
  const rng = createRng(30317);
  const zhStd = standard(BLIND3_STANDARD_ZH);
  const enStd = standard(BLIND3_STANDARD_EN);
  const plainStd = standard(BLIND3_STANDARD_PLAIN);
  const pickStd = (items: Item[], n: number): Item[] => rng.shuffle(items).slice(0, n);
  const mixed = (base: Item[], extra: Item[], n: number): Item[] => mix(rng, base.filter((b) => !extra.some((e) => e.title === b.title)), extra, n);
  const heads = { inlineHeadings: false } as const;
  const plans: Planned[] = [
    plan('std-zh-article', rng, 'zh', pickStd(zhStd, 15), { numbering: 'zh-article', ...heads }),
    plan('std-zh-digits-dense', rng, 'zh', pickStd(zhStd, 13), { numbering: 'zh-article-digits', inlineHeadings: true }),
    plan('std-zh-decimal-1', rng, 'zh', pickStd(zhStd, 12), { numbering: 'zh-decimal', ...heads }),
    plan('std-zh-decimal-2', rng, 'zh', pickStd(zhStd, 11), { numbering: 'zh-decimal', ...heads }),
    plan('std-zh-section', rng, 'zh', pickStd(zhStd, 14), { numbering: 'zh-section', ...heads }),
    plan('std-zh-article-dense', rng, 'zh', pickStd(zhStd, 16), { numbering: 'zh-article', inlineHeadings: true }),
    plan('std-en-decimal', rng, 'en', pickStd(enStd, 13), { numbering: 'en-decimal', ...heads }),
    plan('std-en-article-dense', rng, 'en', pickStd(enStd, 14), { numbering: 'en-article', inlineHeadings: true }),
    plan('std-en-clause', rng, 'en', pickStd(enStd, 15), { numbering: 'en-clause', ...heads }),
    plan('std-en-section', rng, 'en', pickStd(enStd, 12), { numbering: 'en-section', ...heads }),
    plan('std-en-plain-1', rng, 'en', pickStd(plainStd, 12), { numbering: 'en-dot', ...heads }),
    plan('std-en-plain-2', rng, 'en', pickStd(plainStd, 11), { numbering: 'en-section', ...heads }),
    plan('scan-std-zh', rng, 'zh', pickStd(zhStd, 11), { numbering: 'zh-article', ...heads }, true),
    plan('scan-std-en', rng, 'en', pickStd(enStd, 11), { numbering: 'en-dot', ...heads }, true),
    plan('scan-std-en-plain', rng, 'en', pickStd(plainStd, 10), { numbering: 'en-dot', ...heads }, true),
  ];
  const zhStyles: Partial<ContractSpec>[] = [{ numbering: 'zh-article', ...heads }, { numbering: 'zh-decimal', ...heads }, { numbering: 'zh-article-digits', inlineHeadings: true }, { numbering: 'zh-section', ...heads }];
  const enStyles: Partial<ContractSpec>[] = [{ numbering: 'en-decimal', ...heads }, { numbering: 'en-article', inlineHeadings: true }, { numbering: 'en-clause', ...heads }, { numbering: 'en-section', ...heads }];
  chunks(rng.shuffle(unusual(BLIND3_UNUSUAL_ZH)), 3).forEach((extra, i) => plans.push(plan(`flags-zh-${i + 1}`, rng, 'zh', mixed(zhStd, extra, rng.int(7, 11)), zhStyles[i % zhStyles.length])));
  chunks(rng.shuffle(unusual(BLIND3_UNUSUAL_EN)), 3).forEach((extra, i) => plans.push(plan(`flags-en-${i + 1}`, rng, 'en', mixed(enStd, extra, rng.int(7, 11)), enStyles[i % enStyles.length])));
  chunks(rng.shuffle(unusual(BLIND3_UNUSUAL_PLAIN)), 3).forEach((extra, i) => plans.push(plan(`flags-en-plain-${i + 1}`, rng, 'en', mixed(plainStd, extra, rng.int(7, 9)), { numbering: i % 2 ? 'en-section' : 'en-dot', ...heads })));
  plans.push(plan('scan-flags-zh', rng, 'zh', mixed(zhStd, unusual(BLIND3_UNUSUAL_ZH.filter((_, i) => i % 8 === 3)), 6), { numbering: 'zh-section', ...heads }, true));
  plans.push(plan('scan-flags-en', rng, 'en', mixed(enStd, unusual(BLIND3_UNUSUAL_EN.filter((_, i) => i % 7 === 2)), 6), { numbering: 'en-clause', ...heads }, true));
  return plans;
}

/** The fourth blind set: contracts composed in `blind4-contracts.ts`, each clause with its reason. */
function blind4Plans(): Planned[] {
  const rng = createRng(40419);
  return composeBlind4(rng).map((c) => plan(c.name, rng, c.lang, c.clauses.map(({ title, text, expect, note }) => ({ title, text, expect, note })), { numbering: c.numbering, inlineHeadings: c.inlineHeadings }, c.scan));
}

/** The fifth blind set: contracts composed in `blind5-contracts.ts`, each clause with its reason. */
function blind5Plans(): Planned[] {
  const rng = createRng(50523);
  return composeBlind5(rng).map((c) => plan(c.name, rng, c.lang, c.clauses.map(({ title, text, expect, note }) => ({ title, text, expect, note })), { numbering: c.numbering, inlineHeadings: c.inlineHeadings }, c.scan));
}

/** The sixth blind set: contracts composed in `blind6-contracts.ts`, layout (footer, running head) chosen there too. */
function blind6Plans(): Planned[] {
  const rng = createRng(60607);
  return composeBlind6(rng).map((c) => plan(c.name, rng, c.lang, c.clauses, { numbering: c.numbering, inlineHeadings: c.inlineHeadings, footer: c.footer, runningHead: c.runningHead }, c.scan));
}

/** The seventh blind set: contracts composed in `blind7-contracts.ts`, layout (footer, running head) chosen there too. */
function blind7Plans(): Planned[] {
  const rng = createRng(70719);
  return composeBlind7(rng).map((c) => plan(c.name, rng, c.lang, c.clauses, { numbering: c.numbering, inlineHeadings: c.inlineHeadings, footer: c.footer, runningHead: c.runningHead }, c.scan));
}

function expectedNumber(numbering: Numbering, n: number): string {
  const zhOrdinal = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  if (numbering === 'zh-article' || numbering === 'zh-section' || numbering === 'zh-decimal') return n <= 10 ? zhOrdinal[n] as string : n < 20 ? `十${zhOrdinal[n - 10]}` : `${zhOrdinal[Math.floor(n / 10)]}十${zhOrdinal[n % 10]}`;
  return String(n);
}

async function writeSet(set: ClauseSampleManifest['set'], plans: Planned[]): Promise<void> {
  const dir = path.join(ROOT, set);
  // A set's hand-written README.md survives regeneration; everything else is rebuilt.
  const readme = path.join(dir, 'README.md');
  const keptReadme = existsSync(readme) ? readFileSync(readme) : undefined;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (keptReadme) writeFileSync(readme, keptReadme);
  const manifest: ClauseSampleManifest = { set, documents: [] };
  for (const p of plans) {
    const pdf = await renderContract(p.spec);
    const bytes = p.scan ? await scanContract(pdf, createRng(p.spec.seed)) : pdf;
    const file = `${p.name}.pdf`;
    writeFileSync(path.join(dir, file), bytes);
    const clauses: ExpectedClause[] = p.items.map((it, i) => ({ number: expectedNumber(p.spec.numbering, i + 1), title: it.title, expect: it.expect, ...(it.note ? { note: it.note } : {}) }));
    manifest.documents.push({ file, lang: p.spec.lang, form: p.scan ? 'scan' : 'text', numbering: p.spec.numbering, inlineHeadings: p.spec.inlineHeadings, clauses });
    process.stderr.write(`${set}/${file} ${bytes.length} bytes\n`);
  }
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

const only = process.argv[2];
const sets = { dev: devPlans, holdout: holdoutPlans, blind2: blind2Plans, blind3: blind3Plans, blind4: blind4Plans, blind5: blind5Plans, blind6: blind6Plans, blind7: blind7Plans } as const;
if (only !== undefined && only !== 'blind8' && !(only in sets)) throw new Error(`Expected a set name (dev, holdout, blind2, blind3, blind4, blind5, blind6, blind7 or blind8), got \`${only}\``);
for (const [set, plans] of Object.entries(sets)) if (only === undefined || only === set) await writeSet(set as ClauseSampleManifest['set'], plans());
// The eighth blind set has numbering styles (（一）, §, (a)) that `contract.ts` does not draw: it renders and writes itself (seed 20261124).
if (only === undefined || only === 'blind8') await writeBlind8(ROOT);
