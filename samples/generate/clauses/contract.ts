/**
 * Renders a loan contract made of given clauses, for the clause-review samples: parties, key
 * terms, numbered clauses in one of several numbering styles, page-number footers, an optional
 * running head, the signature block. Output is a text PDF (and, via `scanContract`, a scan).
 */
import { chineseOrdinal } from '../clauses.js';
import { PdfWriter } from '../render-pdf.js';
import { imagesToPdf, rasterise, scanPage, randomScanOptions } from '../scan.js';
import type { Rng } from '../prng.js';
import type { FontPair, Lang } from '../variant-types.js';

/** `*-decimal`: a heading line, then each sentence of the clause as its own numbered sub-clause (`1.1`, `1.2`). */
export type Numbering = 'zh-article' | 'zh-article-digits' | 'zh-section' | 'zh-decimal' | 'en-dot' | 'en-article' | 'en-section' | 'en-clause' | 'en-decimal';
export type Footer = 'zh-spaced' | 'fraction' | 'dash' | 'en-page-of' | 'en-of';

export interface ContractSpec {
  lang: Lang;
  numbering: Numbering;
  /** Heading and body in one paragraph (`第一条 借款用途 乙方…`) instead of a heading line. */
  inlineHeadings: boolean;
  footer: Footer;
  runningHead?: string;
  clauses: readonly { title: string; text: string }[];
  annualRatePercent: string;
  font: FontPair;
  seed: number;
}

const NOTO = '/usr/share/fonts/opentype/noto';
const LIB = '/usr/share/fonts/truetype/liberation2';
// One Noto face per contract (bold = regular): each CJK subset carries ~50 KB of overhead.
export const FONTS: Record<Lang, FontPair[]> = {
  zh: [
    { id: 'noto-sans-sc', regular: { path: `${NOTO}/NotoSansCJK-Regular.ttc`, postscript: 'NotoSansCJKsc-Regular' }, bold: { path: `${NOTO}/NotoSansCJK-Regular.ttc`, postscript: 'NotoSansCJKsc-Regular' } },
    { id: 'noto-serif-sc', regular: { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, postscript: 'NotoSerifCJKsc-Regular' }, bold: { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, postscript: 'NotoSerifCJKsc-Regular' } },
  ],
  en: [
    { id: 'liberation-serif', regular: { path: `${LIB}/LiberationSerif-Regular.ttf` }, bold: { path: `${LIB}/LiberationSerif-Bold.ttf` } },
    { id: 'liberation-sans', regular: { path: `${LIB}/LiberationSans-Regular.ttf` }, bold: { path: `${LIB}/LiberationSans-Bold.ttf` } },
  ],
};

export function heading(numbering: Numbering, n: number, title: string): string {
  switch (numbering) {
    case 'zh-article':
    case 'zh-decimal': return `第${chineseOrdinal(n)}条 ${title}`;
    case 'zh-article-digits': return `第${n}条 ${title}`;
    case 'zh-section': return `${chineseOrdinal(n)}、${title}`;
    case 'en-dot':
    case 'en-decimal': return `${n}. ${title}`;
    case 'en-article': return `Article ${n} ${title}`;
    case 'en-section': return `Section ${n}. ${title}`;
    case 'en-clause': return `Clause ${n} ${title}`;
  }
}

function footerText(footer: Footer, page: number, total: number): string {
  switch (footer) {
    case 'zh-spaced': return `第 ${page} 页 共 ${total} 页`;
    case 'fraction': return `${page}/${total}`;
    case 'dash': return `- ${page} -`;
    case 'en-page-of': return `Page ${page} of ${total}`;
    case 'en-of': return `${page} of ${total}`;
  }
}

