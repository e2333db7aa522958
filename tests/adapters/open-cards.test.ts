// A résumé page whose cards are saved one by one (阿里巴巴's UXCore cards, through the alibaba adapter):
// which forms the fill opens before collecting, which résumé entry each open form takes, and what the
// report tells the user. The fixture page and tests/e2e/alibaba-cards.test.ts drive the same in Chromium.
import { beforeEach, describe, expect, it } from 'vitest';
import { alibaba } from '~/lib/adapters/alibaba';
import { openCards, pendingEntries, remapEntries } from '~/lib/fill/adapt/open-cards';
import type { FieldDescription, Section } from '~/lib/fill/types';
import { SAMPLE } from '../fill/values/resumes';

const form = (name: string) =>
  `<div class="uxcore-form-field-group-inner-wrap"><input class="kuma-input" name="${name}"></div>`;
const saved = (text: string) => `<div class="uxcore-form-field-group-inner-wrap"><span>${text}</span></div>`;

function card(title: string, kind: 'edit' | 'add', body = '') {
  return `<div class="uxcore-card"><div class="uxcore-card-header">
    <div class="uxcore-card-title"><span class="uxcore-card-title-text">${title}</span></div>
    <div class="uxcore-card-extra"><button type="button"><i class="kuma-icon kuma-icon-${kind}"></i>${kind === 'edit' ? '编辑' : '添加'}</button></div>
  </div><div class="uxcore-card-body">${body}</div></div>`;
}

