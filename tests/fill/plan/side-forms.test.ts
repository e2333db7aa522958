import { beforeEach, describe, expect, it } from 'vitest';
import { isRangePair } from '~/lib/fill/act/fill-range';
import { sideFormFields } from '~/lib/fill/plan/side-forms';
import { cls, makeField } from '../values/make-field';
import { scanByAttribute } from './scan-by-attribute';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('sideFormFields', () => {
  it('leaves a newsletter signup alone but not the application beside it', () => {
    document.body.innerHTML = `
      <form id="apply"><input data-key="name.full"><input data-key="email"><input data-key="phone"><button>Submit application</button></form>
      <form id="newsletter"><label>Get new roles by email</label><input data-key="email"><button type="submit">Subscribe</button></form>`;
    const { fields, classes } = scanByAttribute();
    const aside = sideFormFields(fields, classes, 0.6);
    expect(fields.filter((f) => aside.has(f.id)).map((f) => f.el.closest('form')!.id)).toEqual([
      'newsletter',
    ]);
  });

  it('a newsletter asking a first name and an email is still a newsletter; a sign-up asking the same is not', () => {
    document.body.innerHTML = `
      <form id="newsletter-form" class="vg-newsletter"><h3>The Grid Letter</h3><p>Monthly notes from our engineers.</p>
        <input data-key="name.given"><input data-key="email"><button type="submit">Subscribe</button></form>
      <form id="signup"><h3>Create your account</h3><input data-key="name.given"><input data-key="email"><button>Continue</button></form>`;
    const { fields, classes } = scanByAttribute();
    const aside = sideFormFields(fields, classes, 0.6);
    expect(fields.filter((f) => aside.has(f.id)).map((f) => f.el.closest('form')!.id)).toEqual([
      'newsletter-form',
      'newsletter-form',
    ]);
  });

  it('a box in a search landmark is the site search, with or without a form', () => {
    document.body.innerHTML = `
      <div role="search"><input data-key="experience.company"></div>
      <form id="apply"><input data-key="name.full"><input data-key="email"><button>Apply</button></form>`;
    const { fields, classes } = scanByAttribute();
    const aside = sideFormFields(fields, classes, 0.6);
    expect(fields.filter((f) => aside.has(f.id)).map((f) => f.el.closest('[role=search]') !== null)).toEqual([
      true,
    ]);
  });

  it("a footer's job-alert box without a form is no question of the application; the form's own box is", () => {
    document.body.innerHTML = `
      <div id="apply"><h2>工作经历</h2><input data-key="experience.title"></div>
      <footer><div><span>订阅职位更新</span><input data-key="experience.title" placeholder="输入邮箱，新职位发布时通知我"><button>订阅</button></div>
        <div><span>联系我们</span><input data-key="email"></div></footer>`;
    const { fields, classes } = scanByAttribute();
    const aside = sideFormFields(fields, classes, 0.6);
    expect(fields.map((f) => aside.has(f.id))).toEqual([false, true, false]);
  });

  it("a search box in the site's header is the site search without a form; a school search in the form is not", () => {
    document.body.innerHTML = `
      <header><nav><a>首页</a></nav><input data-key="experience.title"></header>
      <section><h2>教育经历</h2><input data-key="education.school"></section>`;
    const { fields, classes } = scanByAttribute();
    fields[0]!.hints.placeholder = '搜索职位';
    fields[1]!.hints.placeholder = '搜索学校';
    const aside = sideFormFields(fields, classes, 0.6);
    expect(fields.map((f) => aside.has(f.id))).toEqual([true, false]);
  });

  it("a job site's talent-community box is a side form, even with a box beside the email and a Sign up button", () => {
    document.body.innerHTML = `
      <form id="apply"><label>I agree to join the talent community</label><input type="checkbox"><input data-key="name.full"><input data-key="email"><button>Submit</button></form>
      <form id="tc"><h3>Join our Talent Community</h3><input data-key="email"><input data-key="interest"><button type="submit">Sign up</button></form>`;
    const { fields, classes } = scanByAttribute();
    const aside = sideFormFields(fields, classes, 0.6);
    expect(new Set(fields.filter((f) => aside.has(f.id)).map((f) => f.el.closest('form')!.id))).toEqual(
      new Set(['tc']),
    );
  });

  it("a footer's email box is a talent-community sign-up by the title and blurb above the form", () => {
    document.body.innerHTML = `
      <form id="apply"><input data-key="name.given"><input data-key="email"><button>Submit application</button></form>
      <footer><div><h2>Not the right job for you?</h2><p>Join our talent community and we will let you know.</p>
      <form id="connect" action="/connect"><label>Your email</label><input data-key="email"><button>Join</button></form></div></footer>`;
    const { fields, classes } = scanByAttribute();
    const aside = sideFormFields(fields, classes, 0.6);
    expect(fields.filter((f) => aside.has(f.id)).map((f) => f.el.closest('form')!.id)).toEqual(['connect']);
  });

  it('a talent-community registration asking name and phone is filled like any sign-up', () => {
    document.body.innerHTML = `<form><h2>Join our Talent Community</h2><input data-key="name.given"><input data-key="email"><input data-key="phone"><button>Join</button></form>`;
    const { fields, classes } = scanByAttribute();
    expect(sideFormFields(fields, classes, 0.6).size).toBe(0);
  });

  it('a small form without such words is the application', () => {
    document.body.innerHTML = `<form><input data-key="email"><button>Apply</button></form>`;
    const { fields, classes } = scanByAttribute();
    expect(sideFormFields(fields, classes, 0.6).size).toBe(0);
  });

  it('a checkout or sign-up form that mentions logging in is still filled', () => {
    document.body.innerHTML = `<form><p>Already have an account? <a href="#">Log in</a></p>
      <input data-key="name.full"><input data-key="email"><button>Continue to payment</button></form>`;
    const { fields, classes } = scanByAttribute();
    expect(sideFormFields(fields, classes, 0.6).size).toBe(0);
  });

  it('a sign-in (identifier and one password) is a side form; a new account (two passwords) is not', () => {
    document.body.innerHTML = `<form id="in"><input data-key="email"><input type="password"><button>Continue</button></form>
      <form id="new"><input data-key="email"><input type="password"><input type="password"><button>Next</button></form>`;
    const { fields, classes } = scanByAttribute();
    const aside = sideFormFields(fields, classes, 0.6);
    expect(fields.filter((f) => aside.has(f.id)).map((f) => f.el.closest('form')!.id)).toEqual(['in']);
  });

  it('a one-password form whose button creates an account is filled', () => {
    document.body.innerHTML = `<form><input data-key="email"><input type="password"><button>Create account</button></form>`;
    const { fields, classes } = scanByAttribute();
    expect(sideFormFields(fields, classes, 0.6).size).toBe(0);
  });

  it('a site search is a side form', () => {
    document.body.innerHTML = `<form role="search"><input data-key="name.full" name="q"><button>Go</button></form>`;
    const { fields, classes } = scanByAttribute();
    expect(sideFormFields(fields, classes, 0.6).size).toBe(1);
  });

  it('a login box is a side form', () => {
    document.body.innerHTML = `<form><input data-key="email"><button>登录</button></form>`;
    const { fields, classes } = scanByAttribute();
    expect(sideFormFields(fields, classes, 0.6).size).toBe(1);
  });
});

