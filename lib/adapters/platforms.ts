// Recruiting platforms the extension knows by address but fills with the generic engine alone, until
// someone writes their adapter (then the entry moves into that adapter's own file). With the adapters'
// patterns they make the recruiting host list and the manifest's host permissions: keep each pattern
// short and precise.
import type { SitePlatform } from '~/lib/fill/types';

export const GENERIC_PLATFORMS: SitePlatform[] = [
  {
    id: 'tencent',
    name: '腾讯招聘',
    matches: ['https://join.qq.com/*'],
    testUrls: ['https://join.qq.com/resumeedit.html?postid=123'],
  },
  {
    id: 'alibaba',
    name: '阿里巴巴',
    matches: ['https://talent.alibaba.com/*'], // campus
    testUrls: ['https://talent.alibaba.com/campus/position-detail?positionId=1'],
  },
];
