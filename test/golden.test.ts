/**
 * Golden test: every sample of the dev, holdout, fresh, unseen, blind, blind2, blind3 and blind4 sets read end to end (ingest, OCR where
 * needed, classification, extraction) and its fields compared with the expected ones; the exact-field
 * rate per set and form must not fall below its measured floor (test/golden/floors.ts), and the
 * document type must be right on all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OcrSession, checkFile } from '../pipelines/check.js';
import { scoreSample, tally, type SampleScore } from './golden/score.js';
import { listGoldenSamples } from './golden/samples.js';
import { FLOORS, KNOWN_UNCLASSIFIED } from './golden/floors.js';

const samples = listGoldenSamples(['dev', 'holdout', 'fresh', 'unseen', 'blind', 'blind2', 'blind3', 'blind4']);

describe('golden samples', () => {
  const session = new OcrSession(2);
  const scores: (SampleScore & { set: string })[] = [];
  beforeAll(() => expect(samples.length).toBeGreaterThan(0));
  afterAll(async () => {
    await session.close();
    const rows = tally(scores);
    console.log(rows.map((r) => `${r.group.padEnd(36)} fields ${r.exact}/${r.fields} = ${(r.rate * 100).toFixed(1)}%  docType ${r.docTypeRight}/${r.docs}`).join('\n'));
  });

  for (const sample of samples) {
    it(`${sample.set}/${sample.id}`, async () => {
      const expected = sample.expected;
      const report = await checkFile(sample.file, session);
      expect(report.error).toBeUndefined();
      const score = scoreSample(expected, report);
      scores.push({ ...score, set: sample.set });
      const wrong = score.fields.filter((f) => !f.ok);
      // Per-document failures are allowed within the per-group thresholds checked below; log them.
      if (wrong.length) console.log(`${sample.id}: ${wrong.map((w) => `${w.name} expected ${JSON.stringify(w.expected)} got ${JSON.stringify(w.got)}`).join('; ')}`);
    });
  }

  it('stays at or above the measured floor per set and form, and gets every document type right', () => {
    const bySetForm = new Map<string, { exact: number; fields: number }>();
    for (const row of tally(scores)) {
      const [set, form] = row.group.split(' ');
      const key = `${set} ${form}`;
      const t = bySetForm.get(key) ?? { exact: 0, fields: 0 };
      t.exact += row.exact;
      t.fields += row.fields;
      bySetForm.set(key, t);
    }
    for (const [key, t] of bySetForm) {
      const floor = FLOORS[key];
      expect(floor, `a floor for ${key}`).toBeDefined();
      expect({ group: key, rate: Number((t.exact / t.fields).toFixed(3)) }).toSatisfy(({ rate }: { rate: number }) => rate >= floor!);
    }
    expect(scores.filter((s) => !s.docTypeOk && !KNOWN_UNCLASSIFIED.has(s.id)).map((s) => s.id)).toEqual([]);
    expect(scores.length).toBe(samples.length);
  });
});

