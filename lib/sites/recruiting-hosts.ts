// Recruiting platforms where the light content script is present before the user asks for anything
// (so the highlight button can appear beside a focused text box and a fill starts instantly). Everywhere
// else nothing is injected until the user's gesture grants activeTab. Each pattern names the platform
// it serves; the list doubles as the extension's host permissions, so keep it short and precise.
export const RECRUITING_MATCHES: readonly string[] = [
  'https://app.mokahr.com/*', // Moka campus and social hiring
  'https://*.zhiye.com/*', // 北森 Beisen tenants
  'https://*.jobs.feishu.cn/*', // 飞书招聘 tenants
  'https://jobs.bytedance.com/*', // ByteDance careers (Feishu's Formily/UD form)
  'https://join.qq.com/*', // 腾讯招聘
  'https://talent.alibaba.com/*', // 阿里巴巴 campus
  'https://job-boards.greenhouse.io/*', // Greenhouse new React board
  'https://job-boards.eu.greenhouse.io/*', // Greenhouse new board, EU
  'https://boards.greenhouse.io/*', // Greenhouse legacy board and its embed iframe
  'https://jobs.lever.co/*', // Lever
  'https://jobs.eu.lever.co/*', // Lever EU
  'https://*.myworkdayjobs.com/*', // Workday tenants
  'https://*.myworkdaysite.com/*', // Workday tenants, alternate domain
  'https://jobs.ashbyhq.com/*', // Ashby
  'https://jobs.smartrecruiters.com/*', // SmartRecruiters one-click UI
];
