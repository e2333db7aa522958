// The boxes a page takes files in: a labelled input, an input hidden in its site's drop box, a drop zone
// without any input, side by side, each with its own words.
import { describe, expect, it } from 'vitest';
import { findAttachTargets } from '~/lib/fill/attach/find-targets';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** happy-dom lays nothing out: give the zone the size of a drop box. */
function sized(el: Element | null): void {
  if (el)
    el.getBoundingClientRect = () =>
      ({ x: 0, y: 0, left: 0, top: 0, right: 300, bottom: 100, width: 300, height: 100 }) as DOMRect;
}

describe('findAttachTargets', () => {
  it('tells a résumé box from a cover-letter box beside it, and leaves a photo alone', () => {
    const doc = page(`
      <form>
        <div><label for="r">附件简历</label><input type="file" id="r" accept=".pdf"></div>
        <div><label for="c">Cover letter</label><input type="file" id="c"></div>
        <div><label for="p">个人照片</label><input type="file" id="p" accept="image/*"></div>
      </form>`);
    const found = findAttachTargets(doc).map((t) => [t.input?.id, t.kind, t.accept.join(' ')]);
    expect(found).toEqual([
      ['r', 'resume', '.pdf'],
      ['c', 'coverLetter', ''],
      ['p', undefined, 'image/*'],
    ]);
  });

  it('names a box by the caption its upload wrapper is labelled by, not by its id', () => {
    const doc = page(`
      <div><span id="cap">Resume<span>*</span></span>
        <div class="upload" aria-labelledby="cap"><input type="file" id="resumeFileId" name="resumeFileId"></div>
      </div>`);
    const [t] = findAttachTargets(doc);
    expect([t?.kind, t?.label]).toEqual(['resume', 'Resume']);
  });

  it('under an open modal that asks questions, only its own upload boxes: not a chat attach behind it', () => {
    const doc = page(`
      <form class="chat"><label>Attach a file <input type="file" id="chat-file"></label></form>
      <div role="dialog" aria-modal="true" style="position:fixed"><label>First name <input></label>
        <label>Upload resume <input type="file" id="cv"></label></div>`);
    expect(findAttachTargets(doc, { zones: false }).map((t) => t.input?.id)).toEqual(['cv']);
  });

  it('finds a drop zone that has no input by its words', () => {
    const doc = page(`<div id="zone"><p>将成绩单拖到此处</p></div>`);
    sized(doc.getElementById('zone'));
    const [t] = findAttachTargets(doc);
    expect(t?.input).toBeUndefined();
    expect(t?.kind).toBe('transcript');
  });

  it("marks the site's own fill-from-résumé box apart from the résumé field it sits beside", () => {
    const doc = page(`
      <div class="pane">
        <p>Autofill from resume</p><p>Upload your resume here to autofill key application fields.</p>
        <button type="button">Upload file</button><input type="file" id="auto" hidden>
      </div>
      <form>
        <div><label>Resume</label><div><button type="button">Upload File</button>
          <input type="file" id="resume" hidden></div></div>
        <div><label for="zh">上传简历</label><input type="file" id="zh"></div>
        <div><p>上传简历，一键填写申请表</p><input type="file" id="zh-auto"></div>
      </form>`);
    const found = findAttachTargets(doc).map((t) => [t.input?.id, t.kind, !!t.siteAutofill]);
    expect(found).toEqual([
      ['auto', 'resume', true],
      ['resume', 'resume', false],
      ['zh', 'resume', false],
      ['zh-auto', 'resume', true],
    ]);
  });
});
