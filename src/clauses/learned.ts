/**
 * A second reader learned from examples: a logistic regression over the clause's wording (Chinese
 * character pairs and triples, English words and word pairs, figures folded to one token) trained on
 * every labelled clause of the repository's clause sets (`scripts/train-clause-model.ts` writes
 * `data/clauses/learned-model.json`). The rules name what they know; this reader catches the
 * one-sided drafting they were not written for, and says which words weighed most. It is a signal
 * beside the rules, gated by `learned.minProbability` in the review policy.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { foldWidth } from '../extract/lines.js';
import { findResource } from './resources.js';

export const LearnedModelSchema = z.object({
  /** What the model was trained on, when and how (for the report and the README). */
  trainedOn: z.object({ sets: z.array(z.string()), clauses: z.number().int(), unusual: z.number().int(), at: z.string() }),
  bias: z.number(),
  /** Feature → weight; features absent here weigh nothing. */
  weights: z.record(z.string(), z.number()),
});

export type LearnedModel = z.infer<typeof LearnedModelSchema>;

export interface LearnedScore {
  /** 0..1: how much the clause reads like the unusual clauses the model was trained on. */
  probability: number;
  /** The wordings that weighed most towards unusual, heaviest first (at most five). */
  cues: string[];
}

/**
 * The features of a clause, each with its weight before normalisation: sublinear counts of Chinese
 * character pairs and triples (white space removed) or English words and word pairs, figures as `0`.
 * @example clauseFeatures('贷款人有权单方调整利率', 'zh').has('单方') // true
 */
export function clauseFeatures(text: string, language: 'zh' | 'en'): Map<string, number> {
  const folded = foldWidth(text).toLowerCase().replace(/\d+(?:[.,]\d+)*/gu, '0');
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  if (language === 'zh') {
    const chars = [...folded.replace(/\s+/gu, '')];
    for (let i = 0; i + 1 < chars.length; i++) {
      add(chars[i]! + chars[i + 1]!);
      if (i + 2 < chars.length) add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
    }
  } else {
    const words = folded.match(/[a-z0-9%]+/gu) ?? [];
    for (let i = 0; i < words.length; i++) {
      add(words[i]!);
      if (i + 1 < words.length) add(`${words[i]} ${words[i + 1]}`);
    }
  }
  let norm = 0;
  for (const [k, v] of counts) {
    const x = 1 + Math.log(v);
    counts.set(k, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, v] of counts) counts.set(k, v / norm);
  return counts;
}

/** Score one clause with a model. */
export function scoreClause(model: LearnedModel, text: string, language: 'zh' | 'en'): LearnedScore {
  let z = model.bias;
  const contributions: [string, number][] = [];
  for (const [feature, x] of clauseFeatures(text, language)) {
    const w = model.weights[feature];
    if (w === undefined) continue;
    z += w * x;
    if (w > 0) contributions.push([feature, w * x]);
  }
  contributions.sort((a, b) => b[1] - a[1]);
  // A triple's pairs say the same thing again: keep a cue only when no heavier cue contains it.
  const cues: string[] = [];
  for (const [feature] of contributions) {
    if (cues.some((c) => c.includes(feature) || feature.includes(c))) continue;
    cues.push(feature);
    if (cues.length === 5) break;
  }
  return { probability: Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000, cues };
}

export interface TrainingExample { text: string; language: 'zh' | 'en'; unusual: boolean }

export interface TrainingOptions { epochs?: number; learningRate?: number; l2?: number; seed?: number; minWeight?: number }

/**
 * Logistic regression by stochastic gradient descent, unusual examples weighted up to balance the
 * classes; the order of examples is shuffled by a seeded generator, so training is reproducible.
 * Weights smaller than `minWeight` are dropped to keep the model file small.
 */
export function trainLearnedModel(examples: readonly TrainingExample[], options: TrainingOptions = {}): Pick<LearnedModel, 'bias' | 'weights'> {
  const { epochs = 30, learningRate = 0.5, l2 = 1e-5, seed = 20261123, minWeight = 0.02 } = options;
  const xs = examples.map((e) => [...clauseFeatures(e.text, e.language)]);
  const positives = examples.filter((e) => e.unusual).length;
  if (positives === 0 || positives === examples.length) throw new Error(`Expected both unusual and standard examples, got ${positives} unusual of ${examples.length}.`);
  const positiveWeight = (examples.length - positives) / positives;
  const weights = new Map<string, number>();
  let bias = 0;
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = xs[i]!;
      let z = bias;
      for (const [k, v] of x) z += (weights.get(k) ?? 0) * v;
      const p = 1 / (1 + Math.exp(-z));
      const target = examples[i]!.unusual ? 1 : 0;
      const g = (p - target) * (target ? positiveWeight : 1);
      for (const [k, v] of x) {
        const w = weights.get(k) ?? 0;
        weights.set(k, w - learningRate * (g * v + l2 * w));
      }
      bias -= learningRate * g;
    }
  }
  const kept: Record<string, number> = {};
  for (const [k, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (Math.abs(w) >= minWeight) kept[k] = Math.round(w * 10000) / 10000;
  return { bias: Math.round(bias * 10000) / 10000, weights: kept };
}

let cached: LearnedModel | undefined;

/** The shipped model (`data/clauses/learned-model.json`), read once. */
export function loadLearnedModel(file = findResource('data/clauses/learned-model.json')): LearnedModel {
  if (cached && file === cachedFile) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Expected a readable learned clause model at ${file}.`, { cause: error });
  }
  cached = LearnedModelSchema.parse(raw);
  cachedFile = file;
  return cached;
}
let cachedFile: string | undefined;
