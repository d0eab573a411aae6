/**
 * Regenerates every committed sample: `npx tsx samples/generate/index.ts [--set dev|holdout|fresh|unseen|blind|blind2|blind3|blind4|blind5]…`
 * (all sets when no --set; manifest.json and bad/ are rewritten only when both dev and holdout are).
 * Deterministic from SEED (FRESH_SEED / UNSEEN_SEED / BLIND_SEED / BLIND2_SEED / BLIND3_SEED for those sets); needs pdftoppm and qpdf (generation only —
 * tests read the committed files).
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeBadSamples } from './bad.js';
import type { DocType, Expected, Form, ManifestEntry, RenderedDoc } from './expected.js';
import { produceForm } from './forms.js';
import { renderContract } from './layout-contract.js';
import { renderPayslip } from './layout-payslip.js';
import { renderStatement } from './layout-statement.js';
import { createRng, hashString, type Rng } from './prng.js';
import { validateSample } from './validate.js';
import type { Lang, VariantSet } from './variant-types.js';
import { DEV_VARIANTS } from './variants-dev.js';
import { FRESH_VARIANTS } from './variants-fresh.js';
import { HOLDOUT_VARIANTS } from './variants-holdout.js';
import { UNSEEN_VARIANTS } from './variants-unseen.js';
import { BLIND_VARIANTS } from './variants-blind.js';
import { renderBlind2 } from './render-blind2.js';
import { renderBlind3 } from './render-blind3.js';
import { verifyBlind3Sample } from './verify-blind3.js';
import { renderBlind4 } from './render-blind4.js';
import { verifyBlind4Sample } from './verify-blind4.js';
import { renderBlind5 } from './render-blind5.js';
import { verifyBlind5Sample, verifyBlind5Scan } from './verify-blind5.js';

const SEED = 20250315;
/** The fresh set's own seed, so its documents share no seed with dev or holdout. */
const FRESH_SEED = 20260117;
/** The unseen set's own seed (it shares no seed with the other sets either). */
const UNSEEN_SEED = 20261122;
/** The blind set's own seed. */
const BLIND_SEED = 20261123;
/** The blind2 set's own seed; its documents are drawn by the `*-blind2.ts` renderers, not from a VariantSet. */
const BLIND2_SEED = 20261201;
/** The blind3 set's own seed; its documents are drawn by the `*-blind3.ts` renderers. */
const BLIND3_SEED = 20261223;
/** The blind4 set's own seed; its documents are drawn by the `*-blind4.ts` renderers. */
const BLIND4_SEED = 20261124;
/** The blind5 set's own seed; its documents are drawn by the `*-blind5.ts` renderers. */
const BLIND5_SEED = 20261125;
/** The fresh and unseen sets are measured, not shipped in bulk: each folder stays under this. */
const FRESH_MAX_BYTES = 5_000_000;
/** validate.ts's budget for any one file. */
const SCAN_MAX_BYTES = 400_000;
type SetName = 'dev' | 'holdout' | 'fresh' | 'unseen' | 'blind' | 'blind2' | 'blind3' | 'blind4' | 'blind5';
const SETS: readonly SetName[] = ['dev', 'holdout', 'fresh', 'unseen', 'blind', 'blind2', 'blind3', 'blind4', 'blind5'];
const VARIANTS: Record<Exclude<SetName, 'blind2' | 'blind3' | 'blind4' | 'blind5'>, VariantSet> = { dev: DEV_VARIANTS, holdout: HOLDOUT_VARIANTS, fresh: FRESH_VARIANTS, unseen: UNSEEN_VARIANTS, blind: BLIND_VARIANTS };
const SEEDS: Record<SetName, number> = { dev: SEED, holdout: SEED, fresh: FRESH_SEED, unseen: UNSEEN_SEED, blind: BLIND_SEED, blind2: BLIND2_SEED, blind3: BLIND3_SEED, blind4: BLIND4_SEED, blind5: BLIND5_SEED };
const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Plan {
  set: SetName;
  docType: DocType;
  lang: Lang;
  form: Form;
}

const TYPE_SHORT: Record<DocType, string> = { loan_contract: 'contract', pay_slip: 'payslip', bank_statement: 'statement' };

