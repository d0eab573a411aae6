/**
 * Recall and false alarms of the unusual-clause detection on a sample set (dev: what the rules
 * were written on; holdout, blind2: tuning sets; blind3: measured once, never tuned on).
 * Usage: npx tsx scripts/measure-clauses.ts [holdout|dev|blind2|blind3] [--json]
 */
import path from 'node:path';
import { OcrSession } from '../pipelines/check.js';
import { loadClauseLibrary } from '../src/clauses/library.js';
import { loadReviewPolicy } from '../src/clauses/policy.js';
import { evaluateDocument, readManifest, score, type DocumentOutcome } from '../samples/generate/clauses/evaluate.js';

const set = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'holdout';
const json = process.argv.includes('--json');
const dir = path.resolve(import.meta.dirname, '../samples/clauses', set);
const manifest = readManifest(dir);
const library = loadClauseLibrary();
const policy = loadReviewPolicy();
const session = new OcrSession(2);
const outcomes: DocumentOutcome[] = [];
try {
  for (const doc of manifest.documents) {
    outcomes.push(await evaluateDocument(dir, doc, session, library, policy));
    process.stderr.write('.');
  }
} finally {
  await session.close();
}
process.stderr.write('\n');
const s = score(outcomes);
const result = {
  set,
  documents: s.documents,
  segmentation: `${s.segmentedRight}/${s.documents} documents segmented exactly`,
  recall: round(s.caught / s.unusualClauses),
  caught: `${s.caught}/${s.unusualClauses}`,
  rightRuleNamed: `${s.rightRule}/${s.unusualClauses}`,
  byCategory: Object.fromEntries(Object.entries(s.byExpect).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, `caught ${v.caught}/${v.total}, rule named ${v.rightRule}/${v.total}`])),
  falseAlarmsPer10StandardContracts: round((s.falseAlarmsInStandardDocuments / Math.max(1, s.standardDocuments)) * 10),
  falseAlarmsInStandardContracts: `${s.falseAlarmsInStandardDocuments} in ${s.standardDocuments} standard-only contracts`,
  falseAlarmRatePerStandardClause: round(s.falseAlarms.length / Math.max(1, s.standardClauses)),
  falseAlarmsAll: `${s.falseAlarms.length} on ${s.standardClauses} standard clauses in all ${s.documents} contracts`,
  missed: s.missed.map((m) => ({ expect: m.expected.expect, title: m.expected.title, nearest: m.assessment?.nearest, cues: m.assessment?.burden.map((h) => h.cue) })),
  falseAlarms: s.falseAlarms.map(({ file, outcome }) => {
    const a = 'expected' in outcome ? outcome.assessment : outcome;
    return { file, clause: a?.clause.number, title: a?.clause.title, rules: a?.redFlags.map((h) => `${h.rule}: ${h.sentence}`), cues: a?.burden.map((h) => h.cue), nearest: a?.nearest };
  }),
  badSegmentation: outcomes.filter((o) => !o.segmentedRight).map((o) => ({ file: o.document.file, expected: o.document.clauses.map((c) => c.number), got: o.segmentedNumbers })),
};
process.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : Object.entries(result).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v, null, 1) : v}`).join('\n') + '\n');

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
