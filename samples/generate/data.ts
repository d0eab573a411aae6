/** Word lists for realistic names, banks and employers. All organisations here are fictional branches of real banks or invented companies. */

export const SURNAMES: ReadonlyArray<readonly [string, string]> = [
  ['张', 'Zhang'], ['王', 'Wang'], ['李', 'Li'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'],
  ['赵', 'Zhao'], ['吴', 'Wu'], ['周', 'Zhou'], ['徐', 'Xu'], ['孙', 'Sun'], ['马', 'Ma'], ['朱', 'Zhu'],
  ['胡', 'Hu'], ['郭', 'Guo'], ['何', 'He'], ['林', 'Lin'], ['罗', 'Luo'], ['高', 'Gao'], ['郑', 'Zheng'],
  ['梁', 'Liang'], ['谢', 'Xie'], ['宋', 'Song'], ['唐', 'Tang'], ['许', 'Xu'], ['韩', 'Han'], ['冯', 'Feng'],
  ['欧阳', 'Ouyang'], ['诸葛', 'Zhuge'],
];

export const GIVEN_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['伟', 'Wei'], ['芳', 'Fang'], ['娜', 'Na'], ['敏', 'Min'], ['静', 'Jing'], ['丽', 'Li'], ['强', 'Qiang'],
  ['磊', 'Lei'], ['军', 'Jun'], ['洋', 'Yang'], ['勇', 'Yong'], ['艳', 'Yan'], ['杰', 'Jie'], ['涛', 'Tao'],
  ['明', 'Ming'], ['超', 'Chao'], ['秀英', 'Xiuying'], ['晓东', 'Xiaodong'], ['建华', 'Jianhua'], ['海燕', 'Haiyan'],
  ['志强', 'Zhiqiang'], ['文博', 'Wenbo'], ['思雨', 'Siyu'], ['子涵', 'Zihan'], ['浩然', 'Haoran'], ['雅琴', 'Yaqin'],
  ['国栋', 'Guodong'], ['春梅', 'Chunmei'], ['振宇', 'Zhenyu'], ['梓萱', 'Zixuan'], ['一鸣', 'Yiming'], ['嘉怡', 'Jiayi'],
];

export const WESTERN_FIRST = ['Michael', 'Sarah', 'David', 'Emily', 'James', 'Olivia', 'Daniel', 'Grace', 'Kevin', 'Rachel', 'Thomas', 'Helen'] as const;

export interface Bank {
  zh: string;
  en: string;
  /** Card BIN prefixes (UnionPay, start with 62) and the card length for each. */
  bins: ReadonlyArray<readonly [string, number]>;
  code: string;
}

export const BANKS: readonly Bank[] = [
  { zh: '中国工商银行', en: 'Industrial and Commercial Bank of China', bins: [['622202', 19], ['621226', 19]], code: 'ICBC' },
  { zh: '中国建设银行', en: 'China Construction Bank', bins: [['621700', 19], ['622700', 19]], code: 'CCB' },
  { zh: '中国农业银行', en: 'Agricultural Bank of China', bins: [['622848', 19], ['623052', 19]], code: 'ABC' },
  { zh: '中国银行', en: 'Bank of China', bins: [['621661', 19], ['621785', 19]], code: 'BOC' },
  { zh: '招商银行', en: 'China Merchants Bank', bins: [['622588', 16], ['621483', 16]], code: 'CMB' },
  { zh: '交通银行', en: 'Bank of Communications', bins: [['622262', 19], ['622260', 17]], code: 'BOCOM' },
  { zh: '浦发银行', en: 'Shanghai Pudong Development Bank', bins: [['622521', 16], ['621792', 16]], code: 'SPDB' },
  { zh: '杭州银行', en: 'Bank of Hangzhou', bins: [['621977', 18], ['628208', 16]], code: 'HZB' },
];

/** Legal-entity suffix of the bank for contracts (股份有限公司 …). */
export const BANK_LEGAL_SUFFIX: Record<string, readonly [string, string]> = {
  ICBC: ['股份有限公司', ' Limited'],
  CCB: ['股份有限公司', ' Corporation'],
  ABC: ['股份有限公司', ' Limited'],
  BOC: ['股份有限公司', ' Limited'],
  CMB: ['股份有限公司', ' Co., Ltd.'],
  BOCOM: ['股份有限公司', ' Co., Ltd.'],
  SPDB: ['股份有限公司', ' Co., Ltd.'],
  HZB: ['股份有限公司', ' Co., Ltd.'],
};

export const EMPLOYER_CORES: ReadonlyArray<readonly [zh: string, en: string]> = [
  ['云帆信息技术', 'Yunfan Information Technology'],
  ['恒信精密机械', 'Hengxin Precision Machinery'],
  ['华锐医药科技', 'Huarui Pharmaceutical Technology'],
  ['嘉禾供应链管理', 'Jiahe Supply Chain Management'],
  ['瑞丰食品', 'Ruifeng Foods'],
  ['博远建筑设计', 'Boyuan Architectural Design'],
  ['星辰数据服务', 'Xingchen Data Services'],
  ['东润新能源', 'Dongrun New Energy'],
  ['明德教育咨询', 'Mingde Education Consulting'],
  ['远航物流', 'Yuanhang Logistics'],
];

export const EMPLOYER_SUFFIX: ReadonlyArray<readonly [zh: string, en: string]> = [
  ['有限公司', 'Co., Ltd.'],
  ['股份有限公司', 'Co., Ltd.'],
  ['集团有限公司', 'Group Co., Ltd.'],
];

export const DEPARTMENTS: ReadonlyArray<readonly [string, string]> = [
  ['研发部', 'R&D'], ['财务部', 'Finance'], ['市场部', 'Marketing'], ['人力资源部', 'Human Resources'],
  ['生产部', 'Production'], ['销售部', 'Sales'], ['行政部', 'Administration'],
];

export const MERCHANTS: ReadonlyArray<readonly [string, string]> = [
  ['消费 银联 华润万家', 'POS PURCHASE CR VANGUARD'], ['消费 财付通 美团', 'ONLINE PAYMENT MEITUAN'],
  ['消费 支付宝 淘宝', 'ONLINE PAYMENT TAOBAO'], ['消费 盒马鲜生', 'POS PURCHASE FRESHIPPO'],
  ['消费 中国石化加油站', 'POS PURCHASE SINOPEC'], ['消费 星巴克', 'POS PURCHASE STARBUCKS'],
  ['网上支付 京东商城', 'ONLINE PAYMENT JD.COM'], ['消费 永辉超市', 'POS PURCHASE YONGHUI'],
];
