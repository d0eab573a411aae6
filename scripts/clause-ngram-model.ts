/**
 * A small logistic regression over hashed character n-grams of a clause (title and text), for the
 * issue #5 experiment (`clause-learned-experiment.ts`; not wired into the reviewer, see the README).
 * Character n-grams need no word tokeniser, so Chinese and English share one feature space.
 * Deterministic: fixed hashing, fixed example order, no random initialisation; weights are rounded
 * to 1/1000 so a saved model would score exactly as measured.
 */

/** Feature space size (hashed n-grams). */
const DIMENSIONS = 1 << 18;

export interface NgramModelOptions {
  /** Character n-gram lengths; default 2..4. */
  lengths?: readonly number[];
  /** Passes over the training examples; default 25. */
  epochs?: number;
  /** L2 penalty per update; default 1e-5. */
  l2?: number;
  /** Adagrad base step; default 0.5. */
  step?: number;
}

export interface LabelledText {
  text: string;
  unusual: boolean;
}

export interface NgramModel {
  weights: Float64Array;
  bias: number;
  lengths: readonly number[];
}

/** Weights are kept to 1/1000, the precision a saved model would have. */
const PRECISION = 1000;

/** Lower case, full-width folded, digits as 0 and white space collapsed: amounts and numbering say little. */
export function normaliseClauseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d/gu, '0').replace(/\s+/gu, ' ').trim();
}

/** Hashed, de-duplicated n-gram indices with unit L2 norm (each present n-gram weighs 1/√k). */
export function featurise(text: string, lengths: readonly number[] = [2, 3, 4]): { index: Uint32Array; value: number } {
  const chars = [...normaliseClauseText(text)];
  const seen = new Set<number>();
  for (const n of lengths) {
    for (let i = 0; i + n <= chars.length; i++) seen.add(hash(`${n}:${chars.slice(i, i + n).join('')}`));
  }
  const index = Uint32Array.from([...seen].sort((a, b) => a - b));
  return { index, value: index.length ? 1 / Math.sqrt(index.length) : 0 };
}

/**
 * Train on labelled clauses, each class weighted so that unusual and standard count alike.
 * @example trainNgramModel([{ text: '贷款人可随时宣布借款提前到期', unusual: true }, …]).
 */
export function trainNgramModel(examples: readonly LabelledText[], options: NgramModelOptions = {}): NgramModel {
  const lengths = options.lengths ?? [2, 3, 4];
  const epochs = options.epochs ?? 25;
  const l2 = options.l2 ?? 1e-5;
  const step = options.step ?? 0.5;
  const positives = examples.filter((e) => e.unusual).length;
  if (positives === 0 || positives === examples.length) throw new Error(`Expected both unusual and standard examples, got ${positives} unusual of ${examples.length}`);
  const classWeight = { unusual: examples.length / (2 * positives), standard: examples.length / (2 * (examples.length - positives)) };
  const features = examples.map((e) => featurise(e.text, lengths));
  const weights = new Float64Array(DIMENSIONS);
  const squared = new Float64Array(DIMENSIONS);
  let bias = 0;
  let biasSquared = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = 0; k < examples.length; k++) {
      // A fixed stride through the examples mixes sets and classes without a random generator.
      const i = (k * 7919 + epoch * 104729) % examples.length;
      const { index, value } = features[i]!;
      const y = examples[i]!.unusual ? 1 : 0;
      const p = sigmoid(bias + dot(weights, index, value));
      const g = (p - y) * (y ? classWeight.unusual : classWeight.standard);
      for (const j of index) {
        const grad = g * value + l2 * weights[j]!;
        squared[j]! += grad * grad;
        weights[j]! -= (step * grad) / Math.sqrt(squared[j]! + 1e-8);
      }
      biasSquared += g * g;
      bias -= (step * g) / Math.sqrt(biasSquared + 1e-8);
    }
  }
  for (let j = 0; j < DIMENSIONS; j++) weights[j] = Math.round(weights[j]! * PRECISION) / PRECISION;
  return { weights, bias: Math.round(bias * PRECISION) / PRECISION, lengths };
}

/** Probability (0..1) that the clause is unusual. */
export function scoreClause(model: NgramModel, text: string): number {
  const { index, value } = featurise(text, model.lengths);
  return sigmoid(model.bias + dot(model.weights, index, value));
}

function dot(weights: Float64Array, index: Uint32Array, value: number): number {
  let s = 0;
  for (const j of index) s += weights[j]!;
  return s * value;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** FNV-1a over UTF-16 code units, reduced to the feature space. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % DIMENSIONS;
}
