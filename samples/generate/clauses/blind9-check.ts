/**
 * Self-check of `samples/clauses/blind9/`: every clause's heading and text is in its text PDF's
 * `pdftotext` output (whitespace and line breaks ignored), scans have no text layer and no fonts,
 * and the manifest counts. Run: npx tsx samples/generate/clauses/blind9-check.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentences } from './blind9-contracts.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../clauses/blind9');
interface Doc { file: string; lang: 'zh' | 'en'; form: 'text' | 'scan'; numbering: string; clauses: { number: string; title: string; text: string; expect: string; note?: string }[] }
const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as { documents: Doc[] };
const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');
const FOOTER = /^(第\s*\d+\s*页\s*\/?\s*共\s*\d+\s*页|\d+\/\d+|-\s*\d+\s*-|Page \d+ of \d+)$/u;
let problems = 0;
const count = { docs: 0, text: 0, scan: 0, clauses: 0, unusual: 0, nearMiss: 0, none: 0 } as Record<string, number>;
const perCat = new Map<string, { zh: number; en: number }>();
for (const d of manifest.documents) {
  count.docs!++; count[d.form]!++; count.clauses! += d.clauses.length;
  const odd = d.clauses.filter((c) => c.expect === 'unusual');
  count.unusual! += odd.length;
  count.nearMiss! += d.clauses.filter((c) => c.note?.startsWith('near-miss')).length;
  if (odd.length === 0) count.none!++;
  if (d.clauses.length < 15 || d.clauses.length > 22) { problems++; console.log(`${d.file}: ${d.clauses.length} clauses`); }
  if (odd.length > 3) { problems++; console.log(`${d.file}: ${odd.length} unusual`); }
  for (const c of odd) {
    const cat = (c.note ?? '').split(':')[0] as string;
    const e = perCat.get(cat) ?? { zh: 0, en: 0 };
    e[d.lang]++; perCat.set(cat, e);
  }
  const pdf = path.join(DIR, d.file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  if (d.form === 'scan') {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').length - 2;
    const chars = squash(text).length;
    console.log(`${d.file}: scan, ${chars} characters, ${fonts} fonts`);
    if (chars > 0 || fonts > 0) problems++;
    continue;
  }
  // Page footers sit between the lines of a clause that runs over a page break: left out.
  const flat = squash(text.split('\n').filter((l) => !FOOTER.test(l.trim())).join('\n')).toLowerCase();
  let missing = 0;
  for (const c of d.clauses) {
    const pieces = d.numbering.endsWith('-decimal') ? sentences(c.text, d.lang === 'zh') : [c.text];
    for (const p of [c.title, ...pieces]) if (!flat.includes(squash(p).toLowerCase())) { missing++; console.log(`${d.file} ${c.number}: missing «${p.slice(0, 60)}»`); }
  }
  problems += missing;
  console.log(`${d.file}: text, ${d.clauses.length} clauses, ${odd.length} unusual, ${missing} missing`);
}
console.log(JSON.stringify(count));
for (const [k, v] of [...perCat].sort()) console.log(`${k}: zh ${v.zh}, en ${v.en}`);
console.log(problems === 0 ? 'OK' : `${problems} problems`);
process.exitCode = problems === 0 ? 0 : 1;
