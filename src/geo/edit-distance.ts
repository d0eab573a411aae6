/**
 * Levenshtein distance over code points (so one Chinese character counts as one edit); with
 * `transpositions`, two adjacent letters swapped count as one edit (optimal string alignment), the
 * commonest typing slip in Latin script (Pudnog for Pudong).
 * @example editDistance('pudnog', 'pudong') // 2; editDistance('pudnog', 'pudong', { transpositions: true }) // 1
 */
export function editDistance(a: string, b: string, options: { transpositions?: boolean } = {}): number {
  const s = [...a];
  const t = [...b];
  let before: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (options.transpositions && i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    before = prev;
    prev = row;
  }
  return prev[t.length]!;
}
