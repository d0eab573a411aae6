/**
 * Trains the learned clause reader (`src/clauses/learned.ts`) on the labelled clauses of the clause
 * sets in `samples/clauses/` (text-layer contracts, clauses as the segmenter cuts them, aligned with
 * each set's manifest) and writes `data/clauses/learned-model.json`.
 * With `--hold-out SET` it trains on the sets made before SET (manifest order below) and prints
 * recall and false alarms on SET instead of writing the model: what the reader would have done on a
 * set it had not seen.
 * Usage: npx tsx scripts/train-clause-model.ts [--hold-out SET] [--threshold 0.9]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { OcrSession } from '../pipelines/check.js';
import { loadClauseLibrary } from '../src/clauses/library.js';
import { loadReviewPolicy } from '../src/clauses/policy.js';
import { scoreClause, trainLearnedModel, type LearnedModel, type TrainingExample } from '../src/clauses/learned.js';
import { clauseLanguage } from '../src/clauses/text.js';
import { evaluateDocument, readManifest } from '../samples/generate/clauses/evaluate.js';

/** Every labelled clause set, oldest first. */
const SETS = ['dev', 'holdout', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8'];

const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const holdOut = option('--hold-out');
const gated = args.includes('--gated');
const threshold = Number(option('--threshold') ?? loadReviewPolicy().learned.minProbability);
const root = path.resolve(import.meta.dirname, '../samples/clauses');

interface Labelled extends TrainingExample { set: string; file: string; number: string; ruled: boolean; cued: boolean }

async function read(sets: readonly string[]): Promise<Labelled[]> {
  const library = loadClauseLibrary();
  const policy = { ...loadReviewPolicy(), learned: { minProbability: 2, minCharsZh: 0, minWordsEn: 0 } };
  const session = new OcrSession(1);
  const out: Labelled[] = [];
  try {
    for (const set of sets) {
      const dir = path.join(root, set);
      for (const doc of readManifest(dir).documents) {
        if (doc.form !== 'text') continue;
        const outcome = await evaluateDocument(dir, doc, session, library, policy);
        for (const c of outcome.clauses) {
          if (!c.assessment) continue;
          const text = c.assessment.clause.text;
          out.push({ set, file: doc.file, number: c.expected.number, text, language: clauseLanguage(text), unusual: c.expected.expect !== 'standard', ruled: c.assessment.unusual, cued: c.assessment.burden.length > 0 || c.assessment.farFromLibrary });
        }
        process.stderr.write('.');
      }
    }
  } finally {
    await session.close();
  }
  process.stderr.write('\n');
  return out;
}

if (holdOut) {
  const at = SETS.indexOf(holdOut);
  if (at < 1) throw new Error(`Expected --hold-out to name one of ${SETS.slice(1).join(', ')}, got ${holdOut}.`);
  const examples = await read(SETS.slice(0, at + 1));
  const model = { trainedOn: { sets: [], clauses: 0, unusual: 0, at: '' }, ...trainLearnedModel(examples.filter((e) => e.set !== holdOut)) } satisfies LearnedModel;
  const test = examples.filter((e) => e.set === holdOut);
  const unusual = test.filter((e) => e.unusual);
  const standard = test.filter((e) => !e.unusual);
  const policy = loadReviewPolicy();
  const long = (e: Labelled) => (e.language === 'zh' ? e.text.replace(/\s/gu, '').length >= policy.learned.minCharsZh : (e.text.match(/[A-Za-z]+/gu)?.length ?? 0) >= policy.learned.minWordsEn);
  const flagged = (e: Labelled) => scoreClause(model, e.text, e.language).probability >= threshold && (!gated || (e.cued && long(e)));
  const count = (list: Labelled[], f: (e: Labelled) => boolean) => list.filter(f).length;
  console.log(`${holdOut} (trained on ${SETS.slice(0, at).join(', ')}; threshold ${threshold}; clauses the segmenter found, text layer only)`);
  console.log(`  unusual caught: learned ${count(unusual, flagged)}/${unusual.length}, rules now ${count(unusual, (e) => e.ruled)}/${unusual.length}, either ${count(unusual, (e) => e.ruled || flagged(e))}/${unusual.length}`);
  console.log(`  standard flagged: learned ${count(standard, flagged)}/${standard.length}, rules now ${count(standard, (e) => e.ruled)}, either ${count(standard, (e) => e.ruled || flagged(e))}`);
  console.log('  (rules now: today\'s rules, already fixed against every set; only the learned column is held out)');
} else {
  const examples = await read(SETS);
  const trained = trainLearnedModel(examples);
  const model: LearnedModel = { trainedOn: { sets: SETS, clauses: examples.length, unusual: examples.filter((e) => e.unusual).length, at: new Date().toISOString().slice(0, 10) }, ...trained };
  const file = path.resolve(import.meta.dirname, '../data/clauses/learned-model.json');
  writeFileSync(file, JSON.stringify(model) + '\n');
  console.log(`wrote ${file}: ${Object.keys(model.weights).length} weights from ${model.trainedOn.clauses} clauses (${model.trainedOn.unusual} unusual)`);
}
