/**
 * The pre-disbursement final check of one loan case: every document of the case folder read and
 * checked on its own, the cross-document checks over their reports, the approved application
 * compared, and a verdict: PASS, or HOLD with every blocking finding.
 *
 * `assessCase` is pure (reports in, case report out) so that the batch can read documents in
 * worker threads and assemble cases in the main thread; `predisburse` reads a folder and calls it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SCHEMA_VERSION, type CaseReport, type DocumentReport, type Finding, type FindingCode } from '../src/model/schema.js';
import { parseApplication, type Application } from '../src/case/application.js';
import { runCaseChecks } from '../src/case/index.js';
import { checkFile, OcrSession, type CheckOptions } from './check.js';
import { isBlocking, UNREADABLE_DOCUMENT_BLOCKS } from './policy.js';
import { openReviewStore, type ReviewStore } from '../src/review/store.js';
import { caseReviewInputs, queueReport, reviewHold } from '../src/review/queue.js';

/** An open item of the human review queue that holds the case until a person resolves it. */
export interface ReviewBlock {
  documentId: string;
  /** Review item id. */
  id: string;
  reason: string;
  /** The finding code the item stands for; CLAUSE_UNUSUAL when not given. */
  code?: FindingCode;
}

export interface AssessInput {
  caseId: string;
  documents: DocumentReport[];
  application?: Application;
  /** Why application.json could not be used (missing file given explicitly, bad JSON, bad field). */
  applicationError?: string;
  /** Hook for the review queue (`blockingFor(documentIds)`): each entry makes the verdict HOLD. */
  reviewBlocking?: readonly ReviewBlock[];
}

/**
 * Assess a case from its documents' reports. Pure: no I/O.
 * @example const report = assessCase({ caseId: 'C-1', documents: reports, application });
 */
export function assessCase(input: AssessInput): CaseReport {
  const readable = input.documents.filter((d) => !d.error);
  const { findings, notCompared } = runCaseChecks({ caseId: input.caseId, documents: readable, application: input.application });
  if (!input.application) notCompared.unshift(input.applicationError
    ? `The application record could not be used (${input.applicationError}): amount, rate, term, borrower, account and collateral address were not compared with it, and required documents were not checked.`
    : 'No application.json: amount, rate, term, borrower, account and collateral address were compared across the documents only, not with an approved application.');
  if (input.applicationError) {
    findings.push({ code: 'DOCUMENT_MISSING', severity: 'high', message: `The approved application record could not be read: ${input.applicationError}`, evidence: { document: 'application.json', error: input.applicationError } });
  }
  for (const d of input.documents.filter((x) => x.error)) {
    findings.push({
      code: 'DOCUMENT_MISSING',
      severity: UNREADABLE_DOCUMENT_BLOCKS ? 'high' : 'medium',
      message: `${d.document.fileName} could not be read (${d.error!.code}: ${d.error!.message}); what it says was not checked.`,
      evidence: { document: d.document.fileName, documentId: d.document.id, error: d.error },
    });
  }
  for (const item of input.reviewBlocking ?? []) {
    const doc = input.documents.find((d) => d.document.id === item.documentId);
    findings.push({
      code: item.code ?? 'CLAUSE_UNUSUAL',
      severity: 'high',
      message: `Review item ${item.id}${doc ? ` on ${doc.document.fileName}` : ''} is not resolved: ${item.reason}`,
      evidence: { reviewItem: item.id, documentId: item.documentId, reason: item.reason, from: 'review queue' },
    });
  }
  const blocking: CaseReport['blocking'] = [];
  for (const d of readable) d.findings.forEach((f, index) => { if (isBlocking(f)) blocking.push({ document: d.document.id, index, code: f.code }); });
  const reviewIds = new Set((input.reviewBlocking ?? []).map((r) => r.id));
  findings.forEach((f, index) => { if (isBlocking(f) || (typeof f.evidence.reviewItem === 'string' && reviewIds.has(f.evidence.reviewItem))) blocking.push({ index, code: f.code }); });
  return {
    schemaVersion: SCHEMA_VERSION,
    caseId: input.caseId,
    documents: input.documents,
    findings,
    verdict: blocking.length ? 'HOLD' : 'PASS',
    blocking,
    notCompared,
  };
}

