import { z } from 'zod';
import { CaseReportSchema, DocumentReportSchema } from './schema.js';
import { BatchSummarySchema } from './batch-summary.js';

/**
 * JSON Schemas of the reports, derived from the zod schemas (the one source of truth).
 * @example writeFileSync('document-report.schema.json', JSON.stringify(reportJsonSchemas().DocumentReport))
 */
export function reportJsonSchemas(): Record<'DocumentReport' | 'CaseReport' | 'BatchSummary', unknown> {
  return {
    DocumentReport: z.toJSONSchema(DocumentReportSchema, { unrepresentable: 'any' }),
    CaseReport: z.toJSONSchema(CaseReportSchema, { unrepresentable: 'any' }),
    BatchSummary: z.toJSONSchema(BatchSummarySchema, { unrepresentable: 'any' }),
  };
}
