// After a fill, what the user typed into the questions it left empty is offered (keyed by concept or by
// question and option set); fields of another person's section, résumé fields and identifiers are not.
import { beforeEach, describe, expect, it } from 'vitest';
import { runFill } from '~/lib/fill/run-fill';
import { typedAnswers } from '~/lib/fill/learn/typed-answers';
import { learnedEntry } from '~/lib/answers/learned';
import { handResume } from './values/resumes';

const FORM = `
<form>
  <h3>基本信息</h3>
  <div><label for="name">姓名</label><input id="name" name="name"></div>
  <div><label for="hometown">籍贯</label><input id="hometown" name="hometown"></div>
  <div><label for="idno">身份证号</label><input id="idno" name="idno"></div>
  <div><label for="adjust">是否服从调剂</label>
    <select id="adjust" name="adjust"><option value="">请选择</option><option>是</option><option>否</option></select></div>
  <div><label for="note">补充说明</label><textarea id="note" name="note"></textarea></div>
  <h3>紧急联系人</h3>
  <div><label for="ecName">紧急联系人姓名</label><input id="ecName" name="ecName"></div>
  <div><label for="ecRelation">与本人关系</label><input id="ecRelation" name="ecRelation"></div>
</form>`;

const input = (id: string) => document.getElementById(id) as HTMLInputElement | HTMLSelectElement;
function type(id: string, value: string) {
  const el = input(id);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(() => {
  document.body.innerHTML = FORM;
});

describe('typedAnswers', () => {
  it('offers only what the user typed into the applicant questions the fill left empty', async () => {
    await runFill(document, handResume(), { marks: false });
    expect(input('name').value).toBe('张小明');
    expect(typedAnswers()).toEqual([]);
    type('hometown', '湖北武汉');
    type('idno', '110101199001011237');
    type('adjust', '是');
    type('note', '无');
    type('ecName', '王五');
    type('ecRelation', '母亲');
    const offered = typedAnswers();
    expect(offered).toEqual([
      { concept: 'nativePlace', question: '籍贯', value: '湖北武汉', lang: 'zh' },
      {
        concept: 'custom:是否服从调剂 [否|是]',
        question: '是否服从调剂',
        options: ['是', '否'],
        value: '是',
        lang: 'zh',
      },
    ]);
    expect(learnedEntry(offered[1]!)).toEqual({
      zh: '是',
      learned: true,
      question: '是否服从调剂',
      options: ['是', '否'],
    });
  });
});
