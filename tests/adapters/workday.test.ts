// The Workday adapter's logic: which control is which per wizard step, prompts as comboboxes with their
// own driver (search + Enter, the exact option, pills as the value, undo removes the pill), the Websites
// panels as a one-fact list (one panel per URL the résumé has, none twice), and the step watcher.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldDescription } from '~/lib/fill/types';
import { workday } from '~/lib/adapters/workday';
import { promptPills } from '~/lib/adapters/workday-prompt';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { pinFields } from '~/lib/fill/adapt/pin-fields';
import { ensureListEntries } from '~/lib/fill/adapt/add-list-entries';
import { driverTable, GENERIC_DRIVERS } from '~/lib/fill/drivers';
import { STEP_SETTLE_MS, watchSteps } from '~/lib/content/watch-steps';
import { delay } from '~/lib/fill/drivers/wait-for';

const field = (fields: FieldDescription[], css: string) => fields.find((f) => f.el.matches(css))!;

/** Markup of a Workday prompt; `wirePrompt` gives it its behaviour once it is in the page. */
function prompt(id: string): string {
  return `<div data-automation-id="formField-${id.split('--').pop()}" data-fkit-id="${id}">
    <label for="${id}">Field of study</label>
    <div data-automation-id="multiSelectContainer"><input id="${id}" data-automation-id="searchBox"></div></div>`;
}

/** Enter lists the options containing the typed text (50 ms later, in a body portal); a pick is a pill. */
function wirePrompt(id: string, options: string[]): void {
  const box = document.querySelector<HTMLElement>(
    `[data-fkit-id="${id}"] [data-automation-id=multiSelectContainer]`,
  )!;
  const input = box.querySelector('input')!;
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    document.querySelector('[data-automation-widget=wd-popup]')?.remove();
    const query = input.value;
    setTimeout(() => {
      const popup = document.createElement('div');
      popup.setAttribute('data-automation-widget', 'wd-popup');
      for (const o of options.filter((x) => x.includes(query))) {
        const item = document.createElement('div');
        item.setAttribute('data-automation-id', 'promptOption');
        item.setAttribute('data-automation-label', o);
        item.setAttribute('role', 'option');
        item.textContent = o;
        item.addEventListener('click', () => {
          box.insertAdjacentHTML(
            'afterbegin',
            `<ul data-automation-id="selectedItemList"><li data-automation-id="selectedItem">
                 <div data-automation-id="promptOption" data-automation-label="${o}">${o}</div>
                 <span data-automation-id="DELETE_charm" role="button"></span></li></ul>`,
          );
          box
            .querySelector('[data-automation-id=DELETE_charm]')!
            .addEventListener('click', () =>
              box.querySelector('[data-automation-id=selectedItemList]')!.remove(),
            );
          input.value = '';
          popup.remove();
        });
        popup.append(item);
      }
      document.body.append(popup);
    }, 50);
  });
}

