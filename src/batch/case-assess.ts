/**
 * Case-level checks for the batch, borrowed from the pre-disbursement pipeline when it is there:
 * `assessCase` from pipelines/predisburse.ts and the application.json schema from
 * src/case/application.ts are loaded dynamically, so a build without them still writes a case report
 * (the documents, no cross-document findings, no verdict) and says why.
 */
import { readFile } from 'node:fs/promises';
import { SCHEMA_VERSION, type CaseReport, type DocumentReport } from '../model/schema.js';

export interface CaseAssessInput {
  caseId: string;
  documents: DocumentReport[];
  /** Absolute path of the case's application.json, if it has one. */
  applicationPath?: string;
}

export interface CaseAssessment {
  report: CaseReport;
  /** Why the report has no verdict, when it has none. */
  noVerdictReason?: string;
  /** The application.json could not be read or did not match its schema. */
  applicationError?: string;
}

type AssessCase = (input: { caseId: string; documents: DocumentReport[]; application?: unknown; applicationError?: string; reviewBlocking?: unknown[] }) => CaseReport | Promise<CaseReport>;
type AssessWithReview = (input: Parameters<AssessCase>[0], db: unknown) => CaseReport;

export interface CaseAssessorOptions {
  /** Review queue database; `false` leaves the queue out. @default the queue's default path */
  reviewDb?: string | false;
}
interface SafeParser { safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { message: string } } }
type ParseApplication = (text: string) => unknown;

/** Assesses one case at a time; `close()` releases the review queue it holds open for the run. */
export type CaseAssessor = ((input: CaseAssessInput) => Promise<CaseAssessment>) & { close(): void };

/** Import a module of this package that may not exist yet; undefined when it does not. */
async function importOptional(specifier: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

function findSchema(mod: Record<string, unknown> | undefined): SafeParser | undefined {
  if (!mod) return undefined;
  const named = mod.ApplicationSchema ?? mod.applicationSchema;
  const candidates = named ? [named] : Object.entries(mod).filter(([k]) => /schema$/i.test(k)).map(([, v]) => v);
  return candidates.find((v): v is SafeParser => typeof (v as SafeParser | undefined)?.safeParse === 'function');
}

/**
 * Load the case checks once per run.
 * @example const assess = await loadCaseAssessor(); const { report } = await assess({ caseId, documents });
 */
export async function loadCaseAssessor(options: CaseAssessorOptions = {}): Promise<CaseAssessor> {
  // Specifiers in variables: these modules are optional, so the type checker must not require them.
  const predisburse = '../../pipelines/predisburse.js';
  const applicationModule = '../case/application.js';
  const pipeline = await importOptional(predisburse);
  const assessCase = pipeline?.assessCase as AssessCase | undefined;
  const assessWithReview = options.reviewDb === false ? undefined : pipeline?.assessWithReview as AssessWithReview | undefined;
  // One connection for the whole run (opening the queue per case cost ≈ 10 ms a case).
  const store = assessWithReview ? (await import('../review/store.js')).openReviewStore(options.reviewDb || undefined) : undefined;
  const appModule = await importOptional(applicationModule);
  const parseApplication = appModule?.parseApplication as ParseApplication | undefined;
  const schema = findSchema(appModule);

  const assess = async ({ caseId, documents, applicationPath }: CaseAssessInput): Promise<CaseAssessment> => {
    let application: unknown;
    let applicationError: string | undefined;
    if (applicationPath) {
      try {
        const text = await readFile(applicationPath, 'utf8');
        if (parseApplication) application = parseApplication(text); // names the first bad field
        else {
          const raw: unknown = JSON.parse(text);
          const parsed = schema?.safeParse(raw);
          if (parsed && !parsed.success) applicationError = `application.json does not match its schema: ${parsed.error.message}`;
          else application = parsed ? parsed.data : raw;
        }
      } catch (error) {
        applicationError = error instanceof Error ? error.message : String(error);
      }
    }
    const bare: CaseReport = { schemaVersion: SCHEMA_VERSION, caseId, documents, findings: [], blocking: [] };
    if (!assessCase) {
      return { report: bare, noVerdictReason: 'case checks (pipelines/predisburse.ts) are not available in this build', ...(applicationError ? { applicationError } : {}) };
    }
    let report: CaseReport;
    try {
      // The case's review items are queued (as predisburse does); open ones hold its verdict.
      const input = { caseId, documents, ...(application !== undefined ? { application } : {}), ...(applicationError ? { applicationError } : {}) };
      report = assessWithReview ? assessWithReview(input, store) : await assessCase(input);
    } catch (error) {
      return { report: bare, noVerdictReason: `case checks failed: ${error instanceof Error ? error.message : String(error)}`, ...(applicationError ? { applicationError } : {}) };
    }
    const noVerdictReason = report.verdict ? undefined : applicationPath ? (applicationError ?? 'the case checks gave no verdict') : 'no application.json';
    return { report, ...(noVerdictReason ? { noVerdictReason } : {}), ...(applicationError ? { applicationError } : {}) };
  };
  return Object.assign(assess, { close: () => store?.close() });
}
