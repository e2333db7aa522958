import type { Resume } from '~/lib/resume/types';

// A fictional résumé built by hand, so the card and picker tests do not depend on the importer.
export function sampleResume(): Resume {
  return {
    name: {
      raw: '欧阳娜娜',
      full: '欧阳娜娜',
      family: '欧阳',
      given: '娜娜',
      latin: { full: 'Nana Ouyang', given: 'Nana', family: 'Ouyang' },
      latinFromFile: false,
    },
    contact: {
      phone: {
        raw: '13712345678',
        national: '13712345678',
        countryCode: '86',
        e164: '+8613712345678',
        mobile: true,
      },
      email: 'nana@example.com',
      birth: { raw: '1998.03', year: 1998, month: 3 },
      website: 'https://nana.example.com',
    },
    education: [
      {
        raw: {
          school: '示例大学（985）',
          major: '计算机科学 · 研究生',
          date: '2020.09 – 2023.06',
          description: '',
        },
        school: '示例大学',
        schoolNote: '985',
        major: '计算机科学',
        degree: 'master',
        studyMode: 'full-time',
        dates: {
          raw: '2020.09 – 2023.06',
          start: { year: 2020, month: 9 },
          end: { year: 2023, month: 6 },
          current: false,
        },
        gpa: { raw: 'GPA 3.8/4.0', value: 3.8, scale: 4 },
        ranking: '专业第3',
        description: '主修分布式系统。',
      },
    ],
    experience: [
      {
        raw: {
          company: '示例科技-基础架构部',
          title: '后端工程师（L5）',
          date: '2023.07 – 至今',
          description: '',
        },
        company: '示例科技',
        department: '基础架构部',
        title: '后端工程师',
        level: 'L5',
        dates: { raw: '2023.07 – 至今', start: { year: 2023, month: 7 }, current: true },
        description: '负责存储网关的设计；主导容量规划。绩效3.75分。',
      },
    ],
    projects: [
      {
        raw: { name: '消息平台 · 技术负责人', date: '2024.03 – 至今' },
        name: '消息平台',
        role: '技术负责人',
        dates: { raw: '2024.03 – 至今', start: { year: 2024, month: 3 }, current: true },
        summary: '统一公司内部的消息推送。',
        highlights: [
          {
            raw: '【高可用】设计多活架构，可用性达到99.99%；',
            tag: '高可用',
            text: '设计多活架构，可用性达到99.99%；',
          },
          { raw: '【性能】将P99延迟从800ms降到120ms。', tag: '性能', text: '将P99延迟从800ms降到120ms。' },
          { raw: '推动全链路压测落地', text: '推动全链路压测落地' },
        ],
      },
      {
        raw: { name: '对账系统 · 核心开发', date: '2023.08 – 2024.02' },
        name: '对账系统',
        role: '核心开发',
        dates: {
          raw: '2023.08 – 2024.02',
          start: { year: 2023, month: 8 },
          end: { year: 2024, month: 2 },
          current: false,
        },
        summary: '日终对账。',
        highlights: [{ raw: '【自动化】差错自动修复率90%；', tag: '自动化', text: '差错自动修复率90%；' }],
      },
    ],
    skills: ['熟悉Go和Java；', '了解Kubernetes。'],
    extra: {},
    lang: 'zh',
  };
}
