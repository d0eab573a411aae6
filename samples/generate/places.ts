/**
 * Real administrative divisions (GB/T 2260 district codes) with pinyin forms and a few real roads,
 * for ID numbers and collateral addresses.
 */
export interface Place {
  code: string;
  /** Empty for the four municipalities, which skip the province level. */
  province: string;
  city: string;
  district: string;
  provinceEn: string;
  cityEn: string;
  districtEn: string;
  roads: ReadonlyArray<readonly [zh: string, en: string]>;
}

const HANGZHOU_ROADS = [['文三路', 'Wensan Road'], ['教工路', 'Jiaogong Road'], ['天目山路', 'Tianmushan Road'], ['学院路', 'Xueyuan Road']] as const;
const SHANGHAI_ROADS = [['张杨路', 'Zhangyang Road'], ['漕溪北路', 'Caoxi North Road'], ['延安西路', 'Yan\'an West Road'], ['世纪大道', 'Century Avenue']] as const;
const BEIJING_ROADS = [['建国路', 'Jianguo Road'], ['中关村大街', 'Zhongguancun Street'], ['学院南路', 'Xueyuan South Road'], ['朝阳北路', 'Chaoyang North Road']] as const;
const SHENZHEN_ROADS = [['深南大道', 'Shennan Avenue'], ['科技园路', 'Kejiyuan Road'], ['华强北路', 'Huaqiang North Road']] as const;
const GUANGZHOU_ROADS = [['天河路', 'Tianhe Road'], ['体育西路', 'Tiyu West Road'], ['中山五路', 'Zhongshan 5th Road']] as const;

export const PLACES: readonly Place[] = [
  { code: '330106', province: '浙江省', city: '杭州市', district: '西湖区', provinceEn: 'Zhejiang', cityEn: 'Hangzhou', districtEn: 'Xihu District', roads: HANGZHOU_ROADS },
  { code: '330108', province: '浙江省', city: '杭州市', district: '滨江区', provinceEn: 'Zhejiang', cityEn: 'Hangzhou', districtEn: 'Binjiang District', roads: [['江南大道', 'Jiangnan Avenue'], ['滨盛路', 'Binsheng Road']] },
  { code: '330203', province: '浙江省', city: '宁波市', district: '海曙区', provinceEn: 'Zhejiang', cityEn: 'Ningbo', districtEn: 'Haishu District', roads: [['中山西路', 'Zhongshan West Road'], ['药行街', 'Yaohang Street']] },
  { code: '310115', province: '', city: '上海市', district: '浦东新区', provinceEn: '', cityEn: 'Shanghai', districtEn: 'Pudong New Area', roads: SHANGHAI_ROADS },
  { code: '310104', province: '', city: '上海市', district: '徐汇区', provinceEn: '', cityEn: 'Shanghai', districtEn: 'Xuhui District', roads: SHANGHAI_ROADS },
  { code: '110105', province: '', city: '北京市', district: '朝阳区', provinceEn: '', cityEn: 'Beijing', districtEn: 'Chaoyang District', roads: BEIJING_ROADS },
  { code: '110108', province: '', city: '北京市', district: '海淀区', provinceEn: '', cityEn: 'Beijing', districtEn: 'Haidian District', roads: BEIJING_ROADS },
  { code: '120101', province: '', city: '天津市', district: '和平区', provinceEn: '', cityEn: 'Tianjin', districtEn: 'Heping District', roads: [['南京路', 'Nanjing Road'], ['滨江道', 'Binjiang Road']] },
  { code: '500103', province: '', city: '重庆市', district: '渝中区', provinceEn: '', cityEn: 'Chongqing', districtEn: 'Yuzhong District', roads: [['解放碑路', 'Jiefangbei Road'], ['中山一路', 'Zhongshan 1st Road']] },
  { code: '440305', province: '广东省', city: '深圳市', district: '南山区', provinceEn: 'Guangdong', cityEn: 'Shenzhen', districtEn: 'Nanshan District', roads: SHENZHEN_ROADS },
  { code: '440304', province: '广东省', city: '深圳市', district: '福田区', provinceEn: 'Guangdong', cityEn: 'Shenzhen', districtEn: 'Futian District', roads: SHENZHEN_ROADS },
  { code: '440106', province: '广东省', city: '广州市', district: '天河区', provinceEn: 'Guangdong', cityEn: 'Guangzhou', districtEn: 'Tianhe District', roads: GUANGZHOU_ROADS },
  { code: '440104', province: '广东省', city: '广州市', district: '越秀区', provinceEn: 'Guangdong', cityEn: 'Guangzhou', districtEn: 'Yuexiu District', roads: GUANGZHOU_ROADS },
  { code: '320106', province: '江苏省', city: '南京市', district: '鼓楼区', provinceEn: 'Jiangsu', cityEn: 'Nanjing', districtEn: 'Gulou District', roads: [['中山北路', 'Zhongshan North Road'], ['湖南路', 'Hunan Road']] },
  { code: '320508', province: '江苏省', city: '苏州市', district: '姑苏区', provinceEn: 'Jiangsu', cityEn: 'Suzhou', districtEn: 'Gusu District', roads: [['人民路', 'Renmin Road'], ['干将西路', 'Ganjiang West Road']] },
  { code: '510107', province: '四川省', city: '成都市', district: '武侯区', provinceEn: 'Sichuan', cityEn: 'Chengdu', districtEn: 'Wuhou District', roads: [['人民南路', 'Renmin South Road'], ['科华北路', 'Kehua North Road']] },
  { code: '420106', province: '湖北省', city: '武汉市', district: '武昌区', provinceEn: 'Hubei', cityEn: 'Wuhan', districtEn: 'Wuchang District', roads: [['中南路', 'Zhongnan Road'], ['武珞路', 'Wuluo Road']] },
  { code: '610113', province: '陕西省', city: '西安市', district: '雁塔区', provinceEn: 'Shaanxi', cityEn: 'Xi\'an', districtEn: 'Yanta District', roads: [['长安南路', 'Chang\'an South Road'], ['小寨东路', 'Xiaozhai East Road']] },
  { code: '370202', province: '山东省', city: '青岛市', district: '市南区', provinceEn: 'Shandong', cityEn: 'Qingdao', districtEn: 'Shinan District', roads: [['香港中路', 'Hong Kong Middle Road'], ['山东路', 'Shandong Road']] },
  { code: '350203', province: '福建省', city: '厦门市', district: '思明区', provinceEn: 'Fujian', cityEn: 'Xiamen', districtEn: 'Siming District', roads: [['湖滨南路', 'Hubin South Road'], ['厦禾路', 'Xiahe Road']] },
  { code: '430104', province: '湖南省', city: '长沙市', district: '岳麓区', provinceEn: 'Hunan', cityEn: 'Changsha', districtEn: 'Yuelu District', roads: [['麓山南路', 'Lushan South Road'], ['枫林一路', 'Fenglin 1st Road']] },
  { code: '340104', province: '安徽省', city: '合肥市', district: '蜀山区', provinceEn: 'Anhui', cityEn: 'Hefei', districtEn: 'Shushan District', roads: [['长江西路', 'Changjiang West Road'], ['黄山路', 'Huangshan Road']] },
  { code: '410105', province: '河南省', city: '郑州市', district: '金水区', provinceEn: 'Henan', cityEn: 'Zhengzhou', districtEn: 'Jinshui District', roads: [['花园路', 'Huayuan Road'], ['经三路', 'Jingsan Road']] },
];