/** A clause's sentences, each to be printed as a numbered sub-clause. */
function subclauses(text: string, zh: boolean): string[] {
  const parts = zh ? text.split(/(?<=。)/u) : text.split(/(?<=\.)\s+(?=[A-Z])/u);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** The text PDF of a contract. */
export async function renderContract(spec: ContractSpec): Promise<Buffer> {
  const zh = spec.lang === 'zh';
  const writer = new PdfWriter({
    font: spec.font, size: zh ? 11 : 10.5, margin: 64, lang: spec.lang,
    title: zh ? '个人借款合同' : 'Personal Loan Agreement',
    creationDate: new Date(Date.UTC(2025, 5, 1, 9, 0) + spec.seed * 60_000), producer: 'docreview clause samples',
  });
  writer.heading(zh ? '个人借款合同' : 'PERSONAL LOAN AGREEMENT');
  const parties = zh
    ? ['甲方（贷款人）：华东商业银行股份有限公司杭州分行', '乙方（借款人）：王建国', '证件号码：330106198503152318']
    : ['Lender: East China Commercial Bank Co., Ltd., Hangzhou Branch', 'Borrower: Wang Jianguo', 'ID No.: 330106198503152318'];
  for (const p of parties) writer.para(p);
  writer.gap(6);
  writer.para(zh ? '一、借款主要条款' : 'KEY TERMS', { bold: true });
  const terms = zh
    ? ['借款金额：人民币伍拾万元整（¥500,000.00）', `年利率：${spec.annualRatePercent}%`, '借款期限：36个月', '还款方式：等额本息']
    : ['Principal: RMB 500,000.00', `Annual Interest Rate: ${spec.annualRatePercent}%`, 'Term: 36 months', 'Repayment Method: equal monthly instalments'];
  for (const t of terms) writer.para(t);
  writer.gap(6);
  if (zh) writer.para('二、合同条款', { bold: true });
  spec.clauses.forEach((clause, i) => {
    const head = heading(spec.numbering, i + 1, clause.title);
    if (spec.numbering.endsWith('-decimal')) {
      writer.para(head, { bold: true, gap: 2 });
      subclauses(clause.text, zh).forEach((sentence, k) => writer.para(`${i + 1}.${k + 1}${zh ? '　' : ' '}${sentence}`, { align: 'justify', gap: 3 }));
    } else if (spec.inlineHeadings) {
      writer.para(`${head}${zh ? '　' : '. '}${clause.text}`, { align: 'justify', gap: 4 });
    } else {
      writer.para(head, { bold: true, gap: 2 });
      writer.para(clause.text, { indent: zh ? 22 : 0, align: 'justify' });
    }
  });
  writer.para(zh ? '（以下无正文）' : '(The remainder of this page is intentionally left blank.)', { align: 'center' });
  writer.ensure(120);
  writer.gap(16);
  const sign = zh ? ['甲方（盖章）：', '法定代表人或授权代表（签字）：', '乙方（签字）：', '日期：2025年6月1日'] : ['Lender (Seal):', 'Authorised Signatory:', 'Borrower (Signature):', 'Date: 1 June 2025'];
  for (const s of sign) writer.para(s, { gap: 10 });
  if (spec.runningHead) {
    const range = writer.doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      writer.doc.switchToPage(range.start + i);
      const savedTop = writer.doc.page.margins.top;
      writer.doc.page.margins.top = 0;
      writer.doc.font('R').fontSize(8.5).text(spec.runningHead, writer.left, 30, { width: writer.width, align: 'right', lineBreak: false });
      writer.doc.page.margins.top = savedTop;
    }
  }
  return (await writer.finish((page, total) => footerText(spec.footer, page, total))).pdf;
}

/** The same contract as a flatbed scan (image-only PDF, 200 DPI, tilted, noisy). */
export async function scanContract(pdf: Buffer, rng: Rng): Promise<Buffer> {
  const pages = rasterise(pdf, 200, { gray: true });
  const options = { ...randomScanOptions(rng), angle: 0.4 * (rng.chance(0.5) ? 1 : -1), color: false };
  const jpegs: Buffer[] = [];
  for (const png of pages) jpegs.push(await scanPage(png, rng, options));
  return imagesToPdf(jpegs, new Date(Date.UTC(2025, 5, 2)), 'Scanner');
}
