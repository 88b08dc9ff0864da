/**
 * The console's one stylesheet, served by the same function (`/console/assets/console.css`)
 * so the CSP can be `style-src 'self'`. Colours meet WCAG AA contrast; outcome colours
 * always come with the outcome's word.
 */
export const CONSOLE_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5360; --line: #c9d1da; --bg: #ffffff; --soft: #f3f5f8; --accent: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.skip { position: absolute; inset-inline-start: -9999px; }
.skip:focus { inset-inline-start: 8px; top: 8px; background: #fff; padding: 6px 10px; z-index: 10; }
.top { display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: center; padding: 10px 20px; background: #102a43; color: #fff; }
.top a { color: #fff; }
.top nav ul { display: flex; flex-wrap: wrap; gap: 16px; list-style: none; margin: 0; padding: 0; }
.top a[aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
.brand { font-weight: 700; }
.signout { margin-inline-start: auto; display: flex; gap: 10px; align-items: center; }
.who { color: #dbe7f3; }
main { padding: 16px 20px 40px; max-width: 1400px; }
h1 { font-size: 1.5rem; margin: 0 0 12px; }
h2 { font-size: 1.15rem; margin: 20px 0 8px; }
h3, h4 { font-size: 1rem; margin: 14px 0 6px; }
.filters { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: flex-end; padding: 10px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; margin-bottom: 12px; }
.filters label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); }
.filters label.check { flex-direction: row; gap: 6px; align-items: center; }
input, select, textarea, button { font: inherit; }
input, select, textarea { padding: 4px 6px; border: 1px solid #8593a3; border-radius: 4px; background: #fff; color: var(--ink); }
button { padding: 5px 12px; border: 1px solid #0b57d0; background: #0b57d0; color: #fff; border-radius: 4px; cursor: pointer; }
.signout button { background: transparent; border-color: #fff; }
table.list { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
table.list caption { text-align: start; font-weight: 600; padding: 4px 0; }
table.list th, table.list td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: start; vertical-align: top; }
table.numbers td { text-align: end; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 0.8rem; font-weight: 700; text-transform: uppercase; border: 1px solid currentColor; }
.badge-book { color: #0b6b2f; background: #e5f5ea; } .badge-wait { color: #7a4b00; background: #fff3d6; }
.badge-switch { color: #0b4f9c; background: #e3eefc; } .badge-discard { color: #8a1c1c; background: #fde8e8; }
.badge-refused { color: #4a5360; background: #eef0f3; } .badge-none { color: #4a5360; background: #fff; }
.split { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; }
@media (max-width: 900px) { .split, .sidebyside, .chartrow { grid-template-columns: 1fr !important; } }
.messages { list-style: none; padding: 0; margin: 0; }
.msg { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin: 0 0 10px; }
.msg.inbound { background: var(--soft); margin-inline-end: 15%; }
.msg.outbound { margin-inline-start: 15%; }
.msg .who { margin: 0; font-size: 0.8rem; color: var(--muted); }
.msg .text { margin: 4px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg .verdict { margin: 4px 0 0; font-weight: 600; }
.panel { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: #fff; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
.facts dt { color: var(--muted); } .facts dd { margin: 0; overflow-wrap: anywhere; }
.ledger { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--soft); padding: 8px; border-radius: 4px; }
.card { display: flex; flex-direction: column; gap: 6px; max-width: 520px; padding: 12px 14px; border: 1px solid var(--line); border-radius: 8px; margin: 12px 0; }
.card fieldset { border: 1px solid var(--line); }
.actions { display: flex; flex-wrap: wrap; gap: 8px; } .actions form { margin: 0; }
.error { color: #8a1c1c; font-weight: 600; } .note, .meta { color: var(--muted); }
.status { padding: 8px 12px; background: var(--soft); border-inline-start: 4px solid var(--accent); }
.sidebyside { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.side { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.tabs { display: flex; gap: 14px; list-style: none; padding: 0; } .tabs a[aria-current] { font-weight: 700; }
ul.inline { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 10px; }
.diff .del { color: #8a1c1c; text-decoration: line-through; } .diff .ins { color: #0b6b2f; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.chartrow { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 18px; align-items: start; }
figure.chart { margin: 0; } figure.chart > svg { width: 100%; height: auto; } .legend svg { width: 12px; height: 12px; }
figure.chart > svg.rows { width: auto; max-width: 100%; }
.axis { stroke: #4a5360; stroke-width: 1; } .tick { font-size: 10px; fill: #4a5360; } .rowlabel { font-size: 12px; fill: #1b1f24; }
.legend { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0; font-size: 0.85rem; }
.s-rate { fill: #0b57d0; } .s-book { fill: #1e7d3c; } .s-wait { fill: #b06d00; } .s-switch { fill: #2f6fc0; }
.s-discard { fill: #b32d2d; } .s-refused { fill: #6b7480; }
`;

/** The console's icon (browsers ask for one; without it every page logs a 404). */
export const CONSOLE_ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#102a43"/><path d="M4 8.5l2.5 2.5L12 5.5" stroke="#fff" stroke-width="2" fill="none"/></svg>';