export interface PredisburseOptions {
  /** Path of the application record; default `CASE_DIR/application.json` (optional there). */
  application?: string;
  /** Share an OCR pool across cases; one is made (and closed) otherwise. */
  session?: OcrSession;
  check?: CheckOptions;
  reviewBlocking?: readonly ReviewBlock[];
  /**
   * The review queue database: every document's review items are queued there, and items still
   * pending or rejected hold the case. `false` leaves the queue out. @default the queue's default path
   */
  reviewDb?: string | false;
  /** Called after each document, for progress on stderr. */
  onDocument?: (report: DocumentReport) => void;
}

/**
 * Queue the documents' review items (idempotent; a document's items a re-check no longer raises are
 * withdrawn) and return those still pending or rejected. The batch uses it too.
 */
export function queueAndHold(documents: readonly DocumentReport[], caseId: string, db: string | undefined | ReviewStore, caseFindings: readonly Finding[] = []): ReviewBlock[] {
  // A path (or the default) is opened for this case; an open store (a batch's, for the whole run) stays open.
  const store = typeof db === 'object' ? db : openReviewStore(db);
  try {
    const caseItems = caseReviewInputs(caseFindings, documents, caseId);
    for (const report of documents) if (!report.error) queueReport(store, report, caseId, caseItems);
    const ids = documents.map((d) => d.document.id).filter(Boolean);
    return reviewHold(store, ids).items.map((item) => ({
      documentId: item.documentId,
      id: item.id,
      reason: `${item.status === 'rejected' ? 'rejected' : 'awaiting'} review (${item.kind}, page ${item.page}): ${item.reasons.join('; ')}`,
      code: item.kind === 'clause' ? 'CLAUSE_UNUSUAL' : 'LOW_OCR_CONFIDENCE',
    }));
  } finally {
    if (store !== db) store.close();
  }
}

/**
 * `assessCase` with the review queue: the documents' review items and the case's own findings a
 * person must settle are queued, and the case is assessed again with the open ones holding it.
 * The batch uses it too. @example const report = assessWithReview({ caseId, documents, application }, dbPath);
 */
export function assessWithReview(input: AssessInput, db: string | undefined | ReviewStore): CaseReport {
  const draft = assessCase(input);
  const reviewBlocking = [...(input.reviewBlocking ?? []), ...queueAndHold(input.documents, input.caseId, db, draft.findings)];
  return assessCase({ ...input, reviewBlocking });
}

/** Files of a case folder: every regular file except the application record and hidden files. */
export async function caseFiles(caseDir: string, applicationPath?: string): Promise<string[]> {
  const names = (await readdir(caseDir)).filter((n) => !n.startsWith('.') && n !== 'application.json').sort();
  const files: string[] = [];
  for (const name of names) {
    const full = path.join(caseDir, name);
    if (applicationPath && path.resolve(full) === path.resolve(applicationPath)) continue;
    if ((await stat(full)).isFile()) files.push(full);
  }
  return files;
}

/**
 * Check one case folder. Throws only when the folder itself cannot be listed, or when an
 * application path given explicitly cannot be read (operational errors, exit code 2).
 */
export async function predisburse(caseDir: string, options: PredisburseOptions = {}): Promise<CaseReport> {
  const { application, applicationError } = await loadApplication(caseDir, options.application);
  const session = options.session ?? new OcrSession(options.check?.concurrency ?? os.availableParallelism());
  try {
    const documents: DocumentReport[] = [];
    for (const file of await caseFiles(caseDir, options.application)) {
      const report = await checkFile(file, session, options.check);
      documents.push(report);
      options.onDocument?.(report);
    }
    const caseId = application?.caseId ?? path.basename(path.resolve(caseDir));
    if (options.reviewDb === false) return assessCase({ caseId, documents, application, applicationError, reviewBlocking: options.reviewBlocking });
    return assessWithReview({ caseId, documents, application, applicationError, reviewBlocking: options.reviewBlocking }, options.reviewDb);
  } finally {
    if (!options.session) await session.close();
  }
}

async function loadApplication(caseDir: string, explicit?: string): Promise<{ application?: Application; applicationError?: string }> {
  const file = explicit ?? path.join(caseDir, 'application.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (explicit) throw new Error(`Cannot read the application record ${explicit}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
    return {};
  }
  try {
    return { application: parseApplication(text) };
  } catch (error) {
    return { applicationError: (error as Error).message };
  }
}

