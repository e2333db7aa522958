// Bytes of every file the production Chrome build ships, raw and gzip -9, and the totals that matter
// to a user: what lands on a recruiting page unasked, what a fill injects, what the overlay adds, and
// what each extension page loads (its entry chunk plus every chunk and stylesheet it pulls in).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function measure(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const sum = (sizes) =>
  sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { raw: 0, gzip: 0 });

/** Chunks a module imports statically (`from"./x.js"`, `import"./x.js"`), resolved inside the build. */
function staticImports(dir, file) {
  const code = readFileSync(join(dir, file), 'utf8');
  const specs = [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]);
  return specs.filter((s) => s.startsWith('.')).map((s) => posix.join(posix.dirname(file), s));
}

/** Every file an extension page loads before it can render: scripts, preloads, styles, their imports. */
function pageFiles(dir, html) {
  if (!existsSync(join(dir, html))) return [];
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(join(dir, file))) return;
    seen.add(file);
    if (file.endsWith('.js')) staticImports(dir, file).forEach(visit);
  };
  refs.forEach(visit);
  return [...seen].sort();
}

/** @param {string} dir the production build (.output/chrome-mv3) */
export function measureSize(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  /** @type {Record<string, { raw: number, gzip: number }>} */
  const files = {};
  for (const path of filesUnder(dir).filter((p) => /\.(js|css)$/.test(p))) {
    files[relative(dir, path).split('\\').join('/')] = measure(path);
  }
  const total = (list) => ({ files: list, ...sum(list.map((f) => files[f] ?? { raw: 0, gzip: 0 })) });
  // What Chrome puts on a matching page by itself: the manifest's content scripts, nothing else.
  const declared = [
    ...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])),
  ];
  const groups = {
    beforeAsked: total(declared),
    // The fill engine, which the background injects into every frame when a fill starts.
    injectedToFill: total(['content-scripts/fill.js']),
    overlay: total(['content-scripts/overlay.js']),
    background: total([manifest.background?.service_worker ?? 'background.js']),
    popupPage: total(pageFiles(dir, manifest.action?.default_popup ?? 'popup.html')),
    optionsPage: total(pageFiles(dir, manifest.options_ui?.page ?? 'options.html')),
  };
  return { files, groups, allFiles: sum(Object.values(files)) };
}