function plans(): Plan[] {
  const out: Plan[] = [];
  const add = (set: Plan['set'], docType: DocType, lang: Lang, forms: Form[]): void => {
    for (const form of forms) out.push({ set, docType, lang, form });
  };
  add('dev', 'loan_contract', 'zh', ['text-pdf', 'scan-pdf', 'tiff']);
  add('dev', 'loan_contract', 'en', ['text-pdf', 'scan-pdf', 'tiff']);
  add('dev', 'pay_slip', 'zh', ['text-pdf', 'scan-pdf', 'png']);
  add('dev', 'pay_slip', 'en', ['text-pdf', 'scan-pdf', 'jpeg']);
  add('dev', 'bank_statement', 'zh', ['text-pdf', 'scan-pdf', 'jpeg']);
  add('dev', 'bank_statement', 'en', ['text-pdf', 'scan-pdf', 'png']);
  add('holdout', 'loan_contract', 'zh', ['text-pdf', 'text-pdf', 'text-pdf', 'scan-pdf', 'tiff']);
  add('holdout', 'loan_contract', 'en', ['text-pdf', 'text-pdf', 'text-pdf', 'scan-pdf', 'tiff']);
  add('holdout', 'pay_slip', 'zh', ['text-pdf', 'scan-pdf', 'photo', 'exif-rotated', 'webp']);
  add('holdout', 'pay_slip', 'en', ['text-pdf', 'scan-pdf', 'photo', 'png', 'exif-rotated']);
  add('holdout', 'bank_statement', 'zh', ['text-pdf', 'scan-pdf', 'png', 'jpeg', 'webp']);
  add('holdout', 'bank_statement', 'en', ['text-pdf', 'scan-pdf', 'photo', 'webp', 'jpeg']);
  // Fresh: measured once, never tuned on (README). Every type and language in every kind of form.
  add('fresh', 'loan_contract', 'zh', ['text-pdf', 'text-pdf', 'scan-pdf', 'png', 'photo', 'tiff']);
  add('fresh', 'loan_contract', 'en', ['text-pdf', 'text-pdf', 'scan-pdf', 'jpeg', 'photo', 'tiff']);
  add('fresh', 'pay_slip', 'zh', ['text-pdf', 'text-pdf', 'scan-pdf', 'jpeg', 'photo', 'webp']);
  add('fresh', 'pay_slip', 'en', ['text-pdf', 'text-pdf', 'scan-pdf', 'png', 'photo', 'exif-rotated']);
  add('fresh', 'bank_statement', 'zh', ['text-pdf', 'text-pdf', 'scan-pdf', 'png', 'photo', 'exif-rotated']);
  add('fresh', 'bank_statement', 'en', ['text-pdf', 'text-pdf', 'scan-pdf', 'jpeg', 'photo', 'tiff']);
  // Unseen: sealed, measured, never tuned on (README). Two text PDFs, a scan and one image form each;
  // the Chinese contract's one-page image comes before its scan so that it gets the layout that fits one page.
  add('unseen', 'loan_contract', 'zh', ['text-pdf', 'text-pdf', 'png', 'scan-pdf']);
  add('unseen', 'loan_contract', 'en', ['text-pdf', 'text-pdf', 'scan-pdf', 'tiff']);
  add('unseen', 'pay_slip', 'zh', ['text-pdf', 'text-pdf', 'scan-pdf', 'webp']);
  add('unseen', 'pay_slip', 'en', ['text-pdf', 'text-pdf', 'scan-pdf', 'photo']);
  add('unseen', 'bank_statement', 'zh', ['text-pdf', 'text-pdf', 'scan-pdf', 'exif-rotated']);
  add('unseen', 'bank_statement', 'en', ['text-pdf', 'text-pdf', 'scan-pdf', 'jpeg']);
  // Blind: sealed like unseen. Four text PDFs per type and language (two per layout), then one scanned PDF
  // (none for the English contract: its scan outgrows the 400 KB budget).
  for (const docType of ['loan_contract', 'pay_slip', 'bank_statement'] as const) {
    for (const lang of ['zh', 'en'] as const) {
      const scan = docType === 'loan_contract' && lang === 'en' ? [] : ['scan-pdf' as const];
      add('blind', docType, lang, ['text-pdf', 'text-pdf', 'text-pdf', 'text-pdf', ...scan]);
    }
  }
  // Blind2: sealed like blind. Four text PDFs (two per layout) and one scanned PDF per type and language.
  for (const docType of ['loan_contract', 'pay_slip', 'bank_statement'] as const) {
    for (const lang of ['zh', 'en'] as const) add('blind2', docType, lang, ['text-pdf', 'text-pdf', 'text-pdf', 'text-pdf', 'scan-pdf']);
  }
  // Blind3: sealed like blind2. Four text PDFs (two per layout) and one scanned PDF per type and language.
  for (const docType of ['loan_contract', 'pay_slip', 'bank_statement'] as const) {
    for (const lang of ['zh', 'en'] as const) add('blind3', docType, lang, ['text-pdf', 'text-pdf', 'text-pdf', 'text-pdf', 'scan-pdf']);
  }
  // Blind4: sealed like blind3. Four text PDFs (families A, B, A, B) and one scanned PDF (family A) per type and language.
  for (const docType of ['loan_contract', 'pay_slip', 'bank_statement'] as const) {
    for (const lang of ['zh', 'en'] as const) add('blind4', docType, lang, ['text-pdf', 'text-pdf', 'text-pdf', 'text-pdf', 'scan-pdf']);
  }
  // Blind5: sealed like blind4. Four text PDFs (families A, B, A, B) and one scanned PDF (family A) per type and language.
  for (const docType of ['loan_contract', 'pay_slip', 'bank_statement'] as const) {
    for (const lang of ['zh', 'en'] as const) add('blind5', docType, lang, ['text-pdf', 'text-pdf', 'text-pdf', 'text-pdf', 'scan-pdf']);
  }
  return out;
}

