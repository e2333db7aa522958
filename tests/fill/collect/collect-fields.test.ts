import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '~/lib/fill/collect/collect-fields';

const collect = (html: string) => {
  document.body.innerHTML = html;
  return collectFields(document);
};
const names = (html: string) => collect(html).map((f) => f.el.getAttribute('name'));

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

describe('what is collected', () => {
  it('every editable kind, in document order, ids = index', () => {
    const fields = collect(`
      <input name="a"><input type="email" name="b"><input type="tel" name="c"><input type="url" name="d">
      <input type="number" name="e"><input type="search" name="f"><input type="date" name="g"><input type="month" name="h">
      <input type="checkbox" name="i"><textarea name="j"></textarea><select name="k"><option>x</option></select>
      <div contenteditable="true" name="l"></div><input type="file" name="m">`);
    expect(fields.map((f) => f.el.getAttribute('name'))).toEqual('abcdefghijklm'.split(''));
    expect(fields.map((f) => f.id)).toEqual(fields.map((_, i) => i));
    expect(fields.map((f) => f.widget)).toEqual([
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'native-date',
      'native-date',
      'checkbox',
      'textarea',
      'select',
      'contenteditable',
      'file',
    ]);
  });

  it('skips buttons, passwords, hidden inputs, disabled and readonly plain inputs', () => {
    expect(
      names(`<input type="password" name="pw"><input type="hidden" name="h"><input type="submit" name="s">
        <input type="button" name="b"><input type="reset" name="r"><input type="image" name="i">
        <input name="dis" disabled><fieldset disabled><input name="fs"></fieldset><input name="ro" readonly>
        <textarea name="rota" readonly></textarea><input name="ok"><input name="aria-dis" aria-disabled="true">`),
    ).toEqual(['ok']);
  });

  it('skips captchas and one-time codes, but not a phone box that mentions the code it receives', () => {
    expect(
      names(`<label>验证码<input name="a"></label><input name="captcha_input"><input autocomplete="one-time-code" name="otp1">
        <input placeholder="请输入图形验证码" name="p"><label>Verification code<input name="v"></label>
        <label>手机号（用于接收验证码）<input name="phone"></label>`),
    ).toEqual(['phone']);
  });

  it('skips anything inside our own UI', () => {
    expect(names(`<div data-resume-autofill-ui><input name="ours"></div><input name="page">`)).toEqual([
      'page',
    ]);
  });
});

describe('visibility (no layout: attributes and styles decide)', () => {
  it('skips display:none, [hidden], visibility:hidden and inert subtrees', () => {
    expect(
      names(`<style>.gone{display:none}</style>
        <div class="gone"><input name="a"></div><div hidden><input name="b"></div><input name="c" hidden>
        <div style="visibility:hidden"><input name="d"></div>
        <div inert><input name="f"></div><input name="visible">`),
    ).toEqual(['visible']);
  });

  it('keeps a drawn field under aria-hidden: it hides from a screen reader, not from the eye', () => {
    expect(names(`<div aria-hidden="true"><input name="e"></div>`)).toEqual(['e']);
  });

  it('skips honeypots: off-screen, clipped, zero-size, transparent and tiny, out of the tab order', () => {
    expect(
      names(`<input name="off" style="position:absolute;left:-9999px">
        <input name="clip" style="position:absolute;clip:rect(0 0 0 0)">
        <input name="zero" style="width:0px;height:0px">
        <input name="ghost" style="opacity:0;width:1px;height:1px">
        <input name="notab" tabindex="-1" aria-label="Email">
        <input name="real">`),
    ).toEqual(['real']);
  });

  it('keeps a hidden file input behind its upload button; never a honeypot', () => {
    const fields = collect(
      `<div class="upload"><button type="button">上传简历</button><input type="file" name="resume" style="display:none"></div>`,
    );
    expect(fields.map((f) => [f.widget, f.label])).toEqual([['file', '上传简历']]);
  });

  it('keeps a checkbox styled away behind its visible label', () => {
    const fields = collect(`<label><input type="checkbox" style="display:none">至今</label>`);
    expect(fields.map((f) => f.label)).toEqual(['至今']);
  });
});

