export { classifyDocType, type DocTypeResult } from './doc-type.js';
export { detectLanguage } from './language.js';
