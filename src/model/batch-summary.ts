/**
 * `summary.json` of a `docreview batch` run: every input file with what became of it, counts by
 * finding code and severity, case verdicts, and the run's timings.
 *
 * Everything outside `run` and the per-file `status`/`ms` describes the inputs and their reports,
 * so an interrupted-then-resumed run and an uninterrupted run over the same inputs agree on it.
 */
import { z } from 'zod';
import { ErrorCodeSchema, FindingCodeSchema, SCHEMA_VERSION, VerdictSchema } from './schema.js';

/**
 * What this run did with a file: `ok` / `error` = read now (the report has no error / has one);
 * `skipped-unchanged` = an earlier run reported these same bytes with this docreview version;
 * `not-processed` = the run was interrupted before the file was done (rerun to finish).
 */
export const BatchFileStatusSchema = z.enum(['ok', 'error', 'skipped-unchanged', 'not-processed']);

export const SeverityCountsSchema = z.object({ high: z.number().int(), medium: z.number().int(), low: z.number().int(), info: z.number().int() });

export const FindingCountsSchema = z.object({
  bySeverity: SeverityCountsSchema,
  byCode: z.partialRecord(FindingCodeSchema, z.number().int()),
});

export const BatchFileSchema = z.object({
  /** Path relative to the input folder, `/`-separated. */
  path: z.string(),
  caseId: z.string(),
  /** `application` for a case's application.json; `document` for everything else. */
  kind: z.enum(['document', 'application']),
  status: BatchFileStatusSchema,
  /** The report's outcome, whether it was made by this run or an earlier one; absent if not processed. */
  result: z.enum(['ok', 'error']).optional(),
  /** sha256 of the bytes, hex; absent when the file could not be read at all. */
  sha256: z.string().optional(),
  sizeBytes: z.number().int().min(0).optional(),
  /** The document report, relative to the output folder. */
  report: z.string().optional(),
  pageCount: z.number().int().min(0).optional(),
  docType: z.string().optional(),
  error: z.object({ code: z.union([ErrorCodeSchema, z.literal('INVALID_APPLICATION')]), message: z.string() }).optional(),
  findings: FindingCountsSchema.optional(),
  /** Wall time spent on the file in this run (0 when skipped). */
  ms: z.number().min(0),
});

export const BatchCaseSchema = z.object({
  caseId: z.string(),
  /** Folder relative to the input folder; absent for a loose file that is a case of its own. */
  dir: z.string().optional(),
  documents: z.number().int().min(0),
  hasApplication: z.boolean(),
  verdict: VerdictSchema.optional(),
  /** Why there is no verdict (no application.json, case checks not available, interrupted…). */
  noVerdictReason: z.string().optional(),
  blocking: z.number().int().min(0),
  /** Cross-document findings of the case report (document findings are counted per file). */
  findings: FindingCountsSchema,
  report: z.string().optional(),
});

export const BatchSummarySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  docreviewVersion: z.string(),
  inputDir: z.string(),
  /** False when the run was interrupted: some files are `not-processed`. */
  completed: z.boolean(),
  totals: z.object({
    files: z.number().int(),
    documents: z.number().int(),
    cases: z.number().int(),
    pages: z.number().int(),
    ok: z.number().int(),
    error: z.number().int(),
    notProcessed: z.number().int(),
    errorsByCode: z.record(z.string(), z.number().int()),
    /** Document findings plus case-level findings. */
    findings: FindingCountsSchema,
    verdicts: z.object({ PASS: z.number().int(), HOLD: z.number().int(), none: z.number().int() }),
  }),
  files: z.array(BatchFileSchema),
  cases: z.array(BatchCaseSchema),
  /** This run only: differs between an interrupted-then-resumed run and an uninterrupted one. */
  run: z.object({
    startedAt: z.string(),
    finishedAt: z.string(),
    wallMs: z.number(),
    concurrency: z.number().int(),
    processed: z.number().int(),
    skippedUnchanged: z.number().int(),
    /** Pages read by this run (skipped files excluded) and the rate over the wall time. */
    pagesProcessed: z.number().int(),
    pagesPerSecond: z.number(),
    interrupted: z.boolean(),
    /** Sums over the documents read by this run, from their report timings, plus batch overheads. */
    stageMs: z.record(z.string(), z.number()),
    workers: z.object({ started: z.number().int(), recycled: z.number().int(), killed: z.number().int() }),
    peakRssBytes: z.number().int(),
  }),
});

export type BatchFileStatus = z.infer<typeof BatchFileStatusSchema>;
export type SeverityCounts = z.infer<typeof SeverityCountsSchema>;
export type FindingCounts = z.infer<typeof FindingCountsSchema>;
export type BatchFile = z.infer<typeof BatchFileSchema>;
export type BatchCase = z.infer<typeof BatchCaseSchema>;
export type BatchSummary = z.infer<typeof BatchSummarySchema>;
