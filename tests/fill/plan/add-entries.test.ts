import { beforeEach, describe, expect, it } from 'vitest';
import { ensureBlocks } from '~/lib/fill/plan/add-entries';
import { findAddButton } from '~/lib/fill/plan/find-add-button';
import { handResume } from '../values/resumes';
import { scanByAttribute } from './scan-by-attribute';

const eduEntry =
  '<div class="entry"><input data-key="education.school"><input data-key="education.major"></div>';
const jobEntry =
  '<div class="entry"><input data-key="experience.company"><input data-key="experience.title"></div>';

/** A page whose Add buttons append an entry after `delay` ms (like a framework re-render). */
function page(html: string, delay = 50) {
  document.body.innerHTML = html;
  for (const btn of document.querySelectorAll<HTMLElement>('[data-adds]')) {
    btn.addEventListener('click', () => {
      const list = document.querySelector(btn.dataset.adds!)!;
      setTimeout(
        () => list.insertAdjacentHTML('beforeend', btn.dataset.adds!.includes('edu') ? eduEntry : jobEntry),
        delay,
      );
    });
  }
}

const opts = { rescan: () => scanByAttribute(), bar: 0.6, timeout: 800 };

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findAddButton', () => {
  it("finds each section's own button, never the other section's or a submit", () => {
    page(`<form>
      <section><h2>教育经历</h2><div id="edu-list">${eduEntry}</div><button type="button" id="add-edu">+ 添加</button></section>
      <section><h2>工作经历</h2><div id="job-list">${jobEntry}</div><button type="button" id="add-job">+ 添加</button></section>
      <button type="submit">添加并提交</button></form>`);
    const { fields, classes } = scanByAttribute();
    expect(findAddButton(document, 'education', { fields, classes, bar: 0.6 })?.id).toBe('add-edu');
    expect(findAddButton(document, 'experience', { fields, classes, bar: 0.6 })?.id).toBe('add-job');
    expect(findAddButton(document, 'projects', { fields, classes, bar: 0.6 })).toBeNull();
  });

  it("an Add inside a section's title row is that section's, not the section above's", () => {
    document.body.innerHTML = `<form>
      <section><div class="block-title">Education <button id="add-edu">+ Add</button></div>${eduEntry}</section>
      <section><div class="block-title">Work Experience <button id="add-work">+ Add</button></div>${jobEntry}</section></form>`;
    const { fields, classes } = scanByAttribute();
    expect(findAddButton(document, 'education', { fields, classes, bar: 0.6 })?.id).toBe('add-edu');
    expect(findAddButton(document, 'experience', { fields, classes, bar: 0.6 })?.id).toBe('add-work');
  });

  it('a button naming its section is found even before any entry exists', () => {
    page(
      `<button type="button" id="p">添加项目经历</button><button type="button" id="w" aria-label="Add Work Experience">Add</button>`,
    );
    const { fields, classes } = scanByAttribute();
    expect(findAddButton(document, 'projects', { fields, classes, bar: 0.6 })?.id).toBe('p');
    expect(findAddButton(document, 'experience', { fields, classes, bar: 0.6 })?.id).toBe('w');
    expect(findAddButton(document, 'education', { fields, classes, bar: 0.6 })).toBeNull();
  });

  it('a design-system button element whose <button> is in its shadow root: the host, by its aria-label', () => {
    page(`<section><h2>Experience</h2><div id="job-list"></div>
      <x-button id="add-job" aria-label="Add experience entry">Add</x-button></section>
      <section><h2>Education</h2><div id="edu-list"></div>
      <x-button id="add-edu" aria-label="Add education entry">Add</x-button>
      <x-badge id="badge" aria-label="Add a photo">Add</x-badge></section>`);
    for (const id of ['add-job', 'add-edu'])
      document.getElementById(id)!.attachShadow({ mode: 'open' }).innerHTML =
        '<button><slot></slot></button>';
    // A custom element without a button of its own is no control.
    document.getElementById('badge')!.attachShadow({ mode: 'open' }).innerHTML = '<span><slot></slot></span>';
    const { fields, classes } = scanByAttribute();
    expect(findAddButton(document, 'experience', { fields, classes, bar: 0.6 })?.id).toBe('add-job');
    expect(findAddButton(document, 'education', { fields, classes, bar: 0.6 })?.id).toBe('add-edu');
    expect(findAddButton(document, 'projects', { fields, classes, bar: 0.6 })).toBeNull();
  });

  it('never a save / next / delete control, never a button naming another section', () => {
    page(`<section><h2>教育经历</h2><div id="edu-list">${eduEntry}</div>
      <button type="button">保存并添加</button><button type="button">添加工作经历</button><button type="button">Next</button></section>`);
    const { fields, classes } = scanByAttribute();
    expect(findAddButton(document, 'education', { fields, classes, bar: 0.6 })).toBeNull();
  });
});

