// Recruiting platforms the extension knows by address but fills with the generic engine alone, until
// someone writes their adapter (then the entry moves into that adapter's own file). With the adapters'
// patterns they make the recruiting host list and the manifest's host permissions: keep each pattern
// short and precise.
import type { SitePlatform } from '~/lib/fill/types';

export const GENERIC_PLATFORMS: SitePlatform[] = [
  {
    id: 'feishu',
    name: '飞书招聘',
    matches: [
      'https://*.jobs.feishu.cn/*', // tenants
      'https://jobs.bytedance.com/*', // ByteDance careers (Formily/UD form)
    ],
    testUrls: [
      'https://example.jobs.feishu.cn/campus/position/123/detail',
      'https://jobs.bytedance.com/campus/position/123/apply',
    ],
  },
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
  {
    id: 'workday',
    name: 'Workday',
    matches: [
      'https://*.myworkdayjobs.com/*', // tenants
      'https://*.myworkdaysite.com/*', // tenants, alternate domain
    ],
    testUrls: [
      'https://example.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R1/apply/applyManually',
      'https://wd3.myworkdaysite.com/recruiting/example/External/job/X/apply',
    ],
  },
  {
    id: 'ashby',
    name: 'Ashby',
    matches: ['https://jobs.ashbyhq.com/*'],
    testUrls: ['https://jobs.ashbyhq.com/example/0f3c1d2e-0000-4000-8000-000000000000/application'],
  },
  {
    id: 'smartrecruiters',
    name: 'SmartRecruiters',
    matches: ['https://jobs.smartrecruiters.com/*'], // one-click UI
    testUrls: ['https://jobs.smartrecruiters.com/oneclick-ui/company/Example/publication/abc'],
  },
];
