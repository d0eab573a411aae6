/** The committed forensic sample set (samples/forensics) and its manifest, for tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { FindingCode } from '../model/schema.js';

export const FORENSIC_SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples/forensics');

export interface ForensicSample {
  file: string;
  lang: 'zh' | 'en';
  kind: 'payslip' | 'statement';
  edited: boolean;
  variant: string;
  signals: FindingCode[];
  region?: { page: number; bbox: [number, number, number, number] };
}

export function forensicSamples(): ForensicSample[] {
  return JSON.parse(readFileSync(path.join(FORENSIC_SAMPLES_DIR, 'manifest.json'), 'utf8')) as ForensicSample[];
}

/** The first sample matching; throws with what was asked when there is none. */
export function sample(filter: Partial<Pick<ForensicSample, 'variant' | 'lang' | 'kind' | 'edited'>> & { prefix?: string }): ForensicSample & { path: string } {
  const found = forensicSamples().find((s) =>
    (filter.variant === undefined || s.variant === filter.variant) && (filter.lang === undefined || s.lang === filter.lang)
    && (filter.kind === undefined || s.kind === filter.kind) && (filter.edited === undefined || s.edited === filter.edited)
    && (filter.prefix === undefined || s.file.startsWith(filter.prefix)));
  if (!found) throw new Error(`Expected a forensic sample matching ${JSON.stringify(filter)}, found none`);
  return { ...found, path: path.join(FORENSIC_SAMPLES_DIR, found.file) };
}
