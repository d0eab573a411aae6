/**
 * English (pinyin) addresses read against the gazetteer: "…, Xihu District, Hangzhou, Zhejiang".
 * Every division's name is spelt in pinyin by `pinyin-pro`, every reading of each character (so a
 * polyphone such as 单县 is accepted as Shanxian and Danxian alike; the word readings of place names
 * such as 蚌埠 Bengbu and 六安 Lu'an are among them for all 3,342 names); a written name matching any
 * spelling is that division.
 * Reported, as for Chinese addresses, only what is very likely wrong:
 * - a province or city within a letter or two of a known one and matching none (Hangzou → Hangzhou);
 * - a district or county that is not in the city (or municipality) the address names, when the name is
 *   a real district elsewhere (Chaoyang District, Hangzhou) or a letter or two from one of the city's
 *   own (Xihou District, Hangzhou → Xihu).
 * An English name matching nothing is left alone: a new district (the gazetteer stops in mid-2023),
 * a development zone or a street is likelier than an error.
 */
import { pinyin } from 'pinyin-pro';
import { editDistance } from './edit-distance.js';
import { isWithin, loadGazetteer, type Division, type DivisionLevel } from './gazetteer.js';

/** English names that are not the pinyin of the Chinese one (or are ambiguous in pinyin: 山西/陕西). */
export const PROVINCES_EN: Record<string, string> = {
  Shaanxi: '陕西省', 'Inner Mongolia': '内蒙古自治区', Neimenggu: '内蒙古自治区', Tibet: '西藏自治区',
  'Hong Kong': '香港特别行政区', Macau: '澳门特别行政区', Macao: '澳门特别行政区', Taiwan: '台湾省',
};

export const CITIES_EN: Record<string, string> = {
  "Xi'an": '西安市', Xian: '西安市', Urumqi: '乌鲁木齐市', Hohhot: '呼和浩特市', Harbin: '哈尔滨市', Lhasa: '拉萨市',
};

export interface EnglishUnknownPlace {
  text: string;
  level: DivisionLevel;
  suggestion: string;
  suggestionZh: string;
  distance: number;
  /** `elsewhere`: a real division, but not inside the parent the address names. */
  kind: 'misspelt' | 'elsewhere';
  /** The parent the address names (Chinese), for `elsewhere`. */
  parentZh?: string;
}

/** Lower-case letters only; ü written as u or v. */
export const spellingKey = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/v/g, 'u').replace(/[^a-z]/g, '');

const MAX_SPELLINGS = 32;

/**
 * The pinyin spellings of a Chinese name (letters only).
 * @example spellingsOf('单县') // Set { 'danxian', 'shanxian', 'chanxian' }
 */
export function spellingsOf(han: string): Set<string> {
  // The word reading (蚌埠 bengbu) is always among these: checked for every gazetteer name.
  const out = new Set<string>();
  let partial = [''];
  for (const ch of han) {
    const readings = readingsOf(ch);
    partial = partial.flatMap((p) => readings.map((r) => p + r)).slice(0, MAX_SPELLINGS);
  }
  for (const p of partial) out.add(p);
  return out;
}

const charReadings = new Map<string, string[]>();

/** Every reading of one character (cached: the gazetteer's 9,000 characters are ≈ 1,900 distinct). */
function readingsOf(ch: string): string[] {
  let readings = charReadings.get(ch);
  if (!readings) {
    readings = [...new Set(pinyin(ch, { toneType: 'none', type: 'array', multiple: true }).map(spellingKey))];
    charReadings.set(ch, readings);
  }
  return readings;
}

/** Division name without its type (杭州市 → 杭州, 西湖区 → 西湖, 延边朝鲜族自治州 → 延边): what English writes before "City"/"District". */
function coresOf(d: Division): string[] {
  const cores = new Set<string>();
  for (const n of [d.name, ...d.shortNames]) {
    // 浦东新区 is Pudong New Area and, now and then, Pudongxin District.
    for (const type of [/(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|旗|盟|州)$/u, /新区$/u]) {
      const core = n.replace(type, '');
      // 献县 is "Xian County": a one-character core is written alone before its type word too.
      if ([...core].length >= 2 || d.level === 'county') cores.add(core);
    }
  }
  cores.add(d.name);
  return [...cores];
}

interface PinyinIndex { byKey: Map<string, Division[]>; keysOf: Map<Division, string[]> }
let index: PinyinIndex | undefined;

