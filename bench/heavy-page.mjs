// A heavy page of a recruiting site: header, filters, a long job list, an application form and a footer,
// 2,000 elements, with a little inline script as real pages have. The idle benchmark loads it with and
// without the extension to see what the extension adds to a page the user merely opens.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CITIES = ['北京', '上海', '深圳', '杭州', '成都', '武汉', 'Singapore', 'Remote'];
const TEAMS = ['交易平台', '基础架构', '数据智能', 'Growth', 'Payments', '搜索推荐'];

function jobCard(i) {
  const city = CITIES[i % CITIES.length];
  const team = TEAMS[i % TEAMS.length];
  return (
    `<li class="job"><a href="#job-${i}"><h3>后端开发工程师 ${i}</h3></a>` +
    `<p class="meta"><span>${city}</span><span>${team}</span><span>${3 + (i % 5)}-${8 + (i % 5)} 年</span></p>` +
    `<p class="desc">负责${team}核心系统的设计与开发，参与高并发链路的稳定性治理。</p>` +
    `<div class="tags"><em>Java</em><em>Go</em><em>MySQL</em></div>` +
    `<button type="button">投递</button></li>`
  );
}

function formRow(i) {
  const kind = i % 4;
  const control =
    kind === 0
      ? `<input id="q${i}" name="q${i}" type="text" placeholder="请输入">`
      : kind === 1
        ? `<select id="q${i}" name="q${i}"><option value="">请选择</option><option>是</option><option>否</option></select>`
        : kind === 2
          ? `<textarea id="q${i}" name="q${i}" rows="2"></textarea>`
          : `<input id="q${i}" name="q${i}" type="checkbox">`;
  return `<div class="row"><label for="q${i}">补充问题 ${i}</label>${control}</div>`;
}

const tagsIn = (html) => (html.match(/<[a-z][a-z0-9]*/gi) ?? []).length;
const SCRIPT = `<script>document.querySelectorAll('.job button').forEach((b) => b.addEventListener('click', () => (b.textContent = '已投递')));</script>`;

/** The page's HTML with exactly `target` elements in <body>, its one inline script included. */
export function heavyPageHtml(target = 2000) {
  const parts = [];
  let count = tagsIn(SCRIPT);
  const add = (html) => {
    parts.push(html);
    count += tagsIn(html);
  };
  add(`<header><nav>${CITIES.map((c) => `<a href="#${c}">${c}</a>`).join('')}</nav></header>`);
  add('<main><section class="jobs"><h2>在招职位</h2><ul>');
  // Job cards (14 elements) for most of the page, form rows (3 elements, or 5 with a select) after,
  // single paragraphs to land on the exact count.
  for (let i = 0; count + 14 <= target * 0.8; i++) add(jobCard(i));
  add('</ul></section><form class="apply"><h2>申请表</h2>');
  for (let i = 0; count + 5 <= target; i++) add(formRow(i));
  add('</form></main>');
  while (count < target) add('<p class="legal">© 招聘网站</p>');
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>招聘 · 在招职位</title>` +
    `<style>.job{padding:8px;border-bottom:1px solid #eee}.row{display:flex;gap:8px;margin:4px 0}</style>` +
    `</head><body>${parts.join('\n')}${SCRIPT}</body></html>`;
  return { html, elements: count };
}

/** Writes the page to bench/out/heavy.html and returns its path and element count. */
export function writeHeavyPage(outDir) {
  mkdirSync(outDir, { recursive: true });
  const { html, elements } = heavyPageHtml();
  const file = join(outDir, 'heavy.html');
  writeFileSync(file, html);
  return { file, elements, bytes: Buffer.byteLength(html) };
}
