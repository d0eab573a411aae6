import type { ErrorCode } from './schema.js';

/** A file the pipeline cannot read; becomes the report's `error`, never a crash. */
export class DocumentError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocumentError';
    this.code = code;
  }
}
