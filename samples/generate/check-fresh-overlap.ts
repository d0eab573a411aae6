/**
 * Counts how many fresh label wordings (and repayment wordings) also occur in dev or holdout:
 * `npx tsx samples/generate/check-fresh-overlap.ts`. Prints counts only (never the fresh wordings);
 * exits 1 when a fresh wording occurs in another set or a field has fewer synonyms than holdout.
 */
import type { Labels, Lang, VariantSet } from './variant-types.js';
import { DEV_VARIANTS } from './variants-dev.js';
import { FRESH_VARIANTS } from './variants-fresh.js';
import { HOLDOUT_VARIANTS } from './variants-holdout.js';

/** White space and case ignored, so letter-spaced or upper-cased forms count as the same wording. */
const norm = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

function wordings(set: VariantSet, lang: Lang): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(set.labels[lang])) for (const w of list as readonly string[]) out.add(norm(w));
  for (const list of Object.values(set.repaymentWordings[lang])) for (const w of list) out.add(norm(w));
  return out;
}

let failed = false;
for (const lang of ['zh', 'en'] as const) {
  const fresh = wordings(FRESH_VARIANTS, lang);
  const dev = wordings(DEV_VARIANTS, lang);
  const holdout = wordings(HOLDOUT_VARIANTS, lang);
  const exactDev = [...fresh].filter((w) => dev.has(w)).length;
  const exactHoldout = [...fresh].filter((w) => holdout.has(w)).length;
  // Softer: a fresh wording that contains a whole dev/holdout wording (e.g. a longer label built on a shorter one).
  const others = [...dev, ...holdout];
  const containing = [...fresh].filter((w) => others.some((o) => o.length >= 2 && w !== o && w.includes(o))).length;
  let thinner = 0;
  let synonyms = 0;
  for (const key of Object.keys(HOLDOUT_VARIANTS.labels[lang]) as Array<keyof Labels>) {
    const f = FRESH_VARIANTS.labels[lang][key] ?? [];
    const h = HOLDOUT_VARIANTS.labels[lang][key] ?? [];
    synonyms += f.length;
    if (f.length < h.length) thinner++;
  }
  console.log(`${lang}: ${fresh.size} fresh wordings (${synonyms} label synonyms); dev∩fresh ${exactDev}, holdout∩fresh ${exactHoldout}; ` +
    `fresh wordings containing a dev/holdout wording ${containing}; fields with fewer synonyms than holdout ${thinner}`);
  if (exactDev || exactHoldout || thinner) failed = true;
}
process.exit(failed ? 1 : 0);