describe('modal dialogs', () => {
  it('an open modal dialog that asks questions leaves the page behind it out of reach', () => {
    expect(
      names(`<div role="search"><input name="keywords"></div><form><input name="behind"></form>
        <div role="dialog" aria-modal="true" style="position:fixed"><input name="first"><select name="code"><option>+86</option></select></div>`),
    ).toEqual(['first', 'code']);
  });

  it('a modal of switches and buttons (a cookie banner), a closed one or one in the flow blocks nothing', () => {
    expect(
      names(`<input name="email"><div role="dialog" aria-modal="true" style="position:fixed"><input type="checkbox" name="ads"><button>OK</button></div>
        <div role="dialog" aria-modal="true" hidden style="position:fixed"><input name="login"></div>
        <div role="dialog" aria-modal="true" aria-hidden="true" style="position:fixed"><input name="gone"></div>
        <div role="dialog" aria-modal="true"><input name="inflow"></div>`),
    ).toEqual(['email', 'ads', 'gone', 'inflow']);
  });
});

describe('shadow roots and frames', () => {
  it('descends into open shadow roots (recursively), in place', () => {
    document.body.innerHTML = `<input name="before"><div id="host"></div><input name="after">`;
    const outer = document.getElementById('host')!.attachShadow({ mode: 'open' });
    outer.innerHTML = `<label>Email<input name="inner"></label><span id="nested"></span>`;
    outer.getElementById('nested')!.attachShadow({ mode: 'open' }).innerHTML =
      `<label>Phone<input name="deep"></label>`;
    const fields = collectFields(document);
    expect(fields.map((f) => f.el.getAttribute('name'))).toEqual(['before', 'inner', 'deep', 'after']);
    expect(fields[1]!.label).toBe('Email');
  });

  it('does not enter closed shadow roots or iframes', () => {
    document.body.innerHTML = `<div id="host"></div><iframe srcdoc="<input name='framed'>"></iframe><input name="page">`;
    document.getElementById('host')!.attachShadow({ mode: 'closed' }).innerHTML = `<input name="closed">`;
    expect(collectFields(document).map((f) => f.el.getAttribute('name'))).toEqual(['page']);
  });

  it('collects from a shadow root passed as the root', () => {
    document.body.innerHTML = `<div id="host"></div>`;
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<label>学校<input></label>`;
    expect(collectFields(root).map((f) => f.label)).toEqual(['学校']);
  });
});

describe('options, values, required', () => {
  it('select options skip placeholders and disabled rows; the value shown is the selected text', () => {
    document.body.innerHTML = `<label>学历<select><option value="">请选择</option><option value="x" disabled>--</option>
      <option value="1">本科</option><option value="2">硕士</option><option>博士</option></select></label>`;
    const select = document.querySelector('select')!;
    select.value = '2';
    const [field] = collectFields(document);
    expect(field!.options!.map((o) => [o.label, o.value])).toEqual([
      ['本科', '1'],
      ['硕士', '2'],
      ['博士', '博士'],
    ]);
    expect(field!.currentValue).toBe('硕士');
    select.value = '';
    expect(collectFields(document)[0]!.currentValue).toBe('');
  });

  it('radios become one radio-group per name, with option labels and the checked one shown', () => {
    const fields = collect(`<span>性别</span><label><input type="radio" name="sex" value="m">男</label>
      <label><input type="radio" name="sex" value="f" checked>女</label>
      <div role="radiogroup" aria-label="是否在职"><input type="radio" id="y" value="1"><label for="y">是</label>
      <input type="radio" id="n" value="0"><label for="n">否</label></div>`);
    expect(fields.map((f) => [f.widget, f.label, f.currentValue])).toEqual([
      ['radio-group', '性别', '女'],
      ['radio-group', '是否在职', ''],
    ]);
    expect(fields[0]!.options!.map((o) => [o.label, o.value])).toEqual([
      ['男', 'm'],
      ['女', 'f'],
    ]);
    expect(fields[0]!.options![0]!.el).toBeInstanceOf(HTMLInputElement);
  });

  it('required from attributes, aria-required, markers in the label, or a required class nearby', () => {
    const fields = collect(`<label>A<input required></label><label>B<input aria-required="true"></label>
      <label>C *<input></label><label>D（必填）<input></label>
      <div class="apply-field-7Jk8L"><div class="title-1Pq2R">E<span class="required-asterisk-3St4U"></span></div><input></div>
      <label>F<input></label>`);
    expect(fields.map((f) => [f.label, f.required])).toEqual([
      ['A', true],
      ['B', true],
      ['C', true],
      ['D', true],
      ['E', true],
      ['F', false],
    ]);
  });

  it('hints: autocomplete, name/id as words, placeholder, aria-label, type, maxlength', () => {
    const [field] = collect(
      `<input name="job_application[firstName]" id="candidateFirstName" autocomplete="given-name" placeholder="First" aria-label="Your first name" type="text" maxlength="40">`,
    );
    expect(field!.hints).toEqual({
      autocomplete: 'given-name',
      name: 'job application first name',
      id: 'candidate first name',
      placeholder: 'First',
      ariaLabel: 'Your first name',
      type: 'text',
      maxLength: 40,
    });
  });

  it('generated ids and names are dropped from the hints', () => {
    const [field] = collect(`<label>X<input id="el-id-6241-21" name="react-select-3-input"></label>`);
    expect(field!.hints.id).toBeUndefined();
    expect(field!.hints.name).toBeUndefined();
  });
});

describe('language', () => {
  it('labels outvote <html lang>', () => {
    document.documentElement.lang = 'en';
    const fields = collect(`<label>姓名<input></label><label>手机<input></label><label>邮箱<input></label>`);
    expect(fields.every((f) => f.lang === 'zh')).toBe(true);
  });

  it('an explicit lang option wins', () => {
    document.body.innerHTML = `<label>姓名<input></label>`;
    expect(collectFields(document, { lang: 'en' })[0]!.lang).toBe('en');
  });
});

describe('pages that used to stop the fill', () => {
  it('a form with a control named "host" (form.host is that control, not a shadow host)', () => {
    const fields = collect(`<h2>Billing</h2><form><input type="hidden" name="host" value="x">
      <div><label>Email <input name="email"></label></div></form>`);
    expect(fields.map((f) => f.el.getAttribute('name'))).toEqual(['email']);
    expect(fields[0]!.sectionHeading).toBe('Billing');
  });
});

describe('help text', () => {
  it('the line a form item prints under its control is the field’s note; another question is not', () => {
    const fields = collect(`
      <div class="form-item"><div class="form-item__title"><label>GPA</label></div>
        <div class="form-item__control"><input name="gpa"></div><div class="form-item__tip">格式：绩点/满分，如 3.6/4.0</div></div>
      <div class="form-item"><div class="form-item__title"><label>专业</label></div>
        <div class="form-item__control"><input name="major"></div></div>`);
    expect(fields.map((f) => f.hints.note)).toEqual(['格式：绩点/满分，如 3.6/4.0', undefined]);
  });

  it('TDesign prints it under the controls, five wrappers above the input', () => {
    const fields = collect(`
      <div class="t-form__item"><div class="t-form__label"><label>GPA</label></div>
        <div class="t-form__controls"><div class="t-form__controls-content"><div class="t-input__wrap">
          <div class="t-input"><input class="t-input__inner"></div></div></div>
          <div class="t-input__help">格式：绩点/满分，如 3.6/4.0</div></div></div>`);
    expect(fields.map((f) => f.hints.note)).toEqual(['格式：绩点/满分，如 3.6/4.0']);
  });
});
