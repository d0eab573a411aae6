/**
 * The account holder named inside a statement's header sentence, where no key line names them:
 * "Ledger of account 6225… held by HAN Yan, currency CNY, …", "… in the name of Li Wei."; in
 * Chinese the key runs straight into the name, closed by a comma (户名孙梓萱，账号6230…，币种人民币。).
 */
import type { Field } from '../model/schema.js';
import { readPersonName } from './values.js';
import { spanBox, spanConfidence, type TextLine } from './lines.js';

/** Frames that end right where the holder's name begins. */
const FRAMES: readonly RegExp[] = [
  /\b(?:account|ledger|card)\b[^.;]{0,60}?\b(?:held|owned|maintained)\s+by\s+/giu,
  /\b(?:account|ledger|card)\b[^.;]{0,60}?\bin\s+the\s+name\s+of\s+/giu,
  /(?:户名|账户名称|账户名|客户姓名|客户名称|持卡人)(?=\p{Script=Han})/gu,
];

/** What must close the name: the clause goes on (a comma, a full stop, a semicolon) or the line ends. */
const CLOSED = /^\s*(?:[,，;；。.]|$)/u;

/**
 * The holder a header sentence names, or undefined.
 * @example findHolderInProse(lines)?.value // 'HANYan'
 */
export function findHolderInProse(lines: readonly TextLine[]): Field | undefined {
  for (const line of lines) {
    for (const frame of FRAMES) {
      for (const m of line.text.matchAll(frame)) {
        const from = (m.index ?? 0) + m[0].length;
        const text = line.text.slice(from);
        const read = readPersonName(text, '');
        if (!read || read.start !== 0 || !CLOSED.test(text.slice(read.end))) continue;
        const start = from + read.start;
        const end = from + read.end;
        return {
          value: read.value as string,
          raw: line.text.slice(start, end),
          page: line.page,
          bbox: spanBox(line.line, start, end),
          confidence: Math.round(spanConfidence(line.line, start, end) * 85) / 100,
          evidence: { placement: 'prose', line: line.line.text.trim(), ...(read.extra ?? {}) },
        };
      }
    }
  }
  return undefined;
}