/** Pages a form may hold: single images one page, scanned contracts two (OCR time in tests). */
function maxPages(plan: Plan): number {
  if (plan.form === 'text-pdf') return plan.docType === 'loan_contract' ? 4 : 2;
  if (plan.form === 'scan-pdf' || plan.form === 'tiff') return 2;
  return 1;
}

/**
 * `ordinal` counts documents of the same set and type, and cycles through the set's layouts.
 * `maxRows` caps a statement's transactions (see SCAN_MAX_BYTES).
 */
async function render(plan: Plan, variants: VariantSet | undefined, seed: number, ordinal: number, maxRows?: number): Promise<RenderedDoc> {
  const limit = maxPages(plan);
  if (plan.set === 'blind5') return renderBlind5(plan.docType, plan.lang, plan.form, seed, ordinal, limit, maxRows);
  if (plan.set === 'blind4') return renderBlind4(plan.docType, plan.lang, plan.form, seed, ordinal, limit, maxRows);
  if (plan.set === 'blind3') return renderBlind3(plan.docType, plan.lang, plan.form, seed, ordinal, limit, maxRows);
  if (variants === undefined) return renderBlind2(plan.docType, plan.lang, plan.form, seed, ordinal, limit, maxRows);
  const sizing: Rng = createRng(seed ^ 0x5eed);
  if (plan.docType === 'loan_contract') {
    const targetPages = plan.form === 'text-pdf' ? sizing.pick([2, 3, 3, 4] as const) : 2;
    // Single-image forms hold one page; only the fresh set has contracts in them (compact is opt-in).
    const compact = limit === 1 ? { compact: true } : {};
    return renderContract(createRng(seed), variants, plan.lang, { maxPages: limit, targetPages, layoutIndex: ordinal, ...compact });
  }
  if (plan.docType === 'pay_slip') return renderPayslip(createRng(seed), variants, plan.lang, ordinal);
  // Fewer rows until the statement fits the form's page budget.
  // A TIFF statement (fresh only) gets enough rows to run onto a second page, as fax-style scans do.
  let rows = limit === 1 ? sizing.int(8, 12) : plan.form === 'scan-pdf' ? sizing.int(10, 20) : plan.form === 'tiff' ? sizing.int(30, 36) : sizing.int(14, 25);
  if (maxRows !== undefined) rows = Math.min(rows, maxRows);
  for (;;) {
    const doc = await renderStatement(createRng(seed), variants, plan.lang, { transactions: rows, layoutIndex: ordinal });
    if (doc.pageCount <= limit || rows <= 8) return doc;
    rows -= 2;
  }
}

function chosenSets(): SetName[] {
  const { values } = parseArgs({ options: { set: { type: 'string', multiple: true } } });
  const asked = values.set ?? [...SETS];
  for (const set of asked) if (!SETS.includes(set as SetName)) throw new Error(`Unknown set ${set}; expected one of ${SETS.join(', ')}`);
  return SETS.filter((set) => asked.includes(set));
}

