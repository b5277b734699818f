/**
 * The province-level divisions plans are listed under, in the order of the national statistics
 * (北京市 … 新疆维吾尔自治区, then 兵团 and the SARs), each with the ASCII slug of its list pages.
 * The table is fixed so that `/regions/<slug>/` means the same place for as long as the site lives.
 */

export interface Province {
  /** The name a region starts with: `甘肃省`, `新疆生产建设兵团`. */
  name: string;
  /** Pinyin, lower case, unique: `/regions/gansu/`. 陕西 is `shaanxi`, as in official romanisation, beside 山西 `shanxi`. */
  slug: string;
}

// name:slug, in the national order.
const TABLE = `
北京市:beijing 天津市:tianjin 河北省:hebei 山西省:shanxi 内蒙古自治区:neimenggu
辽宁省:liaoning 吉林省:jilin 黑龙江省:heilongjiang
上海市:shanghai 江苏省:jiangsu 浙江省:zhejiang 安徽省:anhui 福建省:fujian 江西省:jiangxi 山东省:shandong
河南省:henan 湖北省:hubei 湖南省:hunan 广东省:guangdong 广西壮族自治区:guangxi 海南省:hainan
重庆市:chongqing 四川省:sichuan 贵州省:guizhou 云南省:yunnan 西藏自治区:xizang
陕西省:shaanxi 甘肃省:gansu 青海省:qinghai 宁夏回族自治区:ningxia 新疆维吾尔自治区:xinjiang
新疆生产建设兵团:bingtuan 香港特别行政区:xianggang 澳门特别行政区:aomen 台湾省:taiwan
`;

export const PROVINCES: readonly Province[] = TABLE.trim()
  .split(/\s+/)
  .map((entry) => {
    const [name, slug] = entry.split(':') as [string, string];
    return { name, slug };
  });

/** Where plans go whose region names no province-level division (or no region at all). */
export const OTHER_REGION: Province = { name: '其他', slug: 'qita' };

/** Every list's groups, in order: the provinces, then 其他. */
export const REGIONS: readonly Province[] = [...PROVINCES, OTHER_REGION];

/**
 * The province a region starts with (`甘肃省张掖市` → 甘肃省), or null. Only full names count: a
 * short one would misplace 海南藏族自治州 (青海) under 海南.
 */
export function provinceOfRegion(region: string | null): Province | null {
  if (!region) return null;
  return PROVINCES.find((province) => region.startsWith(province.name)) ?? null;
}

/** The region group a plan is listed under: its province, or 其他. */
export function regionGroupOf(region: string | null): Province {
  return provinceOfRegion(region) ?? OTHER_REGION;
}
