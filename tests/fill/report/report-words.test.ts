// One vocabulary for the popup's report and the in-page panel: the same status words from lib/i18n,
// every status counted, and a repeated label named by its entry.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldReport, FillReport } from '~/lib/fill/types';
import { countsLine, fieldName } from '~/lib/fill/report/report-words';
import { clearReport, showReportPanel } from '~/lib/fill/report/report-panel';
import { translate } from '~/lib/i18n/strings';

const fields: FieldReport[] = [
  { label: '学校名称', key: 'education.school', index: 0, status: 'filled', reason: 'label' },
  { label: '学校名称', key: 'education.school', index: 1, status: 'filled', reason: 'label' },
  { label: '结束时间', key: 'experience.end', index: 0, status: 'failed', reason: 'disabled select' },
  { label: '姓名', key: 'name.full', status: 'filled', reason: 'label' },
  { label: '身份证号', status: 'required-empty', reason: 'not a résumé field' },
];
const report: FillReport = {
  url: 'https://example.com/apply',
  adapter: 'generic',
  lang: 'zh',
  durationMs: 5,
  fields,
  counts: { filled: 3, uncertain: 0, 'required-empty': 1, skipped: 4, failed: 1, kept: 0 },
  selectorMisses: [],
};

afterEach(() => {
  vi.restoreAllMocks();
  clearReport();
});

describe('report words', () => {
  it('counts every status that occurred, failures included, in both languages', () => {
    expect(countsLine(report, 'zh').map((c) => c.text)).toEqual(['已填写 3', '必填未填 1', '未能填写 1']);
    expect(countsLine(report, 'en').map((c) => c.text)).toEqual([
      'Filled 3',
      'Required, empty 1',
      'Could not fill 1',
    ]);
  });

  it('counts an open question once, as its row reads: not guessed, even when it is required', () => {
    const open: FillReport = {
      ...report,
      fields: [
        ...fields,
        { label: '自我评价', status: 'skipped', reason: 'open question', openQuestion: true },
        { label: '为什么选择我们', status: 'required-empty', reason: 'open question', openQuestion: true },
      ],
      counts: { ...report.counts, 'required-empty': 2, skipped: 5 },
    };
    expect(countsLine(open, 'zh').map((c) => c.text)).toEqual([
      '已填写 3',
      '必填未填 1',
      `${translate('zh', 'statusOpenQuestion')} 2`,
      '未能填写 1',
    ]);
  });

  it('names the entry of a repeated label, and only then', () => {
    expect(fieldName(fields[0], fields, 'zh')).toBe('教育经历 1 · 学校名称');
    expect(fieldName(fields[1], fields, 'zh')).toBe('教育经历 2 · 学校名称');
    expect(fieldName(fields[1], fields, 'en')).toBe('Education 2 · 学校名称');
    expect(fieldName(fields[2], fields, 'zh')).toBe('结束时间');
    expect(fieldName(fields[3], fields, 'zh')).toBe('姓名');
  });

  it('the in-page panel uses the same words as the popup, and counts the failure', () => {
    const roots: ShadowRoot[] = [];
    const original = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
      const root = original.call(this, init);
      roots.push(root);
      return root;
    });
    showReportPanel(report);
    const counts = roots[0].querySelector('.counts')!.textContent!;
    for (const key of ['statusFilled', 'statusRequiredEmpty', 'statusFailed'] as const)
      expect(counts).toContain(translate('zh', key));
    const rows = [...roots[0].querySelectorAll('.item')].map((li) => li.textContent);
    expect(rows).toContain(`结束时间${translate('zh', 'statusFailed')}`);
    expect(rows).toContain(`教育经历 2 · 学校名称${translate('zh', 'statusFilled')}`);
  });
});
