/** Shared by the blind clause-set assemblers (`blind4-contracts.ts`, `blind5-contracts.ts`). */
import type { Rng } from '../prng.js';

/**
 * Deal the unusual clauses into contracts of the given sizes so no contract gets two on the same
 * topic (where the sizes allow).
 * @example dealUnusual(rng, unusualZh, [3, 3, 2]) // three contracts' worth of unusual clauses
 */
export function dealUnusual<P extends { topic: string }>(rng: Rng, unusual: readonly P[], sizes: readonly number[]): P[][] {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (unusual.length !== total) throw new Error(`Expected ${total} unusual phrasings per language, got ${unusual.length}`);
  const bins: P[][] = sizes.map(() => []);
  for (const u of rng.shuffle(unusual)) {
    const open = bins.map((_, i) => i).filter((i) => bins[i]!.length < sizes[i]!);
    const fits = open.filter((i) => !bins[i]!.some((x) => x.topic === u.topic));
    bins[rng.pick(fits.length > 0 ? fits : open)]!.push(u);
  }
  return bins;
}
