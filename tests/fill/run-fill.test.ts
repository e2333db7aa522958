import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FillReport } from '~/lib/fill/types';
import { classifyFields } from '~/lib/fill/classify/classify-field';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { runFill } from '~/lib/fill/run-fill';
import { alibaba } from '~/lib/adapters/alibaba';
import { undoLastFill } from '~/lib/fill/undo/snapshot';
import { mountPlainForm } from './plan/plain-form';
import { mountFakeSelect } from './drivers/fake-select';
import { handResume, REAL } from './values/resumes';

const val = (sel: string) => (document.querySelector(sel) as HTMLInputElement | HTMLSelectElement).value;
const byLabel = (r: FillReport, selector: string) => r.fields.find((f) => f.selector === selector);

type Shared = { __resumeAutofill?: { filling?: boolean; target?: unknown } };

beforeEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  delete (globalThis as Shared).__resumeAutofill;
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('runFill on a plain Chinese form', () => {
  it('fills every résumé field, adds the second education entry, leaves traps and the submit alone', async () => {
    const form = mountPlainForm();
    const r = await runFill(document, handResume(), {});
    expect(r.lang).toBe('zh');
    expect(val('[name=name]')).toBe('张小明');
    expect(val('[name=mobile]')).toBe('13800001111');
    expect(val('[name=email]')).toBe('xm@example.com');
    expect(val('[name=birth]')).toBe('1999-03');
    expect(val('[name=emergencyPhone]')).toBe('');
    expect(val('[name=gender]')).toBe('');
    expect([
      val('[name=school-0]'),
      val('[name=degree-0]'),
      val('[name=start-0]'),
      val('[name=end-0]'),
    ]).toEqual(['浙江大学', '硕士', '2021-09', '2024-06']);
    expect([val('[name=school-1]'), val('[name=degree-1]'), val('[name=start-1]')]).toEqual([
      '南京大学',
      '本科',
      '2017-09',
    ]);
    expect(val('[name=job-start]')).toBe('2019.07');
    expect(form.submits()).toBe(0);

    expect(byLabel(r, '#f-name')).toMatchObject({
      key: 'name.full',
      status: 'filled',
      value: '张小明',
      shown: '张小明',
    });
    expect(byLabel(r, '#f-idcard')).toMatchObject({ status: 'required-empty' });
    expect(byLabel(r, '#f-emergency')?.status).toBe('skipped');
    expect(r.fields.find((f) => f.label === '工作经历')).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('no Add button'),
    });
    expect(r.counts.filled).toBeGreaterThanOrEqual(16);
    expect(r.counts.failed).toBe(0);
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('outlines filled and required-empty fields with one stylesheet and no résumé text in the page', async () => {
    mountPlainForm();
    await runFill(document, handResume(), {});
    expect(document.getElementById('f-name')!.getAttribute('data-resume-autofill')).toBe('filled');
    expect(document.getElementById('f-idcard')!.getAttribute('data-resume-autofill')).toBe('required-empty');
    expect(document.getElementById('f-gender')!.hasAttribute('data-resume-autofill')).toBe(false);
    const styles = document.querySelectorAll('style[data-resume-autofill-style]');
    expect(styles).toHaveLength(1);
    expect(styles[0].textContent).not.toContain('张小明');
  });

  it('a second run adds no entries and changes nothing', async () => {
    mountPlainForm();
    await runFill(document, handResume(), {});
    const second = await runFill(document, handResume(), {});
    expect(document.querySelectorAll('.edu-list > .entry')).toHaveLength(2);
    expect(second.fields.filter((f) => f.key === 'education.school').map((f) => f.reason)).toEqual([
      'already shows this value',
      'already shows this value',
    ]);
    expect(second.counts.failed).toBe(0);
    expect(await undoLastFill()).toEqual({ restored: 0, removed: 0, kept: 0 });
  });

  it("keeps the user's own values unless overwrite is on", async () => {
    mountPlainForm();
    (document.querySelector('[name=email]') as HTMLInputElement).value = 'mine@example.com';
    const r = await runFill(document, handResume(), {});
    expect(val('[name=email]')).toBe('mine@example.com');
    expect(byLabel(r, '#f-email')?.status).toBe('kept');
    const again = await runFill(document, handResume(), { overwrite: true });
    expect(val('[name=email]')).toBe('xm@example.com');
    expect(byLabel(again, '#f-email')?.status).toBe('filled');
  });

  it('never types into an invisible box (a honeypot), even one that asks for a résumé fact', async () => {
    document.body.innerHTML = `<form><label for="w">个人网站</label><input id="w" name="site"><label for="h">主页</label><input id="h" name="homepage" style="opacity:0"></form>`;
    const r = await runFill(
      document,
      { ...handResume(), contact: { ...handResume().contact, website: 'https://xm.example.com' } },
      {},
    );
    expect(val('#w')).toBe('https://xm.example.com');
    expect(val('#h')).toBe('');
    expect(byLabel(r, '#h')?.reason ?? 'not collected').toMatch(/invisible|not collected/);
  });

  it('English pages get the romanized name and the international phone', async () => {
    document.body.innerHTML = `<form><label for="fn">First Name</label><input id="fn" name="first_name" autocomplete="given-name">
      <label for="ln">Last Name</label><input id="ln" name="last_name" autocomplete="family-name">
      <label for="ph">Phone</label><input id="ph" name="phone" type="tel"></form>`;
    const r = await runFill(document, handResume(), { lang: 'en' });
    expect([val('#fn'), val('#ln'), val('#ph')]).toEqual(['Xiaoming', 'Zhang', '+8613800001111']);
    expect(r.lang).toBe('en');
  });

  it.runIf(REAL)('fills the real résumé into the same form', async () => {
    mountPlainForm();
    const r = await runFill(document, REAL!, {});
    expect(val('[name=degree-0]')).toBe('硕士');
    expect(val('[name=degree-1]')).toBe('本科');
    expect(val('[name=start-1]')).toBe('2017-09');
    expect(r.counts.failed).toBe(0);
  });
});

