/**
 * Regenerates every committed sample: `npx tsx samples/generate/index.ts`.
 * Deterministic from SEED; needs pdftoppm and qpdf (generation only — tests read the committed files).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { HOLDOUT_VARIANTS } from './variants-holdout.js';

const SEED = 20250315;
const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Plan {
  set: 'dev' | 'holdout';
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
  return out;
}

/** Pages a form may hold: single images one page, scanned contracts two (OCR time in tests). */
function maxPages(plan: Plan): number {
  if (plan.form === 'text-pdf') return plan.docType === 'loan_contract' ? 4 : 2;
  if (plan.form === 'scan-pdf' || plan.form === 'tiff') return 2;
  return 1;
}

/** `ordinal` counts documents of the same set and type, and cycles through the set's layouts. */
async function render(plan: Plan, variants: VariantSet, seed: number, ordinal: number): Promise<RenderedDoc> {
  const limit = maxPages(plan);
  const sizing: Rng = createRng(seed ^ 0x5eed);
  if (plan.docType === 'loan_contract') {
    const targetPages = plan.form === 'text-pdf' ? sizing.pick([2, 3, 3, 4] as const) : 2;
    return renderContract(createRng(seed), variants, plan.lang, { maxPages: limit, targetPages, layoutIndex: ordinal });
  }
  if (plan.docType === 'pay_slip') return renderPayslip(createRng(seed), variants, plan.lang, ordinal);
  // Fewer rows until the statement fits the form's page budget.
  let rows = limit === 1 ? sizing.int(8, 12) : plan.form === 'scan-pdf' ? sizing.int(10, 20) : sizing.int(14, 25);
  for (;;) {
    const doc = await renderStatement(createRng(seed), variants, plan.lang, { transactions: rows, layoutIndex: ordinal });
    if (doc.pageCount <= limit || rows <= 8) return doc;
    rows -= 2;
  }
}

async function main(): Promise<void> {
  const manifest: ManifestEntry[] = [];
  for (const set of ['dev', 'holdout'] as const) {
    rmSync(join(SAMPLES_DIR, set), { recursive: true, force: true });
    mkdirSync(join(SAMPLES_DIR, set), { recursive: true });
  }
  const counters = new Map<string, number>();
  for (const plan of plans()) {
    const variants = plan.set === 'dev' ? DEV_VARIANTS : HOLDOUT_VARIANTS;
    const key = `${plan.set}-${TYPE_SHORT[plan.docType]}-${plan.lang}-${plan.form}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const id = n === 1 ? key : `${key}-${n}`;
    const seed = (hashString(id) ^ SEED) >>> 0;
    const typeKey = `${plan.set}-${plan.docType}`;
    const ordinal = counters.get(typeKey) ?? 0;
    counters.set(typeKey, ordinal + 1);
    const doc = await render(plan, variants, seed, ordinal);
    const output = await produceForm(doc, plan.form, createRng(seed ^ 0xf0f0), new Date(Date.UTC(2025, 5, 1)));
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
    manifest.push({
      id, set: plan.set, docType: plan.docType, language: plan.lang, form: plan.form,
      file: relative(SAMPLES_DIR, file), expected: relative(SAMPLES_DIR, expectedFile),
    });
    process.stderr.write(`${id}: ${output.pageCount} page(s), ${(output.bytes.length / 1024).toFixed(0)} KB\n`);
  }
  manifest.push(...(await writeBadSamples(join(SAMPLES_DIR, 'bad'), join(SAMPLES_DIR, 'dev'))));
  writeFileSync(join(SAMPLES_DIR, 'manifest.json'), `${JSON.stringify({ seed: SEED, samples: manifest }, null, 2)}\n`);
  const count = (dir: string): number => readdirSync(join(SAMPLES_DIR, dir)).filter((f) => !f.endsWith('.json')).length;
  process.stderr.write(`dev ${count('dev')}, holdout ${count('holdout')}, bad ${count('bad')} samples written\n`);
}

await main();
