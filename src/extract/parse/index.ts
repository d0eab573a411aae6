/** Shared value parsers: pure functions from text to the contract's normal forms. */
export * from './text.js';
export * from './cents.js';
export * from './money.js';
export * from './chinese-numerals.js';
export * from './chinese-words.js';
export * from './english-words.js';
export * from './date.js';
export * from './rate.js';
export * from './account.js';
