/**
 * Which pdf.js files docreview loads (see pdfjs.ts for why the minified legacy build). Apart from
 * pdfjs.ts so that a thread can be handed them to load early (worker-pool.ts) without loading them
 * just to learn their names.
 */
export const PDFJS_MAIN = 'pdfjs-dist/legacy/build/pdf.min.mjs';
export const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
