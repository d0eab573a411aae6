/**
 * Reading the administrative part of a Chinese address against the gazetteer: 省 → 市 / 自治州 /
 * 地区 / 盟 → 区 / 县 / 县级市 / 旗, with omitted levels (浙江杭州西湖区, 杭州市西湖区), municipalities
 * (上海市浦东新区) and development zones (高新区, 经开区: real, but not divisions) accepted. What
 * follows the divisions (街道, 路, 号, 栋, 室) is kept as the street part, not validated.
 */
import { editDistance } from './edit-distance.js';
import { isWithin, loadGazetteer, type Division, type DivisionLevel } from './gazetteer.js';

export interface AddressPart {
  text: string;
  start: number;
  division?: Division;
  /** A development zone or similar named area that is not an administrative division. */
  zone?: true;
}

export interface UnknownPlace {
  /** The name as written. */
  text: string;
  start: number;
  level: DivisionLevel;
  /** The known division it most likely means. */
  suggestion: Division;
  distance: number;
  /** A real division written under a place it does not belong to (杭州市天河区): that place. */
  notWithin?: Division;
}

export interface ParsedAddress {
  /** White space removed, 中国 prefix kept out. */
  text: string;
  parts: AddressPart[];
  /** The deepest division recognised. */
  division?: Division;
  /** Everything after the divisions and zones: street, number, building, room. */
  street: string;
  unknown?: UnknownPlace;
}

const ZONE = /^[\p{Script=Han}]{0,12}?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新技术开发区|开发区|高新区|经开区|新区|工业园区|产业园区|保税区|自贸区|综合试验区|示范区|度假区|科技城|科学城)/u;
const ADMIN_TOKEN = /^([\p{Script=Han}]{1,8}?)(省|自治区|自治州|地区|盟|市|区|县|旗)/u;
/** Words ending in 区/市 that are not divisions: 小区, 社区, 园区, 城区, 市场… */
const NOT_ADMIN = /(?:小区|社区|园区|校区|城区|景区|片区|街区|营区|厂区|市场|超市|门市)$/u;
const STREETISH = /[路街巷弄道号村镇乡楼栋幢座室层弄园苑府庭居里坊桥]/u;
const AFTER_SHORT_FORBIDDEN = /^[路街道巷弄号大]/u;

const LEVEL_RANK: Record<DivisionLevel, number> = { province: 0, city: 1, county: 2 };

function levelOfSuffix(suffix: string): DivisionLevel[] {
  if (suffix === '省' || suffix === '自治区') return ['province'];
  if (suffix === '市') return ['province', 'city', 'county'];
  if (suffix === '自治州' || suffix === '地区' || suffix === '盟') return ['city'];
  return ['county'];
}

/**
 * Split a Chinese address into divisions and street, and name the first administrative-looking
 * place that does not exist when a known one is a likely typo of it.
 * @example parseChineseAddress('浙江省杭洲市西湖区文三路138号').unknown?.suggestion.name // '杭州市'
 */
