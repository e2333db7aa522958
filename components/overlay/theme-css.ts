// Shared look of every in-page overlay. Sizes are in px, never rem: rem follows the page's <html>
// font-size, which recruiting sites set to anything from 10px to 100px.

export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", ' +
  '"Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

/** The shadow host: fixed, out of the page's flow, above everything, immune to page CSS. */
export const HOST_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; display: block !important;
  z-index: 2147483647 !important; transform: none !important; contain: none !important; }
`;

export const THEME_CSS = `
.ra-root { --ra-bg: #ffffff; --ra-bg2: #f6f8fa; --ra-fg: #1f2328; --ra-muted: #59636e; --ra-border: #d1d9e0;
  --ra-accent: #0969da; --ra-accent-fg: #ffffff; --ra-accent-soft: #ddf4ff; --ra-hover: #eef1f4;
  --ra-warn: #9a6700; --ra-warn-bg: #fff8c5; --ra-ok: #1a7f37; --ra-ok-bg: #dafbe1; --ra-danger: #cf222e;
  --ra-shadow: 0 12px 32px rgba(31, 35, 40, .2), 0 2px 6px rgba(31, 35, 40, .12); --ra-chip: #eaeef2;
  color-scheme: light; color: var(--ra-fg); font: 13px/1.55 ${FONT_STACK};
  -webkit-font-smoothing: antialiased; text-align: left; letter-spacing: normal; }
@media (prefers-color-scheme: dark) {
  .ra-root { --ra-bg: #1c2128; --ra-bg2: #22272e; --ra-fg: #e6edf3; --ra-muted: #9198a1; --ra-border: #3d444d;
    --ra-accent: #4493f8; --ra-accent-fg: #0d1117; --ra-accent-soft: #1f3a5f; --ra-hover: #2d333b;
    --ra-warn: #e3b341; --ra-warn-bg: #3a2f12; --ra-ok: #57ab5a; --ra-ok-bg: #1b3324; --ra-danger: #f47067;
    --ra-shadow: 0 12px 32px rgba(0, 0, 0, .55), 0 2px 6px rgba(0, 0, 0, .4); --ra-chip: #2d333b;
    color-scheme: dark; }
}
.ra-root *, .ra-root *::before, .ra-root *::after { box-sizing: border-box; }
.ra-root button, .ra-root input, .ra-root select, .ra-root textarea { font: inherit; color: inherit; margin: 0; }
.ra-root button { cursor: pointer; background: none; border: 0; padding: 0; }
.ra-root :focus-visible { outline: 2px solid var(--ra-accent); outline-offset: 1px; border-radius: 4px; }
.ra-panel { position: fixed; display: flex; flex-direction: column; background: var(--ra-bg);
  border: 1px solid var(--ra-border); border-radius: 10px; box-shadow: var(--ra-shadow); overflow: hidden;
  max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); }
.ra-panel.ra-embedded { position: static; box-shadow: none; max-width: none; border-radius: 8px; }
.ra-head { display: flex; align-items: center; gap: 8px; padding: 8px 8px 8px 12px;
  border-bottom: 1px solid var(--ra-border); background: var(--ra-bg2); user-select: none; flex: none; }
.ra-head.ra-draggable { cursor: grab; touch-action: none; }
.ra-head.ra-dragging { cursor: grabbing; }
.ra-title { flex: 1; min-width: 0; margin: 0; font-size: 14px; font-weight: 600; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }
.ra-icon-btn { display: inline-flex; align-items: center; justify-content: center; width: 26px; height: 26px;
  border-radius: 6px; color: var(--ra-muted); flex: none; }
.ra-icon-btn:hover { background: var(--ra-hover); color: var(--ra-fg); }
.ra-icon-btn svg { width: 16px; height: 16px; }
.ra-input { width: 100%; padding: 6px 10px; border: 1px solid var(--ra-border); border-radius: 6px;
  background: var(--ra-bg); outline: none; }
.ra-input:focus { border-color: var(--ra-accent); box-shadow: 0 0 0 3px var(--ra-accent-soft); }
.ra-root .ra-btn { display: inline-flex; align-items: center; gap: 4px; padding: 5px 12px; border-radius: 6px;
  border: 1px solid var(--ra-border); background: var(--ra-bg2); font-weight: 500; }
.ra-root .ra-btn:hover:not(:disabled) { background: var(--ra-hover); }
.ra-root .ra-btn.ra-primary { background: var(--ra-accent); color: var(--ra-accent-fg);
  border-color: var(--ra-accent); }
.ra-root .ra-btn.ra-primary:hover:not(:disabled) { filter: brightness(1.08); }
.ra-root .ra-btn:disabled { opacity: .5; cursor: not-allowed; }
.ra-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.ra-muted { color: var(--ra-muted); }
`;
