/**
 * PAYSLIP_ARITHMETIC: gross − total deductions must equal net pay to the cent, the item lists
 * must add up to their totals (payslip-items.ts), and the deduction items read (tax, social
 * insurance, housing fund) cannot exceed the total deductions. Where no net
 * pay label was recognised, gross − deductions must still be an amount the slip prints.
 */
import type { Field, Finding } from '../model/schema.js';
import type { Document } from '../model/document.js';
import { toCents, fromCents } from '../extract/parse/cents.js';
import type { DocumentCheck } from './check.js';
import { checkItemBlocks, samePrint } from './payslip-items.js';
import { isMoney, isShakyFigure as isShaky, moneyReadings, printedAsMoney, sourceOf, unreliableFinding } from './reliability.js';

const ITEMS = ['incomeTax', 'socialInsurance', 'housingFund'] as const;

export const payslipArithmetic: DocumentCheck = {
  id: 'payslip-arithmetic',
  appliesTo: (doc) => doc.docType === 'pay_slip',
  run: async (input, { findings }) => {
    const { document, extraction } = input;
    const f = extraction.fields;
    // A value whose printed text is no money figure (a bare "16") is not compared: the extractor was not sure what it read.
    const money = (name: string): Field | undefined => (isMoney(f[name]?.value) && printedAsMoney(f[name]?.raw) ? f[name] : undefined);
    const gross = money('grossPay');
    const deductions = money('totalDeductions');
    const net = money('netPay');
    const before = findings.length;
    if (gross && deductions && net) {
      const expected = toCents(gross.value as string) - toCents(deductions.value as string);
      const [gs, ds, ns] = (['grossPay', 'totalDeductions', 'netPay'] as const).map((n) => moneyReadings(f[n], extraction.mentions[n]).map(toCents));
      const someReadingAddsUp = gs!.some((g) => ds!.some((d) => ns!.includes(g - d)));
      // The labels may have led the extractor to the wrong line (其他扣款 for 扣款小计): a printed
      // amount equal to gross − net means the slip adds up.
      const printed = printedAmounts(document);
      const printedTotalFits = gs!.some((g) => ns!.some((n) => printed.has(g - n)));
      if (!someReadingAddsUp && !printedTotalFits) {
        const compared = { grossPay: sourceOf('grossPay', gross), totalDeductions: sourceOf('totalDeductions', deductions), netPay: sourceOf('netPay', net), expectedNet: fromCents(expected) };
        if ([gross, deductions, net].some(isShaky)) findings.push(unreliableFinding('payslip-arithmetic', net.page, net.bbox, compared));
        else findings.push({
          code: 'PAYSLIP_ARITHMETIC',
          severity: 'high',
          message: `Gross ${gross.value} − deductions ${deductions.value} = ${fromCents(expected)}, but net pay is printed as ${net.value}.`,
          page: net.page,
          ...(net.bbox ? { bbox: net.bbox } : {}),
          evidence: compared,
        });
      }
    }
    if (gross && deductions && !net) netNotFound(document, gross, deductions, findings);
    // One printed figure is never both an item and the total it belongs to: an item label that
    // wraps below its value ("Personal 996.94 / Income Tax") can lead the extractor to the total's line.
    const items = ITEMS.map((name) => [name, money(name)] as const)
      .filter((x): x is readonly [typeof ITEMS[number], Field] => !!x[1] && !samePrint(x[1], deductions) && !samePrint(x[1], gross) && !samePrint(x[1], net));
    if (deductions && items.length >= 2) {
      const sum = items.reduce((s, [, field]) => s + toCents(field.value as string), 0n);
      const implied = gross && net ? toCents(gross.value as string) - toCents(net.value as string) : undefined;
      const impliedFits = implied !== undefined && implied >= sum && printedAmounts(document).has(implied);
      if (sum > toCents(deductions.value as string) && !impliedFits) {
        const compared = { totalDeductions: sourceOf('totalDeductions', deductions), items: items.map(([name, field]) => sourceOf(name, field)), itemsSum: fromCents(sum) };
        if ([deductions, ...items.map(([, x]) => x)].some(isShaky)) findings.push(unreliableFinding('payslip-arithmetic', deductions.page, deductions.bbox, compared));
        else findings.push({
          code: 'PAYSLIP_ARITHMETIC',
          severity: 'high',
          message: `The deduction items add up to ${fromCents(sum)}, more than the total deductions ${deductions.value}.`,
          page: deductions.page,
          ...(deductions.bbox ? { bbox: deductions.bbox } : {}),
          evidence: compared,
        });
      }
    }
    // Item lists against their printed totals, read from the page lines (payslip-items.ts); the
    // totals of a slip already reported above are not reported again.
    const reported = findings.length > before ? new Set([gross, deductions].filter((x): x is Field => !!x).map((x) => toCents(x.value as string))) : new Set<bigint>();
    await checkItemBlocks(input, findings, reported);
  },
};