/** Every division under each of its spellings (built once: ≈ 3,300 divisions, ≈ 0.1 s). */
function pinyinIndex(): PinyinIndex {
  if (index) return index;
  const gaz = loadGazetteer();
  const byKey = new Map<string, Set<Division>>();
  const keysOf = new Map<Division, Set<string>>();
  const add = (key: string, d: Division) => {
    let divisions = byKey.get(key);
    if (!divisions) byKey.set(key, (divisions = new Set()));
    divisions.add(d);
    let keys = keysOf.get(d);
    if (!keys) keysOf.set(d, (keys = new Set()));
    keys.add(key);
  };
  for (const d of gaz.byCode.values()) for (const core of coresOf(d)) for (const key of spellingsOf(core)) add(key, d);
  const named = (zh: string) => gaz.byName.get(zh) ?? [];
  for (const [en, zh] of [...Object.entries(PROVINCES_EN), ...Object.entries(CITIES_EN)]) for (const d of named(zh)) add(spellingKey(en), d);
  // 山西 and 陕西 are both "shanxi" in pinyin; English writes 陕西 Shaanxi, but not always.
  byKey.set('shaanxi', new Set(named('陕西省')));
  index = {
    byKey: new Map([...byKey].map(([key, ds]) => [key, [...ds]])),
    keysOf: new Map([...keysOf].map(([d, keys]) => [d, [...keys]])),
  };
  return index;
}

const TYPE_WORDS = /\s+(?:new\s+(?:area|district)|special\s+administrative\s+region|autonomous\s+(?:region|prefecture|county|banner)|province|prefecture|municipality|city|district|county|banner|league|sheng|shi|qu|xian|zizhiqu|zizhizhou|zizhixian|sar)$/iu;
const COUNTY_HINT = /\s+(?:district|county|qu|xian|banner|autonomous\s+county|new\s+(?:area|district))$/iu;
const STREETISH = /\d|\b(?:road|rd|street|st|avenue|ave|lane|alley|room|rm|building|bldg|block|unit|floor|flr|no|tower|estate|garden|gardens|village|town|township|community|residence|residential|compound|apartment|apt|plaza|square|court|house|mansion|park|zone|development|industrial|hi-?tech|high-?tech|economic|free\s+trade|bonded|campus|centre|center|station|port|gaoxin|jingkai|kaifa|xinqu|lu|jie|xiang|hao|cun|zhen)\b/iu;
const NOT_PLACE = /^(?:p\.?\s*r\.?\s*c\.?|prc|china|people'?s\s+republic\s+of\s+china|mainland\s+china)$/iu;

/** The peoples named before "Autonomous" (Guangxi Zhuang Autonomous Region, Enshi Tujia and Miao Autonomous Prefecture). */
const AUTONOMOUS = /^(.+?)\s+[A-Za-z'-]+(?:\s*(?:and|&)\s*[A-Za-z'-]+)*\s+autonomous\s+(?:region|prefecture|county|banner)$/iu;

/** "Xihu District" → "Xihu", "Guangxi Zhuang Autonomous Region" → "Guangxi". */
function withoutType(part: string): string {
  const autonomous = AUTONOMOUS.exec(part);
  return autonomous ? autonomous[1]! : part.replace(TYPE_WORDS, '');
}

interface Component { text: string; key: string; countyHint: boolean }

