import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FillReport } from '~/lib/fill/types';
import { clearMarks, markField } from '~/lib/fill/report/marks';
import { clearReport, showReportPanel } from '~/lib/fill/report/report-panel';
import { cssPath } from '~/lib/fill/report/css-path';

const report: FillReport = {
  url: 'https://example.com/apply',
  adapter: 'generic',
  lang: 'zh',
  durationMs: 12,
  fields: [
    { label: '姓名', key: 'name.full', value: '张小明', shown: '张小明', status: 'filled', reason: 'label' },
    {
      label: '手机号码',
      key: 'phone',
      value: '13800001111',
      shown: '138 0000 1111',
      status: 'uncertain',
      reason: 'x',
    },
    { label: '身份证号', status: 'required-empty', reason: 'not a résumé field' },
    { label: '性别', status: 'skipped', reason: 'not a résumé field' },
  ],
  counts: { filled: 1, uncertain: 1, 'required-empty': 1, skipped: 1, failed: 0, kept: 0 },
  selectorMisses: [],
};

/** The panel's root is closed to the page; the test keeps the handle attachShadow returns. */
function captureShadow() {
  const roots: ShadowRoot[] = [];
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.restoreAllMocks();
  clearReport();
});

describe('report panel', () => {
  it('shows counts and the page labels with their status, never résumé values, in a closed root', () => {
    const roots = captureShadow();
    showReportPanel(report);
    const host = document.querySelector('[data-resume-autofill-ui]')!;
    expect(host.shadowRoot).toBeNull();
    expect(vi.mocked(Element.prototype.attachShadow)).toHaveBeenCalledWith({ mode: 'closed' });
    const text = roots[0].textContent!;
    expect(text).toContain('已填写 1');
    expect(text).toContain('请核对 1');
    expect(text).toContain('必填未填 1');
    expect(text).toContain('手机号码');
    expect(text).toContain('身份证号');
    expect(text).not.toContain('性别'); // skipped fields stay out of the list
    expect(text).not.toContain('张小明');
    expect(text).not.toContain('13800001111');
    expect(document.body.textContent).not.toContain('张小明');
  });

  it('shows what the user must do next, from the site notes', () => {
    const roots = captureShadow();
    const note = '「项目经历」还有 2 条未填：请先点「保存」，再点一次「填写本页」继续。';
    showReportPanel({ ...report, siteNotes: [note] });
    expect(roots[0].querySelector('.notes')!.textContent).toBe(note);
  });

  it('English text on English pages', () => {
    const roots = captureShadow();
    showReportPanel({ ...report, lang: 'en' });
    expect(roots[0].textContent).toContain('Filled 1');
    expect(roots[0].querySelector('button.undo')!.textContent).toBe('Undo');
  });

  it('Undo calls back once; Dismiss removes the panel and the outlines', () => {
    const roots = captureShadow();
    const onUndo = vi.fn();
    const onDismiss = vi.fn();
    document.body.innerHTML = '<input id="a">';
    markField(document.getElementById('a')!, 'filled');
    showReportPanel(report, { onUndo, onDismiss });
    const undo = roots[0].querySelector<HTMLButtonElement>('button.undo')!;
    undo.click();
    undo.click();
    expect(onUndo).toHaveBeenCalledTimes(1);
    roots[0].querySelector<HTMLButtonElement>('button.dismiss')!.click();
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[data-resume-autofill-ui]')).toBeNull();
    expect(document.querySelector('[data-resume-autofill]')).toBeNull();
  });

  it('showing again replaces the previous panel', () => {
    showReportPanel(report);
    showReportPanel(report);
    expect(document.querySelectorAll('[data-resume-autofill-ui]')).toHaveLength(1);
  });
});

describe('marks', () => {
  it('one stylesheet however many fields; cleared completely', () => {
    document.body.innerHTML = '<input id="a"><input id="b"><input id="c">';
    markField(document.getElementById('a')!, 'filled');
    markField(document.getElementById('b')!, 'uncertain');
    markField(document.getElementById('c')!, 'required-empty');
    expect(document.querySelectorAll('style[data-resume-autofill-style]')).toHaveLength(1);
    expect(document.getElementById('b')!.getAttribute('data-resume-autofill')).toBe('uncertain');
    clearMarks();
    expect(
      document.querySelectorAll('[data-resume-autofill], style[data-resume-autofill-style]'),
    ).toHaveLength(0);
  });

  it('fields in an open shadow root get the stylesheet in that root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="s">';
    markField(root.getElementById('s')!, 'filled');
    expect(root.querySelectorAll('style[data-resume-autofill-style]')).toHaveLength(1);
    clearMarks();
    expect(root.querySelectorAll('style, [data-resume-autofill]')).toHaveLength(0);
  });
});

describe('cssPath', () => {
  it('prefers a unique id, then a unique name, else a path', () => {
    document.body.innerHTML = `<div id="wrap"><input id="email"><input name="phone"><div><input><input></div></div>`;
    const inputs = document.querySelectorAll('input');
    expect(cssPath(inputs[0])).toBe('#email');
    expect(cssPath(inputs[1])).toBe('input[name="phone"]');
    const path = cssPath(inputs[3]);
    expect(document.querySelector(path)).toBe(inputs[3]);
    expect(path.startsWith('#wrap')).toBe(true);
  });
});
