/**
 * The review policy: rate caps and limits, each with the date it was true, read from
 * `config/review-policy.json` (or `DOCREVIEW_REVIEW_POLICY`). Limits live there, never in code.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { findResource } from './resources.js';

export const ReviewPolicySchema = z.object({
  lpr: z.object({ oneYearPercent: z.number().positive(), fiveYearPercent: z.number().positive(), asOf: z.string(), source: z.string().optional() }),
  rateCap: z.object({ lprMultiple: z.number().positive(), asOf: z.string().optional() }),
  defaultInterest: z.object({
    maxSurchargePercent: z.number().nonnegative(),
    /** Misused funds: PBOC practice allows up to +100 %. */
    maxMisuseSurchargePercent: z.number().nonnegative().default(100),
    useRateCapForAbsoluteRate: z.boolean().default(true),
    /** A one-off charge as a percent of the overdue amount (逾期管理费, late fee) above which it is queued. */
    maxOneOffChargePercentOfOverdue: z.number().nonnegative(),
  }),
  /** A lump-sum penalty on the whole principal for breaking a term (not for paying late), above which it is queued. */
  breachPenalty: z.object({ maxPercentOfPrincipal: z.number().nonnegative() }),
  prepayment: z.object({ maxPenaltyPercentOfAmount: z.number().nonnegative(), maxPenaltyMonthsOfInterest: z.number().nonnegative() }),
  similarity: z.object({ minClauseSimilarityZh: z.number().min(0).max(1), minClauseSimilarityEn: z.number().min(0).max(1), minTextChars: z.number().int().nonnegative() }),
  /**
   * The borrower-burden signal against the library distance: a clause no rule names is unusual
   * when it shows a burden cue and its similarity to the nearest standard clause is below
   * `oneCueSimilarity`, raised by `similarityStepPerCue` for each further cue. No cue: never
   * unusual by distance alone.
   */
  burden: z.object({ oneCueSimilarity: z.number().min(0).max(1), similarityStepPerCue: z.number().min(0).max(1) }),
  /**
   * The learned reader (`learned.ts`): a clause no rule names, with a burden cue or far from the
   * library, is unusual when the model's probability reaches `minProbability` (above 1: off); clauses
   * shorter than `minCharsZh` characters / `minWordsEn` words are not scored.
   */
  learned: z.object({ minProbability: z.number().min(0), minCharsZh: z.number().int().nonnegative().default(50), minWordsEn: z.number().int().nonnegative().default(25) }).default({ minProbability: 0.8, minCharsZh: 50, minWordsEn: 25 }),
  dayCount: z.union([z.literal(360), z.literal(365)]).default(365),
});

export type ReviewPolicy = z.infer<typeof ReviewPolicySchema>;

/** Annual percent above which a contract rate is flagged: the LPR multiple times the one-year LPR. */
export function rateCapPercent(policy: ReviewPolicy): number {
  return Math.round(policy.rateCap.lprMultiple * policy.lpr.oneYearPercent * 10000) / 10000;
}

/**
 * Read and validate the policy file.
 * @example rateCapPercent(loadReviewPolicy()) // 12 (4 × 3.0 % one-year LPR, May 2025)
 */
export function loadReviewPolicy(file = process.env.DOCREVIEW_REVIEW_POLICY ?? findResource('config/review-policy.json')): ReviewPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Expected a readable JSON review policy at ${file}.`, { cause: error });
  }
  const parsed = ReviewPolicySchema.safeParse(raw);
  if (!parsed.success) throw new Error(`The review policy ${file} is not valid: ${parsed.error.message}`, { cause: parsed.error });
  return parsed.data;
}
