// A plain Chinese application form for the run-fill tests: basic facts, a trap (emergency contact), an
// education list with an Add button, one work block, a submit button that must never be pressed.
export const PLAIN_FORM = `
<form id="apply" action="/submit">
  <h2>基本信息</h2>
  <div class="row"><label for="f-name">姓名</label><input id="f-name" name="name" required></div>
  <div class="row"><label for="f-mobile">手机号码</label><input id="f-mobile" name="mobile" type="tel" required></div>
  <div class="row"><label for="f-email">邮箱</label><input id="f-email" name="email" type="email"></div>
  <div class="row"><label for="f-birth">出生年月</label><input id="f-birth" name="birth" type="month"></div>
  <div class="row"><label for="f-emergency">紧急联系人电话</label><input id="f-emergency" name="emergencyPhone" type="tel"></div>
  <div class="row"><label for="f-gender">性别</label><select id="f-gender" name="gender"><option value="">请选择</option><option>男</option><option>女</option></select></div>
  <div class="row"><label for="f-idcard">身份证号</label><input id="f-idcard" name="idcard" required></div>
  <h2>教育经历</h2>
  <div class="edu-list">
    <div class="edu entry">
      <div class="row"><label>学校名称</label><input name="school-0"></div>
      <div class="row"><label>专业</label><input name="major-0"></div>
      <div class="row"><label>学历</label><select name="degree-0"><option value="">请选择</option><option>大专</option><option>本科</option><option>硕士</option><option>博士</option></select></div>
      <div class="row"><label>入学时间</label><input name="start-0" type="month"></div>
      <div class="row"><label>毕业时间</label><input name="end-0" type="month"></div>
    </div>
  </div>
  <button type="button" class="add-edu">+ 添加教育经历</button>
  <h2>工作经历</h2>
  <div class="job">
    <div class="row"><label>公司名称</label><input name="company"></div>
    <div class="row"><label>职位名称</label><input name="title"></div>
    <div class="row"><label>入职时间</label><input name="job-start" placeholder="YYYY.MM"></div>
    <div class="row"><label>工作描述</label><textarea name="job-desc"></textarea></div>
  </div>
  <button type="submit">提交申请</button>
</form>`;

/** Mounts the form and wires its Add button the way a framework would (a re-render a moment later). */
export function mountPlainForm(doc: Document = document): { submits: () => number } {
  doc.body.innerHTML = PLAIN_FORM;
  let submits = 0;
  doc.getElementById('apply')!.addEventListener('submit', (e) => {
    e.preventDefault();
    submits++;
  });
  doc.querySelector('.add-edu')!.addEventListener('click', () => {
    setTimeout(() => {
      const list = doc.querySelector('.edu-list')!;
      const n = list.children.length;
      const copy = list.children[0].cloneNode(true) as HTMLElement;
      copy.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select').forEach((el) => {
        el.name = el.name.replace(/-0$/, `-${n}`);
        if (el instanceof HTMLInputElement) el.value = '';
        else el.selectedIndex = 0;
      });
      list.append(copy);
    }, 60);
  });
  return { submits: () => submits };
}
