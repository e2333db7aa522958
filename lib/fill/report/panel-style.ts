// Styles of the report panel, kept apart from its DOM code. System fonts cover Chinese and English.
// Light and dark follow the system like the card (components/overlay/theme-css.ts), with the same colours.
export const PANEL_CSS = `
:host { all: initial; }
.panel { --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --btn: #f6f8fa;
  --ok: #1a7f37; --warn: #9a6700; --danger: #cf222e; --dot: #8c959f; --primary: #1f2328; --primary-fg: #ffffff;
  --shadow: 0 8px 24px rgba(0,0,0,.18);
  color-scheme: light;
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; width: 300px; max-height: 50vh;
  max-width: calc(100vw - 32px);
  display: flex; flex-direction: column; gap: 8px; padding: 12px 14px; box-sizing: border-box;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 10px;
  box-shadow: var(--shadow); font: 13px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
@media (prefers-color-scheme: dark) {
  .panel { --bg: #1c2128; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --btn: #22272e;
    --ok: #57ab5a; --warn: #e3b341; --danger: #f47067; --dot: #636e7b; --primary: #4493f8; --primary-fg: #0d1117;
    --shadow: 0 8px 24px rgba(0,0,0,.55); color-scheme: dark; }
}
.title { margin: 0; font-size: 14px; font-weight: 600; }
.site { margin: 0; color: var(--muted); font-size: 12px; }
.misses summary { color: var(--danger); cursor: pointer; font-size: 12px; }
.item.miss { font: 11px/1.4 ui-monospace, monospace; color: var(--danger); word-break: break-all; }
.counts { margin: 0; display: flex; gap: 4px 10px; flex-wrap: wrap; }
.count.filled { color: var(--ok); } .count.uncertain, .count.kept { color: var(--warn); }
.count.required-empty, .count.failed { color: var(--danger); }
.count.open-question { color: var(--primary); }
.notes { margin: 0; padding: 6px 8px 6px 22px; background: color-mix(in srgb, var(--warn) 12%, transparent); border-radius: 6px; color: var(--warn); font-size: 12px; }
.list { margin: 0; padding: 0; list-style: none; overflow: auto; flex: 1; }
.item { display: flex; align-items: center; gap: 6px; padding: 2px 0; }
.dot { width: 8px; height: 8px; border-radius: 50%; flex: none; background: var(--dot); }
.filled .dot { background: var(--ok); } .uncertain .dot { background: var(--warn); }
.required-empty .dot, .failed .dot { background: var(--danger); }
.label { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.status { color: var(--muted); font-size: 12px; flex: none; }
.failed .status, .required-empty .status { color: var(--danger); }
.item.open-question { flex-wrap: wrap; }
.open-question .dot { background: var(--primary); }
.hint { flex-basis: 100%; padding-left: 14px; color: var(--muted); font-size: 12px; white-space: normal; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; color: var(--fg); padding: 4px 12px; border-radius: 6px; border: 1px solid var(--border);
  background: var(--btn); cursor: pointer; }
button.undo { background: var(--primary); color: var(--primary-fg); border-color: var(--primary); }
button:disabled { opacity: .5; cursor: default; }
`;