/** The site's behaviour: Edit shows the card's form; Add opens one form unless one is open already. */
function page(html: string): Record<string, number> {
  document.body.innerHTML = html;
  const presses: Record<string, number> = {};
  for (const c of document.querySelectorAll('.uxcore-card')) {
    const title = c.querySelector('.uxcore-card-title-text')!.textContent!;
    const body = c.querySelector('.uxcore-card-body')!;
    c.querySelector('.uxcore-card-extra button')!.addEventListener('click', () => {
      presses[title] = (presses[title] ?? 0) + 1;
      if (c.querySelector('.kuma-icon-edit')) body.innerHTML = '<input class="kuma-input" name="name">';
      else if (!body.querySelector('input'))
        setTimeout(() => body.insertAdjacentHTML('beforeend', form(title)), 30);
    });
  }
  return presses;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('pendingEntries', () => {
  it('skips the entries a saved card names; a card naming none stands for the earliest left', () => {
    expect(pendingEntries([], ['A', 'B', 'C'])).toEqual([0, 1, 2]);
    expect(pendingEntries(['A · 硕士'], ['A', 'B', 'C'])).toEqual([1, 2]);
    expect(pendingEntries(['B 2019'], ['A', 'B', 'C'])).toEqual([0, 2]);
    expect(pendingEntries(['typed by hand'], ['A', 'B', 'C'])).toEqual([1, 2]);
    expect(pendingEntries(['A', 'B', 'C'], ['A', 'B', 'C'])).toEqual([]);
  });
});

describe('openCards', () => {
  it('opens 基本信息 and one form per entry card, never a card the résumé has nothing for', async () => {
    const presses = page(
      card('基本信息', 'edit', '<span>—</span>') +
        card('教育经历', 'add', saved('新加坡国立大学 硕士 · 计算机科学')) +
        card('实习/工作经历', 'add') +
        card('项目经历', 'add') +
        card('获奖经历', 'add'),
    );
    const r = await openCards(document, alibaba, SAMPLE, { lang: 'zh' });
    expect(presses).toEqual({ 基本信息: 1, 教育经历: 1, '实习/工作经历': 1, 项目经历: 1 });
    // 新加坡国立大学 is saved already: the education form takes the bachelor's (entry 1).
    expect(r.entries).toEqual({ education: [1], experience: [0], projects: [0, 1, 2] });
    expect(r.open).toEqual({ education: 1, experience: 1, projects: 1 });
    expect(r.misses).toEqual([]);
    expect(r.notes).toEqual([
      expect.objectContaining({
        label: '项目经历',
        status: 'skipped',
        reason: expect.stringMatching(/还有 2 条未填/),
      }),
    ]);
    expect(r.siteNotes[0]).toMatch(/尚未保存.*「保存」/);
    expect(r.siteNotes[1]).toMatch(/^「项目经历」还有 2 条未填.*再点一次「填写本页」/);
  });

  it('opens nothing that is open already, saved with the applicant’s details, or complete', async () => {
    const presses = page(
      card(
        '基本信息',
        'edit',
        '<span>李思远</span><span>13712345678</span><span>lisiyuan_demo@163.com</span>',
      ) +
        card('教育经历', 'add', saved('新加坡国立大学') + saved('华中科技大学')) +
        card('项目经历', 'add', form('项目名称')),
    );
    const r = await openCards(document, alibaba, SAMPLE, { lang: 'zh' });
    expect(presses).toEqual({});
    expect(r.entries).toEqual({ education: [], projects: [0, 1, 2] });
    expect(r.open).toEqual({ education: 0, projects: 1 });
    // The form still open from before has its 保存 to press, too.
    expect(r.siteNotes).toEqual([
      expect.stringMatching(/尚未保存/),
      expect.stringMatching(/^「项目经历」还有 2 条未填/),
    ]);
  });

  it('says what is left in the page’s language', async () => {
    page(card('Projects', 'add'));
    const r = await openCards(document, alibaba, SAMPLE, { lang: 'en' });
    expect(r.siteNotes).toEqual([
      expect.stringMatching(/not saved yet.*press Save on each/),
      expect.stringMatching(
        /^Projects: 2 more entries to fill.*press Save on the filled one yourself, then press Fill this page again/,
      ),
    ]);
  });

  it('an Add that opens nothing is reported once, not pressed again', async () => {
    document.body.innerHTML = card('教育经历', 'add');
    let presses = 0;
    document.querySelector('button')!.addEventListener('click', () => presses++);
    const r = await openCards(document, alibaba, SAMPLE, { lang: 'zh', timeout: 200 });
    expect(presses).toBe(1);
    expect(r.notes).toEqual([
      expect.objectContaining({ status: 'failed', reason: 'pressing Add did not open a new entry' }),
    ]);
  });

  it('cards of the page’s generation that its selector no longer finds are a selector miss', async () => {
    page(card('基本信息', 'edit'));
    const moved = {
      ...alibaba,
      cards: { ...alibaba.cards!, card: [{ css: '.resume-card-v2', dom: 'uxcore' }] },
    };
    const r = await openCards(document, moved, SAMPLE, { lang: 'zh' });
    expect(r.misses).toEqual([
      expect.objectContaining({ what: 'résumé cards', selector: '.resume-card-v2' }),
    ]);
    expect(document.querySelector('input')).toBeNull();
  });
});

/**
 * Another build: an entry card edited whole. Its header 编辑 opens every entry at once (a saved one as a
 * filled form, one blank form when none is saved) with + 添加… under them and 保存 / 取消 below.
 */
function wholeCard(title: string, saved: string[] = []) {
  document.body.innerHTML = card(title, 'edit', saved.map((s) => `<p>${s}</p>`).join('') || '暂未填写');
  const c = document.querySelector('.uxcore-card')!;
  const body = c.querySelector('.uxcore-card-body')!;
  const row = (v = '') =>
    `<div class="uxcore-form-field-group-inner-wrap"><input class="kuma-input" value="${v}"></div>`;
  const presses = { edit: 0, add: 0 };
  c.querySelector('.uxcore-card-extra button')!.addEventListener('click', () => {
    presses.edit++;
    c.querySelector('.uxcore-card-extra')!.innerHTML = '';
    body.innerHTML = `${saved.length ? saved.map(row).join('') : row()}<button type="button" class="add-row"><i class="kuma-icon kuma-icon-add"></i>+ 添加</button><button type="button">保存</button><button type="button">取消</button>`;
    body.querySelector('.add-row')!.addEventListener('click', () => {
      presses.add++;
      setTimeout(() => body.querySelector('.add-row')!.insertAdjacentHTML('beforebegin', row()), 30);
    });
  });
  return presses;
}

describe('openCards: a card edited whole', () => {
  it('opens the editor and adds a row under it per entry missing; each blank row takes the next entry', async () => {
    const presses = wholeCard('项目经历');
    const r = await openCards(document, alibaba, SAMPLE, { lang: 'zh' });
    expect(presses).toEqual({ edit: 1, add: 2 });
    expect(r.entries).toEqual({ projects: [0, 1, 2] });
    expect(r.open).toEqual({ projects: 3 });
    expect(r.opened).toHaveLength(1);
    // Saved whole, so nothing waits for a later fill: only the reminder to press 保存.
    expect(r.siteNotes).toEqual([expect.stringMatching(/尚未保存/)]);
  });

  it('a saved entry reopens as a filled form that takes nothing; the rows added take the rest', async () => {
    const presses = wholeCard('教育经历', ['新加坡国立大学']);
    const r = await openCards(document, alibaba, SAMPLE, { lang: 'zh' });
    expect(presses).toEqual({ edit: 1, add: 1 });
    expect(r.entries).toEqual({ education: [-1, 1] });
  });

  it('a card whose text names every entry is not opened', async () => {
    const presses = wholeCard('教育经历', ['新加坡国立大学', '华中科技大学']);
    const r = await openCards(document, alibaba, SAMPLE, { lang: 'zh' });
    expect(presses).toEqual({ edit: 0, add: 0 });
    expect(r.entries).toEqual({});
    expect(r.opened).toEqual([]);
  });
});

describe('remapEntries', () => {
  it('the n-th open form of a card section takes its n-th pending entry, none beyond', () => {
    const f = (id: number) => ({ id }) as FieldDescription;
    const fields = [f(1), f(2), f(3), f(4)];
    const sections: Record<number, Section> = {
      1: 'education',
      2: 'education',
      3: 'projects',
      4: 'projects',
    };
    const index = new Map([
      [1, 0],
      [2, 1],
      [3, 0],
      [4, 1],
    ]);
    remapEntries(index, fields, (x) => sections[x.id], { education: [1], projects: [2] });
    expect([...index]).toEqual([
      [1, 1],
      [2, -1],
      [3, 2],
      [4, -1],
    ]);
  });
});