export function parseChineseAddress(address: string): ParsedAddress {
  const gaz = loadGazetteer();
  const text = address.replace(/\s+/gu, '').replace(/^(?:中华人民共和国|中国)/u, '');
  const parts: AddressPart[] = [];
  let context: Division | undefined;
  let pos = 0;
  const fits = (d: Division) => !context || (LEVEL_RANK[d.level] > LEVEL_RANK[context.level] && isWithin(d, context));

  for (let guard = 0; guard < 6 && pos < text.length; guard++) {
    const known = matchKnown(text, pos, fits);
    if (known) {
      parts.push({ text: known.name, start: pos, division: known.division });
      context = known.division;
      pos += known.name.length;
      continue;
    }
    const zone = ZONE.exec(text.slice(pos));
    if (zone && !STREETISH.test(zone[0])) {
      parts.push({ text: zone[0], start: pos, zone: true });
      pos += zone[0].length;
      continue;
    }
    const token = ADMIN_TOKEN.exec(text.slice(pos));
    if (!token || STREETISH.test(token[1]!) || NOT_ADMIN.test(token[0])) break;
    const unknown = misplaced(token[0], pos, context) ?? splitSuggest(token[0], pos, context) ?? suggest(token[0], token[2]!, pos, context);
    if (unknown) return { text, parts, division: context, street: text.slice(pos), unknown };
    break;
  }
  return { text, parts, division: context, street: text.slice(pos) };

  function matchKnown(s: string, at: number, ok: (d: Division) => boolean) {
    for (let len = Math.min(14, s.length - at); len >= 2; len--) {
      const name = s.slice(at, at + len);
      const divisions = gaz.byName.get(name)?.filter(ok);
      if (!divisions?.length) continue;
      const division = divisions[0]!;
      const isShort = name !== division.name;
      if (isShort && AFTER_SHORT_FORBIDDEN.test(s.slice(at + len))) continue;
      return { name, division };
    }
    return undefined;
  }

  /** The nearest division of the levels the suffix allows, inside the context. */
  function suggest(name: string, suffix: string, start: number, ctx: Division | undefined): UnknownPlace | undefined {
    const levels = levelOfSuffix(suffix);
    const pool = candidates(ctx).filter((d) => levels.includes(d.level));
    let best: { d: Division; dist: number } | undefined;
    for (const d of pool) {
      for (const n of [d.name, ...d.shortNames]) {
        const dist = editDistance(name, n);
        if (!best || dist < best.dist) best = { d, dist };
      }
    }
    const allowed = [...name].length >= 5 ? 2 : 1;
    if (!best || best.dist === 0 || best.dist > allowed) return undefined;
    return { text: name, start, level: best.d.level, suggestion: best.d, distance: best.dist };
  }

  /**
   * 杭州市天河区: a real county-level name, written out in full, that is no division of the place
   * before it. Only exact full names count, and only when no division of that name lies inside the
   * context (朝阳区 is in both 北京市 and 长春市).
   */
  function misplaced(name: string, start: number, ctx: Division | undefined): UnknownPlace | undefined {
    if (!ctx) return undefined;
    const elsewhere = (gaz.byName.get(name) ?? []).filter((d) => d.level === 'county' && d.name === name);
    if (elsewhere.length === 0 || elsewhere.some((d) => isWithin(d, ctx))) return undefined;
    return { text: name, start, level: 'county', suggestion: elsewhere[0]!, distance: 0, notWithin: ctx };
  }

  /** 杭洲西湖区: a known county at the end, a misspelt parent city before it. */
  function splitSuggest(token: string, start: number, ctx: Division | undefined): UnknownPlace | undefined {
    const chars = [...token];
    for (let i = 2; i <= chars.length - 2; i++) {
      const head = chars.slice(0, i).join('');
      const tail = chars.slice(i).join('');
      for (const county of gaz.byName.get(tail) ?? []) {
        const parent = county.cityCode ? gaz.byCode.get(county.cityCode) : undefined;
        if (!parent || (ctx && !isWithin(parent, ctx))) continue;
        const dist = Math.min(...[parent.name, ...parent.shortNames].map((n) => editDistance(head, n)));
        if (dist === 1) return { text: head, start, level: 'city', suggestion: parent, distance: dist };
      }
    }
    return undefined;
  }

  function candidates(ctx: Division | undefined): Division[] {
    if (!ctx) return [...gaz.byCode.values()];
    const direct = gaz.children(ctx.code);
    // A province's counties count too: people skip the city (浙江省西湖区 is rare but real).
    return ctx.level === 'province' ? [...direct, ...direct.flatMap((c) => gaz.children(c.code))] : direct;
  }
}

/** Province-to-county-level name of a division, for messages: 浙江省杭州市西湖区. */
export function fullName(d: Division): string {
  const gaz = loadGazetteer();
  const chain = [gaz.byCode.get(d.provinceCode), d.cityCode ? gaz.byCode.get(d.cityCode) : undefined, d];
  return [...new Set(chain.filter((x): x is Division => !!x))].map((x) => x.name).join('');
}
