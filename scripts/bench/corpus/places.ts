/**
 * Real Chinese place names for the synthetic corpus: prefecture-level cities, districts, counties
 * and the 兵团's division cities, each with the pinyin its plan id is made from. The places of the
 * five real plans (张掖, 东丽, 白碱滩, 双河) are left out, so no synthetic id can equal a real one.
 */

/** What a plan is for decides which real plan it is made from: a city's plan, a district's or county's, a 兵团 division's. */
export type PlaceKind = 'city' | 'district' | 'county' | 'division';

export interface Place {
  readonly kind: PlaceKind;
  /** Pinyin, unique across all places: the start of the plan id (`haidian` → `haidian-2021-2025`). */
  readonly pinyin: string;
  /** Full name (`海淀区`, `第一师阿拉尔市`). */
  readonly name: string;
  /** Name without its administrative suffix (`海淀`, `阿拉尔`); the full name when that would leave one character. */
  readonly short: string;
  /** Province-level unit (`北京市`, `甘肃省`, `新疆生产建设兵团`). */
  readonly province: string;
  readonly provinceShort: string;
  /** Prefecture-level city the place belongs to; itself for a city. */
  readonly city: string;
  readonly cityShort: string;
  /** The region as a plan's sidecar states it (`北京市海淀区`, `甘肃省定西市通渭县`). */
  readonly region: string;
}

