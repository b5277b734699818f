/**
 * The province-level unit a plan belongs to, read from the start of its region as the sidecar
 * states it (`甘肃省张掖市`, `新疆生产建设兵团第五师双河市`), with its GB/T 2260 code, which orders the
 * shards and names them. 兵团 is not a province but builds and lists as one (code 66).
 */
const PROVINCES: readonly (readonly [code: string, name: string])[] = [
  ['11', '北京'],
  ['12', '天津'],
  ['13', '河北'],
  ['14', '山西'],
  ['15', '内蒙古'],
  ['21', '辽宁'],
  ['22', '吉林'],
  ['23', '黑龙江'],
  ['31', '上海'],
  ['32', '江苏'],
  ['33', '浙江'],
  ['34', '安徽'],
  ['35', '福建'],
  ['36', '江西'],
  ['37', '山东'],
  ['41', '河南'],
  ['42', '湖北'],
  ['43', '湖南'],
  ['44', '广东'],
  ['45', '广西'],
  ['46', '海南'],
  ['50', '重庆'],
  ['51', '四川'],
  ['52', '贵州'],
  ['53', '云南'],
  ['54', '西藏'],
  ['61', '陕西'],
  ['62', '甘肃'],
  ['63', '青海'],
  ['64', '宁夏'],
  // Before 新疆: the 兵团's regions start with 新疆 too.
  ['66', '新疆生产建设兵团'],
  ['65', '新疆'],
  ['71', '台湾'],
  ['81', '香港'],
  ['82', '澳门'],
];

/** Code of a region whose province is not recognised (a national plan, no region): its plans shard together. */
export const UNKNOWN_PROVINCE = '00';

/** The GB/T 2260 code of the province-level unit a region starts with, or UNKNOWN_PROVINCE. */
export function provinceCode(region: string | null): string {
  if (!region) return UNKNOWN_PROVINCE;
  const found = PROVINCES.find(([, name]) => region.startsWith(name));
  return found ? found[0] : UNKNOWN_PROVINCE;
}
