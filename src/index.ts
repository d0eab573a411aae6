/**
 * docreview as a library: the report schemas (zod, JSON Schema derivable) and the pipelines.
 */
export * from './model/index.js';
export { reportJsonSchemas } from './model/json-schema.js';
export { checkFile, checkFiles, OcrSession, type CheckOptions } from '../pipelines/check.js';
export { readDocument, type ReadOptions, type ReadResult } from './read/read-document.js';
export { runBatch } from '../pipelines/batch.js';
export { createOcrPool, type OcrPoolOptions } from './ocr/pool.js';
export type { OcrEngine, OcrResult, RecognizeOptions } from './ocr/engine.js';
