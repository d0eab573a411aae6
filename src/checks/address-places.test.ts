import { describe, expect, it } from 'vitest';
import { addressPlaces } from './address-places.js';
import { codes, makeDocument, runCheck } from './test-document.js';

describe('address-places', () => {
  it('stays silent on real addresses in both languages', async () => {
    expect(codes(await runCheck(addressPlaces, makeDocument([['借款人：张伟', '住址：浙江省杭州市西湖区文三路138号3幢502室', '抵押物地址：上海市浦东新区张杨路100号1栋201室']], { docType: 'loan_contract' })))).toEqual([]);
    expect(codes(await runCheck(addressPlaces, makeDocument([['Borrower: Wei Zhang', 'Collateral Address:  Room 502, Building 3, No. 138 Wensan Road, Xihu District, Hangzhou, Zhejiang']], { docType: 'loan_contract', language: 'en' })))).toEqual([]);
  });
  it('flags 杭洲市 with "did you mean 杭州市", and Hangzou', async () => {
    const sink = await runCheck(addressPlaces, makeDocument([['借款人：张伟', '抵押物地址：浙江省杭洲市西湖区文三路138号3幢502室']], { docType: 'loan_contract' }));
    expect(codes(sink)).toEqual(['ADDRESS_UNKNOWN_PLACE']);
    expect(sink.findings[0]!.evidence).toMatchObject({ written: '杭洲市', didYouMean: '杭州市', address: { page: 1 } });
    expect(codes(await runCheck(addressPlaces, makeDocument([['Borrower: Wei Zhang', 'Collateral Address:  Room 502, No. 138 Wensan Road, Xihu District, Hangzou, Zhejiang']], { docType: 'loan_contract', language: 'en' })))).toEqual(['ADDRESS_UNKNOWN_PLACE']);
  });
  it('flags a real district written under a city it does not belong to, naming where it is', async () => {
    const sink = await runCheck(addressPlaces, makeDocument([['借款人：张伟', '抵押物地址：浙江省杭州市天河区文三路138号3幢502室']], { docType: 'loan_contract' }));
    expect(codes(sink)).toEqual(['ADDRESS_UNKNOWN_PLACE']);
    expect(sink.findings[0]!.evidence).toMatchObject({ written: '天河区', kind: 'elsewhere', parent: '杭州市', didYouMeanFull: '广东省广州市天河区' });
    // 朝阳区 is a district of 北京市 (and of 长春市): fine under either.
    expect(codes(await runCheck(addressPlaces, makeDocument([['住址：吉林省长春市朝阳区人民大街1号']], { docType: 'loan_contract' })))).toEqual([]);
  });
});
