import { applyTemplate, formatAmount, formatDate, spaceDigits, toFullWidth } from './format.js';
import type { CivilDate } from './calendar.js';
import type { Rng } from './prng.js';
import type { Currency, DateStyle, FontPair, FooterStyle, Labels, Lang, VariantSet } from './variant-types.js';

/** The choices made for one document, drawn once from a variant set. */
export interface DocStyle {
  lang: Lang;
  font: FontPair;
  size: number;
  margin: number;
  colon: string;
  dateStyle: DateStyle;
  tableDateStyle: DateStyle;
  footer: FooterStyle;
  thousands: boolean;
  spacedAccount: boolean;
  fullWidth: boolean;
  /** One wording per label key, fixed for the whole document. */
  label(key: keyof Labels): string;
  /** Whether the variant set defines wordings for an optional label. */
  hasLabel(key: keyof Labels): boolean;
  /** Label followed by the document's colon. */
  lc(key: keyof Labels): string;
  date(date: CivilDate): string;
  money(cents: number, currency: Currency): string;
  amount(cents: number): string;
  accountNumber(digits: string): string;
}

export function pickStyle(rng: Rng, variants: VariantSet, lang: Lang, footers: readonly FooterStyle[] = variants.footers[lang]): DocStyle {
  const chosen = new Map<keyof Labels, string>();
  const labels = variants.labels[lang];
  const templates = new Map<Currency, string>();
  // Opt-in options (unset in dev and holdout) draw from the PRNG only when set, so those sets' output is unchanged.
  let letterSpaced = false;
  let fullWidthAmounts = false;
  const style: DocStyle = {
    lang,
    font: rng.pick(variants.fonts[lang]),
    size: rng.pick(variants.bodySizes[lang]),
    margin: rng.pick(variants.margins),
    colon: rng.pick(variants.colons[lang]),
    dateStyle: rng.pick(variants.dateStyles[lang]),
    tableDateStyle: rng.pick(variants.tableDateStyles),
    footer: rng.pick(footers),
    thousands: rng.chance(variants.thousandsSeparator),
    spacedAccount: rng.chance(variants.spacedAccountNumber),
    fullWidth: lang === 'zh' && rng.chance(variants.fullWidthDigits),
    label(key) {
      let text = chosen.get(key);
      if (text === undefined) {
        text = rng.pick(labels[key] as readonly string[]);
        if (letterSpaced) text = spaceLetters(text);
        chosen.set(key, text);
      }
      return text;
    },
    hasLabel(key) {
      return (labels[key]?.length ?? 0) > 0;
    },
    lc(key) {
      const colon = style.colon;
      return colon === '' ? `${style.label(key)} ` : `${style.label(key)}${colon}`;
    },
    date(date) {
      const text = formatDate(date, style.dateStyle);
      return style.fullWidth ? toFullWidth(text) : text;
    },
    money(cents, currency) {
      let template = templates.get(currency);
      if (template === undefined) {
        const options = variants.currencyMarkers[lang][currency] ?? [`${currency} {n}`];
        template = rng.pick(options);
        templates.set(currency, template);
      }
      return applyTemplate(template, style.amount(cents));
    },
    amount(cents) {
      const text = formatAmount(cents, style.thousands);
      return fullWidthAmounts ? toFullWidth(text) : text;
    },
    accountNumber(digits) {
      return style.spacedAccount ? spaceDigits(digits) : digits;
    },
  };
  if (variants.letterSpacedLabels !== undefined) letterSpaced = lang === 'zh' && rng.chance(variants.letterSpacedLabels);
  if (variants.fullWidthAmounts) fullWidthAmounts = style.fullWidth;
  return style;
}

/** "户名" → "户　名", "借款金额" → "借 款 金 额": short all-Chinese labels only, as forms align them. */
function spaceLetters(label: string): string {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(label)) return label;
  return [...label].join(label.length === 2 ? '\u3000' : ' ');
}

/** The printed page footer and what it states. */
export function footerText(style: FooterStyle, page: number, total: number): { text: string | null; printedNumber?: number; printedTotal?: number } {
  switch (style) {
    case 'zh-spaced': return { text: `第 ${page} 页 共 ${total} 页`, printedNumber: page, printedTotal: total };
    case 'zh-slash': return { text: `第${page}页/共${total}页`, printedNumber: page, printedTotal: total };
    case 'zh-compact': return { text: `第${page}页，共${total}页`, printedNumber: page, printedTotal: total };
    case 'fraction': return { text: `${page}/${total}`, printedNumber: page, printedTotal: total };
    case 'dash': return { text: `- ${page} -`, printedNumber: page };
    case 'en-page-of': return { text: `Page ${page} of ${total}`, printedNumber: page, printedTotal: total };
    case 'en-page-slash': return { text: `Page ${page}/${total}`, printedNumber: page, printedTotal: total };
    case 'en-of': return { text: `${page} of ${total}`, printedNumber: page, printedTotal: total };
    case 'zh-page-only': return { text: `第${page}页`, printedNumber: page };
    case 'en-page-n': return { text: `Page ${page}`, printedNumber: page };
    case 'en-pg-slash': return { text: `Pg ${page}/${total}`, printedNumber: page, printedTotal: total };
    case 'zh-of-slash': return { text: `第${page}/${total}页`, printedNumber: page, printedTotal: total };
    case 'zh-total-first': return { text: `共${total}页　第${page}页`, printedNumber: page, printedTotal: total };
    case 'en-p-of': return { text: `p. ${page} of ${total}`, printedNumber: page, printedTotal: total };
    case 'en-page-of-upper': return { text: `PAGE ${page} OF ${total}`, printedNumber: page, printedTotal: total };
    case 'zh-paren-total': return { text: `第${page}页（共${total}页）`, printedNumber: page, printedTotal: total };
    case 'en-dash-page-of': return { text: `- Page ${page} of ${total} -`, printedNumber: page, printedTotal: total };
    case 'none': return { text: null };
  }
}