// kind | province | city ('-' for a city line) | name:pinyin …
const TABLE = `
city | 河北省 | - | 石家庄市:shijiazhuang 唐山市:tangshan 保定市:baoding 邯郸市:handan 邢台市:xingtai 沧州市:cangzhou 廊坊市:langfang 衡水市:hengshui 承德市:chengde 张家口市:zhangjiakou 秦皇岛市:qinhuangdao
city | 山西省 | - | 太原市:taiyuan 大同市:datong 长治市:changzhi 晋中市:jinzhong 运城市:yuncheng 临汾市:linfen 吕梁市:lvliang
city | 内蒙古自治区 | - | 呼和浩特市:huhehaote 包头市:baotou 赤峰市:chifeng 鄂尔多斯市:eerduosi 通辽市:tongliao
city | 辽宁省 | - | 沈阳市:shenyang 大连市:dalian 鞍山市:anshan 抚顺市:fushun 锦州市:jinzhou 丹东市:dandong
city | 吉林省 | - | 长春市:changchun 四平市:siping 通化市:tonghua
city | 黑龙江省 | - | 哈尔滨市:haerbin 齐齐哈尔市:qiqihaer 牡丹江市:mudanjiang 佳木斯市:jiamusi 大庆市:daqing
city | 江苏省 | - | 无锡市:wuxi 徐州市:xuzhou 常州市:changzhou 苏州市:suzhou 南通市:nantong 扬州市:yangzhou 盐城市:yancheng 泰州市:taizhou
city | 浙江省 | - | 宁波市:ningbo 温州市:wenzhou 嘉兴市:jiaxing 湖州市:huzhou 绍兴市:shaoxing 金华市:jinhua 衢州市:quzhou 丽水市:lishui
city | 安徽省 | - | 合肥市:hefei 芜湖市:wuhu 蚌埠市:bengbu 安庆市:anqing 阜阳市:fuyang 黄山市:huangshan
city | 福建省 | - | 福州市:fuzhou 厦门市:xiamen 泉州市:quanzhou 漳州市:zhangzhou 莆田市:putian 龙岩市:longyan 三明市:sanming
city | 江西省 | - | 南昌市:nanchang 九江市:jiujiang 上饶市:shangrao 宜春市:yichun 吉安市:jian
city | 山东省 | - | 济南市:jinan 青岛市:qingdao 淄博市:zibo 烟台市:yantai 潍坊市:weifang 济宁市:jining 威海市:weihai 德州市:dezhou 聊城市:liaocheng
city | 河南省 | - | 开封市:kaifeng 洛阳市:luoyang 新乡市:xinxiang 南阳市:nanyang 商丘市:shangqiu 许昌市:xuchang
city | 湖北省 | - | 宜昌市:yichang 襄阳市:xiangyang 荆州市:jingzhou 黄冈市:huanggang 十堰市:shiyan 孝感市:xiaogan
city | 湖南省 | - | 长沙市:changsha 株洲市:zhuzhou 湘潭市:xiangtan 衡阳市:hengyang 岳阳市:yueyang 常德市:changde 郴州市:chenzhou 怀化市:huaihua
city | 广东省 | - | 珠海市:zhuhai 汕头市:shantou 佛山市:foshan 东莞市:dongguan 中山市:zhongshan 江门市:jiangmen 湛江市:zhanjiang 惠州市:huizhou 梅州市:meizhou
city | 广西壮族自治区 | - | 南宁市:nanning 柳州市:liuzhou 桂林市:guilin 梧州市:wuzhou 北海市:beihai 玉林市:yulin
city | 海南省 | - | 海口市:haikou 三亚市:sanya
city | 四川省 | - | 绵阳市:mianyang 德阳市:deyang 宜宾市:yibin 泸州市:luzhou 乐山市:leshan 达州市:dazhou
city | 贵州省 | - | 贵阳市:guiyang 六盘水市:liupanshui 安顺市:anshun
city | 云南省 | - | 昆明市:kunming 曲靖市:qujing 玉溪市:yuxi 保山市:baoshan 昭通市:zhaotong 丽江市:lijiang
city | 陕西省 | - | 宝鸡市:baoji 咸阳市:xianyang 渭南市:weinan 汉中市:hanzhong 延安市:yanan
city | 甘肃省 | - | 兰州市:lanzhou 酒泉市:jiuquan 武威市:wuwei 白银市:baiyin
city | 青海省 | - | 西宁市:xining
city | 宁夏回族自治区 | - | 银川市:yinchuan 石嘴山市:shizuishan 吴忠市:wuzhong
city | 新疆维吾尔自治区 | - | 哈密市:hami 吐鲁番市:tulufan
city | 西藏自治区 | - | 拉萨市:lasa 日喀则市:rikaze
district | 北京市 | 北京市 | 东城区:dongcheng 西城区:xicheng 朝阳区:chaoyang 海淀区:haidian 丰台区:fengtai 石景山区:shijingshan 通州区:tongzhou 顺义区:shunyi 昌平区:changping 大兴区:daxing 房山区:fangshan 门头沟区:mentougou 怀柔区:huairou 平谷区:pinggu 密云区:miyun 延庆区:yanqing
district | 天津市 | 天津市 | 和平区:heping 河西区:hexi 南开区:nankai 红桥区:hongqiao 西青区:xiqing 津南区:jinnan 北辰区:beichen 武清区:wuqing 宝坻区:baodi 滨海新区:binhai 静海区:jinghai 蓟州区:jizhou 宁河区:ninghe
district | 上海市 | 上海市 | 黄浦区:huangpu 徐汇区:xuhui 长宁区:changning 静安区:jingan 普陀区:putuo 虹口区:hongkou 杨浦区:yangpu 闵行区:minhang 嘉定区:jiading 浦东新区:pudong 金山区:jinshan 松江区:songjiang 青浦区:qingpu 奉贤区:fengxian 崇明区:chongming
district | 重庆市 | 重庆市 | 渝中区:yuzhong 江北区:jiangbei 沙坪坝区:shapingba 九龙坡区:jiulongpo 南岸区:nanan 北碚区:beibei 渝北区:yubei 巴南区:banan 万州区:wanzhou 涪陵区:fuling 永川区:yongchuan 合川区:hechuan 江津区:jiangjin
district | 广东省 | 广州市 | 越秀区:yuexiu 海珠区:haizhu 天河区:tianhe 白云区:baiyun 番禺区:panyu 花都区:huadu 南沙区:nansha 增城区:zengcheng 从化区:conghua
district | 广东省 | 深圳市 | 福田区:futian 罗湖区:luohu 南山区:nanshan 宝安区:baoan 龙岗区:longgang 龙华区:longhua 坪山区:pingshan 光明区:guangming
district | 浙江省 | 杭州市 | 上城区:shangcheng 拱墅区:gongshu 西湖区:xihu 滨江区:binjiang 萧山区:xiaoshan 余杭区:yuhang 临安区:linan
district | 江苏省 | 南京市 | 玄武区:xuanwu 秦淮区:qinhuai 建邺区:jianye 鼓楼区:gulou 浦口区:pukou 栖霞区:qixia 雨花台区:yuhuatai 江宁区:jiangning 六合区:luhe 高淳区:gaochun
district | 四川省 | 成都市 | 锦江区:jinjiang 青羊区:qingyang 金牛区:jinniu 武侯区:wuhou 成华区:chenghua 龙泉驿区:longquanyi 新都区:xindu 温江区:wenjiang 双流区:shuangliu 郫都区:pidu
district | 湖北省 | 武汉市 | 江岸区:jiangan 江汉区:jianghan 硚口区:qiaokou 汉阳区:hanyang 武昌区:wuchang 青山区:qingshan 洪山区:hongshan 东西湖区:dongxihu 蔡甸区:caidian 江夏区:jiangxia 黄陂区:huangpi 新洲区:xinzhou
district | 陕西省 | 西安市 | 新城区:xincheng 碑林区:beilin 莲湖区:lianhu 雁塔区:yanta 未央区:weiyang 灞桥区:baqiao 长安区:changan 临潼区:lintong
district | 河南省 | 郑州市 | 中原区:zhongyuan 二七区:erqi 金水区:jinshui 惠济区:huiji 上街区:shangjie
district | 新疆维吾尔自治区 | 乌鲁木齐市 | 天山区:tianshan 沙依巴克区:shayibake 水磨沟区:shuimogou 米东区:midong 达坂城区:dabancheng
district | 新疆维吾尔自治区 | 克拉玛依市 | 独山子区:dushanzi 克拉玛依区:kelamayi 乌尔禾区:wuerhe
county | 河北省 | 保定市 | 涞水县:laishui 阜平县:fuping 定兴县:dingxing 唐县:tangxian 高阳县:gaoyang 容城县:rongcheng 安新县:anxin 雄县:xiongxian
county | 河北省 | 张家口市 | 张北县:zhangbei 康保县:kangbao 沽源县:guyuan 尚义县:shangyi 蔚县:yuxian 阳原县:yangyuan 怀安县:huaian 涿鹿县:zhuolu 赤城县:chicheng
county | 山西省 | 吕梁市 | 岚县:lanxian 临县:linxian 兴县:xingxian
county | 山西省 | 忻州市 | 五台县:wutai 代县:daixian 繁峙县:fanshi 静乐县:jingle
county | 甘肃省 | 定西市 | 通渭县:tongwei 陇西县:longxi 渭源县:weiyuan 临洮县:lintao 岷县:minxian 漳县:zhangxian
county | 甘肃省 | 天水市 | 秦安县:qinan 甘谷县:gangu 武山县:wushan
county | 四川省 | 凉山彝族自治州 | 昭觉县:zhaojue 布拖县:butuo 美姑县:meigu 金阳县:jinyang 喜德县:xide 越西县:yuexi
county | 四川省 | 南充市 | 仪陇县:yilong 营山县:yingshan 蓬安县:pengan
county | 四川省 | 成都市 | 大邑县:dayi 蒲江县:pujiang
county | 云南省 | 大理白族自治州 | 宾川县:binchuan 弥渡县:midu 祥云县:xiangyun 鹤庆县:heqing 剑川县:jianchuan 洱源县:eryuan
county | 云南省 | 红河哈尼族彝族自治州 | 建水县:jianshui 石屏县:shiping 泸西县:luxi
county | 贵州省 | 遵义市 | 桐梓县:tongzi 绥阳县:suiyang 正安县:zhengan 凤冈县:fenggang 湄潭县:meitan 余庆县:yuqing
county | 贵州省 | 毕节市 | 大方县:dafang 织金县:zhijin 纳雍县:nayong 赫章县:hezhang
county | 湖南省 | 湘西土家族苗族自治州 | 凤凰县:fenghuang 花垣县:huayuan 保靖县:baojing 永顺县:yongshun 龙山县:longshan
county | 湖南省 | 邵阳市 | 隆回县:longhui 洞口县:dongkou 新宁县:xinning 绥宁县:suining
county | 江西省 | 赣州市 | 信丰县:xinfeng 大余县:dayu 上犹县:shangyou 崇义县:chongyi 安远县:anyuan 定南县:dingnan 全南县:quannan 宁都县:ningdu 于都县:yudu 兴国县:xingguo 会昌县:huichang 寻乌县:xunwu 石城县:shicheng
county | 河南省 | 周口市 | 扶沟县:fugou 西华县:xihua 商水县:shangshui 沈丘县:shenqiu 郸城县:dancheng 太康县:taikang 鹿邑县:luyi
county | 河南省 | 信阳市 | 罗山县:luoshan 光山县:guangshan 新县:xinxian 固始县:gushi 潢川县:huangchuan 淮滨县:huaibin 息县:xixian
county | 山东省 | 临沂市 | 沂南县:yinan 郯城县:tancheng 沂水县:yishui 兰陵县:lanling 费县:feixian 平邑县:pingyi 莒南县:junan 蒙阴县:mengyin 临沭县:linshu
county | 山东省 | 菏泽市 | 曹县:caoxian 单县:shanxian 成武县:chengwu 巨野县:juye 鄄城县:juancheng 东明县:dongming
county | 安徽省 | 阜阳市 | 临泉县:linquan 太和县:taihe 阜南县:funan 颍上县:yingshang
county | 安徽省 | 六安市 | 霍邱县:huoqiu 舒城县:shucheng 金寨县:jinzhai 霍山县:huoshan
county | 广西壮族自治区 | 百色市 | 凌云县:lingyun 乐业县:leye 田林县:tianlin 西林县:xilin 那坡县:napo 德保县:debao
county | 新疆维吾尔自治区 | 喀什地区 | 疏附县:shufu 疏勒县:shule 英吉沙县:yingjisha 泽普县:zepu 莎车县:shache 叶城县:yecheng 麦盖提县:maigaiti 岳普湖县:yuepuhu 伽师县:jiashi 巴楚县:bachu
county | 新疆维吾尔自治区 | 和田地区 | 墨玉县:moyu 皮山县:pishan 洛浦县:luopu 策勒县:cele 于田县:yutian 民丰县:minfeng
county | 青海省 | 西宁市 | 湟源县:huangyuan
county | 黑龙江省 | 绥化市 | 望奎县:wangkui 兰西县:lanxi 青冈县:qinggang 庆安县:qingan 明水县:mingshui 绥棱县:suileng
division | 新疆生产建设兵团 | - | 第一师阿拉尔市:alaer 第二师铁门关市:tiemenguan 第三师图木舒克市:tumushuke 第四师可克达拉市:kekedala 第六师五家渠市:wujiaqu 第七师胡杨河市:huyanghe 第八师石河子市:shihezi 第九师白杨市:baiyang 第十师北屯市:beitun 第十三师新星市:xinxing 第十四师昆玉市:kunyu
`;

