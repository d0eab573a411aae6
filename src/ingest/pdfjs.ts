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
 */
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

// Specifiers in variables: the minified files ship no types of their own (they are pdf.mjs's).
const MAIN = 'pdfjs-dist/legacy/build/pdf.min.mjs';
const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
const pdfjs = (await import(MAIN)) as typeof PdfjsModule;
const holder = globalThis as { pdfjsWorker?: unknown };
holder.pdfjsWorker ??= await import(WORKER);

export const { OPS, getDocument, InvalidPDFException, VerbosityLevel } = pdfjs;
