import { describe, expect, it } from 'vitest';
import { entriesInOrder, orderAsked, sectionNotes } from '~/lib/fill/plan/entry-order';

const entry = (year?: number, month?: number) => ({
  dates: { raw: '', current: false, ...(year ? { start: { year, month } } : {}) },
});

describe('the order a form asks its entries in', () => {
  it('reads the section’s own words', () => {
    expect(orderAsked(['学习经历（从高中起填写）'])).toBe('oldest-first');
    // A title cell broken by <br>s, and other ways to say where to begin.
    expect(orderAsked(['学\n习\n经\n历（从高中\n填起）'])).toBe('oldest-first');
    expect(orderAsked(['学习简历（自高中阶段开始填写）'])).toBe('oldest-first');
    expect(orderAsked(['工作经历（请按时间先后顺序填写）'])).toBe('oldest-first');
    expect(orderAsked(['Education (in chronological order)'])).toBe('oldest-first');
    expect(orderAsked(['教育经历（请从最高学历开始填写）'])).toBe('newest-first');
    expect(orderAsked(['Work history (reverse chronological order)'])).toBe('newest-first');
    expect(orderAsked(['教育经历', undefined])).toBeUndefined();
  });

  it("a form's instructions order only the section they name", () => {
    const notes =
      '填表说明：1. 带*号的为必填项；2. 日期请用下拉框选择年、月；3. 学习经历从高中起按时间先后顺序填写，点“增加”可添加一行';
    expect(orderAsked(['学习经历', notes], 'education')).toBe('oldest-first');
    expect(orderAsked(['工作经历', notes], 'experience')).toBeUndefined();
    expect(orderAsked(['工作经历', '教育及工作经历均按时间先后顺序填写'], 'experience')).toBe('oldest-first');
  });

  it('puts the oldest entry first only when asked, ties and undated entries keeping their place', () => {
    const resume = [entry(2019, 8), entry(2015, 9), entry(), entry(2015, 9)];
    expect(entriesInOrder(resume, undefined)).toEqual([0, 1, 2, 3]);
    expect(entriesInOrder(resume, 'oldest-first')).toEqual([1, 3, 0, 2]);
    expect(entriesInOrder(resume, 'newest-first')).toEqual([0, 1, 3, 2]);
  });
});

describe('sectionNotes', () => {
  it("reads the note in the section's title row and the instructions above, not the sections before", () => {
    document.body.innerHTML = `
      <section><h3>基本信息</h3><p>请按时间倒序</p><input></section>
      <section><div class="head"><h3>教育经历</h3><span>请从本科阶段开始，按入学时间先后填写</span></div>
        <div class="body"><div class="card"><div class="card-head">教育经历 1</div><div class="card-body"><input id="school"></div></div></div>
      </section>`;
    const notes = sectionNotes(document.getElementById('school')!);
    expect(notes).toContain('请从本科阶段开始');
    expect(notes).not.toContain('倒序');
    expect(orderAsked(['教育经历', notes])).toBe('oldest-first');
  });
});