describe('findAddButton by the heading it sits under', () => {
  it('a bare 添加 in a card header, a dashed button under the list, an icon button beside the heading', () => {
    page(`<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">紧急联系人</div>
        <div class="ant-card-extra"><button type="button" id="add-contact">添加</button></div></div>
        <div class="ant-card-body"><input></div></div>
      <div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">教育经历</div>
        <div class="ant-card-extra"><a id="add-edu">+ 添加</a></div></div>
        <div class="ant-card-body"><div id="edu-list">${eduEntry}</div></div></div>
      <div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">工作经历</div></div>
        <div class="ant-card-body"><div id="job-list">${jobEntry}</div>
        <button type="button" class="ant-btn ant-btn-dashed" id="add-job"><span class="anticon"></span><span>添加</span></button></div></div>
      <div><h3>Projects</h3><button type="button" aria-label="Add" id="add-project"><svg></svg></button></div>`);
    const { fields, classes } = scanByAttribute();
    const ctx = { fields, classes, bar: 0.6 };
    expect(findAddButton(document, 'education', ctx)?.id).toBe('add-edu');
    expect(findAddButton(document, 'experience', ctx)?.id).toBe('add-job');
    expect(findAddButton(document, 'projects', ctx)?.id).toBe('add-project');
  });

  it('an Add under another person’s section is never an entry section’s', () => {
    page(`<h2>教育经历</h2><div id="edu-list">${eduEntry}</div>
      <h2>家庭成员</h2><input><button type="button" id="add-family">+ 添加</button>`);
    const { fields, classes } = scanByAttribute();
    expect(findAddButton(document, 'education', { fields, classes, bar: 0.6 })).toBeNull();
  });
});

describe('ensureBlocks', () => {
  it('adds as many entries as the résumé has, waiting for each, and only once', async () => {
    page(`<section><h2>教育经历</h2><div id="edu-list">${eduEntry}</div><button type="button" data-adds="#edu-list">+ 添加教育经历</button></section>
      <section><h2>工作经历</h2><div id="job-list">${jobEntry}${jobEntry}</div><button type="button" data-adds="#job-list">+ 添加工作经历</button></section>`);
    const resume = handResume(); // 2 education, 2 experience
    const first = scanByAttribute();
    const r = await ensureBlocks(document, resume, first.fields, first.classes, opts);
    expect(r.added).toEqual({ education: 1, experience: 0, projects: 0 });
    expect(document.querySelectorAll('#edu-list > .entry')).toHaveLength(2);
    expect(r.fields).toHaveLength(8);
    expect(r.notes).toEqual([]);
    // Undo gets the one block the press created, not the one the page had.
    expect(r.newBlocks).toEqual([
      { section: 'education', block: document.querySelectorAll('#edu-list > .entry')[1] },
    ]);

    const again = await ensureBlocks(document, resume, r.fields, r.classes, opts);
    expect(again.added).toEqual({ education: 0, experience: 0, projects: 0 });
    expect(again.newBlocks).toEqual([]);
    expect(document.querySelectorAll('#edu-list > .entry')).toHaveLength(2);
  });

  it('adds only up to the count a caller needs (a card that keeps one form open)', async () => {
    page(
      `<section><h2>教育经历</h2><div id="edu-list">${eduEntry}</div><button type="button" data-adds="#edu-list">+ 添加教育经历</button></section>`,
    );
    const first = scanByAttribute();
    const r = await ensureBlocks(document, handResume(), first.fields, first.classes, {
      ...opts,
      need: { education: 1 },
    });
    expect(r.added).toEqual({ education: 0, experience: 0, projects: 0 });
    expect(document.querySelectorAll('#edu-list > .entry')).toHaveLength(1);
    expect(r.notes).toEqual([]);
  });

  it('an Add button that does nothing is reported, and not pressed again', async () => {
    page(`<div id="edu-list">${eduEntry}</div><button type="button" id="dead">添加教育经历</button>`);
    let presses = 0;
    document.getElementById('dead')!.addEventListener('click', () => presses++);
    const first = scanByAttribute();
    const r = await ensureBlocks(document, handResume(), first.fields, first.classes, {
      ...opts,
      timeout: 200,
    });
    expect(presses).toBe(1);
    expect(r.notes).toMatchObject([{ label: '添加教育经历', status: 'failed' }]);
  });

  it('no Add button: says so, adds nothing', async () => {
    page(`<div id="edu-list">${eduEntry}</div>`);
    const first = scanByAttribute();
    const r = await ensureBlocks(document, handResume(), first.fields, first.classes, opts);
    expect(r.notes).toMatchObject([
      { status: 'skipped', reason: 'no Add button found: the résumé has 2 entries, the page shows 1' },
    ]);
  });

  it('pressing Add inside a form never submits it', async () => {
    page(
      `<form id="f"><div id="edu-list">${eduEntry}</div><button data-adds="#edu-list">+ 添加</button></form>`,
    );
    let submits = 0;
    document.getElementById('f')!.addEventListener('submit', () => submits++);
    const first = scanByAttribute();
    const r = await ensureBlocks(document, handResume(), first.fields, first.classes, opts);
    expect(r.added.education).toBe(1);
    expect(submits).toBe(0);
  });
});
