import { describe, expect, it } from 'vitest';
import { splitCompany, splitTitle } from '~/lib/resume/derive/experience';
import { parseHighlight, splitProjectName } from '~/lib/resume/derive/project';

describe('splitCompany', () => {
  it.each([
    ['阿里巴巴-Alibaba.com技术部', '阿里巴巴', 'Alibaba.com技术部'],
    ['美团-到店事业群技术部', '美团', '到店事业群技术部'],
    ['腾讯 — 微信事业群', '腾讯', '微信事业群'],
    ['字节跳动·抖音电商', '字节跳动', '抖音电商'],
    ['Meituan - In-store Business Group Technology', 'Meituan', 'In-store Business Group Technology'],
    ['Coca-Cola', 'Coca-Cola', undefined],
    ['Coca-Cola - Marketing', 'Coca-Cola', 'Marketing'],
    ['Hewlett-Packard', 'Hewlett-Packard', undefined],
    ['北京字节跳动科技有限公司', '北京字节跳动科技有限公司', undefined],
    ['阿里巴巴-', '阿里巴巴-', undefined],
  ])('%s', (raw, company, department) => {
    expect(splitCompany(raw)).toEqual(department ? { company, department } : { company });
  });
});

describe('splitTitle', () => {
  it.each([
    ['高级开发工程师（P6）', '高级开发工程师', 'P6'],
    ['Senior Backend Engineer (L7)', 'Senior Backend Engineer', 'L7'],
    ['后端开发（2-1）', '后端开发', '2-1'],
    ['专家（P7+）', '专家', 'P7+'],
    ['开发工程师（实习）', '开发工程师（实习）', undefined],
    ['产品经理', '产品经理', undefined],
  ])('%s', (raw, title, level) => {
    expect(splitTitle(raw)).toEqual(level ? { title, level } : { title });
  });
});

describe('projects', () => {
  it.each([
    ['全球卖 · 商家结算技术负责人', '全球卖', '商家结算技术负责人'],
    ['保障保险业务 · 技术PM&核心开发', '保障保险业务', '技术PM&核心开发'],
    ['Group-buying Trading Platform · Tech Lead', 'Group-buying Trading Platform', 'Tech Lead'],
    ['Coupon Center | Technical PM', 'Coupon Center', 'Technical PM'],
    ['Open-source CLI', 'Open-source CLI', undefined],
  ])('%s', (raw, name, role) => {
    expect(splitProjectName(raw)).toEqual(role ? { name, role } : { name });
  });

  it.each([
    ['【全链路】基于大盘已有的基础能力', '全链路', '基于大盘已有的基础能力'],
    ['【性能优化】：QPS 由 600 提升到 5000', '性能优化', 'QPS 由 600 提升到 5000'],
    ['[Sharding] Led the migration', 'Sharding', 'Led the migration'],
    ['**Cutover**: city by city', 'Cutover', 'city by city'],
    ['没有标签的亮点', undefined, '没有标签的亮点'],
  ])('%s', (raw, tag, text) => {
    expect(parseHighlight(raw)).toEqual(tag ? { raw, tag, text } : { raw, text });
  });
});