describe('runFill on a page of cards saved one by one (the alibaba adapter)', () => {
  /** 教育经历 holding a saved 浙江大学; its 添加 opens one form at a time, as the site does. */
  function mountCards(): { adds: () => number } {
    document.body.innerHTML = `<div class="uxcore-card"><div class="uxcore-card-header">
      <span class="uxcore-card-title-text">教育经历</span>
      <div class="uxcore-card-extra"><button type="button"><i class="kuma-icon kuma-icon-add"></i>添加</button></div>
      </div><div class="uxcore-card-body" id="body">
      <div class="uxcore-form-field-group-inner-wrap"><b>浙江大学</b> 硕士 · 计算机</div></div></div>`;
    let adds = 0;
    document.querySelector('button')!.addEventListener('click', () => {
      adds++;
      if (document.querySelector('#body input')) return;
      document.querySelector('#body')!.insertAdjacentHTML(
        'beforeend',
        `<div class="uxcore-form-field-group-inner-wrap"><label for="s">学校全称</label><input id="s">
         <label for="m">专业名称</label><input id="m"><button type="button">保存</button></div>`,
      );
    });
    return { adds: () => adds };
  }

  it('opens one form, gives it the entry no saved card names, and never presses 保存', async () => {
    const page = mountCards();
    let saves = 0;
    document.addEventListener('click', (e) => {
      if ((e.target as Element).textContent === '保存') saves++;
    });
    const r = await runFill(document, handResume(), { adapter: alibaba, lang: 'zh' });
    expect(page.adds()).toBe(1);
    expect(saves).toBe(0);
    expect([val('#s'), val('#m')]).toEqual(['南京大学', handResume().education[1].major]);
    expect(r.selectorMisses).toEqual([]);
    expect(r.siteNotes).toEqual([expect.stringMatching(/尚未保存/)]);

    // Filled again before saving: the open form is the one, nothing is added.
    const again = await runFill(document, handResume(), { adapter: alibaba, lang: 'zh' });
    expect(page.adds()).toBe(1);
    expect(again.siteNotes).toEqual([expect.stringMatching(/尚未保存/)]);
    expect(document.querySelectorAll('#body input')).toHaveLength(2);
  });
});

describe('undo', () => {
  it('restores every field the fill changed and removes the outlines', async () => {
    mountPlainForm();
    (document.querySelector('[name=email]') as HTMLInputElement).value = 'mine@example.com';
    const before = [...document.querySelectorAll<HTMLInputElement>('input, select, textarea')].map(
      (e) => [e.name, e.value] as const,
    );
    const r = await runFill(document, handResume(), {});
    const undone = await undoLastFill();
    // The entry the fill added stays: this form offers no delete control for it.
    expect(undone).toEqual({ restored: r.counts.filled + r.counts.uncertain, removed: 0, kept: 1 });
    const original = new Map(before);
    for (const el of document.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      expect([el.name, el.value]).toEqual([el.name, original.get(el.name) ?? '']);
    }
    expect(document.querySelector('[data-resume-autofill]')).toBeNull();
    expect(document.querySelector('style[data-resume-autofill-style]')).toBeNull();
  });

  it('restores a custom select to its previous option, or clears it when it was empty', async () => {
    document.body.innerHTML =
      '<form><div class="row"><label>学历</label><div id="host"></div></div><div class="row"><label>最高学历</label><div id="host2"></div></div></form>';
    const a = mountFakeSelect(
      { options: ['本科', '硕士'], delay: 30, initial: '本科' },
      document.getElementById('host')!,
    );
    const b = mountFakeSelect({ options: ['本科', '硕士'], delay: 30 }, document.getElementById('host2')!);
    await runFill(document, handResume(), { overwrite: true });
    expect([a.state.value, b.state.value]).toEqual(['硕士', '硕士']);
    const n = await undoLastFill();
    expect([a.state.value, b.state.value]).toEqual(['本科', '']);
    expect(n.restored).toBe(2);
  });
});

