/** Seeded pseudo-random numbers for property-style tests: the same cases on every run. */
export function createRandom(seed: number): { int(maxExclusive: number): number; cents(maxCents: bigint): bigint } {
  let state = seed >>> 0;
  const next = (): number => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
    /** 1 .. maxCents, with many zero digits half of the time (zeros are where 大写 goes wrong). */
    cents(maxCents) {
      const digits = maxCents.toString().length;
      const sparse = next() < 0.5;
      for (;;) {
        let s = '';
        for (let i = 0; i < digits; i++) s += sparse && next() < 0.6 ? '0' : String(Math.floor(next() * 10));
        const v = BigInt(s) % (maxCents + 1n);
        if (v > 0n) return v;
      }
    },
  };
}
