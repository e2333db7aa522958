// The scorer runs its reads through page.evaluate; here a stand-in page evaluates them against
// happy-dom's document, so the counting rules are checked without a browser.
import { beforeEach, describe, expect, it } from 'vitest';
import { scorePage, snapshotBefore } from '../fixture-expectations.mjs';

type Fn = (arg: unknown) => unknown;
const page = { mainFrame: () => ({ evaluate: async (fn: Fn, arg: unknown) => fn(arg) }) };
const state: Record<string, unknown> = {};

beforeEach(() => {
  document.body.innerHTML = `
    <input id="name"><input id="mail"><input id="phone" value="13700000000">
    <select id="degree"><option value="">请选择</option><option value="2">硕士</option></select>
    <input id="current" type="checkbox"><input id="honeypot"><input id="mine" value="my own">`;
  (window as unknown as { __fixtureState: () => unknown }).__fixtureState = () => state;
  for (const k of Object.keys(state)) delete state[k];
});

const expectations = {
  page: 'unit',
  fields: [
    { selector: '#name', expect: '李思远', state: 'name' },
    { selector: '#mail', expect: 'a@b.cn' },
    { selector: '#phone', expect: '13712345678' },
    { selector: '#degree', expect: '硕士', state: 'degree', stateExpect: '2' },
    { selector: '#current', expect: true },
    { selector: '#later', expect: 'x', dynamic: true },
  ],
  traps: [{ selector: '#honeypot', why: 'honeypot' }],
  kept: [{ selector: '#mine', value: 'my own' }],
};
const set = (sel: string, value: string) => ((document.querySelector(sel) as HTMLInputElement).value = value);

describe('scorePage', () => {
  it('counts right, wrong, missed and traps touched', async () => {
    const before = await snapshotBefore(page, expectations);
    set('#name', '李思远');
    state.name = '李思远';
    set('#mail', 'wrong@b.cn');
    set('#degree', '2');
    state.degree = '2';
    (document.querySelector('#current') as HTMLInputElement).checked = true;
    set('#honeypot', 'a@b.cn');
    set('#mine', 'replaced');
    const score = await scorePage(page, expectations, before);
    // #phone kept its old number (missed, not wrong); #later was never added (missed).
    expect(score).toMatchObject({ fields: 6, right: 3, wrong: 1, missed: 2, trapsTouched: 2 });
    expect(score.problems).toContain('wrong: #mail shows "wrong@b.cn", expected "a@b.cn"');
    expect(score.problems.some((p: string) => p.startsWith('trap touched: #honeypot'))).toBe(true);
  });

  it('counts a value shown but missing from the framework state as missed, a different one as wrong', async () => {
    const before = await snapshotBefore(page, expectations);
    set('#name', '李思远');
    set('#degree', '2');
    state.degree = '1';
    const score = await scorePage(page, expectations, before);
    expect(score.problems).toContain(
      'missed: #name shows it right, but state.name = undefined, expected "李思远"',
    );
    expect(score.problems).toContain('wrong: #degree shows it right, but state.degree = "1", expected "2"');
  });

  it('reads a select by its option text, and a select on its empty prompt as empty', async () => {
    const before = await snapshotBefore(page, expectations);
    const score = await scorePage(page, expectations, before);
    expect(score.problems).toContain('missed: #degree shows "", expected "硕士"');
    expect(score.trapsTouched).toBe(0);
  });
});
