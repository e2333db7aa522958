// A list of checkboxes under 'Which of these languages have you used?' asks, box by box, whether the
// résumé's skills name the option; a list about spoken languages, or a pledge, asks nothing of the kind.
import { describe, expect, it } from 'vitest';
import { classifyFields } from '~/lib/fill/classify/classify-field';
import { collectFields } from '~/lib/fill/collect/collect-fields';

function keysOf(question: string, hint = 'Select all that apply.') {
  document.body.innerHTML = `<form><div class="entry"><label class="title">${question}</label><p>${hint}</p>
    <div class="group">${['Java', 'Go', 'Python']
      .map(
        (o, i) =>
          `<div><input type="checkbox" id="q-${i}" name="q" value="${o}"><label for="q-${i}">${o}</label></div>`,
      )
      .join('')}</div></div></form>`;
  const fields = collectFields(document, { lang: 'en' });
  const classes = classifyFields(fields);
  return fields.map((f) => classes.get(f.id)?.key);
}

describe('skills checklists', () => {
  it('reads the question written above a list of boxes sharing one name', () => {
    expect(keysOf('Which of these languages have you used professionally?')).toEqual([
      'skillNamed',
      'skillNamed',
      'skillNamed',
    ]);
    expect(keysOf('你熟悉哪些编程语言？', '可多选')).toEqual(['skillNamed', 'skillNamed', 'skillNamed']);
  });

  it('spoken languages and other lists are no skills checklist', () => {
    expect(keysOf('Which languages do you speak fluently?')).toEqual([undefined, undefined, undefined]);
    expect(keysOf('How did you hear about us?')).toEqual([undefined, undefined, undefined]);
  });
});
