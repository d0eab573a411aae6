/**
 * Edited-document forensics, one signal per module: pixels (IMAGE_EDITED), metadata and
 * incremental updates (METADATA_EDITED), fonts (FONT_INCONSISTENT), text layer vs page
 * (TEXT_LAYER_MISMATCH). Register with `...FORENSIC_CHECKS` in src/checks/index.ts.
 */
import type { DocumentCheck } from '../checks/check.js';
import { imageEdited } from './image-edited.js';
import { metadataEdited } from './metadata-edited.js';
import { fontInconsistent } from './font-inconsistent.js';
import { textLayerMismatch } from './text-layer-mismatch.js';

export { imageEdited, metadataEdited, fontInconsistent, textLayerMismatch };

/** Cheapest first: metadata and fonts are milliseconds; text layer OCRs a few lines; pixels last. */
export const FORENSIC_CHECKS: readonly DocumentCheck[] = [metadataEdited, fontInconsistent, textLayerMismatch, imageEdited];
