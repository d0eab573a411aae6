/** DOCUMENT_MISSING: a document type the application requires that no readable document of the case is. */
import type { CaseCheck } from './case-check.js';

export const documentsMissing: CaseCheck = {
  id: 'documents-missing',
  run: (ctx, { findings, notCompared }) => {
    if (!ctx.application) { notCompared.push('Required documents: no application, so the case cannot be checked for missing documents.'); return; }
    const present = new Set(ctx.documents.map((d) => d.document.docType));
    const unclassified = ctx.documents.filter((d) => d.document.docType === 'unknown').map((d) => d.document.fileName);
    for (const type of ctx.application.requiredDocuments) {
      if (present.has(type)) continue;
      // A file whose type could not be told may be the one: say so rather than call it missing.
      if (unclassified.length) { notCompared.push(`Required ${type.replace('_', ' ')}: none recognised, but ${unclassified.join(', ')} could not be classified; check by eye.`); continue; }
      findings.push({
        code: 'DOCUMENT_MISSING',
        severity: 'high',
        message: `The application requires a ${type.replace('_', ' ')}, and none was found in the case.`,
        evidence: { required: type, requiredDocuments: ctx.application.requiredDocuments, found: ctx.documents.map((d) => ({ file: d.document.fileName, docType: d.document.docType, docTypeConfidence: d.document.docTypeConfidence })) },
      });
    }
  },
};
