export const POPUP_CSS = `
html,body{margin:0}
main{width:380px;min-height:300px;max-height:560px;overflow:auto;box-sizing:border-box;padding:10px 12px;background:var(--cl-bg);color:var(--cl-fg);font:13px/1.4 system-ui,sans-serif}
.cl-tabs{display:flex;gap:4px;margin-bottom:10px;border-bottom:1px solid var(--cl-border)}
.cl-tabs button{font:inherit;background:none;border:0;border-bottom:2px solid transparent;padding:6px 8px;color:var(--cl-muted);cursor:pointer}
.cl-tabs button[aria-selected="true"]{color:var(--cl-fg);border-bottom-color:var(--cl-accent);font-weight:600}
h3{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--cl-muted);margin:12px 0 4px}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-weight:500;padding:2px 6px 2px 0}
td{padding:2px 6px 2px 0;vertical-align:top}
.cl-shortlist{list-style:none;padding:0;margin:0}
.cl-shortlist li{padding:6px 0;border-bottom:1px solid var(--cl-border)}
`;
