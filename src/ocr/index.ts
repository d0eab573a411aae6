/** The OCR layer: engines behind one interface, a worker pool, preprocessing, the 大写 second pass. */
export * from './engine.js';
export { createOcrPool, type OcrPoolOptions } from './pool.js';
export { createTesseractEngine, type TesseractEngineOptions } from './tesseract.js';
export { preprocessImage, type PreprocessedImage, type PreprocessOptions } from './preprocess.js';
export { recognizeAmountWordsLine, AMOUNT_WORDS_WHITELIST, TESSERACT_MISSING_AMOUNT_CHARS } from './amount-words.js';
export type { AmountWordsOptions, AmountWordsReading } from './amount-words.js';
export { getLangPath, BUNDLED_LANGUAGES } from './lang-path.js';
