// Where a school is, for the forms that ask it before the school (院校所在地 境内 / 境外 / 港澳台, then
// 国家/地区): read from the words of its name, and only where they say it. A mainland school is never
// answered (the form's own default stands); nor is a school whose name also names a mainland city
// (香港中文大学（深圳）, 新加坡国立大学（苏州）研究院, University of Nottingham Ningbo China), which
// is a campus in the mainland.

/** 港澳台 is 'hmt'; everywhere else outside the mainland is 'abroad'. */
export type SchoolRegion = 'hmt' | 'abroad';

export interface SchoolPlace {
  region: SchoolRegion;
  /** ISO 3166 code of the country or region: the key of PLACES. */
  country: string;
}

interface Place {
  zh: string;
  en: string;
  /** What a list may call it besides its two names (香港特别行政区, Hong Kong SAR). */
  aliases: readonly string[];
  /** Words in a school's name that put it there: the place's own names, its cities, its best-known schools. */
  marks: RegExp;
  region: SchoolRegion;
}

export const PLACES: Readonly<Record<string, Place>> = {
  HK: {
    zh: '中国香港',
    en: 'Hong Kong',
    aliases: ['香港', '香港特别行政区', '中国香港特别行政区', 'Hong Kong SAR', 'Hong Kong, China', 'HK'],
    marks: /香港|hong\s*kong/i,
    region: 'hmt',
  },
  MO: {
    zh: '中国澳门',
    en: 'Macao',
    aliases: ['澳门', '澳門', '澳门特别行政区', '中国澳门特别行政区', 'Macau', 'Macao SAR', 'Macao, China'],
    marks: /澳门|澳門|maca[uo]/i,
    region: 'hmt',
  },
  TW: {
    zh: '中国台湾',
    en: 'Taiwan',
    aliases: ['台湾', '臺灣', '台湾地区', '中国台湾地区', 'Taiwan, China'],
    marks: /台湾|臺灣|台北|臺北|taiwan|taipei/i,
    region: 'hmt',
  },
  SG: {
    zh: '新加坡',
    en: 'Singapore',
    aliases: [],
    marks: /新加坡|singapore|南洋理工|nanyang technological/i,
    region: 'abroad',
  },
  JP: {
    zh: '日本',
    en: 'Japan',
    aliases: [],
    marks: /日本|japan|东京|東京|tokyo|京都|kyoto|大阪|osaka|早稻田|waseda|庆应|keio/i,
    region: 'abroad',
  },
  KR: {
    zh: '韩国',
    en: 'South Korea',
    aliases: ['Korea', 'Republic of Korea', '大韩民国'],
    marks: /韩国|korea|首尔|seoul|kaist/i,
    region: 'abroad',
  },
  GB: {
    zh: '英国',
    en: 'United Kingdom',
    aliases: ['UK', 'Great Britain', 'England'],
    marks:
      /英国|united kingdom|伦敦|london|牛津|oxford|剑桥大学|university of cambridge|爱丁堡|edinburgh|曼彻斯特|manchester|帝国理工|imperial college|华威|warwick/i,
    region: 'abroad',
  },
  US: {
    zh: '美国',
    en: 'United States',
    aliases: ['USA', 'US', 'United States of America', 'America'],
    marks:
      /美国|united states|哈佛|harvard|斯坦福|stanford|麻省理工|massachusetts|卡内基梅隆|carnegie mellon|哥伦比亚大学|columbia university|加州|california|普林斯顿|princeton|耶鲁|yale|康奈尔|cornell|宾夕法尼亚|pennsylvania|纽约|new york|芝加哥|chicago|密歇根|michigan|伊利诺伊|illinois|约翰霍普金斯|johns hopkins|佐治亚理工|georgia tech/i,
    region: 'abroad',
  },
  CA: {
    zh: '加拿大',
    en: 'Canada',
    aliases: [],
    marks: /加拿大|canada|多伦多|toronto|麦吉尔|mcgill|英属哥伦比亚|british columbia|滑铁卢|waterloo/i,
    region: 'abroad',
  },
  AU: {
    zh: '澳大利亚',
    en: 'Australia',
    aliases: ['澳洲'],
    marks:
      /澳大利亚|澳洲|australia|悉尼|sydney|墨尔本|melbourne|昆士兰|queensland|莫纳什|monash|新南威尔士|new south wales/i,
    region: 'abroad',
  },
  DE: {
    zh: '德国',
    en: 'Germany',
    aliases: [],
    marks: /德国|germany|慕尼黑|munich|münchen|柏林|berlin|亚琛|aachen|海德堡|heidelberg/i,
    region: 'abroad',
  },
  FR: { zh: '法国', en: 'France', aliases: [], marks: /法国|france|巴黎|paris/i, region: 'abroad' },
  NL: {
    zh: '荷兰',
    en: 'Netherlands',
    aliases: ['The Netherlands'],
    marks: /荷兰|netherlands|阿姆斯特丹|amsterdam|代尔夫特|delft/i,
    region: 'abroad',
  },
  CH: {
    zh: '瑞士',
    en: 'Switzerland',
    aliases: [],
    marks: /瑞士|switzerland|苏黎世|zurich|zürich|洛桑|lausanne/i,
    region: 'abroad',
  },
};

// A campus in the mainland of a school named for elsewhere. Provinces and the cities such campuses are in.
const MAINLAND =
  /北京|上海|天津|重庆|深圳|广州|苏州|宁波|珠海|杭州|南京|武汉|成都|西安|厦门|青岛|大连|昆山|无锡|温州|汕头|佛山|东莞|合肥|长沙|郑州|济南|沈阳|哈尔滨|长春|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|\b(beijing|shanghai|tianjin|chongqing|shenzhen|guangzhou|suzhou|ningbo|zhuhai|hangzhou|nanjing|wuhan|chengdu|xi'?an|xiamen|qingdao|dalian|kunshan|wuxi|wenzhou|shantou|china)\b/i;

/** Where the school of this name is; undefined for a mainland school or a name that does not say. */
export function schoolPlace(school: string, note = ''): SchoolPlace | undefined {
  const name = `${school} ${note}`;
  if (MAINLAND.test(name)) return undefined;
  const found = Object.entries(PLACES).filter(([, p]) => p.marks.test(name));
  // Two places named (Hong Kong and Singapore in one joint programme's name): not one place.
  if (found.length !== 1) return undefined;
  const [country, place] = found[0]!;
  return { region: place.region, country };
}