const MY_INFO = `<div data-automation-id="applyFlowMyInfoPage">
  <div data-automation-id="formField-firstName" data-fkit-id="name--legalName--firstName">
    <label for="name--legalName--firstName">名字</label><input id="name--legalName--firstName"></div>
  <div data-automation-id="formField-lastName" data-fkit-id="name--legalName--lastName">
    <label for="name--legalName--lastName">姓氏</label><input id="name--legalName--lastName"></div>
  ${prompt('phoneNumber--countryPhoneCode')}
  <div data-automation-id="formField-phoneNumber" data-fkit-id="phoneNumber--phoneNumber">
    <label for="phoneNumber--phoneNumber">电话号码</label><input id="phoneNumber--phoneNumber"></div>
  <div data-automation-id="formField-emailAddress" data-fkit-id="emailAddress--emailAddress">
    <label for="emailAddress--emailAddress">电子邮件地址</label><input id="emailAddress--emailAddress"></div>
</div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Workday adapter: pinned fields', () => {
  it('names every My Information control by its id and makes the phone-code prompt a combobox', () => {
    document.body.innerHTML = MY_INFO;
    const fields = collectFields(document, { lang: 'zh' });
    const pin = pinFields(document, fields, workday);
    const keyOf = (css: string) => pin.classes.get(field(fields, css).id)?.key;
    expect(keyOf('#name--legalName--firstName')).toBe('name.given');
    expect(keyOf('#name--legalName--lastName')).toBe('name.family');
    expect(keyOf('#phoneNumber--countryPhoneCode')).toBe('phone.countryCode');
    expect(keyOf('#phoneNumber--phoneNumber')).toBe('phone');
    expect(keyOf('#emailAddress--emailAddress')).toBe('email');
    expect(field(fields, '#phoneNumber--countryPhoneCode').widget).toBe('combobox');
    expect(pin.placedBy.get(field(fields, '#name--legalName--firstName').id)).toMatchObject({
      variant: workday.generations.info.name,
    });
    expect(pin.misses).toEqual([]);
  });

  it('on the My Experience step, a missing My Information field is no miss', () => {
    document.body.innerHTML = `<div data-automation-id="applyFlowMyExpPage">
      <div role="group" aria-labelledby="Websites-section"><h3 id="Websites-section">网站</h3>
      <button data-automation-id="add-button">添加</button></div></div>`;
    const pin = pinFields(document, collectFields(document, { lang: 'zh' }), workday, () => false);
    expect(pin.misses).toEqual([]);
  });
});

describe('phone device type', () => {
  it('is Mobile / 移动电话 for a mobile number, nothing for another line, and only from a list', async () => {
    const { matchOption } = await import('~/lib/fill/values/match-option');
    const options = ['住宅电话', '移动电话', '办公电话'].map((label) => ({ label, value: label }));
    expect(matchOption(options, 'mobile', 'phone-type')?.label).toBe('移动电话');
    const en = ['Home', 'Mobile', 'Work'].map((label) => ({ label, value: label }));
    expect(matchOption(en, 'mobile', 'phone-type')?.label).toBe('Mobile');
    expect(matchOption([{ label: 'Home', value: 'Home' }], 'mobile', 'phone-type')).toBeNull();
    const { resolveFact } = await import('~/lib/fill/values/facts');
    const phone = { raw: '', national: '13712345678', countryCode: '86', e164: '+8613712345678' };
    const resume = (mobile: boolean | null) =>
      ({ contact: { phone: { ...phone, mobile } } }) as unknown as Parameters<typeof resolveFact>[0];
    const now = new Date();
    expect(resolveFact(resume(true), 'phone.deviceType', 0, 'zh', now)).toEqual({
      type: 'text',
      value: '移动电话',
    });
    expect(resolveFact(resume(true), 'phone.deviceType', 0, 'en', now)).toEqual({
      type: 'text',
      value: 'Mobile',
    });
    expect(resolveFact(resume(false), 'phone.deviceType', 0, 'zh', now)).toBeUndefined();
    expect(resolveFact(resume(null), 'phone.deviceType', 0, 'zh', now)).toBeUndefined();
  });
});

describe('Workday adapter: Websites panels', () => {
  const PAGE = `<div data-automation-id="applyFlowMyExpPage">
    <div role="group" aria-labelledby="Websites-section"><h3 id="Websites-section">网站</h3>
    <div id="panels"></div><button type="button" data-automation-id="add-button">添加</button></div></div>`;
  let presses = 0;
  const addPanel = () => {
    presses++;
    const n = document.querySelectorAll('#panels > div').length + 1;
    document.querySelector('#panels')!.insertAdjacentHTML(
      'beforeend',
      `<div><div data-automation-id="formField-url" data-fkit-id="webAddress-${n}--url">
        <label for="webAddress-${n}--url">URL</label><input id="webAddress-${n}--url"></div></div>`,
    );
  };
  beforeEach(() => {
    presses = 0;
    document.body.innerHTML = PAGE;
    document.querySelector('[data-automation-id=add-button]')!.addEventListener('click', addPanel);
  });
  const only =
    (...keys: string[]) =>
    (key: string) =>
      keys.includes(key);

  it('adds one panel per URL the résumé has, and none on a second fill', async () => {
    const first = await ensureListEntries(document, workday, only('website', 'github'));
    expect(first).toMatchObject({ added: 2, notes: [], misses: [] });
    const again = await ensureListEntries(document, workday, only('website', 'github'));
    expect(again.added).toBe(0);
    expect(presses).toBe(2);
    const fields = collectFields(document, { lang: 'zh' });
    const pin = pinFields(document, fields, workday, only('website', 'github'));
    expect(pin.classes.get(field(fields, '#webAddress-1--url').id)?.key).toBe('website');
    expect(pin.classes.get(field(fields, '#webAddress-2--url').id)?.key).toBe('github');
  });

  it('adds nothing for a résumé without URLs, and leaves a panel beyond its URLs alone', async () => {
    expect((await ensureListEntries(document, workday, only())).added).toBe(0);
    expect(presses).toBe(0);
    addPanel();
    addPanel();
    const fields = collectFields(document, { lang: 'zh' });
    const pin = pinFields(document, fields, workday, only('website'));
    expect(pin.spare).toEqual(new Set([field(fields, '#webAddress-2--url').id]));
  });

  it('reports an Add button that adds nothing', async () => {
    document.querySelector('[data-automation-id=add-button]')!.removeEventListener('click', addPanel);
    const result = await ensureListEntries(document, workday, only('website'), 200);
    expect(result.notes).toMatchObject([{ label: 'websites', status: 'failed' }]);
  });
});

describe('Workday prompt driver', () => {
  const drivers = driverTable(workday.drivers);

  it('searches, picks the exact option (not a longer one), and shows it as a pill; undo removes it', async () => {
    document.body.innerHTML = `<div data-automation-id="applyFlowMyExpPage">${prompt('education-1--fieldOfStudy')}</div>`;
    wirePrompt('education-1--fieldOfStudy', ['计算机科学与技术', '计算机科学']);
    const fields = collectFields(document, { lang: 'zh' });
    pinFields(document, fields, workday);
    const f = field(fields, '#education-1--fieldOfStudy');
    const driver = drivers[f.widget];
    expect(driver).not.toBe(GENERIC_DRIVERS.combobox);
    const saved = driver.save(f);
    const result = await driver.write(f, '计算机科学', { match: 'text' });
    expect(result).toEqual({ ok: true, shown: '计算机科学' });
    expect(driver.read(f)).toBe('计算机科学');
    expect((f.el as HTMLInputElement).value).toBe('');
    expect(await driver.restore(f, saved)).toBe(true);
    expect(promptPills(document.body)).toEqual([]);
  });

  it('finds a dial code by meaning and leaves the prompt empty when nothing matches', async () => {
    document.body.innerHTML = MY_INFO;
    wirePrompt('phoneNumber--countryPhoneCode', ['中国 (+86)', '美国 (+1)']);
    const fields = collectFields(document, { lang: 'zh' });
    pinFields(document, fields, workday);
    const f = field(fields, '#phoneNumber--countryPhoneCode');
    const ok = await drivers[f.widget].write(f, '+86', { match: 'country-code' });
    expect(ok).toEqual({ ok: true, shown: '中国 (+86)' });
    await drivers[f.widget].restore(f, []);
    const none = await drivers[f.widget].write(f, '+852', { match: 'country-code' });
    expect(none).toMatchObject({ ok: false, reason: 'no matching option' });
    expect(drivers[f.widget].read(f)).toBe('');
  }, 15_000);
});

describe('driverTable', () => {
  it('gives a function override the generic driver of its kind, and keeps the other kinds', () => {
    const seen: unknown[] = [];
    const table = driverTable({
      combobox: (generic) => {
        seen.push(generic);
        return { ...generic, shows: 'text' };
      },
    });
    expect(seen).toEqual([GENERIC_DRIVERS.combobox]);
    expect(table.combobox.shows).toBe('text');
    expect(table.text).toBe(GENERIC_DRIVERS.text);
  });
});

describe('step watcher', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('reports a new step once it has settled, and the same step never', async () => {
    document.body.innerHTML = `<div id="root"><div data-automation-id="applyFlowMyInfoPage"></div></div>`;
    const seen: string[] = [];
    const marker = { step: ['[data-automation-id^="applyFlow"]'], stepName: 'data-automation-id' };
    stop = watchSteps(document, marker, (name) => seen.push(name)).stop;
    document.querySelector('[data-automation-id]')!.append(document.createElement('input'));
    await delay(STEP_SETTLE_MS + 200);
    expect(seen).toEqual([]);
    // The same step drawn again (a new element, the same name): the user's edits there are not refilled.
    document.querySelector('#root')!.innerHTML = '<div data-automation-id="applyFlowMyInfoPage"></div>';
    await delay(STEP_SETTLE_MS + 200);
    expect(seen).toEqual([]);
    document.querySelector('#root')!.innerHTML = '<div data-automation-id="applyFlowMyExpPage"></div>';
    await delay(STEP_SETTLE_MS / 2);
    expect(seen).toEqual([]);
    await delay(STEP_SETTLE_MS + 200);
    expect(seen).toEqual(['applyFlowMyExpPage']);
  });
});
