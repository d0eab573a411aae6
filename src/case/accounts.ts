/**
 * ACCOUNT_MISMATCH: the disbursement account differs between its mentions (in one contract or
 * across contracts) or from the approved application; or a statement's account number is one
 * slip away from it (a statement of another account is no finding, a near-copy is the same account
 * written wrongly).
 */
import { nearMiss } from '../checks/restated-values.js';
import { caseFinding, chosenOf, fromApplication, mentionsOf, reliable, where, type CaseCheck, type Located } from './case-check.js';

const digits = (v: unknown) => String(v).replace(/[^\dX]/giu, '').toUpperCase();

/**
 * How two account numbers differ, for the officer: a typing slip (two neighbouring digits swapped,
 * one digit wrong, one dropped or added) reads differently from another account altogether.
 * @example describeDifference('6217928523645669', '6217928532645669') // 'two adjacent digits swapped (positions 9–10)'
 */
export function describeDifference(a: string, b: string): string {
  if (a.length === b.length) {
    const at = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (at.length === 1) return `one digit differs (position ${at[0]! + 1})`;
    if (at.length === 2 && at[1] === at[0]! + 1 && a[at[0]!] === b[at[1]!] && a[at[1]!] === b[at[0]!]) return `two adjacent digits swapped (positions ${at[0]! + 1}–${at[1]! + 1})`;
    return `${at.length} of ${a.length} digits differ`;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length === short.length + 1) for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return `one digit ${long === a ? 'added' : 'dropped'} (position ${i + 1})`;
  return `lengths differ (${a.length} and ${b.length} digits)`;
}

export const accounts: CaseCheck = {
  id: 'accounts',
  run: (ctx, { findings, notCompared }) => {
    const all = mentionsOf(ctx, 'disbursementAccount', 'loan_contract');
    const approved = ctx.application?.loan.disbursementAccount;
    statementsNearMiss(ctx, approved ? fromApplication('loan.disbursementAccount', approved) : all.find(reliable), findings);
    if (all.length === 0) {
      if (approved) notCompared.push(`Disbursement account: not found in the contract, so not compared with the application (${approved}).`);
      return;
    }
    const mentions = all.filter(reliable);
    if (mentions.length < all.length) notCompared.push(`Disbursement account: ${all.length - mentions.length} mention(s) read by OCR with low confidence were not compared.`);
    const reported = new Set<string>();
    const report = (a: Located, b: Located, against: string) => {
      const key = `${digits(a.field.value)}|${digits(b.field.value)}`;
      if (reported.has(key)) return;
      reported.add(key);
      findings.push(caseFinding('ACCOUNT_MISMATCH', `The disbursement account is ${digits(a.field.value)} in ${a.document?.fileName} (page ${a.field.page}) but ${digits(b.field.value)} ${against}.`, a,
        { field: 'disbursementAccount', difference: describeDifference(digits(a.field.value), digits(b.field.value)), compared: [where(a), where(b)] }));
    };
    const first = mentions[0];
    for (const m of mentions.slice(1)) if (digits(m.field.value) !== digits(first!.field.value)) report(m, first!, `on page ${first!.field.page} of ${first!.document?.fileName}`);
    if (approved) for (const m of mentions) if (digits(m.field.value) !== digits(approved)) report(m, fromApplication('loan.disbursementAccount', approved), 'in the approved application');
  },
};

/** Statement account numbers one slip away from the disbursement account (`reference`). */
function statementsNearMiss(ctx: Parameters<CaseCheck['run']>[0], reference: Located | undefined, findings: Parameters<CaseCheck['run']>[1]['findings']): void {
  if (!reference) return;
  const ref = digits(reference.field.value);
  if (ref.length < 12) return;
  for (const s of chosenOf(ctx, 'accountNumber', 'bank_statement').filter(reliable)) {
    const difference = nearMiss(ref, digits(s.field.value));
    if (!difference) continue;
    findings.push(caseFinding('ACCOUNT_MISMATCH', `The statement ${s.document?.fileName} is for account ${digits(s.field.value)}, one slip away from the disbursement account ${ref} ${reference.document ? `in ${reference.document.fileName}` : 'in the approved application'} (${difference}).`, s,
      { field: 'accountNumber', likelyTypo: true, difference, compared: [where(s), where(reference)] }));
  }
}
