export const POPUP_CSS = `
html,body{margin:0}
@media (prefers-color-scheme:dark){html,body{background:#1f1d26}}
main{width:400px;min-height:320px;max-height:580px;overflow:auto;box-sizing:border-box;padding:8px 12px 12px;background:var(--cl-bg);color:var(--cl-fg);font:13px/1.4 system-ui,sans-serif}
.cl-tabs{display:flex;gap:2px;align-items:flex-end;margin-bottom:10px;border-bottom:1px solid var(--cl-border)}
.cl-tabs button[role=tab]{font:inherit;background:none;border:0;border-bottom:2px solid transparent;padding:6px 8px;color:var(--cl-muted);cursor:pointer}
.cl-tabs button[aria-selected="true"]{color:var(--cl-fg);border-bottom-color:var(--cl-accent);font-weight:600}
.cl-tabs .cl-how-link{margin-left:auto}
.cl-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
h2{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--cl-muted);margin:14px 0 4px}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-weight:500;padding:2px 6px 2px 0;vertical-align:top}
td{padding:2px 6px 2px 0;vertical-align:top}
.cl-link{font:inherit;background:none;border:0;padding:0;color:var(--cl-accent);cursor:pointer;text-decoration:underline}
.cl-plain{font:inherit;background:transparent;border:1px solid var(--cl-border);color:var(--cl-fg);border-radius:6px;padding:3px 8px;cursor:pointer}
.cl-plain:disabled{opacity:.5;cursor:default}
.cl-danger{color:var(--cl-bad);border-color:var(--cl-bad)}
.cl-icon-btn{font:inherit;background:none;border:0;color:var(--cl-muted);cursor:pointer;padding:2px 5px;font-size:15px}
.cl-actions{display:flex;gap:8px;margin-top:8px}
.cl-toolbar{display:flex;flex-wrap:wrap;gap:4px;margin-bottom:6px}
.cl-toolbar input[type=search]{flex:1 1 100%}
.cl-toolbar select,.cl-toolbar input,.cl-bulk input,.cl-editor input,.cl-editor textarea,.cl-settings input,.cl-settings select{font:inherit;color:var(--cl-fg);background:var(--cl-bg);border:1px solid var(--cl-border);border-radius:5px;padding:3px 5px;box-sizing:border-box}
.cl-toolbar select{flex:1 1 auto;max-width:100%}
.cl-bulk{display:flex;flex-wrap:wrap;gap:4px;align-items:center;background:color-mix(in srgb,var(--cl-accent) 10%,transparent);padding:6px;border-radius:6px;margin-bottom:6px}
.cl-bulk input{width:110px}
.cl-toast{background:var(--cl-fg);color:var(--cl-bg);padding:6px 8px;border-radius:6px;margin-bottom:6px}
.cl-toast .cl-link{color:var(--cl-bg)}
.cl-count{margin:2px 0 4px}
.cl-virtual{border-top:1px solid var(--cl-border)}
.cl-vtable,.cl-vtable tbody{display:block}
.cl-vtable thead{display:block;position:sticky;top:0;z-index:1;background:var(--cl-bg);border-bottom:1px solid var(--cl-border);box-sizing:border-box}
.cl-heads,.cl-srow{display:grid;grid-template-columns:16px 62px minmax(0,1fr) 68px 68px 40px;column-gap:3px;box-sizing:border-box;padding:0 2px}
.cl-vtable th,.cl-vtable td{padding:0}
.cl-heads>*,.cl-srow>*{min-width:0}
.cl-heads{height:100%;align-items:end;font-size:11px;line-height:1.2;padding-bottom:2px}
.cl-head{display:block;max-width:100%;font:inherit;background:none;border:0;padding:1px 0;color:var(--cl-muted);cursor:pointer;text-align:left}
.cl-head[data-active]{color:var(--cl-fg);text-decoration:underline}
.cl-head-group{display:block;color:var(--cl-muted)}
.cl-srow{height:var(--cl-row-h);align-items:start;padding-top:4px;padding-bottom:4px;border-bottom:1px solid var(--cl-border);font-size:12px;line-height:1.25}
.cl-srow.cl-selected{background:color-mix(in srgb,var(--cl-accent) 10%,transparent)}
.cl-srow input[type=checkbox]{margin:2px 0 0}
.cl-srow [data-col=rate]{overflow-y:clip;max-height:100%}
.cl-cell-lines{display:flex;flex-direction:column;align-items:stretch;gap:1px}
.cl-line{display:block;max-width:100%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.cl-line-with{display:flex;align-items:center;min-width:0}
.cl-line-with .cl-line{min-width:0;flex:0 1 auto}
.cl-line-with .cl-icon-btn{flex:none;padding:0 3px;font-size:13px;line-height:1.2}
.cl-small{font-size:11px}
.cl-basis{display:block}
.cl-srow .cl-link{font-size:13px;text-align:left}
.cl-srow .cl-badge{display:inline-block;border-radius:6px;padding:0 3px;max-width:100%;box-sizing:border-box;font-weight:500}
.cl-badge{flex:none;font-size:11px;font-weight:600;border:1px solid currentColor;border-radius:8px;padding:0 6px;color:var(--cl-neutral)}
.cl-badge.cl-good{color:var(--cl-good)} .cl-badge.cl-maybe{color:var(--cl-maybe)} .cl-badge.cl-bad{color:var(--cl-bad)}
.cl-badge-score{font-weight:400}
.cl-field{display:flex;flex-direction:column;gap:2px}
.cl-field label{font-size:12px;color:var(--cl-fg)}
.cl-help{margin:0;font-size:11px;color:var(--cl-muted)}
.cl-settings .cl-wide{grid-column:1/-1}
.cl-settings fieldset.cl-one-col{grid-template-columns:minmax(0,1fr)}
.cl-field input,.cl-field select{width:100%}
.cl-tier-small{font-size:11px;color:var(--cl-accent);font-weight:600}
.cl-chip{font-size:11px;border:1px solid var(--cl-border);border-radius:8px;padding:0 5px}
.cl-exchange{display:flex;gap:6px;margin-top:8px}
.cl-set-aside-list{list-style:none;margin:0 0 6px;padding:0}
.cl-set-aside-list li{padding:5px 0;border-bottom:1px solid var(--cl-border);font-size:12px}
.cl-preview{display:block;font-size:11px;color:var(--cl-muted);word-break:break-all;margin-top:2px}
.cl-editor,.cl-settings{display:flex;flex-direction:column;gap:6px;margin-bottom:8px}
.cl-editor label,.cl-settings label{display:flex;flex-direction:column;gap:2px;font-size:12px;color:var(--cl-muted)}
.cl-settings fieldset{border:1px solid var(--cl-border);border-radius:6px;display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:6px;min-width:0}
.cl-settings .cl-span{grid-column:1/-1;margin:0}
.cl-settings legend{font-weight:600;color:var(--cl-fg)}
.cl-settings .cl-check{flex-direction:row;align-items:center;gap:6px;color:var(--cl-fg)}
.cl-entry{margin-top:8px}
.cl-notes{white-space:pre-wrap}
.cl-import{margin-top:8px;display:flex;flex-direction:column;gap:6px}
.cl-file input{display:block;margin-top:4px}
.cl-rejected{max-height:120px;overflow:auto;font-size:12px}
.cl-compare table{font-size:12px}
.cl-compare td,.cl-compare th{border-bottom:1px solid var(--cl-border);padding:3px 4px}
.cl-chart{margin:0}
.cl-posts{font-size:12px}
.cl-figures table{font-size:12px;width:100%} .cl-figures th{text-align:left;vertical-align:top;padding-right:6px;width:38%} .cl-figures td{overflow-wrap:anywhere}
.cl-details>summary{cursor:pointer;font-weight:600;margin-top:10px}
.cl-doc{font-size:12px} .cl-doc h2,.cl-doc h3{font-size:13px;text-transform:none;letter-spacing:0;color:var(--cl-fg);margin:12px 0 6px} .cl-doc h2{font-size:15px}
.cl-doc table{font-size:11px} .cl-doc td,.cl-doc th{border-bottom:1px solid var(--cl-border)}
.cl-access{border:1px solid var(--cl-maybe);border-radius:6px;padding:8px;margin-bottom:8px}
`;
