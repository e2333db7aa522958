import { describe, expect, it } from 'vitest';
import { writeOrder } from '~/lib/fill/plan/write-order';
import { scanByAttribute } from './scan-by-attribute';

function order(html: string, entryOf: Record<number, number> = {}): string[] {
  document.body.innerHTML = html;
  const { fields, classes } = scanByAttribute();
  for (const f of fields)
    if (f.el instanceof HTMLInputElement && f.el.type === 'checkbox') f.widget = 'checkbox';
  const entries = new Map(Object.entries(entryOf).map(([id, e]) => [Number(id), e]));
  return writeOrder(fields, classes, entries).map((f) => f.el.id);
}

describe('writeOrder', () => {
  it("puts an entry's 至今 box before that entry's dates, and everything else in document order", () => {
    expect(
      order(`<input id="company" data-key="experience.company">
        <input id="period" data-key="experience.range"><input id="now" type="checkbox" data-key="experience.current">
        <input id="start" data-key="projects.start"><input id="end" data-key="projects.end">
        <input id="pnow" type="checkbox" data-key="projects.current"><input id="role" data-key="projects.role">`),
    ).toEqual(['company', 'now', 'period', 'pnow', 'start', 'end', 'role']);
  });

  it('leaves a box alone when no date of its own entry comes before it', () => {
    // Entry 1's box after entry 0's dates: another entry's period is not switched by it.
    expect(
      order(
        `<input id="start0" data-key="experience.start"><input id="now1" type="checkbox" data-key="experience.current">
         <input id="start1" data-key="experience.start">`,
        { 0: 0, 1: 1, 2: 1 },
      ),
    ).toEqual(['start0', 'now1', 'start1']);
    expect(
      order(
        `<input id="now" type="checkbox" data-key="experience.current"><input id="start" data-key="experience.start">`,
      ),
    ).toEqual(['now', 'start']);
  });
});
