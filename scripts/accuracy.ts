/**
 * Field accuracy over the samples (npm run accuracy [-- --set dev|holdout|fresh|unseen] [--form text|scan] [--only ID]):
 * exact-field rate per set, form, type and language, and every field that came out wrong. Without --set:
 * dev, holdout and fresh; the sealed unseen set is measured only when asked for by name.
 */
import { parseArgs } from 'node:util';
import { OcrSession, checkFile } from '../pipelines/check.js';
import { scoreSample, tally, formClass, type SampleScore } from '../test/golden/score.js';
import { listGoldenSamples } from '../test/golden/samples.js';

const { values } = parseArgs({ options: { set: { type: 'string' }, form: { type: 'string' }, only: { type: 'string' } } });
const chosen = listGoldenSamples(values.set ? [values.set] : undefined)
  .filter((s) => (!values.form || formClass(s.expected.form) === values.form) && (!values.only || s.id.includes(values.only)));
const session = new OcrSession(2);
const scores: (SampleScore & { set: string })[] = [];
let ocrPages = 0;
let ocrMs = 0;
for (const sample of chosen) {
  const expected = sample.expected;
  const report = await checkFile(sample.file, session);
  if (report.error) { console.log(`${sample.id}: ERROR ${report.error.code} ${report.error.message}`); continue; }
  ocrPages += report.pages.filter((p) => p.source === 'ocr').length;
  ocrMs += report.timings.ocrMs ?? 0;
  const score = scoreSample(expected, report);
  scores.push({ ...score, set: sample.set });
  const wrong = score.fields.filter((f) => !f.ok);
  const typeNote = score.docTypeOk ? '' : ` DOCTYPE ${report.document.docType}≠${expected.docType}`;
  console.log(`${sample.id}: ${score.fields.length - wrong.length}/${score.fields.length}${typeNote} ${Math.round(report.timings.totalMs)} ms`);
  for (const w of wrong) console.log(`    ${w.name}: expected ${JSON.stringify(w.expected)} got ${JSON.stringify(w.got)}`);
}
await session.close();
console.log('\ngroup                                  exact fields        doc type');
for (const r of tally(scores)) console.log(`${r.group.padEnd(38)} ${`${r.exact}/${r.fields}`.padStart(8)} ${(r.rate * 100).toFixed(1).padStart(6)}%   ${r.docTypeRight}/${r.docs}`);
if (ocrPages) console.log(`\nOCR: ${ocrPages} pages, ${(ocrMs / ocrPages / 1000).toFixed(2)} s/page of OCR time (2 workers, wall time per page lower)`);
