// Card styles shared by the overlay (inside its shadow root) and the popup. Colours pass WCAG AA on both schemes.
export const SUMMARY_CSS = `
.cl-summary{display:flex;flex-direction:column;gap:6px;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.cl-row{display:block}
.cl-head{display:flex;justify-content:space-between;align-items:center;gap:8px}
.cl-handle{font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.cl-tier{background:var(--cl-accent);color:var(--cl-on-accent);border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;white-space:nowrap}
.cl-muted{color:var(--cl-muted)}
.cl-warn{color:var(--cl-bad)}
.cl-fit{border-left:4px solid var(--cl-neutral);padding:2px 0 2px 8px}
.cl-fit ul{margin:2px 0 0;padding-left:16px}
.cl-verdict{font-weight:600}
.cl-score{font-weight:400;color:var(--cl-muted)}
.cl-fit li{margin:1px 0}
.cl-reasons summary{cursor:pointer;color:var(--cl-muted);font-size:12px}
.cl-reasons summary:focus-visible{outline:2px solid var(--cl-accent);outline-offset:2px}
.cl-rating{font-weight:600}
.cl-good{border-color:var(--cl-good)} .cl-good .cl-verdict{color:var(--cl-good)}
.cl-maybe{border-color:var(--cl-maybe)} .cl-maybe .cl-verdict{color:var(--cl-maybe)}
.cl-bad{border-color:var(--cl-bad)} .cl-bad .cl-verdict{color:var(--cl-bad)}
.cl-save{font:inherit;font-weight:600;border:1px solid var(--cl-accent);background:transparent;color:var(--cl-accent);border-radius:6px;padding:5px 10px;cursor:pointer}
.cl-save[aria-pressed="true"]{background:var(--cl-accent);color:var(--cl-on-accent)}
.cl-save-row{display:flex;align-items:center;gap:8px}
.cl-save-row .cl-save{flex:1}
.cl-undo{font:inherit;font-weight:600;background:none;border:0;padding:0 2px;color:var(--cl-accent);cursor:pointer;text-decoration:underline}
.cl-save:focus-visible,button:focus-visible{outline:2px solid var(--cl-accent);outline-offset:2px}
`;

export const THEME_CSS = `
.cl-light{--cl-bg:#fff;--cl-fg:#1c1b22;--cl-muted:#5b5966;--cl-border:#d9d7e0;--cl-accent:#5b3cc4;--cl-on-accent:#fff;--cl-good:#17803d;--cl-maybe:#9a5b00;--cl-bad:#c0262d;--cl-neutral:#6b6878}
.cl-dark{--cl-bg:#1f1d26;--cl-fg:#f2f1f6;--cl-muted:#b3b0bf;--cl-border:#3d3a48;--cl-accent:#a58cff;--cl-on-accent:#1f1d26;--cl-good:#4ade80;--cl-maybe:#fbbf24;--cl-bad:#f87171;--cl-neutral:#a3a0ad}
`;
