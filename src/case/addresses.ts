/**
 * ADDRESS_MISMATCH: every mention of the collateral address (pages and documents of the case)
 * against the others and the approved application. Omitted province or city (杭州市西湖区… vs
 * 浙江省杭州市西湖区…) and 幢/栋 are not differences; the evidence shows both strings and calls an edit
 * distance of one or two characters a likely typo. Also ADDRESS_UNKNOWN_PLACE for the application's
 * own address (document addresses are checked by the address-places document check).
 */
import { editDistance } from '../geo/edit-distance.js';
import { parseChineseAddress } from '../geo/address.js';
import { describePlaceProblem, describeUnknownPlace } from '../geo/validate.js';
import { GAZETTEER_EDITION } from '../geo/gazetteer.js';
import { isConfirmed } from '../checks/reliability.js';
import { caseFinding, fromApplication, mentionsOf, reliable, where, type CaseCheck, type Located } from './case-check.js';

/** Edit distance up to which a difference is called a likely typo. */
export const TYPO_DISTANCE = 2;

interface Normal { key: string; county?: string; text: string }

function normalise(address: string): Normal {
  const s = address.normalize('NFKC').replace(/\s+/gu, '').replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
  if (/\p{Script=Han}/u.test(s)) {
    const parsed = parseChineseAddress(s.replace(/幢/gu, '栋'));
    const county = parsed.division?.level === 'county' ? parsed.division.code : undefined;
    const street = parsed.street.replace(/[，,。]/gu, '');
    return { key: street, county, text: s };
  }
  const key = s.toLowerCase().replace(/\bp\.?r\.?china$|china$/u, '').replace(/[^a-z0-9]/gu, '');
  return { key, text: s };
}

function differs(a: Normal, b: Normal): boolean {
  if (a.county && b.county && a.county !== b.county) return true;
  if (a.key === b.key) return false;
  // A mention cut short by a line wrap is incomplete, not different.
  return !(a.key.startsWith(b.key) || b.key.startsWith(a.key)) || Math.min(a.key.length, b.key.length) < 6;
}

export const addresses: CaseCheck = {
  id: 'addresses',
  run: (ctx, { findings, notCompared }) => {
    const approved = ctx.application?.loan.collateralAddress;
    if (approved) {
      const problem = describeUnknownPlace(approved);
      if (problem) findings.push({ code: 'ADDRESS_UNKNOWN_PLACE', severity: 'high', message: `The application's collateral address: ${describePlaceProblem(problem)}`, evidence: { from: 'application.json', address: approved, ...problem, gazetteer: GAZETTEER_EDITION } });
    }
    const all = mentionsOf(ctx, 'collateralAddress');
    if (all.length === 0) { if (approved) notCompared.push('Collateral address: not found in any document, so not compared with the application.'); return; }
    const mentions = all.filter(reliable);
    const sides: Located[] = approved ? [fromApplication('loan.collateralAddress', approved), ...mentions] : mentions;
    const scripts = new Set(sides.map((s) => /\p{Script=Han}/u.test(String(s.field.value))));
    if (scripts.size > 1) notCompared.push('Collateral address: written in Chinese in some places and in English in others; only same-script mentions compared.');
    const normal = sides.map((s) => normalise(String(s.field.value)));
    const reference = 0;
    const seen = new Set<string>();
    for (let i = 1; i < sides.length; i++) {
      const [a, b] = [normal[reference]!, normal[i]!];
      const sameScript = /\p{Script=Han}/u.test(a.text) === /\p{Script=Han}/u.test(b.text);
      if (!sameScript || !differs(a, b) || seen.has(b.text)) continue;
      seen.add(b.text);
      const distance = editDistance(a.county && b.county ? a.key : a.text, a.county && b.county ? b.key : b.text);
      const likelyTypo = distance <= TYPO_DISTANCE;
      const [x, y] = [sides[i]!, sides[reference]!];
      // A character or two apart on an OCR'd page is as likely a misreading as a typo: ask a person,
      // unless a second reading of the box (verify-values.ts) read the same characters.
      if (likelyTypo && [x, y].some((side) => side.field.source === 'ocr' && !isConfirmed(side.field))) {
        findings.push({ ...caseFinding('LOW_OCR_CONFIDENCE', `The collateral address read by OCR in ${x.document?.fileName} (page ${x.field.page}) "${b.text}" is ${distance} character${distance > 1 ? 's' : ''} from "${a.text}"; compare them by eye.`, x, { field: 'collateralAddress', likelyTypo, editDistance: distance, compared: [where(x), where(y)] }), severity: 'medium' });
        continue;
      }
      findings.push(caseFinding('ADDRESS_MISMATCH',
        `The collateral address in ${x.document?.fileName} (page ${x.field.page}) "${b.text}" differs from "${a.text}" in ${y.document?.fileName ?? 'the approved application'}${likelyTypo ? ` (likely typo: ${distance} character${distance > 1 ? 's' : ''} apart)` : ''}.`,
        x, { field: 'collateralAddress', likelyTypo, editDistance: distance, compared: [where(x), where(y)] }));
    }
  },
};
