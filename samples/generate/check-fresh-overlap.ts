/**
 * Counts how many label wordings (and repayment wordings) of a sealed set also occur in the sets it
 * must stay apart from: fresh against dev and holdout, unseen against dev, holdout and fresh, blind against all four,
 * blind2 (whose wordings live in `variants-blind2.ts`, not in a VariantSet) against all five.
 * `npx tsx samples/generate/check-fresh-overlap.ts`. Prints counts only (never the sealed wordings);
 * exits 1 when a sealed wording occurs in another set or a field has fewer synonyms than holdout.
 * For unseen it also counts presentation conventions (fonts, layouts, date styles, footers, currency
 * markers) shared with the other sets.
 */
import type { Labels, Lang, VariantSet } from './variant-types.js';
import { DEV_VARIANTS } from './variants-dev.js';
import { FRESH_VARIANTS } from './variants-fresh.js';
import { HOLDOUT_VARIANTS } from './variants-holdout.js';
import { UNSEEN_VARIANTS } from './variants-unseen.js';
import { BLIND_VARIANTS } from './variants-blind.js';
import { BLIND2_LABELS, BLIND2_MONEY, BLIND2_REPAYMENT } from './variants-blind2.js';

/** White space and case ignored, so letter-spaced or upper-cased forms count as the same wording. */
const norm = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

function wordings(set: VariantSet, lang: Lang): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(set.labels[lang])) for (const w of list as readonly string[]) out.add(norm(w));
  for (const list of Object.values(set.repaymentWordings[lang])) for (const w of list) out.add(norm(w));
  return out;
}

/** Reports the sealed set's overlap with each of `others`; returns whether it must fail. */
function report(sealed: VariantSet, others: readonly VariantSet[]): boolean {
  let failed = false;
  for (const lang of ['zh', 'en'] as const) {
    const mine = wordings(sealed, lang);
    const theirs = others.map((o) => ({ name: o.name, words: wordings(o, lang) }));
    const exact = theirs.map(({ name, words }) => ({ name, count: [...mine].filter((w) => words.has(w)).length }));
    // Softer: a sealed wording that contains a whole other-set wording (e.g. a longer label built on a shorter one).
    const all = theirs.flatMap(({ words }) => [...words]);
    const containing = [...mine].filter((w) => all.some((o) => o.length >= 2 && w !== o && w.includes(o))).length;
    let thinner = 0;
    let synonyms = 0;
    for (const key of Object.keys(HOLDOUT_VARIANTS.labels[lang]) as Array<keyof Labels>) {
      const f = sealed.labels[lang][key] ?? [];
      const h = HOLDOUT_VARIANTS.labels[lang][key] ?? [];
      synonyms += f.length;
      if (f.length < h.length) thinner++;
    }
    console.log(`${lang}: ${mine.size} ${sealed.name} wordings (${synonyms} label synonyms); ` +
      `${exact.map(({ name, count }) => `${name}∩${sealed.name} ${count}`).join(', ')}; ` +
      `${sealed.name} wordings containing a ${others.map((o) => o.name).join('/')} wording ${containing}; fields with fewer synonyms than holdout ${thinner}`);
    if (exact.some(({ count }) => count > 0) || thinner) failed = true;
  }
  return failed;
}

/** Presentation choices of the sealed set that another set also draws from (counts only). */
function conventions(sealed: VariantSet, others: readonly VariantSet[]): void {
  const kinds: Record<string, (v: VariantSet) => string[]> = {
    fonts: (v) => [...v.fonts.zh, ...v.fonts.en].map((f) => `${f.regular.path}#${f.regular.postscript ?? ''}|${f.bold.path}#${f.bold.postscript ?? ''}`),
    layouts: (v) => [...v.layouts.contract.map((l) => `c:${l}`), ...v.layouts.payslip.map((l) => `p:${l}`), ...v.layouts.statement.map((l) => `s:${l}`)],
    'date styles': (v) => [...v.dateStyles.zh, ...v.dateStyles.en, ...v.tableDateStyles],
    footers: (v) => [...v.footers.zh, ...v.footers.en],
    'currency markers': (v) => (['zh', 'en'] as const).flatMap((lang) => Object.values(v.currencyMarkers[lang]).flatMap((list) => [...(list ?? [])]).map((t) => `${lang}:${t}`)),
  };
  const parts = Object.entries(kinds).map(([kind, of]) => {
    const mine = new Set(of(sealed));
    const theirs = new Set(others.flatMap(of));
    return `${kind} ${[...mine].filter((x) => theirs.has(x)).length}/${mine.size}`;
  });
  console.log(`${sealed.name} conventions shared with ${others.map((o) => o.name).join('/')}: ${parts.join(', ')}`);
}

const freshFailed = report(FRESH_VARIANTS, [DEV_VARIANTS, HOLDOUT_VARIANTS]);
const unseenFailed = report(UNSEEN_VARIANTS, [DEV_VARIANTS, HOLDOUT_VARIANTS, FRESH_VARIANTS]);
conventions(UNSEEN_VARIANTS, [DEV_VARIANTS, HOLDOUT_VARIANTS, FRESH_VARIANTS]);
const blindFailed = report(BLIND_VARIANTS, [DEV_VARIANTS, HOLDOUT_VARIANTS, FRESH_VARIANTS, UNSEEN_VARIANTS]);
conventions(BLIND_VARIANTS, [DEV_VARIANTS, HOLDOUT_VARIANTS, FRESH_VARIANTS, UNSEEN_VARIANTS]);
/** blind2: label, repayment and currency-marker wordings shared with any earlier set (must be 0). */
function reportBlind2(others: readonly VariantSet[]): boolean {
  let failed = false;
  for (const lang of ['zh', 'en'] as const) {
    const mine = new Set([...Object.values(BLIND2_LABELS[lang]).flat(), ...Object.values(BLIND2_REPAYMENT[lang]).flat()].map(norm));
    const theirs = new Set(others.flatMap((o) => [...wordings(o, lang)]));
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    const containing = [...mine].filter((w) => [...theirs].some((o) => o.length >= 2 && w !== o && w.includes(o))).length;
    const markers = Object.values(BLIND2_MONEY[lang]).flat();
    const theirMarkers = new Set(others.flatMap((o) => Object.values(o.currencyMarkers[lang]).flatMap((list) => [...(list ?? [])])));
    const sharedMarkers = markers.filter((m) => theirMarkers.has(m)).length;
    console.log(`${lang}: ${mine.size} blind2 wordings; shared with ${others.map((o) => o.name).join('/')} ${shared}; ` +
      `blind2 wordings containing another set's wording ${containing}; currency markers shared ${sharedMarkers}/${markers.length}`);
    if (shared > 0 || sharedMarkers > 0) failed = true;
  }
  return failed;
}

const blind2Failed = reportBlind2([DEV_VARIANTS, HOLDOUT_VARIANTS, FRESH_VARIANTS, UNSEEN_VARIANTS, BLIND_VARIANTS]);
process.exit(freshFailed || unseenFailed || blindFailed || blind2Failed ? 1 : 0);
