/**
 * pdf.js, loaded once per thread: the only place that imports it.
 *
 * The minified legacy build (`pdf.min.mjs`, `pdf.worker.min.mjs`) is the same code as `pdf.mjs`
 * and costs about half the start-up CPU of a document worker under tsx (0.7 vs 1.3 s measured),
 * with no 2–3 MB source maps for Node to parse when source maps are on. pdf-parse is not used: its
 * loader was `getDocument(options)`, and importing it would load the non-minified copy as well.
 *
 * The worker half is loaded here too (`globalThis.pdfjsWorker`): the in-thread "fake worker" takes
 * it from there instead of importing it on the first document.
 *
 * The legacy build carries core-js polyfills, and two of them replace built-ins Node already has
 * for the whole thread: `Array.prototype.push` (over a V8 corner case: push() onto an array whose
 * length is read-only) and `JSON.parse` (for the reviver's `source` argument, which nothing here
 * uses). Both then run as JavaScript: every push in every module (pdf.js's font parser above all)
 * and every JSON.parse went through them. The native ones are put back after loading; the
 * additions (Promise.withResolvers, Iterator helpers, Set methods…) that pdf.js needs on Node 20 stay.
 */
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
// Specifiers in variables: the minified files ship no types of their own (they are pdf.mjs's).
import { PDFJS_MAIN, PDFJS_WORKER } from './pdfjs-files.js';

const native = { push: Array.prototype.push, parse: JSON.parse };
const pdfjs = (await import(PDFJS_MAIN)) as typeof PdfjsModule;
const holder = globalThis as { pdfjsWorker?: unknown };
holder.pdfjsWorker ??= await import(PDFJS_WORKER);
restoreBuiltIns();

/** Put back the built-ins the polyfills replaced (see above). Exported for its test. */
export function restoreBuiltIns(): void {
  if (Array.prototype.push !== native.push) Object.defineProperty(Array.prototype, 'push', { value: native.push, writable: true, configurable: true, enumerable: false });
  if (JSON.parse !== native.parse) Object.defineProperty(JSON, 'parse', { value: native.parse, writable: true, configurable: true, enumerable: false });
}

export const { OPS, getDocument, InvalidPDFException, VerbosityLevel } = pdfjs;
