/**
 * Light validation of English (pinyin) addresses: "…, Xihu District, Hangzhou, Zhejiang". The
 * gazetteer has no pinyin, so this knows the provinces and the larger cities only; a component is
 * reported when it is not one of them but within one or two letters of one (Hangzou → Hangzhou).
 * Anything else is left alone: an unknown English name is more likely a small place than an error.
 */
import { editDistance } from './edit-distance.js';

export const PROVINCES_EN: Record<string, string> = {
  Beijing: '北京市', Tianjin: '天津市', Hebei: '河北省', Shanxi: '山西省', 'Inner Mongolia': '内蒙古自治区', Liaoning: '辽宁省',
  Jilin: '吉林省', Heilongjiang: '黑龙江省', Shanghai: '上海市', Jiangsu: '江苏省', Zhejiang: '浙江省', Anhui: '安徽省',
  Fujian: '福建省', Jiangxi: '江西省', Shandong: '山东省', Henan: '河南省', Hubei: '湖北省', Hunan: '湖南省',
  Guangdong: '广东省', Guangxi: '广西壮族自治区', Hainan: '海南省', Chongqing: '重庆市', Sichuan: '四川省', Guizhou: '贵州省',
  Yunnan: '云南省', Tibet: '西藏自治区', Xizang: '西藏自治区', Shaanxi: '陕西省', Gansu: '甘肃省', Qinghai: '青海省',
  Ningxia: '宁夏回族自治区', Xinjiang: '新疆维吾尔自治区', 'Hong Kong': '香港特别行政区', Macau: '澳门特别行政区', Macao: '澳门特别行政区', Taiwan: '台湾省',
};

export const CITIES_EN: Record<string, string> = {
  Hangzhou: '杭州市', Ningbo: '宁波市', Wenzhou: '温州市', Shaoxing: '绍兴市', Jiaxing: '嘉兴市', Nanjing: '南京市', Suzhou: '苏州市',
  Wuxi: '无锡市', Changzhou: '常州市', Guangzhou: '广州市', Shenzhen: '深圳市', Dongguan: '东莞市', Foshan: '佛山市', Zhuhai: '珠海市',
  Chengdu: '成都市', Wuhan: '武汉市', "Xi'an": '西安市', Xian: '西安市', Qingdao: '青岛市', Jinan: '济南市', Xiamen: '厦门市', Fuzhou: '福州市',
  Changsha: '长沙市', Hefei: '合肥市', Zhengzhou: '郑州市', Shenyang: '沈阳市', Dalian: '大连市', Harbin: '哈尔滨市', Changchun: '长春市',
  Kunming: '昆明市', Guiyang: '贵阳市', Nanning: '南宁市', Nanchang: '南昌市', Taiyuan: '太原市', Shijiazhuang: '石家庄市', Lanzhou: '兰州市',
  Urumqi: '乌鲁木齐市', Hohhot: '呼和浩特市', Haikou: '海口市', Sanya: '三亚市', Lhasa: '拉萨市', Xining: '西宁市', Yinchuan: '银川市',
  Beijing: '北京市', Shanghai: '上海市', Tianjin: '天津市', Chongqing: '重庆市',
};

export interface EnglishUnknownPlace {
  text: string;
  level: 'province' | 'city';
  suggestion: string;
  suggestionZh: string;
  distance: number;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** The first province or city component that looks like a misspelt known name. */
export function checkEnglishAddress(address: string): EnglishUnknownPlace | undefined {
  const parts = address.split(/[,，]/u).map((p) => p.trim().replace(/\s+(?:province|city|municipality|shi|sheng|p\.?\s*r\.?\s*china|china)$/iu, '').trim()).filter(Boolean);
  const tail = parts.filter((p) => /^[A-Za-z' ]+$/u.test(p) && !/\b(?:district|county|road|street|avenue|lane|room|building|unit|floor|no|new area|zone)\b/iu.test(p) && p.toLowerCase() !== 'china').slice(-2);
  for (const part of tail.reverse()) {
    const key = norm(part);
    const all: [string, string, 'province' | 'city'][] = [
      ...Object.entries(PROVINCES_EN).map(([en, zh]) => [en, zh, 'province'] as [string, string, 'province']),
      ...Object.entries(CITIES_EN).map(([en, zh]) => [en, zh, 'city'] as [string, string, 'city']),
    ];
    if (all.some(([en]) => norm(en) === key)) continue;
    let best: { en: string; zh: string; level: 'province' | 'city'; d: number } | undefined;
    for (const [en, zh, level] of all) {
      const d = editDistance(key, norm(en));
      if (!best || d < best.d) best = { en, zh, level, d };
    }
    const allowed = key.length >= 7 ? 2 : 1;
    if (best && best.d <= allowed && key.length >= 4) return { text: part, level: best.level, suggestion: best.en, suggestionZh: best.zh, distance: best.d };
  }
  return undefined;
}
