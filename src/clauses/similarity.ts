/**
 * Character n-gram TF-IDF with cosine similarity: how close a clause is to its nearest standard
 * clause. Hand-written rather than natural's TfIdf: natural tokenises by words (nothing for
 * Chinese), its index import costs ~450 ms and ~150 MB and prints to stdout, and the whole
 * method is forty lines with a fixed, documented tokenisation.
 */
import { foldWidth } from '../extract/lines.js';
import { namePlainParties } from './text.js';

export type Tokenizer = (text: string) => string[];

/** The same party in the words of different contracts: one token, so wording choices do not count. */
const ZH_PARTIES: [RegExp, string][] = [
  [/贷款人|出借人|贷款方/gu, '甲方'],
  [/借款人|借款方/gu, '乙方'],
];

/** Chinese: character unigrams and bigrams of the letters, digits folded to 0. */
export const zhTokens: Tokenizer = (text) => {
  let s = foldWidth(text);
  for (const [from, to] of ZH_PARTIES) s = s.replace(from, to);
  const chars = [...s.replace(/\d+(?:\.\d+)?/gu, '0').replace(/[^\p{L}\p{N}]/gu, '')];
  const out: string[] = [...chars];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
};

/** English: character 4-grams over lower-cased words, padded with a space at word edges; "we"/"you" read as the parties. */
export const enTokens: Tokenizer = (text) => {
  const s = ` ${namePlainParties(foldWidth(text)).toLowerCase().replace(/\d+(?:\.\d+)?/gu, '0').replace(/[^a-z0 ]+/gu, ' ').replace(/\s+/gu, ' ').trim()} `;
  const out: string[] = [];
  for (let i = 0; i + 4 <= s.length; i++) out.push(s.slice(i, i + 4));
  return out;
};

export interface Nearest { id: string; similarity: number }

/** A TF-IDF index over the standard clauses of one language. */
export class TfIdfIndex {
  readonly #idf = new Map<string, number>();
  readonly #ids: string[];
  /**
   * Term → the clauses that have it, as parallel lists (clause number ascending, weight): a query
   * touches only the clauses sharing one of its terms instead of looking every term up in every
   * clause. Each clause's dot product still adds its terms in the query's order, so the sums are
   * the same floating-point numbers as a term-by-term walk over every clause.
   */
  readonly #postings = new Map<string, { docs: number[]; weights: number[] }>();
  readonly #unseenIdf: number;

  constructor(docs: readonly { id: string; text: string }[], private readonly tokenize: Tokenizer) {
    const tokenized = docs.map((d) => ({ id: d.id, tokens: tokenize(d.text) }));
    const df = new Map<string, number>();
    for (const { tokens } of tokenized) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
    const n = docs.length;
    for (const [t, f] of df) this.#idf.set(t, Math.log((n + 1) / (f + 1)) + 1);
    // A term no standard clause uses weighs most: novel wording pulls the similarity down.
    this.#unseenIdf = Math.log(n + 1) + 1;
    this.#ids = tokenized.map(({ id }) => id);
    tokenized.forEach(({ tokens }, doc) => {
      for (const [t, w] of this.#vector(tokens)) {
        let list = this.#postings.get(t);
        if (!list) this.#postings.set(t, (list = { docs: [], weights: [] }));
        list.docs.push(doc);
        list.weights.push(w);
      }
    });
  }

  #vector(tokens: readonly string[]): Map<string, number> {
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * (this.#idf.get(t) ?? this.#unseenIdf);
      tf.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of tf) tf.set(t, w / norm);
    return tf;
  }

  /** The standard clause closest to `text`, with cosine similarity 0..1. */
  nearest(text: string): Nearest {
    const query = this.#vector(this.tokenize(text));
    const dots = new Float64Array(this.#ids.length);
    for (const [t, w] of query) {
      const list = this.#postings.get(t);
      if (!list) continue;
      for (let k = 0; k < list.docs.length; k++) dots[list.docs[k]!]! += w * list.weights[k]!;
    }
    let best: Nearest = { id: '', similarity: 0 };
    for (let doc = 0; doc < dots.length; doc++) {
      if (dots[doc]! > best.similarity) best = { id: this.#ids[doc]!, similarity: dots[doc]! };
    }
    return { id: best.id, similarity: Math.round(best.similarity * 1000) / 1000 };
  }
}