describe('native fields', () => {
  it('native fields: no scrolling and no real focus, so no layout per field', async () => {
    mountPlainForm();
    const focusSpy = vi.spyOn(HTMLElement.prototype, 'focus');
    const scrollSpy = vi.spyOn(Element.prototype, 'scrollIntoView');
    const r = await runFill(document, handResume(), {});
    expect(r.counts.filled).toBeGreaterThanOrEqual(16);
    expect(focusSpy).not.toHaveBeenCalled();
    expect(scrollSpy).not.toHaveBeenCalled();
  });
});

describe('speed', () => {
  it('200 native fields fill without per-field sleeps', async () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) =>
        `<div class="row"><label for="n${i}">姓名</label><input id="n${i}"></div><div class="row"><label for="e${i}">邮箱</label><input id="e${i}" type="email"></div>` +
        `<div class="row"><label for="p${i}">手机号码</label><input id="p${i}" type="tel"></div><div class="row"><label for="w${i}">个人网站</label><input id="w${i}"></div>`,
    );
    document.body.innerHTML = `<form>${rows.join('')}</form>`;
    // Collect and classify are the other stages' cost (slow in a test DOM); the fill's own part is bounded.
    const t0 = performance.now();
    classifyFields(collectFields(document));
    const scan = performance.now() - t0;
    const r = await runFill(document, handResume(), {});
    expect(r.fields).toHaveLength(200);
    expect(r.counts.filled).toBe(150);
    expect(r.durationMs - scan).toBeLessThan(1500);
  });
});

describe('questions a choice draws', () => {
  it('fills the fields that appear once a choice is made (a stage block per 最高学历层次), and only those', async () => {
    document.body.innerHTML = `<form><label>姓名<input name="name"></label>
      <label>最高学历<select name="level"><option value="">请选择</option><option>本科</option><option>硕士</option></select></label>
      <div id="stages"></div></form>`;
    const level = document.querySelector<HTMLSelectElement>('[name=level]')!;
    level.addEventListener('change', () => {
      document.getElementById('stages')!.innerHTML =
        `<h3>硕士阶段</h3><label>学校名称<input name="school"></label>`;
    });
    const r = await runFill(document, handResume(), {});
    expect(val('[name=name]')).toBe('张小明');
    expect(level.value).toBe('硕士');
    expect(val('[name=school]')).toBe('浙江大学');
    expect(r.fields.filter((f) => f.label === '学校名称')).toHaveLength(1);
  });
});

describe('controls a choice swaps', () => {
  it('fills the start box that replaces a range once 至今 is ticked (the count of controls goes down)', async () => {
    document.body.innerHTML = `<form><h3>工作经历</h3>
      <label>公司名称<input name="company"></label>
      <div id="period"><label>开始时间<input name="start"></label><label>结束时间<input name="end"></label></div>
      <label><input type="checkbox" name="current">至今</label></form>`;
    const current = document.querySelector<HTMLInputElement>('[name=current]')!;
    current.addEventListener('change', () => {
      if (current.checked)
        document.getElementById('period')!.innerHTML =
          `<label>开始时间<input name="since"></label><span>至今</span>`;
    });
    const resume = handResume();
    resume.experience = resume.experience.filter((e) => e.dates.current);
    const r = await runFill(document, resume, {});
    expect(r.fields.filter((f) => f.status === 'failed')).toEqual([]);
    expect(current.checked).toBe(true);
    expect(document.querySelector('[name=start]')).toBeNull();
    expect(val('[name=since]')).toMatch(/^2024[.\-/年]0?7/);
  });
});

describe('controls a choice enables', () => {
  it('fills 学位 once choosing 学历 enables it', async () => {
    document.body.innerHTML = `<form><h3>教育经历</h3>
      <label>学校名称<input name="school"></label>
      <label>学历<select name="level"><option value="">请选择</option><option>本科</option><option>硕士</option></select></label>
      <label>学位<select name="degree" disabled><option value="">请先选择学历</option></select></label></form>`;
    const level = document.querySelector<HTMLSelectElement>('[name=level]')!;
    const degree = document.querySelector<HTMLSelectElement>('[name=degree]')!;
    level.addEventListener('change', () => {
      degree.disabled = false;
      degree.innerHTML = `<option value="">请选择</option><option>${level.value === '硕士' ? '硕士' : '学士'}</option>`;
    });
    const resume = handResume();
    resume.education = resume.education.slice(0, 1);
    await runFill(document, resume, {});
    expect(level.value).toBe('硕士');
    expect(degree.value).toBe('硕士');
  });
});
