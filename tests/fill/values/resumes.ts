// Résumés for the fill tests: the user's real one (when ../shared is present), the bundled sample, and a
// small hand-made one whose every value a test can state.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseResume } from '~/lib/resume/parse';
import type { Resume } from '~/lib/resume/types';

const root = resolve(import.meta.dirname, '../../..');

function parseFile(path: string): Resume {
  const result = parseResume(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.resume;
}

const realPath = resolve(root, '../shared/resume.md');
export const REAL: Resume | null = existsSync(realPath) ? parseFile(realPath) : null;
export const SAMPLE: Resume = parseFile(resolve(root, 'samples/sample-resume.md'));

const ym = (year: number, month?: number) => ({ year, month });

export function handResume(): Resume {
  return {
    name: {
      raw: '张小明',
      full: '张小明',
      family: '张',
      given: '小明',
      latin: { full: 'Xiaoming Zhang', given: 'Xiaoming', family: 'Zhang' },
      latinFromFile: false,
    },
    contact: {
      phone: {
        raw: '13800001111',
        national: '13800001111',
        countryCode: '86',
        e164: '+8613800001111',
        mobile: true,
      },
      email: 'xm@example.com',
      birth: { raw: '1999.03', year: 1999, month: 3 },
    },
    education: [
      {
        raw: { school: '', major: '', date: '', description: '' },
        school: '浙江大学',
        major: '计算机科学',
        degree: 'master',
        dates: { raw: '2021.09 – 2024.06', start: ym(2021, 9), end: ym(2024, 6), current: false },
        gpa: { raw: 'GPA 3.8/4.0', value: 3.8, scale: 4 },
        description: '研究方向：分布式系统',
      },
      {
        raw: { school: '', major: '', date: '', description: '' },
        school: '南京大学',
        major: '软件工程',
        degree: 'bachelor',
        dates: { raw: '2017.09 – 2021.06', start: ym(2017, 9), end: ym(2021, 6), current: false },
        description: '',
      },
    ],
    experience: [
      {
        raw: { company: '', title: '', date: '', description: '' },
        company: '星河科技',
        title: '后端工程师',
        dates: { raw: '2019.07 – 2020.08', start: ym(2019, 7), end: ym(2020, 8), current: false },
        description: '实习：订单系统',
      },
      {
        raw: { company: '', title: '', date: '', description: '' },
        company: '云帆网络',
        department: '基础架构部',
        title: '高级工程师',
        dates: { raw: '2024.07 – 至今', start: ym(2024, 7), current: true },
        description: '负责存储平台',
      },
    ],
    projects: [
      {
        raw: { name: '', date: '' },
        name: '分布式缓存',
        role: '负责人',
        dates: { raw: '2024.08 – 至今', start: ym(2024, 8), current: true },
        summary: '自研缓存系统。',
        highlights: [
          { raw: '【性能】延迟降低 50%', tag: '性能', text: '延迟降低 50%' },
          { raw: '【稳定】全年可用性 99.99%', tag: '稳定', text: '全年可用性 99.99%' },
        ],
      },
    ],
    skills: ['熟悉 Go；', '了解 Rust；'],
    extra: {},
    lang: 'zh',
  };
}
