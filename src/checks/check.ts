import type { Finding } from '../model/schema.js';
import type { Document } from '../model/document.js';
import type { Extraction } from '../extract/index.js';

/** What a single-document check sees. */
export interface CheckInput {
  document: Document;
  extraction: Extraction;
}

/** One check: a file of its own, registered in `index.ts`. Checks push findings; they never throw for a document's problems. */
export interface DocumentCheck {
  id: string;
  appliesTo(doc: Document): boolean;
  run(input: CheckInput): Finding[];
}
