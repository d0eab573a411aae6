/**
 * CLAUSE_UNUSUAL: loan-contract clauses that match a red-flag rule (severity high) or stand far
 * from every standard clause (medium). Each is also a review item (kind `clause`) that a person
 * decides before disbursement.
 */
import type { DocumentCheck } from '../checks/check.js';
import type { Finding, ReviewItem } from '../model/schema.js';
import { reviewItemId } from '../review/id.js';
import { assessClauses, type ClauseAssessment } from './assess.js';
import { loadClauseLibrary, type ClauseLibrary } from './library.js';
import { loadReviewPolicy, type ReviewPolicy } from './policy.js';
import { segmentContract } from './segment.js';
import { borrowerLetter, nameLetterParties } from './text.js';

export interface ClauseReviewOptions {
  library?: ClauseLibrary;
  policy?: ReviewPolicy;
}

/** Review-item text is the clause, cut at this many characters. */
const MAX_ITEM_TEXT = 4000;

/**
 * The clause review check; library and policy are read on first use unless given.
 * @example const check = createClauseReview({ policy: { ...loadReviewPolicy(), dayCount: 360 } });
 */
export function createClauseReview(options: ClauseReviewOptions = {}): DocumentCheck {
  let loaded: { library: ClauseLibrary; policy: ReviewPolicy } | undefined;
  const resources = () => (loaded ??= { library: options.library ?? loadClauseLibrary(), policy: options.policy ?? loadReviewPolicy() });
  return {
    id: 'clause-review',
    appliesTo: (doc) => doc.docType === 'loan_contract',
    run: ({ document }, { findings, reviewItems }) => {
      const { library, policy } = resources();
      const { preamble, clauses } = segmentContract(document);
      const all = preamble ? [preamble, ...clauses] : clauses;
      // 甲方/乙方 are read by the role the contract gives them (some contracts make the borrower 甲方).
      const borrower = borrowerLetter(all.map((c) => `${c.title ?? ''}\n${c.text}`).join('\n'));
      const named = all.map((c) => ({ ...c, text: nameLetterParties(c.text, borrower) }));
      const assessed = assessClauses(named, library, policy);
      for (const a of assessed.filter((x) => x.unusual)) {
        findings.push(toFinding(a));
        reviewItems.push(toReviewItem(document.file.id, a));
      }
    },
  };
}

export const clauseReview: DocumentCheck = createClauseReview();

function label(a: ClauseAssessment): string {
  const { number, title } = a.clause;
  if (number === 'preamble') return 'The text before the first clause';
  return `Clause ${number}${title ? ` (${title})` : ''}`;
}

export function reasonOf(a: ClauseAssessment): string {
  if (a.redFlags.length) return a.redFlags.map((h) => `${h.title}: ${h.explanation}`).join(' ');
  if (!a.oneSided && a.learnedUnusual && a.learned) {
    return `Reads like the unusual clauses the learned reader was trained on (probability ${a.learned.probability}; weighed most: ${a.learned.cues.map((c) => `“${c}”`).join(', ')}); nearest standard clause ${a.nearest?.id ?? 'none'} (similarity ${a.nearest?.similarity ?? 0}).`;
  }
  const cues = a.burden.map((h) => h.cue).join(', ');
  return `Unlike the standard clauses (nearest ${a.nearest?.id}, similarity ${a.nearest?.similarity}) and one-sided against the borrower (${cues}).`;
}

function toFinding(a: ClauseAssessment): Finding {
  const flags = a.redFlags;
  return {
    code: 'CLAUSE_UNUSUAL',
    severity: flags.length ? 'high' : 'medium',
    message: flags.length
      ? `${label(a)} on page ${a.clause.page}: ${flags.map((h) => h.title.toLowerCase()).join('; ')}. A person must read it before disbursement.`
      : `${label(a)} on page ${a.clause.page} departs from the standard clauses; a person should read it.`,
    page: a.clause.page,
    bbox: a.clause.bbox,
    evidence: {
      clauseNumber: a.clause.number,
      ...(a.clause.title ? { clauseTitle: a.clause.title } : {}),
      pages: a.clause.pages,
      rules: flags.map((h) => h.rule),
      ...(a.burden.length ? { burdenCues: a.burden.map((h) => ({ cue: h.cue, sentence: h.sentence })) } : {}),
      ...(a.learnedUnusual && a.learned ? { learned: { probability: a.learned.probability, cues: a.learned.cues } } : {}),
      explanation: reasonOf(a),
      matches: flags.map((h) => ({ rule: h.rule, sentence: h.sentence, ...(h.values ? { values: h.values } : {}) })),
      score: a.score,
      ...(a.nearest ? { nearestStandard: { id: a.nearest.id, topic: a.nearest.topic, similarity: a.nearest.similarity } } : {}),
      language: a.language,
    },
  };
}

function toReviewItem(documentId: string, a: ClauseAssessment): ReviewItem {
  const text = `${a.clause.title ? `${a.clause.title} ` : ''}${a.clause.text}`.slice(0, MAX_ITEM_TEXT);
  return {
    id: reviewItemId(documentId, `clause:${a.clause.number}`, a.clause.text),
    kind: 'clause',
    page: a.clause.page,
    text,
    reason: reasonOf(a),
    score: a.score,
  };
}
