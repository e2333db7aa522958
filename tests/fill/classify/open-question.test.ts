// Open questions (the applicant's own words) are told apart from résumé text boxes, never filled, and the
// report row points to the highlight picker by the context menu's own title.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyFields, CONFIDENCE_BAR } from '~/lib/fill/classify/classify-field';
import { isOpenQuestion, markOpenQuestion } from '~/lib/fill/classify/open-question';
import { showReportPanel } from '~/lib/fill/report/report-panel';
import { reportRows, rowStatusWord } from '~/lib/fill/report/report-words';
import { translateReport } from '~/lib/i18n/strings-report';
import type { FieldReport, FillReport } from '~/lib/fill/types';
import { makeField } from './make-field';

const textarea = (label: string, spec: Parameters<typeof makeField>[1] = {}) =>
  makeField(label, { widget: 'textarea', ...spec });

describe('isOpenQuestion', () => {
  it.each([
    '你为什么想加入青岚科技？',
    '为什么选择我们公司',
    '请描述一个你主导的项目',
    '项目经历描述',
    '自我评价',
    '求职信',
    '补充说明',
    '你认为自己最大的优势是什么？',
    'Why do you want to join Northwind Labs?',
    'Describe a project you are proud of',
    'Cover letter',
    'Additional information',
    'Tell us about a time you failed',
    'What interests you about this role?',
    'Is there anything else you would like us to know?',
  ])('%s is an open question', (label) => {
    expect(isOpenQuestion(textarea(label))).toBe(true);
  });

  it('reads the question from the placeholder of an unlabelled box too', () => {
    expect(
      isOpenQuestion(textarea('', { placeholder: 'Add a cover letter or anything else you want to share.' })),
    ).toBe(true);
  });

  it.each([
    ['工作描述', { section: '工作经历', block: document.createElement('div') }],
    ['工作描述', {}],
    ['项目描述', { section: '项目经历', block: document.createElement('div') }],
    ['Job description', {}],
    ['Responsibilities', { section: 'Work Experience' }],
    ['Describe your role', { section: 'Work Experience', block: document.createElement('div') }],
    ['备注', {}],
    ['Comments', {}],
    ['详细地址', {}],
  ] as const)('%s (%o) is not', (label, spec) => {
    expect(isOpenQuestion(textarea(label, spec))).toBe(false);
  });

  it('only a multi-line box or an editable region asks one', () => {
    expect(isOpenQuestion(makeField('Why do you want to join us?'))).toBe(false);
    expect(isOpenQuestion(makeField('Why do you want to join us?', { widget: 'contenteditable' }))).toBe(
      true,
    );
  });
});

describe('markOpenQuestion', () => {
  const skipped = (): FieldReport => ({ label: 'x', status: 'skipped', reason: 'not a résumé field' });

  it('marks an open question the engine left empty, required or not', () => {
    const field = textarea('你为什么想加入青岚科技？');
    const [cls] = [classifyFields([field]).get(field.id)];
    const report = skipped();
    markOpenQuestion(field, report, cls, CONFIDENCE_BAR);
    expect(report.openQuestion).toBe(true);
    const required: FieldReport = { ...skipped(), status: 'required-empty' };
    markOpenQuestion(field, required, undefined, CONFIDENCE_BAR);
    expect(required.openQuestion).toBe(true);
  });

  it("leaves a filled box, a box with the user's text and a résumé entry's description alone", () => {
    const filled: FieldReport = { label: 'x', status: 'filled', reason: '', value: 'v' };
    markOpenQuestion(textarea('自我评价'), filled, undefined, CONFIDENCE_BAR);
    expect(filled.openQuestion).toBeUndefined();
    const typed = skipped();
    markOpenQuestion(textarea('Cover letter', { currentValue: 'Dear…' }), typed, undefined, CONFIDENCE_BAR);
    expect(typed.openQuestion).toBeUndefined();
    // 工作描述 in a work block: the classifier takes it for the entry's description.
    const block = document.createElement('div');
    const desc = textarea('工作描述', { section: '工作经历', block });
    const cls = classifyFields([desc]).get(desc.id);
    expect(cls?.key).toBe('experience.description');
    const left = skipped();
    markOpenQuestion(desc, left, cls, CONFIDENCE_BAR);
    expect(left.openQuestion).toBeUndefined();
  });
});

describe('the report row of an open question', () => {
  afterEach(() => {
    document.documentElement.querySelectorAll('[data-resume-autofill-ui]').forEach((n) => n.remove());
  });

  const messages = (dir: string) =>
    JSON.parse(readFileSync(resolve(__dirname, `../../../public/_locales/${dir}/messages.json`), 'utf8'))
      .menuPicker.message as string;

  it("names the context menu's own item, in both languages", () => {
    expect(translateReport('en', 'reportPickerHint')).toContain(messages('en'));
    expect(translateReport('zh', 'reportPickerHint')).toContain(messages('zh_CN'));
  });

  const report: FillReport = {
    url: 'https://example.test/',
    adapter: 'generic',
    lang: 'en',
    durationMs: 1,
    counts: { filled: 1, uncertain: 0, skipped: 2, failed: 0, kept: 0, 'required-empty': 0 },
    selectorMisses: [],
    fields: [
      { label: 'Email', status: 'filled', reason: '', value: 'a@b.c' },
      { label: 'Why us?', status: 'skipped', reason: 'an open question', openQuestion: true },
      { label: 'Fax', status: 'skipped', reason: 'not a résumé field' },
    ],
  };

  it('is listed (a skipped one too) as not guessed, other skipped fields are not', () => {
    const rows = reportRows(report.fields);
    expect(rows.map((r) => r.label)).toEqual(['Why us?', 'Email']);
    expect(rowStatusWord(rows[0]!)).toBe('statusOpenQuestion');
  });

  it('shows the hint in the in-page panel', () => {
    // The panel's shadow root is closed: open it for the test to read.
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      return attach.call(this, { ...init, mode: 'open' });
    };
    try {
      showReportPanel(report);
    } finally {
      Element.prototype.attachShadow = attach;
    }
    const host = document.querySelector('[data-resume-autofill-ui="report"]')!;
    const item = host.shadowRoot!.querySelector('.item.open-question')!;
    expect(item.querySelector('.label')!.textContent).toBe('Why us?');
    expect(item.querySelector('.status')!.textContent).toBe('Not guessed');
    expect(item.querySelector('.hint')!.textContent).toContain(messages('en'));
  });
});
