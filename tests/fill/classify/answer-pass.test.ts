// The answer pass: only questions the user has an answer to are claimed, never in another person's
// section or where a rule already decided, and both languages' wordings reach the same concept.
import { describe, expect, it } from 'vitest';
import type { AnswerBook } from '~/lib/answers/types';
import { classifyAnswerQuestions } from '~/lib/fill/classify/answer-pass';
import { classifyFields, CONFIDENCE_BAR } from '~/lib/fill/classify/classify-field';
import type { FieldDescription } from '~/lib/fill/types';
import { makeField, type FieldSpec } from './make-field';

const BOOK: AnswerBook = {
  entries: [
    { concept: 'gender', zh: '男', en: 'Male' },
    { concept: 'politicalStatus', zh: '共青团员' },
    { concept: 'workAuthorization', en: 'Yes' },
    { concept: 'visaSponsorship', en: 'No' },
    { concept: 'expectedSalary', zh: '25-35K' },
    { concept: 'availability', zh: '一个月内' },
    { concept: 'languages', zh: '中文、英语' },
    { concept: 'custom:是否服从调剂 [否|是]', zh: '是', question: '是否服从调剂', options: ['是', '否'] },
  ],
};

function keyOf(label: string, spec: FieldSpec = {}, book: AnswerBook | null = BOOK): string | undefined {
  const fields: FieldDescription[] = [makeField(label, spec)];
  const classes = classifyFields(fields);
  classifyAnswerQuestions(fields, classes, CONFIDENCE_BAR, book ?? undefined);
  return classes.get(0)?.key;
}

describe('classifyAnswerQuestions', () => {
  it('claims the questions the user answered, in both languages', () => {
    expect(keyOf('性别', { widget: 'radio-group', options: ['男', '女'] })).toBe('answer.gender');
    expect(keyOf('Gender', { widget: 'select', lang: 'en' })).toBe('answer.gender');
    expect(keyOf('政治面貌', { widget: 'combobox' })).toBe('answer.politicalStatus');
    expect(keyOf('期望薪资')).toBe('answer.expectedSalary');
    expect(keyOf('到岗时间', { section: '求职意向' })).toBe('answer.availability');
    expect(keyOf('Are you legally authorized to work in the US?', { widget: 'radio-group' })).toBe(
      'answer.workAuthorization',
    );
  });

  it('tells sponsorship from work authorization', () => {
    expect(keyOf('Will you require visa sponsorship to be authorized to work?', { widget: 'select' })).toBe(
      'answer.visaSponsorship',
    );
  });

  it('leaves a question alone when the user has no answer to it', () => {
    expect(keyOf('民族', { widget: 'select' })).toBeUndefined();
    expect(keyOf('性别', { widget: 'select' }, null)).toBeUndefined();
    expect(keyOf('性别', { widget: 'select' }, { entries: [{ concept: 'gender' }] })).toBeUndefined();
  });

  it("never answers in another person's section or on a strong deny word", () => {
    expect(keyOf('性别', { widget: 'radio-group', section: '紧急联系人' })).toBeUndefined();
    expect(keyOf('Gender', { widget: 'select', section: 'Emergency contact' })).toBeUndefined();
    expect(keyOf('紧急联系人性别', { widget: 'select' })).toBeUndefined();
    expect(keyOf('Gender', { widget: 'select', section: 'References' })).toBeUndefined();
  });

  it('keeps what the rule tables decided and never takes long texts or checkboxes', () => {
    expect(keyOf('姓名')).toBe('name.full');
    expect(keyOf('期望薪资', { widget: 'textarea' })).toBeUndefined();
    expect(keyOf('性别', { widget: 'checkbox' })).toBeUndefined();
    // All one's languages are one line: never a choice among single languages.
    expect(keyOf('掌握语言')).toBe('answer.languages');
    expect(keyOf('语种', { widget: 'select', options: ['英语', '日语'] })).toBeUndefined();
  });

  it('matches a custom question by its words and its option set', () => {
    expect(keyOf('* 是否服从调剂？', { widget: 'radio-group', options: ['否', '是'] })).toBe(
      'answer.custom:是否服从调剂 [否|是]',
    );
    expect(keyOf('是否服从调剂', { widget: 'radio-group', options: ['是', '否', '视情况'] })).toBeUndefined();
    expect(keyOf('是否服从分配', { widget: 'radio-group', options: ['是', '否'] })).toBeUndefined();
  });
});
