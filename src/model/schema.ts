/**
 * The public report contract (../shared/contract.md) as zod schemas: the one place the document
 * model and the report shapes are defined. Types are inferred from these schemas.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1' as const;

export const DocTypeSchema = z.enum(['loan_contract', 'pay_slip', 'bank_statement', 'unknown']);
export const LanguageSchema = z.enum(['zh', 'en', 'mixed']);
export const SeveritySchema = z.enum(['high', 'medium', 'low', 'info']);
export const PageSourceSchema = z.enum(['text-layer', 'ocr']);

/** Box in page pixels: [x, y, width, height], origin top-left. */
export const BBoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

export const FINDING_CODES = [
  'AMOUNT_WORDS_MISMATCH',
  'AMOUNT_MISMATCH',
  'ADDRESS_MISMATCH',
  'ADDRESS_UNKNOWN_PLACE',
  'PAGE_MISSING',
  'PAGE_DUPLICATE',
  'PAGE_OUT_OF_ORDER',
  'IMAGE_EDITED',
  'METADATA_EDITED',
  'FONT_INCONSISTENT',
  'TEXT_LAYER_MISMATCH',
  'BALANCE_MISMATCH',
  'PAYSLIP_ARITHMETIC',
  'DATE_INCONSISTENT',
  'ACCOUNT_MISMATCH',
  'NAME_MISMATCH',
  'SIGNATURE_MISSING',
  'CLAUSE_UNUSUAL',
  'DOCUMENT_MISSING',
  'LOW_OCR_CONFIDENCE',
  // Extensions (the contract allows new codes): loan terms that used to borrow AMOUNT_MISMATCH,
  // DATE_INCONSISTENT and NAME_MISMATCH; `evidence.field` still names the field.
  'RATE_MISMATCH',
  'TERM_MISMATCH',
  'ID_MISMATCH',
] as const;
export const FindingCodeSchema = z.enum(FINDING_CODES);

/** Why a file could not be read. Stable codes: systems may branch on them. */
export const ERROR_CODES = [
  'EMPTY_FILE',
  'UNSUPPORTED_TYPE',
  'CORRUPT_FILE',
  'ENCRYPTED',
  'TOO_LARGE',
  'TIMEOUT',
  'NOT_FOUND',
  'INTERNAL',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);

/**
 * How a value read by OCR was checked against independent evidence before a check relied on it:
 * a second reading of its box, the same amount in words or mentioned again, arithmetic that
 * closes, a check digit. `confirmed`: the value stands; `corrected`: two further readings agreed on
 * another value, which replaced the first (kept in `original`); `unconfirmed`: nothing backed it.
 */
export const VerificationSchema = z.object({
  status: z.enum(['confirmed', 'corrected', 'unconfirmed']),
  /** What backed it: 'reread', 'amount-words', 'repeated', 'arithmetic', 'running-balance', 'checksum'. */
  by: z.array(z.string()),
  /** The further readings of the value's box, when it was read again; `value` is absent when a reading gave nothing parseable. */
  reads: z.array(z.object({ value: z.unknown().optional(), raw: z.string(), confidence: z.number(), method: z.string() })).optional(),
  /** The first reading, when `corrected`. */
  original: z.unknown().optional(),
});

export const FieldSchema = z.object({
  value: z.unknown(),
  raw: z.string(),
  page: z.number().int().min(1),
  bbox: BBoxSchema.optional(),
  source: PageSourceSchema.optional(),
  confidence: z.number().min(0).max(1),
  evidence: z.record(z.string(), z.unknown()).optional(),
  verification: VerificationSchema.optional(),
});

export const TransactionSchema = z.object({
  date: z.string(),
  description: z.string(),
  /** Signed money string: credits positive, debits negative. */
  amount: z.string(),
  balance: z.string().optional(),
  page: z.number().int().min(1),
  bbox: BBoxSchema.optional(),
  raw: z.string(),
  confidence: z.number().min(0).max(1),
  /** OCR'd rows: the amount and balance checked against the running balance or read again. */
  verification: VerificationSchema.optional(),
});

export const FindingSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema,
  message: z.string(),
  page: z.number().int().min(1).optional(),
  bbox: BBoxSchema.optional(),
  evidence: z.record(z.string(), z.unknown()),
});

export const ReviewItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  page: z.number().int().min(1),
  text: z.string(),
  reason: z.string(),
  score: z.number(),
});

export const PageReportSchema = z.object({
  index: z.number().int().min(1),
  source: PageSourceSchema,
  ocrConfidence: z.number().min(0).max(100).optional(),
  /** Why OCR was chosen (or the text layer trusted). */
  sourceReason: z.string().optional(),
  printedNumber: z.number().int().optional(),
  printedTotal: z.number().int().optional(),
  width: z.number(),
  height: z.number(),
  /** Pixels per inch the page coordinates are in. */
  dpi: z.number().optional(),
});

export const DocumentInfoSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  pageCount: z.number().int().min(0),
  docType: DocTypeSchema,
  docTypeConfidence: z.number().min(0).max(1),
  language: LanguageSchema,
  sizeBytes: z.number().int().min(0).optional(),
});

export const ReportErrorSchema = z.object({ code: ErrorCodeSchema, message: z.string() });

export const DocumentReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  document: DocumentInfoSchema,
  pages: z.array(PageReportSchema),
  fields: z.record(z.string(), z.union([FieldSchema, z.array(TransactionSchema)])),
  /** Every mention of a field that parsed (the chosen one among them), for cross-mention checks. */
  mentions: z.record(z.string(), z.array(FieldSchema)).optional(),
  findings: z.array(FindingSchema),
  reviewItems: z.array(ReviewItemSchema),
  metadata: z.record(z.string(), z.string()).optional(),
  /** Checks that failed on this document (a docreview bug); their findings are missing. */
  checkFailures: z.array(z.object({ check: z.string(), message: z.string() })).optional(),
  /** Checks left out of a quick re-check (`check` without `--deep`); batch and predisburse run all. */
  checksSkipped: z.array(z.string()).optional(),
  timings: z.object({ totalMs: z.number() }).catchall(z.number()),
  error: ReportErrorSchema.optional(),
});

export const VerdictSchema = z.enum(['PASS', 'HOLD']);

export const CaseReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  caseId: z.string(),
  documents: z.array(DocumentReportSchema),
  findings: z.array(FindingSchema),
  verdict: VerdictSchema.optional(),
  blocking: z.array(z.object({ document: z.string().optional(), index: z.number().int(), code: FindingCodeSchema })),
  notCompared: z.array(z.string()).optional(),
});

export type DocType = z.infer<typeof DocTypeSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type PageSource = z.infer<typeof PageSourceSchema>;
export type BBox = z.infer<typeof BBoxSchema>;
export type FindingCode = z.infer<typeof FindingCodeSchema>;
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export type Field = z.infer<typeof FieldSchema>;
export type Verification = z.infer<typeof VerificationSchema>;
export type Transaction = z.infer<typeof TransactionSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type ReviewItem = z.infer<typeof ReviewItemSchema>;
export type PageReport = z.infer<typeof PageReportSchema>;
export type DocumentReport = z.infer<typeof DocumentReportSchema>;
export type CaseReport = z.infer<typeof CaseReportSchema>;