async function main(): Promise<void> {
  const sets = chosenSets();
  const manifest: ManifestEntry[] = [];
  for (const set of sets) {
    rmSync(join(SAMPLES_DIR, set), { recursive: true, force: true });
    mkdirSync(join(SAMPLES_DIR, set), { recursive: true });
  }
  const counters = new Map<string, number>();
  for (const plan of plans()) {
    if (!sets.includes(plan.set)) continue;
    const variants = plan.set === 'blind2' || plan.set === 'blind3' || plan.set === 'blind4' || plan.set === 'blind5' ? undefined : VARIANTS[plan.set];
    const key = `${plan.set}-${TYPE_SHORT[plan.docType]}-${plan.lang}-${plan.form}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const id = n === 1 ? key : `${key}-${n}`;
    const seed = (hashString(id) ^ SEEDS[plan.set]) >>> 0;
    const typeKey = `${plan.set}-${plan.docType}`;
    const ordinal = counters.get(typeKey) ?? 0;
    counters.set(typeKey, ordinal + 1);
    let doc = await render(plan, variants, seed, ordinal);
    const produce = (): ReturnType<typeof produceForm> => produceForm(doc, plan.form, createRng(seed ^ 0xf0f0), new Date(Date.UTC(2025, 5, 1)));
    let output = await produce();
    // A dense statement scanned at 300 DPI can outgrow the budget: fewer rows until it fits.
    // (No dev, holdout or fresh sample needed this, so their output is unchanged.)
    for (let cap = (doc.transactions?.length ?? 0) - 4; output.bytes.length >= SCAN_MAX_BYTES && cap >= 8; cap -= 4) {
      doc = await render(plan, variants, seed, ordinal, cap);
      output = await produce();
    }
    const expected: Expected = {
      id,
      docType: plan.docType,
      language: plan.lang,
      form: plan.form,
      pageCount: output.pageCount,
      pages: doc.pages,
      fields: doc.fields,
      ...(doc.transactions ? { transactions: doc.transactions } : {}),
      generator: { seed, ...doc.generator },
    };
    const file = join(SAMPLES_DIR, plan.set, `${id}.${output.ext}`);
    const expectedFile = join(SAMPLES_DIR, plan.set, `${id}.expected.json`);
    writeFileSync(file, output.bytes);
    writeFileSync(expectedFile, `${JSON.stringify(expected, null, 2)}\n`);
    await validateSample(file, expected, doc);
    if (plan.set === 'blind3' && plan.form === 'text-pdf') verifyBlind3Sample(file, expected);
    if (plan.set === 'blind4' && plan.form === 'text-pdf') verifyBlind4Sample(file, expected);
    if (plan.set === 'blind5') (plan.form === 'text-pdf' ? verifyBlind5Sample : verifyBlind5Scan)(file, expected);
    // The fresh, unseen, blind and blind2 sets stay out of manifest.json: they are listed by their folders only.
    if (plan.set === 'dev' || plan.set === 'holdout') manifest.push({
      id, set: plan.set, docType: plan.docType, language: plan.lang, form: plan.form,
      file: relative(SAMPLES_DIR, file), expected: relative(SAMPLES_DIR, expectedFile),
    });
    process.stderr.write(`${id}: ${output.pageCount} page(s), ${(output.bytes.length / 1024).toFixed(0)} KB\n`);
  }
  if (sets.includes('dev') && sets.includes('holdout')) {
    manifest.push(...(await writeBadSamples(join(SAMPLES_DIR, 'bad'), join(SAMPLES_DIR, 'dev'))));
    writeFileSync(join(SAMPLES_DIR, 'manifest.json'), `${JSON.stringify({ seed: SEED, samples: manifest }, null, 2)}\n`);
  }
  for (const set of sets.filter((s) => s === 'fresh' || s === 'unseen' || s === 'blind' || s === 'blind2' || s === 'blind3' || s === 'blind4' || s === 'blind5')) {
    const dir = join(SAMPLES_DIR, set);
    const total = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    if (total >= FRESH_MAX_BYTES) throw new Error(`samples/${set} is ${total} bytes, expected < ${FRESH_MAX_BYTES}`);
  }
  const count = (dir: string): number => readdirSync(join(SAMPLES_DIR, dir)).filter((f) => !f.endsWith('.json')).length;
  const written = [...sets, ...(sets.includes('dev') && sets.includes('holdout') ? ['bad'] : [])];
  process.stderr.write(`${written.map((set) => `${set} ${count(set)}`).join(', ')} samples written\n`);
}

await main();