/** Every place, in table order. */
export const PLACES: readonly Place[] = parsePlaces(TABLE);

function parsePlaces(table: string): Place[] {
  return table
    .trim()
    .split('\n')
    .flatMap((row) => {
      const [kind, province, city, names] = row.split('|').map((cell) => cell.trim()) as [PlaceKind, string, string, string];
      return names.split(/\s+/u).map((entry): Place => {
        const [name, pinyin] = entry.split(':') as [string, string];
        const ownCity = city === '-' ? (kind === 'division' ? name.replace(/^第.+?师/u, '') : name) : city;
        const region =
          kind === 'division'
            ? `${province}${name}`
            : ownCity === province
              ? `${province}${name}`
              : kind === 'city'
                ? `${province}${name}`
                : `${province}${ownCity}${name}`;
        return {
          kind,
          pinyin,
          name,
          short: shortName(kind === 'division' ? ownCity : name),
          province,
          provinceShort: shortName(province),
          city: ownCity,
          cityShort: shortName(ownCity),
          region,
        };
      });
    });
}

/** `海淀区` → `海淀`, `浦东新区` → `浦东`, `广西壮族自治区` → `广西`; `雄县` stays `雄县`. */
export function shortName(name: string): string {
  const short = name
    .replace(/(?:壮族|回族|维吾尔)?(?:自治区|自治州|新区|地区|省|市|区|县)$/u, '')
    .replace(/(?:彝族|白族|哈尼族彝族|土家族苗族)$/u, '');
  return [...short].length >= 2 ? short : name;
}
