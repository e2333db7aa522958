// Styles of the report panel, kept apart from its DOM code. System fonts cover Chinese and English.
export const PANEL_CSS = `
:host { all: initial; }
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; width: 300px; max-height: 50vh;
  display: flex; flex-direction: column; gap: 8px; padding: 12px 14px; box-sizing: border-box;
  background: #fff; color: #1f2937; border: 1px solid #d1d5db; border-radius: 10px;
  box-shadow: 0 8px 24px rgba(0,0,0,.18); font: 13px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
.title { margin: 0; font-size: 14px; font-weight: 600; }
.site { margin: 0; color: #6b7280; font-size: 12px; }
.misses summary { color: #b91c1c; cursor: pointer; font-size: 12px; }
.item.miss { font: 11px/1.4 ui-monospace, monospace; color: #7f1d1d; word-break: break-all; }
.counts { margin: 0; display: flex; gap: 10px; flex-wrap: wrap; }
.count.filled { color: #15803d; } .count.uncertain { color: #b45309; } .count.required-empty { color: #b91c1c; }
.notes { margin: 0; padding: 6px 8px 6px 22px; background: #fffbeb; border-radius: 6px; color: #92400e; font-size: 12px; }
.list { margin: 0; padding: 0; list-style: none; overflow: auto; flex: 1; }
.item { display: flex; align-items: center; gap: 6px; padding: 2px 0; }
.dot { width: 8px; height: 8px; border-radius: 50%; flex: none; background: #9ca3af; }
.filled .dot { background: #16a34a; } .uncertain .dot { background: #f59e0b; }
.required-empty .dot, .failed .dot { background: #dc2626; }
.label { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.status { color: #6b7280; font-size: 12px; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid #d1d5db; background: #f9fafb; cursor: pointer; }
button.undo { background: #1f2937; color: #fff; border-color: #1f2937; }
button:disabled { opacity: .5; cursor: default; }
`;