function componentsOf(address: string): Component[] {
  return address.split(/[,，;；\n]/u)
    .map((p) => p.trim().replace(/\s+/gu, ' ').replace(/[.。]$/u, ''))
    .filter((p) => p && /^[A-Za-z' \-]+$/u.test(p) && !NOT_PLACE.test(p) && !STREETISH.test(p))
    .map((p) => ({ text: p, key: spellingKey(withoutType(p)), countyHint: COUNTY_HINT.test(p) }))
    .filter((c) => c.key.length >= 3);
}

/**
 * The first place in an English address that is misspelt or not where the address puts it.
 * @example checkEnglishAddress('No. 1 Wensan Road, Chaoyang District, Hangzhou, Zhejiang')?.kind // 'elsewhere'
 */
export function checkEnglishAddress(address: string): EnglishUnknownPlace | undefined {
  const { byKey, keysOf } = pinyinIndex();
  const parts = componentsOf(address);
  if (parts.length === 0) return undefined;
  const known = (c: Component, level: DivisionLevel) => (byKey.get(c.key) ?? []).filter((d) => d.level === level);

  // Every reading counts: Shanxi may be 山西 or 陕西, Taizhou 台州 or 泰州.
  const provinces = parts.flatMap((c) => (c.countyHint ? [] : known(c, 'province')));
  const inProvince = (d: Division) => provinces.length === 0 || provinces.some((p) => isWithin(d, p));
  const cityPart = parts.find((c) => !c.countyHint && known(c, 'city').some(inProvince));
  const cities = cityPart ? known(cityPart, 'city').filter(inProvince) : [];

  // A misspelt province or city: the last two names that are no known place at all. Between equally
  // near names (Hunnan: Hunan or Yunnan) the one holding the address's other places wins.
  // A name that is only some far-away county (Hunnan is 浑南区 in Shenyang) counts as no place here.
  const placed = parts.flatMap((c) => byKey.get(c.key) ?? []);
  const related = (d: Division) => placed.some((p) => p !== d && (isWithin(p, d) || isWithin(d, p)));
  const strayCounty = (c: Component) => {
    const ds = byKey.get(c.key) ?? [];
    return ds.length > 0 && ds.every((d) => d.level === 'county' && !related(d)) && placed.some((p) => p.level !== 'county');
  };
  const unplaced = parts.filter((c) => !c.countyHint && (!byKey.has(c.key) || strayCounty(c))).slice(-2).reverse();
  for (const c of unplaced) {
    const near = nearest(c.key, [...byKey.entries()].flatMap(([key, ds]) => ds.filter((d) => d.level !== 'county').map((d) => [key, d] as const)),
      related);
    if (near) return { text: c.text, level: near.division.level, suggestion: englishName(near.key), suggestionZh: near.division.name, distance: near.distance, kind: 'misspelt' };
  }

  // Districts and counties against the city (or, for municipalities and county-level places, the province).
  const parents = cities.length ? cities : provinces;
  if (parents.length === 0) return undefined;
  for (const c of parts.filter((p) => p.countyHint)) {
    const named = known(c, 'county');
    if (named.some((d) => parents.some((p) => isWithin(d, p)))) continue;
    const parentZh = parents.map((p) => p.name).join(' / ');
    if (named.length > 0) {
      const elsewhere = named[0]!;
      return { text: c.text, level: 'county', suggestion: englishName(c.key), suggestionZh: fullChain(elsewhere), distance: 0, kind: 'elsewhere', parentZh };
    }
    const own = parents.flatMap((p) => countiesUnder(p)).flatMap((d) => (keysOf.get(d) ?? []).map((key) => [key, d] as const));
    const near = nearest(c.key, own);
    if (near) return { text: c.text, level: 'county', suggestion: englishName(near.key), suggestionZh: fullChain(near.division), distance: near.distance, kind: 'misspelt', parentZh };
  }
  return undefined;
}

function countiesUnder(parent: Division): Division[] {
  const gaz = loadGazetteer();
  const direct = gaz.children(parent.code);
  return parent.level === 'province' ? [...direct, ...direct.flatMap((c) => gaz.children(c.code))].filter((d) => d.level === 'county') : direct;
}

/**
 * The closest spelling within one letter (two for names of nine letters or more). Several divisions
 * that close: the one `prefer` picks when it picks exactly one, else none.
 */
function nearest(key: string, pool: readonly (readonly [string, Division])[], prefer: (d: Division) => boolean = () => false): { key: string; division: Division; distance: number } | undefined {
  if (key.length < 4) return undefined;
  const allowed = key.length >= 9 ? 2 : 1;
  let best: { key: string; division: Division; distance: number }[] = [];
  for (const [k, division] of pool) {
    if (Math.abs(k.length - key.length) > allowed) continue;
    const distance = editDistance(key, k, { transpositions: true });
    if (distance === 0 || distance > allowed) continue;
    if (best.length === 0 || distance < best[0]!.distance) best = [{ key: k, division, distance }];
    else if (distance === best[0]!.distance && !best.some((b) => b.division.code === division.code)) best.push({ key: k, division, distance });
  }
  if (best.length === 1) return best[0];
  const preferred = best.filter((b) => prefer(b.division));
  return preferred.length === 1 ? preferred[0] : undefined;
}

function englishName(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** 北京市朝阳区 for a county, 浙江省杭州市 for a city. */
function fullChain(d: Division): string {
  const gaz = loadGazetteer();
  const chain = [gaz.byCode.get(d.provinceCode), d.cityCode ? gaz.byCode.get(d.cityCode) : undefined, d];
  return [...new Set(chain.filter((x): x is Division => !!x))].map((x) => x.name).join('');
}
