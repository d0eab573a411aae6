import { describe, expect, it } from 'vitest';
import { loadClauseLibrary } from './library.js';
import { TfIdfIndex, enTokens, zhTokens, type Tokenizer } from './similarity.js';
import { readFileSync } from 'node:fs';
import { findResource } from './resources.js';

/** The plain method, every query term looked up in every clause: what the index must reproduce exactly. */
function bruteNearest(docs: readonly { id: string; text: string }[], tokenize: Tokenizer, text: string): { id: string; similarity: number } {
  const tokenized = docs.map((d) => tokenize(d.text));
  const df = new Map<string, number>();
  for (const tokens of tokenized) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map([...df].map(([t, f]) => [t, Math.log((docs.length + 1) / (f + 1)) + 1]));
  const unseen = Math.log(docs.length + 1) + 1;
  const vector = (tokens: readonly string[]) => {
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, f] of tf) { const w = (1 + Math.log(f)) * (idf.get(t) ?? unseen); tf.set(t, w); norm += w * w; }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of tf) tf.set(t, w / norm);
    return tf;
  };
  const vectors = tokenized.map(vector);
  const query = vector(tokenize(text));
  let best = { id: '', similarity: 0 };
  docs.forEach((d, i) => {
    let dot = 0;
    for (const [t, w] of query) dot += w * (vectors[i]!.get(t) ?? 0);
    if (dot > best.similarity) best = { id: d.id, similarity: dot };
  });
  return { id: best.id, similarity: Math.round(best.similarity * 1000) / 1000 };
}

const clauses = (language: 'zh' | 'en') => (JSON.parse(readFileSync(`${findResource('data/clauses')}/${language}.json`, 'utf8')) as { clauses: { id: string; text: string }[] }).clauses;

describe('TfIdfIndex.nearest', () => {
  it.each([['zh', zhTokens], ['en', enTokens]] as const)('gives exactly what the clause-by-clause sums give (%s library)', (language, tokenize) => {
    const docs = clauses(language);
    const index = new TfIdfIndex(docs, tokenize);
    // Queries: each standard clause, halves of them, two run together, and text sharing nothing.
    const queries = [...docs.map((d) => d.text), ...docs.map((d) => d.text.slice(0, Math.ceil(d.text.length / 2))),
      ...docs.slice(1).map((d, i) => `${docs[i]!.text} ${d.text}`), 'zzzz qqqq', '', '鑫鑫鑫'];
    for (const q of queries) expect(index.nearest(q)).toEqual(bruteNearest(docs, tokenize, q));
  });

  it('finds a standard clause itself, and nothing for text with no shared term', () => {
    const library = loadClauseLibrary();
    const first = clauses('en')[0]!;
    expect(library.nearest(first.text, 'en')).toMatchObject({ id: first.id, similarity: 1 });
    expect(library.nearest('qqqq', 'en')).toMatchObject({ id: '', similarity: 0 });
  });
});
