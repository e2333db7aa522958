// Card-specific styles; the frame's theme variables (light/dark) come from components/overlay.
export const CARD_CSS = `
.ra-card { width: 380px; max-height: calc(100vh - 32px); }
.ra-card.ra-embedded { width: 100%; max-height: 560px; }
.ra-card-search { padding: 8px 10px; border-bottom: 1px solid var(--ra-border); flex: none; }
.ra-card-body { overflow-y: auto; overscroll-behavior: contain; padding: 4px 0 10px; flex: 1; min-height: 0; }
.ra-section { padding: 6px 10px 2px; }
.ra-section + .ra-section { border-top: 1px solid var(--ra-border); }
.ra-section-title { margin: 4px 2px 6px; font-size: 11.5px; font-weight: 600; letter-spacing: .04em;
  text-transform: uppercase; color: var(--ra-muted); }
.ra-entry { padding: 2px 0 6px; }
.ra-entry + .ra-entry { border-top: 1px dashed var(--ra-border); padding-top: 6px; }
.ra-entry-head { display: flex; align-items: baseline; gap: 8px; margin: 0 2px 2px; }
.ra-entry-title { font-weight: 600; font-size: 13.5px; min-width: 0; overflow-wrap: anywhere; }
.ra-entry-sub { margin-left: auto; flex: none; font-size: 12px; color: var(--ra-muted); font-variant-numeric: tabular-nums; }
.ra-facts { list-style: none; margin: 0; padding: 0; }
/* --ra-label-w is measured from the longest label shown (resume-card.tsx): a label never breaks or wraps. */
.ra-fact { display: grid; grid-template-columns: var(--ra-label-w, 76px) minmax(0, 1fr) 26px; align-items: start; column-gap: 4px;
  padding: 1px 0; position: relative; }
.ra-label { padding: 4px 2px; font-size: 12px; color: var(--ra-muted); white-space: nowrap; min-width: 0;
  overflow: hidden; }
.ra-tag { display: inline-block; max-width: 100%; overflow: hidden; text-overflow: ellipsis; vertical-align: top; padding: 0 6px; border-radius: 999px; background: var(--ra-accent-soft);
  color: var(--ra-accent); font-size: 11.5px; line-height: 18px; font-weight: 500; }
.ra-root .ra-value { text-align: left; padding: 3px 6px; border-radius: 5px; overflow-wrap: anywhere;
  white-space: pre-wrap; font-variant-numeric: tabular-nums; }
.ra-root .ra-value:hover { background: var(--ra-hover); }
.ra-root .ra-value.ra-long { font-size: 12.5px; }
.ra-copied { position: absolute; right: 30px; top: 2px; padding: 1px 8px; border-radius: 999px; font-size: 11.5px;
  background: var(--ra-ok-bg); color: var(--ra-ok); pointer-events: none; font-weight: 500; }
.ra-alts { grid-column: 2 / 4; list-style: none; margin: 2px 0 4px; padding: 4px; display: flex; flex-wrap: wrap;
  gap: 4px; background: var(--ra-bg2); border: 1px solid var(--ra-border); border-radius: 6px; }
.ra-root .ra-alt { display: inline-flex; align-items: baseline; gap: 6px; padding: 2px 8px; border-radius: 5px;
  background: var(--ra-bg); border: 1px solid var(--ra-border); position: relative; }
.ra-root .ra-alt:hover { border-color: var(--ra-accent); }
.ra-alt-label { font-size: 11px; color: var(--ra-muted); }
.ra-alt .ra-copied { position: static; padding: 0 6px; }
.ra-root .ra-expand { display: inline-flex; align-items: center; gap: 4px;
  margin: 2px 0 0 calc(var(--ra-label-w, 76px) + 2px); padding: 2px 6px;
  border-radius: 5px; color: var(--ra-accent); font-size: 12px; }
.ra-root .ra-expand:hover { background: var(--ra-hover); }
.ra-root .ra-expand svg { width: 12px; height: 12px; }
.ra-details { margin-top: 2px; }
.ra-empty { padding: 20px 12px; text-align: center; color: var(--ra-muted); }
`;
