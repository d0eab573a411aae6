import { runEngineConformance } from './engine.conformance.js';
import { createOcrPool } from './pool.js';

runEngineConformance('tesseract pool', (options) => createOcrPool({ size: 1, ...options }));
