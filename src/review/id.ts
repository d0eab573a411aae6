/**
 * Review item ids: deterministic from the document (sha256 of its bytes), an anchor inside it
 * (`clause:12`, `page:3`) and a hash of the text, so re-running a document finds its items again.
 */
import { createHash } from 'node:crypto';

/**
 * @example reviewItemId(doc.file.id, 'clause:十二', clause.text) // 'rv-3f9c0a…' (20 hex digits)
 */
export function reviewItemId(documentId: string, anchor: string, text: string): string {
  const textHash = createHash('sha256').update(text.replace(/\s+/gu, '')).digest('hex');
  return `rv-${createHash('sha256').update(`${documentId}\n${anchor}\n${textHash}`).digest('hex').slice(0, 20)}`;
}