/** Every amount with cents printed on the slip, in cents. */
function printedAmounts(document: Document): Set<bigint> {
  return new Set(printedWithConfidence(document).map((x) => x.cents));
}

/** Amounts with cents printed on the slip, with the OCR confidence (0..100) of the words they are in. */
function printedWithConfidence(document: Document): { cents: bigint; confidence: number }[] {
  const out: { cents: bigint; confidence: number }[] = [];
  for (const page of document.pages) for (const line of page.lines) {
    for (const m of line.text.matchAll(/\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2}/gu)) {
      const words = line.words.filter((w) => m[0].includes(w.text.replace(/^\D+|\D+$/gu, '')) && /\d/u.test(w.text));
      const confidence = page.source === 'ocr' ? Math.min(line.confidence, ...words.map((w) => w.confidence)) : 100;
      out.push({ cents: toCents(m[0].replace(/,/gu, '')), confidence });
    }
  }
  return out;
}

/** OCR word confidence (0..100) from which a printed amount counts as read, for an absence to accuse. */
const MIN_PRINTED_CONFIDENCE = 90;

/**
 * Net pay under a label the extractor does not know ("Amount Credited"): the slip adds up when it
 * prints some pair of amounts, deductions and net, that make the gross. When no pair does, the
 * gross − deductions the slip should show is printed nowhere: PAYSLIP_ARITHMETIC. On an OCR'd slip
 * an amount read with doubt may be the missing one, so that is LOW_OCR_CONFIDENCE.
 */
function netNotFound(document: Document, gross: Field, deductions: Field, findings: Finding[]): void {
  const g = toCents(gross.value as string);
  const expected = g - toCents(deductions.value as string);
  const printed = printedWithConfidence(document);
  const set = new Set(printed.map((x) => x.cents));
  if (expected <= 0n || set.has(expected)) return;
  if ([...set].some((p) => p > 0n && p !== g && set.has(g - p))) return;
  const compared = { grossPay: sourceOf('grossPay', gross), totalDeductions: sourceOf('totalDeductions', deductions), expectedNet: fromCents(expected), netPay: 'no net pay label found; no printed amount equals gross − deductions' };
  const doubtful = [gross, deductions].some(isShaky) || printed.some((x) => x.confidence < MIN_PRINTED_CONFIDENCE);
  if (doubtful) { findings.push(unreliableFinding('payslip-arithmetic', deductions.page, deductions.bbox, compared)); return; }
  findings.push({
    code: 'PAYSLIP_ARITHMETIC',
    severity: 'high',
    message: `Gross ${gross.value} − deductions ${deductions.value} = ${fromCents(expected)}, an amount the slip does not print anywhere (and no printed deductions and net make up the gross).`,
    page: deductions.page,
    ...(deductions.bbox ? { bbox: deductions.bbox } : {}),
    evidence: { rule: 'gross − deductions = a printed net pay', ...compared },
  });
}
