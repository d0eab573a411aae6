/**
 * The clause review itself, free of the pipeline: each clause against the red-flag rules and
 * against the standard clause library. Used by the check, the tests and the measurement script.
 */
import type { Clause } from './segment.js';
import type { ClauseLibrary, NearestStandard } from './library.js';
import type { ReviewPolicy } from './policy.js';
import { findBurdenCues, type BurdenHit } from './burden.js';
import { findRedFlags, type RedFlagHit } from './red-flags.js';
import { loadLearnedModel, scoreClause, type LearnedScore } from './learned.js';
import { clauseLanguage } from './text.js';

export interface ClauseAssessment {
  clause: Clause;
  language: 'zh' | 'en';
  redFlags: RedFlagHit[];
  /** The nearest standard clause; absent where the clause is not compared (preamble, key terms, too short). */
  nearest?: NearestStandard;
  /** True when the clause is far from every standard clause (below `similarity.minClauseSimilarity*`); reported, not decisive. */
  farFromLibrary: boolean;
  /** Borrower-burden cues of a compared clause (see `burden.ts`). */
  burden: BurdenHit[];
  /** True when the clause is unfamiliar and one-sided enough to read though no rule names it. */
  oneSided: boolean;
  /** The learned reader's score of a compared clause, when the policy has the reader on. */
  learned?: LearnedScore;
  /** True when the learned reader's probability reaches the policy's `learned.minProbability` on a clause with a burden cue or far from the library. */
  learnedUnusual: boolean;
  unusual: boolean;
  /** 0..1: 1 for a red flag, else 1 − similarity for a one-sided clause away from the library, else the learned probability. */
  score: number;
}

/** Lines of `label: value` or a key-terms title: compared with nothing, only checked by the rules. */
function isKeyTerms(clause: Clause): boolean {
  if (clause.number === 'preamble') return true;
  // Anchored: "Modification of Schedule" is a clause about the schedule, not the schedule itself.
  if (/主要条款|基本条款|借款要素|^(?:the )?(?:key terms|particulars|schedule)\b/iu.test(clause.title ?? '')) return true;
  const labels = clause.text.match(/[\u3400-\u9fffA-Za-z ]{2,24}[:：]\s*\S/gu)?.length ?? 0;
  return labels >= 4 && labels * 40 >= clause.text.length;
}

/** A sentence or two gives the learned reader too few words to judge by. */
function longEnough(text: string, language: 'zh' | 'en', policy: ReviewPolicy): boolean {
  if (language === 'zh') return text.replace(/\s/gu, '').length >= policy.learned.minCharsZh;
  return (text.match(/[A-Za-z]+/gu)?.length ?? 0) >= policy.learned.minWordsEn;
}

/**
 * Assess clauses: red flags first, then burden cues weighed against distance from the library.
 * @example assessClauses(segmentClauses(doc), library, policy).filter((a) => a.unusual)
 */
export function assessClauses(clauses: readonly Clause[], library: ClauseLibrary, policy: ReviewPolicy): ClauseAssessment[] {
  const model = policy.learned.minProbability <= 1 ? loadLearnedModel() : undefined;
  return clauses.map((clause) => {
    const text = `${clause.title ? `${clause.title} ` : ''}${clause.text}`;
    const language = clauseLanguage(text);
    const redFlags = findRedFlags(clause.text, policy);
    const compared = !isKeyTerms(clause) && clause.text.replace(/\s/gu, '').length >= policy.similarity.minTextChars;
    const nearest = compared ? library.nearest(clause.text, language) : undefined;
    const min = language === 'zh' ? policy.similarity.minClauseSimilarityZh : policy.similarity.minClauseSimilarityEn;
    const farFromLibrary = nearest !== undefined && nearest.similarity < min;
    const burden = compared ? findBurdenCues(text) : [];
    // Distance alone fires on any boilerplate the library lacks; a cue alone on standard lender
    // rights. Together they mark a clause that is both unfamiliar and one-sided; each further cue
    // lets a clause nearer the library through.
    const bar = policy.burden.oneCueSimilarity + Math.max(0, burden.length - 1) * policy.burden.similarityStepPerCue;
    const oneSided = nearest !== undefined && burden.length > 0 && nearest.similarity < bar;
    const learned = model && compared && longEnough(clause.text, language, policy) ? scoreClause(model, clause.text, language) : undefined;
    // The reader alone is too ready to see a usual clause on a topic the unusual ones share (a daily
    // default rate, a debit authority); it decides only a clause that is also unfamiliar or one-sided.
    const learnedUnusual = learned !== undefined && learned.probability >= policy.learned.minProbability && (burden.length > 0 || farFromLibrary);
    const unusual = redFlags.length > 0 || oneSided || learnedUnusual;
    const score = redFlags.length > 0 ? 1 : oneSided && nearest ? Math.round((1 - nearest.similarity) * 1000) / 1000 : learnedUnusual ? learned.probability : 0;
    return { clause, language, redFlags, ...(nearest ? { nearest } : {}), farFromLibrary, burden, oneSided, ...(learned ? { learned } : {}), learnedUnusual, unusual, score };
  });
}
