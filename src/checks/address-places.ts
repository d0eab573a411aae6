/**
 * ADDRESS_UNKNOWN_PLACE: an address in the document naming a province, city or district that does
 * not exist in the administrative-division gazetteer, when a real one is a likely typo of it
 * (杭洲市 → 杭州市, Hangzou → Hangzhou), or naming a real district outside the city it names
 * (杭州市天河区, Chaoyang District, Hangzhou). Looks at the collateral address and at every labelled
 * address (住址, 住所, 地址, Address).
 */
import type { Field } from '../model/schema.js';
import { collectLines } from '../extract/lines.js';
import { findCandidates, locate } from '../extract/find.js';
import { readAddress } from '../extract/values.js';
import { labels } from '../extract/fields/spec.js';
import { describePlaceProblem, describeUnknownPlace } from '../geo/validate.js';
import { GAZETTEER_EDITION } from '../geo/gazetteer.js';
import type { DocumentCheck } from './check.js';
import { isShaky, sourceOf, unreliableFinding } from './reliability.js';

const ADDRESS_LABEL = labels('住址', '住所', '通讯地址', '联系地址', '家庭住址', '地址', 'residential\\s*address', 'address');

export const addressPlaces: DocumentCheck = {
  id: 'address-places',
  appliesTo: (doc) => doc.docType !== 'unknown',
  run: ({ document, extraction }, { findings }) => {
    const lines = collectLines(document);
    const sources = new Map(document.pages.map((p) => [p.index, p.source]));
    const addresses: { name: string; field: Field }[] = (extraction.mentions.collateralAddress ?? []).map((field) => ({ name: 'collateralAddress', field }));
    for (const c of findCandidates(lines, ADDRESS_LABEL, { anyLabel: ADDRESS_LABEL, allowProse: false, multiline: true })) {
      const read = readAddress(c.text, c.label);
      const first = c.parts[0];
      if (!read || !first) continue;
      const { bbox, raw } = locate(c, read.start, read.end);
      addresses.push({ name: 'address', field: { value: read.value, raw, page: first.line.page, bbox, source: sources.get(first.line.page), confidence: first.line.line.confidence / 100 } });
    }
    const seen = new Set<string>();
    for (const { name, field } of addresses) {
      const text = String(field.value);
      if (seen.has(text) || isShaky(field)) continue;
      seen.add(text);
      const problem = describeUnknownPlace(String(field.raw || text));
      if (!problem) continue;
      // One misread character makes a real place unknown exactly as a typo does: on an OCR'd page
      // the finding is a request to look (LOW_OCR_CONFIDENCE), carrying the same evidence.
      if (field.source === 'ocr') {
        findings.push(unreliableFinding('address-places', field.page, field.bbox, { address: sourceOf(name, field), ...problem, gazetteer: GAZETTEER_EDITION }));
        continue;
      }
      findings.push({
        code: 'ADDRESS_UNKNOWN_PLACE',
        severity: 'high',
        message: `Page ${field.page}: ${describePlaceProblem(problem)}`,
        page: field.page,
        ...(field.bbox ? { bbox: field.bbox } : {}),
        evidence: { address: sourceOf(name, field), ...problem, gazetteer: GAZETTEER_EDITION },
      });
    }
  },
};
