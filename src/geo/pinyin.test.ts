import { describe, expect, it } from 'vitest';
import { checkEnglishAddress, spellingsOf } from './pinyin.js';
import { describePlaceProblem, describeUnknownPlace } from './validate.js';

describe('spellingsOf', () => {
  it('spells place names as places are read, and polyphones every way', () => {
    expect(spellingsOf('蚌埠')).toContain('bengbu');
    expect(spellingsOf('六安')).toContain('luan');
    expect([...spellingsOf('单')]).toEqual(expect.arrayContaining(['dan', 'shan']));
    expect([...spellingsOf('朝阳')]).toEqual(expect.arrayContaining(['chaoyang', 'zhaoyang']));
  });
});

describe('checkEnglishAddress', () => {
  it('stays silent on real addresses, whatever the polyphones, municipalities and zones', () => {
    for (const address of [
      'Room 502, Building 3, No. 138 Wensan Road, Xihu District, Hangzhou, Zhejiang',
      'No. 8 Jianguo Road, Chaoyang District, Beijing',
      'Unit 3, No. 22 Renmin Street, Chaoyang District, Changchun, Jilin Province',
      'No. 5 Beimen Street, Shan County, Heze, Shandong',
      'Flat 12, No. 40 Meishan Road, Jin\'an District, Lu\'an, Anhui',
      'No. 849 Jiefangbei Road, Yuzhong District, Chongqing',
      'Room 1801, No. 100 Century Avenue, Pudong New Area, Shanghai, PRC',
      'No. 9 Jinkai Avenue, Liangjiang New Area, Chongqing',
      'No. 1 Tianfu Avenue, Gaoxin District, Chengdu, Sichuan',
      'No. 77 Fuxing Road, Yuyao City, Ningbo, Zhejiang',
      'Building 6, Lvliang Garden, Lishi District, Lvliang, Shanxi',
      'No. 12 Yanta Road, Yanta District, Xi\'an, Shaanxi, China',
      'No. 9 Minzu Avenue, Qingxiu District, Nanning, Guangxi Zhuang Autonomous Region',
      'No. 3 Renmin Road, Yanji City, Yanbian Korean Autonomous Prefecture, Jilin',
      'No. 2 Youhao Road, Tianshan District, Urumqi, Xinjiang Uygur Autonomous Region',
      'No. 6 Jiefang Street, Xingqing District, Yinchuan, Ningxia Hui Autonomous Region',
      'No. 1 Shiji Avenue, Enshi City, Enshi Tujia and Miao Autonomous Prefecture, Hubei',
      'No. 18 Xinhua Road, Saihan District, Hohhot, Inner Mongolia',
      'Flat B, 12/F, 88 Queen\'s Road, Central, Hong Kong SAR',
    ]) expect(checkEnglishAddress(address), address).toBeUndefined();
  });

  it('names a real district written under a city it is not in, with where it is', () => {
    const problem = checkEnglishAddress('Room 303, No. 157 Fenglin Road, Haishu District, Changsha, Hunan');
    expect(problem).toMatchObject({ text: 'Haishu District', kind: 'elsewhere', suggestionZh: '浙江省宁波市海曙区', parentZh: '长沙市' });
    expect(describePlaceProblem(describeUnknownPlace('No. 8 Jianguo Road, Chaoyang District, Hangzhou, Zhejiang')!))
      .toMatch(/^"Chaoyang District" is not in 杭州市; the gazetteer has it as (?:北京市|吉林省长春市|辽宁省朝阳市)朝阳区$/u);
  });

  it('suggests the city\'s own district for a misspelt one, and the city or province for a misspelt one', () => {
    expect(checkEnglishAddress('No. 138 Wensan Road, Xihou District, Hangzhou, Zhejiang')).toMatchObject({ kind: 'misspelt', level: 'county', suggestion: 'Xihu' });
    expect(checkEnglishAddress('No. 10 Lushan South Road, Yuelu District, Changsa, Hunan')).toMatchObject({ kind: 'misspelt', level: 'city', suggestionZh: '长沙市' });
    expect(checkEnglishAddress('Room 1302, No. 173 Caoxi North Road, Pudnog New Area, Shanghai')).toMatchObject({ kind: 'misspelt', level: 'county', suggestionZh: '上海市浦东新区' });
    expect(checkEnglishAddress('No. 489 Shandong Road, Shinan District, Qingdao, Shanndong')).toMatchObject({ kind: 'misspelt', level: 'province', suggestionZh: '山东省' });
  });

  it('leaves alone names it does not know at all (a new district, a street without a street word)', () => {
    expect(checkEnglishAddress('No. 3 Kexue Avenue, Qiantang District, Hangzhou, Zhejiang')).toBeUndefined();
    expect(checkEnglishAddress('Sunshine Garden Phase 2, Xihu District, Hangzhou')).toBeUndefined();
  });
});
