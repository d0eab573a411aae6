/**
 * Scores the clause review on a sample set against its manifest: segmentation, recall of unusual
 * clauses (and whether the right rule was named), false alarms on standard clauses.
 * Shared by `scripts/measure-clauses.ts` and the tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectFile, type OcrSession } from '../../../pipelines/check.js';
import { assessClauses, type ClauseAssessment } from '../../../src/clauses/assess.js';
import type { ClauseLibrary } from '../../../src/clauses/library.js';
import type { ReviewPolicy } from '../../../src/clauses/policy.js';
import { segmentContract } from '../../../src/clauses/segment.js';
import type { ClauseSampleDocument, ClauseSampleManifest, ExpectedClause } from './manifest.js';

export interface ClauseOutcome {
  expected: ExpectedClause;
  assessment?: ClauseAssessment;
}

export interface DocumentOutcome {
  document: ClauseSampleDocument;
  docType: string;
  /** Segmented clause numbers matched the manifest one for one. */
  segmentedRight: boolean;
  segmentedNumbers: string[];
  clauses: ClauseOutcome[];
  /** Flags raised on the preamble or key-terms section (no standard clause expected there to be flagged). */
  strayFlags: ClauseAssessment[];
  /** Every clause of the document as segmented, assessed (preamble and sections included). */
  all: ClauseAssessment[];
}

/** The contract's own section headings (`一、借款主要条款`, `二、合同条款`): whole titles only, so `合同条款的修改` stays a clause. */
const SECTION_TITLES = /^(?:借款|贷款)?(?:主要条款|合同条款)$/u;

export function readManifest(dir: string): ClauseSampleManifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ClauseSampleManifest;
}

/** Read one sample through the real pipeline and assess its clauses. */
export async function evaluateDocument(dir: string, doc: ClauseSampleDocument, session: OcrSession, library: ClauseLibrary, policy: ReviewPolicy): Promise<DocumentOutcome> {
  const { read, report } = await inspectFile(path.join(dir, doc.file), session);
  if (!read) throw new Error(`Could not read ${doc.file}: ${report.error?.message}`);
  const { preamble, clauses } = segmentContract(read.document);
  const sections = clauses.filter((c) => SECTION_TITLES.test(c.title ?? ''));
  const body = clauses.filter((c) => !SECTION_TITLES.test(c.title ?? ''));
  const assessed = assessClauses(body, library, policy);
  const extra = assessClauses([...(preamble ? [preamble] : []), ...sections], library, policy).filter((a) => a.unusual);
  const segmentedRight = body.length === doc.clauses.length && body.every((c, i) => c.number === doc.clauses[i]?.number);
  return {
    document: doc,
    docType: read.document.docType,
    segmentedRight,
    segmentedNumbers: body.map((c) => c.number),
    clauses: doc.clauses.map((expected, i) => ({ expected, assessment: segmentedRight ? assessed[i] : assessed.find((a) => a.clause.number === expected.number && (a.clause.title ?? '').includes(expected.title.slice(0, 4))) })),
    strayFlags: extra,
    all: [...assessed, ...extra],
  };
}

export interface Scores {
  documents: number;
  standardDocuments: number;
  segmentedRight: number;
  unusualClauses: number;
  caught: number;
  rightRule: number;
  missed: ClauseOutcome[];
  standardClauses: number;
  falseAlarms: { file: string; outcome: ClauseOutcome | ClauseAssessment }[];
  falseAlarmsInStandardDocuments: number;
  /** Per expected rule id (and `unusual`): how many there were, how many raised CLAUSE_UNUSUAL, how many named that rule. */
  byExpect: Record<string, { total: number; caught: number; rightRule: number }>;
}

export function score(outcomes: readonly DocumentOutcome[]): Scores {
  const s: Scores = { documents: outcomes.length, standardDocuments: 0, segmentedRight: 0, unusualClauses: 0, caught: 0, rightRule: 0, missed: [], standardClauses: 0, falseAlarms: [], falseAlarmsInStandardDocuments: 0, byExpect: {} };
  for (const o of outcomes) {
    const standardOnly = o.document.clauses.every((c) => c.expect === 'standard');
    if (standardOnly) s.standardDocuments++;
    if (o.segmentedRight) s.segmentedRight++;
    for (const c of o.clauses) {
      if (c.expected.expect === 'standard') {
        s.standardClauses++;
        if (c.assessment?.unusual) {
          s.falseAlarms.push({ file: o.document.file, outcome: c });
          if (standardOnly) s.falseAlarmsInStandardDocuments++;
        }
        continue;
      }
      s.unusualClauses++;
      const tally = (s.byExpect[c.expected.expect] ??= { total: 0, caught: 0, rightRule: 0 });
      tally.total++;
      if (c.assessment?.unusual) {
        s.caught++;
        tally.caught++;
        if (c.expected.expect === 'unusual' || c.assessment.redFlags.some((h) => h.rule === c.expected.expect)) {
          s.rightRule++;
          tally.rightRule++;
        }
      } else {
        s.missed.push(c);
      }
    }
    for (const a of o.strayFlags) {
      s.falseAlarms.push({ file: o.document.file, outcome: a });
      if (standardOnly) s.falseAlarmsInStandardDocuments++;
    }
  }
  return s;
}
