// Guards against accidental quadratic work: a 400-field form must classify in well under a frame budget
// even on a slow CI machine (about 3–10 ms on a laptop; the bound is deliberately loose).
import { describe, expect, it } from 'vitest';
import { classifyFields } from '~/lib/fill/classify/classify-field';
import { makeFields, type FieldSpec } from './make-field';

const LABELS: Array<[string, FieldSpec?]> = [
  ['姓名'],
  ['手机号码'],
  ['邮箱'],
  ['紧急联系人电话'],
  ['学校名称', { section: '教育经历' }],
  ['专业', { section: '教育经历' }],
  ['开始时间', { section: '教育经历' }],
  ['结束时间', { section: '教育经历' }],
  ['公司名称', { section: '工作经历' }],
  ['工作内容', { section: '工作经历', widget: 'textarea' }],
  ['获奖名称', { section: '获奖情况' }],
  ['Please tell us anything else', { widget: 'textarea' }],
];

describe('classification cost', () => {
  it('400 fields in linear time', () => {
    const fields = makeFields(Array.from({ length: 400 }, (_, i) => LABELS[i % LABELS.length]!));
    const started = performance.now();
    const out = classifyFields(fields);
    const elapsed = performance.now() - started;
    expect(out.size).toBeGreaterThan(250);
    expect(elapsed).toBeLessThan(1000);
  });
});
