export * from './schema.js';
export * from './document.js';
export * from './errors.js';
export * from './batch-summary.js';
