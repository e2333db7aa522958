// The focus button's DOM, built with DOM calls only: it lives in the light content script on every
// recruiting page, where React would be dead weight and innerHTML can trip a site's Trusted Types policy.

const SVG_NS = 'http://www.w3.org/2000/svg';

const CSS = `
:host { position: fixed !important; display: block !important; width: 0 !important; height: 0 !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; transform: none !important;
  z-index: 2147483646 !important; visibility: visible !important; opacity: 1 !important; }
.wrap { position: absolute; top: 0; left: 0; width: 26px; height: 26px; }
button { all: initial; box-sizing: border-box; cursor: pointer; display: flex; align-items: center;
  justify-content: center; border-radius: 50%; }
.open { width: 26px; height: 26px; background: #fff; color: #0969da; border: 1px solid #d0d7de;
  box-shadow: 0 1px 4px rgba(0,0,0,.18); opacity: .82; transition: opacity .12s, transform .12s; }
.open:hover { opacity: 1; transform: scale(1.08); }
.open:focus-visible, .dismiss:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.dismiss { position: absolute; top: -6px; right: -6px; width: 14px; height: 14px; background: #57606a;
  color: #fff; font: 700 10px/1 system-ui, sans-serif; opacity: 0; transition: opacity .12s; }
.wrap:hover .dismiss, .dismiss:focus-visible { opacity: 1; }
svg { width: 15px; height: 15px; pointer-events: none; }
@media (prefers-color-scheme: dark) {
  .open { background: #22272e; color: #6cb6ff; border-color: #444c56; box-shadow: 0 1px 4px rgba(0,0,0,.5); }
  .dismiss { background: #768390; color: #1c2128; }
}`;

function icon(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const lines = document.createElementNS(SVG_NS, 'path');
  lines.setAttribute('d', 'M2 4.5h6.5M2 8h6.5M2 11.5h4.5');
  lines.setAttribute('stroke', 'currentColor');
  lines.setAttribute('stroke-width', '1.7');
  lines.setAttribute('stroke-linecap', 'round');
  lines.setAttribute('fill', 'none');
  const spark = document.createElementNS(SVG_NS, 'path');
  spark.setAttribute('d', 'M12.2 6.5l.9 2.2 2.2.9-2.2.9-.9 2.2-.9-2.2-2.2-.9 2.2-.9z');
  spark.setAttribute('fill', 'currentColor');
  svg.append(lines, spark);
  return svg;
}

export interface FocusButtonDom {
  host: HTMLElement;
  open: HTMLButtonElement;
  dismiss: HTMLButtonElement;
}

export function buildFocusButton(label: string, dismissLabel: string): FocusButtonDom {
  const host = document.createElement('resume-autofill-button');
  host.setAttribute('data-resume-autofill-ui', 'focus-button');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const wrap = document.createElement('div');
  wrap.className = 'wrap';
  const open = document.createElement('button');
  open.className = 'open';
  open.type = 'button';
  // Out of the tab order: the form's own Tab sequence must not change; the keyboard command opens it.
  open.tabIndex = -1;
  open.title = label;
  open.setAttribute('aria-label', label);
  open.append(icon());
  const dismiss = document.createElement('button');
  dismiss.className = 'dismiss';
  dismiss.type = 'button';
  dismiss.tabIndex = -1;
  dismiss.title = dismissLabel;
  dismiss.setAttribute('aria-label', dismissLabel);
  dismiss.textContent = '×';
  wrap.append(open, dismiss);
  shadow.append(style, wrap);
  return { host, open, dismiss };
}
