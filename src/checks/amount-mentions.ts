/**
 * AMOUNT_MISMATCH inside one contract: a money field mentioned several times (借款金额 in the key
 * terms and again in a clause) with different values. Statements and pay slips are left to the
 * arithmetic checks: their labels (余额, 合计) recur in tables, so a second "mention" there is
 * more often another number than the same amount restated.
 */
import type { DocumentCheck } from './check.js';
import { isMoney, isShaky, sourceOf, unreliableFinding } from './reliability.js';

export const amountMentions: DocumentCheck = {
  id: 'amount-mentions',
  appliesTo: (doc) => doc.docType === 'loan_contract',
  run: ({ extraction }, { findings }) => {
    for (const [name, mentions] of Object.entries(extraction.mentions)) {
      const chosen = extraction.fields[name];
      if (!chosen || !isMoney(chosen.value) || !looksLikeMoney(chosen.raw)) continue;
      const other = mentions.find((m) => isMoney(m.value) && m.value !== chosen.value && looksLikeMoney(m.raw));
      if (!other) continue;
      if (isShaky(other) || isShaky(chosen)) {
        findings.push(unreliableFinding('amount-mentions', other.page, other.bbox, { first: sourceOf(name, chosen), second: sourceOf(name, other) }));
        continue;
      }
      findings.push({
        code: 'AMOUNT_MISMATCH',
        severity: 'high',
        message: `${name} is stated as ${chosen.value} on page ${chosen.page} and as ${other.value} on page ${other.page}.`,
        page: other.page,
        ...(other.bbox ? { bbox: other.bbox } : {}),
        evidence: { field: name, first: sourceOf(name, chosen), second: sourceOf(name, other) },
      });
    }
  },
};

/** A bare number in prose ("360 days") is not an amount; a currency mark, grouping or cents are. */
function looksLikeMoney(raw: string): boolean {
  return /[¥￥$€]|RMB|CNY|USD|HKD|EUR|人民币|美元|港币|元|\d[,，]\d{3}|\d\.\d{2}(?!\d)/iu.test(raw);
}
