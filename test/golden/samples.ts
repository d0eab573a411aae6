/**
 * The golden samples: every `X.expected.json` in the named sample sets with its document beside it.
 * By default dev, holdout and fresh; the sealed `unseen` set (and any other folder) only when named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Expected } from './score.js';

export const SAMPLES_DIR = path.resolve(import.meta.dirname, '../../samples');

export interface GoldenSample { set: string; id: string; file: string; expected: Expected }

export function listGoldenSamples(sets: readonly string[] = ['dev', 'holdout', 'fresh']): GoldenSample[] {
  return sets.flatMap((set) => {
    const dir = path.join(SAMPLES_DIR, set);
    let names: string[];
    try { names = readdirSync(dir); } catch { return []; }
    return names.filter((n) => n.endsWith('.expected.json')).sort().flatMap((n) => {
      const id = n.slice(0, -'.expected.json'.length);
      const doc = names.find((m) => m.startsWith(`${id}.`) && !m.endsWith('.json'));
      if (!doc) return [];
      return [{ set, id, file: path.join(dir, doc), expected: JSON.parse(readFileSync(path.join(dir, n), 'utf8')) as Expected }];
    });
  });
}
