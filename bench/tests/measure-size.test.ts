import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measureSize } from '../measure-size.mjs';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'bench-size-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const manifest = {
  background: { service_worker: 'background.js' },
  action: { default_popup: 'popup.html' },
  options_ui: { page: 'options.html' },
  content_scripts: [
    { matches: ['https://a.example/*'], js: ['content-scripts/content.js'] },
    { matches: ['https://b.example/*'], js: ['content-scripts/content.js'], css: ['assets/content.css'] },
  ],
};
const popupHtml =
  '<script type="module" src="/chunks/popup-1.js"></script><link rel="modulepreload" href="/chunks/theme-1.js">' +
  '<link rel="stylesheet" href="/assets/popup-1.css">';

describe('measureSize', () => {
  it('sizes every .js and .css file raw and at gzip -9', () => {
    const body = 'const x = 1;'.repeat(200);
    const out = measureSize(build({ 'manifest.json': JSON.stringify(manifest), 'background.js': body }));
    expect(out.files['background.js']).toEqual({
      raw: body.length,
      gzip: gzipSync(Buffer.from(body), { level: 9 }).length,
    });
    expect(out.files['manifest.json']).toBeUndefined();
  });

  it('counts what the manifest injects by itself, each file once', () => {
    const out = measureSize(
      build({
        'manifest.json': JSON.stringify(manifest),
        'content-scripts/content.js': 'a'.repeat(1000),
        'assets/content.css': 'b'.repeat(10),
        'content-scripts/fill.js': 'd'.repeat(300),
        'content-scripts/overlay.js': 'c'.repeat(5),
      }),
    );
    expect(out.groups.beforeAsked.files).toEqual(['content-scripts/content.js', 'assets/content.css']);
    expect(out.groups.beforeAsked.raw).toBe(1010);
    // The engine is not in the manifest: it arrives with the fill.
    expect(out.groups.injectedToFill.raw).toBe(300);
    expect(out.groups.overlay.raw).toBe(5);
  });

  it('follows a page’s scripts, preloads, styles and the chunks they import', () => {
    const out = measureSize(
      build({
        'manifest.json': JSON.stringify(manifest),
        'popup.html': popupHtml,
        'chunks/popup-1.js': 'import{a as b}from"./theme-1.js";import"./lazy-1.js";b();',
        'chunks/theme-1.js': 'export const a=()=>1;',
        'chunks/lazy-1.js': 'console.log(1)',
        'chunks/options-only.js': 'x',
        'assets/popup-1.css': 'p{}',
      }),
    );
    expect(out.groups.popupPage.files).toEqual([
      'assets/popup-1.css',
      'chunks/lazy-1.js',
      'chunks/popup-1.js',
      'chunks/theme-1.js',
    ]);
    expect(out.allFiles.raw).toBeGreaterThan(out.groups.popupPage.raw);
  });
});