describe('isRangePair', () => {
  it('two date-picker inputs of one range editor, start then end', () => {
    document.body.innerHTML =
      '<div class="el-date-editor el-date-editor--monthrange el-range-editor"><input class="el-range-input"><span>至</span><input class="el-range-input"></div><input id="other">';
    const [a, b, c] = [...document.querySelectorAll('input')];
    const fa = makeField(a, 'date-picker');
    const fb = makeField(b, 'date-picker');
    expect(isRangePair(fa, fb, cls('education.start'), cls('education.end'))).toBe(true);
    expect(isRangePair(fa, fb, cls('education.range'), cls('education.range'))).toBe(true);
    expect(isRangePair(fa, fb, cls('education.start'), cls('experience.end'))).toBe(false);
    expect(isRangePair(fa, makeField(c, 'date-picker'), cls('education.start'), cls('education.end'))).toBe(
      false,
    );
    expect(isRangePair(makeField(a, 'text'), fb, cls('education.start'), cls('education.end'))).toBe(false);
  });
});

describe('isRangePair: two pickers in one row are not one range', () => {
  it('each input in its own picker widget, or plain read-only inputs joined by 至', () => {
    document.body.innerHTML = `
      <div class="phoenix-range"><div class="phoenix-date-picker"><div class="phoenix-select"><input readonly></div></div>
        <span>至</span><div class="phoenix-date-picker"><div class="phoenix-select"><input readonly></div></div></div>
      <table><tr><td class="bm-range"><input readonly class="layui-input"><span>至</span><input readonly class="layui-input"></td></tr></table>`;
    const [a, b, c, d] = [...document.querySelectorAll('input')].map((i) => makeField(i, 'date-picker'));
    expect(isRangePair(a!, b!, cls('education.start'), cls('education.end'))).toBe(false);
    expect(isRangePair(c!, d!, cls('education.start'), cls('education.end'))).toBe(false);
  });
});
