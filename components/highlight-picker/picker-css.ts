// Picker layout: one column in narrow windows, list | chosen+format+preview side by side when wide.
export const PICKER_CSS = `
.ra-pk-root { display: flex; flex-direction: column; min-height: 0; flex: 1 1 auto; }
.ra-pk-filter { padding: 8px 10px; border-bottom: 1px solid var(--ra-border); flex: none; }
/* The panel gets the height the page has room for, and the inside gives way: the list scrolls down to a
   few lines first, then the preview scrolls down to a few lines, only then the chosen rows scroll; the
   format always keeps its size. */
.ra-pk-main { display: flex; flex-direction: column; min-height: 0; flex: 1 1 auto; overflow: hidden; }
.ra-pk-col { padding: 8px 10px; min-width: 0; }
.ra-pk-list { flex: 1 1000 auto; min-height: 52px; overflow-y: auto; overscroll-behavior: contain; }
.ra-pk-side { border-top: 1px solid var(--ra-border); display: flex; flex-direction: column; gap: 8px;
  flex: 0 1 auto; min-height: 0; }
.ra-pk-side > * { flex: none; }
.ra-pk-side > .ra-pk-chosen { flex: 0 1 auto; min-height: 30px; }
/* Shrink weights, not fractions: a flex-shrink sum below 1 leaves part of the overflow unabsorbed. */
.ra-pk-side > .ra-pk-preview-wrap { flex: 0 1000 auto; min-height: 76px; }
.ra-pk-side .ra-pk-preview { flex: 1 1 auto; min-height: 44px; }
@media (min-width: 800px) {
  .ra-pk-main { flex-direction: row; }
  .ra-pk-list { flex: 1.1 1 0; min-height: 0; }
  .ra-pk-side { flex: 1 1 0; border-top: 0; border-left: 1px solid var(--ra-border); overflow-y: auto;
    overscroll-behavior: contain; }
}
.ra-pk-label { font-size: 11.5px; font-weight: 600; color: var(--ra-muted); letter-spacing: .03em; padding: 0; }
.ra-pk-empty { margin: 6px 2px; color: var(--ra-muted); font-size: 12.5px; }
.ra-pk-sources, .ra-pk-items { list-style: none; margin: 0; padding: 0; }
.ra-pk-source + .ra-pk-source { margin-top: 8px; padding-top: 8px; border-top: 1px dashed var(--ra-border); }
.ra-pk-group { display: flex; align-items: center; flex-wrap: wrap; gap: 6px; padding: 3px 4px; border-radius: 6px;
  cursor: pointer; font-weight: 600; }
.ra-pk-group:hover, .ra-pk-item:hover { background: var(--ra-hover); }
.ra-pk-kind { font-size: 11px; font-weight: 500; padding: 0 6px; border-radius: 999px; background: var(--ra-chip);
  color: var(--ra-muted); line-height: 18px; }
.ra-pk-name { min-width: 0; overflow-wrap: anywhere; }
.ra-pk-meta { font-weight: 400; font-size: 12px; color: var(--ra-muted); }
.ra-pk-items { padding-left: 18px; }
.ra-pk-item { display: flex; align-items: flex-start; gap: 6px; padding: 3px 4px; border-radius: 6px; cursor: pointer;
  font-size: 12.5px; }
.ra-pk-item input, .ra-pk-group input { margin: 3px 0 0; flex: none; accent-color: var(--ra-accent); width: 14px; height: 14px; }
.ra-pk-group input { margin: 0; }
.ra-pk-text { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; min-width: 0; }
.ra-pk-item:hover .ra-pk-text, .ra-pk-item:focus-within .ra-pk-text { -webkit-line-clamp: unset; }
.ra-pk-tag { color: var(--ra-accent); font-weight: 600; }
.ra-pk-badge { display: inline-block; margin-right: 4px; padding: 0 6px; border-radius: 999px; font-size: 11px;
  line-height: 17px; background: var(--ra-chip); color: var(--ra-muted); }
.ra-pk-chosen { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 3px;
  max-height: 150px; overflow-y: auto; }
.ra-pk-row { display: flex; align-items: center; gap: 4px; padding: 2px 2px 2px 4px; border: 1px solid var(--ra-border);
  border-radius: 6px; background: var(--ra-bg2); font-size: 12.5px; cursor: grab; }
.ra-pk-row:focus-visible { outline: 2px solid var(--ra-accent); outline-offset: 0; }
.ra-pk-row.ra-pk-drop { border-color: var(--ra-accent); box-shadow: 0 -2px 0 var(--ra-accent); }
.ra-pk-row .ra-icon-btn { width: 22px; height: 22px; }
.ra-pk-row .ra-icon-btn svg { width: 13px; height: 13px; }
.ra-pk-row .ra-icon-btn:disabled { opacity: .35; cursor: default; }
.ra-pk-grip { color: var(--ra-muted); display: inline-flex; }
.ra-pk-grip svg { width: 12px; height: 12px; }
.ra-pk-num { color: var(--ra-muted); font-variant-numeric: tabular-nums; min-width: 18px; }
.ra-pk-row-text { flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.ra-pk-format { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; min-width: 0; }
.ra-pk-format legend { float: left; width: 100%; margin-bottom: 2px; }
.ra-seg { display: inline-flex; border: 1px solid var(--ra-border); border-radius: 6px; overflow: hidden; }
.ra-seg label { position: relative; padding: 2px 8px; font-size: 12px; cursor: pointer; white-space: nowrap; }
.ra-seg label + label { border-left: 1px solid var(--ra-border); }
.ra-seg label:hover { background: var(--ra-hover); }
.ra-seg label.ra-seg-on { background: var(--ra-accent); color: var(--ra-accent-fg); }
.ra-seg input { position: absolute; opacity: 0; inset: 0; margin: 0; cursor: pointer; }
.ra-seg label:has(input:focus-visible) { outline: 2px solid var(--ra-accent); outline-offset: -2px; }
.ra-check { display: inline-flex; align-items: center; gap: 5px; font-size: 12px; cursor: pointer; }
.ra-check input { margin: 0; accent-color: var(--ra-accent); }
.ra-pk-preview-wrap { display: flex; flex-direction: column; gap: 4px; position: relative; }
.ra-pk-preview { margin: 0; padding: 8px 10px; min-height: 64px; max-height: 170px; overflow: auto; white-space: pre-wrap;
  overflow-wrap: anywhere; font: 12.5px/1.6 inherit; font-family: inherit; background: var(--ra-bg2);
  border: 1px solid var(--ra-border); border-radius: 6px; }
.ra-pk-preview-empty { position: absolute; top: 30px; left: 12px; color: var(--ra-muted); font-size: 12.5px; pointer-events: none; }
.ra-pk-count { display: inline-flex; flex-wrap: wrap; gap: 6px; align-items: center; font-size: 12px;
  color: var(--ra-muted); font-variant-numeric: tabular-nums; }
.ra-pk-over { color: var(--ra-danger); font-weight: 600; }
.ra-pk-warn { color: var(--ra-warn); background: var(--ra-warn-bg); padding: 0 6px; border-radius: 4px; }
.ra-pk-note { color: var(--ra-ok); }
.ra-root .ra-pk-fix { padding: 2px 8px; font-size: 12px; }
.ra-pk-foot { display: flex; align-items: center; justify-content: flex-end; flex-wrap: wrap; gap: 6px; padding: 8px 10px;
  border-top: 1px solid var(--ra-border); background: var(--ra-bg2); flex: none; }
.ra-pk-foot-left { margin-right: auto; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; min-width: 0; }
.ra-pk-status { font-size: 12px; min-width: 0; }
.ra-pk-ok { color: var(--ra-ok); }
.ra-pk-error { color: var(--ra-danger); }
.ra-pk-hint { padding: 3px 10px 5px; font-size: 11px; color: var(--ra-muted); background: var(--ra-bg2); flex: none; }
`;
