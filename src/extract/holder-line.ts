/**
 * The account holder printed without a label, as statements address their holder: a name that is
 * the first cell of the line right above the account line ("WANG Yong" over "Member account 6217…",
 * 李明 over 账号 6222…). Only a cell that reads whole as a person's name, with no word of a heading
 * in it, counts.
 */
import type { Field } from '../model/schema.js';
import { readPersonName } from './values.js';
import { spanBox, spanConfidence, type TextLine } from './lines.js';

const HEADING_WORD = /statement|account|savings|member|summary|balance|bank|branch|page|period|date|currency|listing|activity|customer|账户|明细|对账|银行|流水|清单|余额|日期|币种/iu;

/**
 * The holder's name above the line that holds the account number, when nothing labels it.
 * @example findHolderAboveAccount(lines, fields.accountNumber)?.value // 'WANGYong'
 */
export function findHolderAboveAccount(lines: readonly TextLine[], account: Field): Field | undefined {
  const at = lines.findIndex((l) => l.page === account.page && l.text.replace(/[\s-]/gu, '').includes(account.value as string));
  const line = lines[at - 1];
  const below = lines[at];
  if (!line || !below || line.page !== below.page) return undefined;
  const h = Math.max(1, below.line.bbox[3]);
  if (below.line.bbox[1] - line.line.bbox[1] > 2.5 * h) return undefined;
  const cellMatch = /^\s*(\S+(?: \S+)*)/u.exec(line.text);
  const cell = cellMatch?.[1];
  if (!cellMatch || !cell || HEADING_WORD.test(cell) || /\d/u.test(cell) || cell.split(' ').length > 4) return undefined;
  const read = readPersonName(cell, '');
  if (!read || read.start !== 0 || read.end !== cell.length) return undefined;
  const start = cellMatch[0].length - cell.length;
  const end = start + cell.length;
  return {
    value: read.value as string,
    raw: cell,
    page: line.page,
    bbox: spanBox(line.line, start, end),
    confidence: Math.round(spanConfidence(line.line, start, end) * 80) / 100,
    evidence: { placement: 'above account', line: line.line.text.trim(), ...(read.extra ?? {}) },
  };
}
