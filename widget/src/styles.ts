/** The layout in which the panel covers the whole page (and so acts as a modal dialog). */
export const PHONE_MEDIA = '(max-width:479.98px)';

/**
 * The widget's CSS, applied inside its shadow root only. Logical properties
 * throughout (inset-inline-end, margin-inline-start…) so a right-to-left page
 * mirrors the widget without a second stylesheet. Colours meet WCAG AA on white
 * and on the accent (whose text colour is chosen by contrast at start).
 * Motion is decoration only, and none of it plays for people who ask for reduced
 * motion; in forced colours (Windows high contrast) shadows and backgrounds vanish,
 * so every box that relied on them gets a real border and focus rings use Highlight.
 */
export const WIDGET_CSS = `
:host{all:initial}
.root{--accent:#0b5d4b;--on-accent:#fff;--ink:#1b1f23;--muted:#57606a;--line:#d0d7de;position:fixed;inset-block-end:20px;inset-inline-end:20px;z-index:2147483000;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);text-align:start}
*{box-sizing:border-box}
button,textarea{font:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.launcher{background:var(--accent);color:var(--on-accent);border:0;border-radius:999px;min-height:48px;padding-block:12px;padding-inline:20px;font-weight:600;box-shadow:0 4px 14px rgba(0,0,0,.25)}
.panel{position:fixed;inset-block-end:20px;inset-inline-end:20px;width:min(410px,calc(100vw - 40px));height:min(660px,calc(100vh - 40px));display:flex;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.3);overflow:hidden}
[hidden]{display:none!important}
header{display:flex;align-items:center;gap:8px;padding-block:10px;padding-inline:14px 10px;background:var(--accent);color:var(--on-accent)}
header :focus-visible{outline-color:var(--on-accent)}
.heading{flex:1;min-width:0}
h2{margin:0;font-size:16px;line-height:1.3}
.status{margin:0;font-size:12px}
header button{background:transparent;color:inherit;border:1px solid currentColor;border-radius:8px;min-height:36px;min-width:36px;padding-inline:8px;font-size:13px}
.close{font-size:22px;line-height:1}
.log{flex:1;overflow-y:auto;list-style:none;margin:0;padding:14px;display:flex;flex-direction:column;gap:12px}
.hint{color:var(--muted);margin:0}
.msg{max-width:100%}
.msg.user{align-self:flex-end;max-width:85%;background:#eef2f5;border-radius:12px;border-end-end-radius:4px;padding-block:8px;padding-inline:12px}
.text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.meta{display:block;font-size:12px;color:var(--muted);margin-block-start:4px}
.card{border:1px solid var(--line);border-inline-start:4px solid var(--accent);border-radius:10px;padding-block:10px;padding-inline:12px}
.card p{margin-block:0 8px}
.verdict{display:flex;flex-wrap:wrap;align-items:baseline;gap:8px}
.badge{display:inline-block;padding-block:2px;padding-inline:10px;border-radius:999px;font-weight:700;color:#fff;background:#57606a;text-transform:uppercase;font-size:13px;letter-spacing:.03em}
.outcome-book .badge{background:#1a7f37}
.outcome-wait .badge{background:#7d4e00}
.outcome-switch .badge{background:#0550ae}
.outcome-discard .badge{background:#b3261e}
.headline{font-size:16px}
.summary{overflow-wrap:anywhere}
.confidence{font-size:13px;color:var(--muted)}
details{border-block-start:1px solid var(--line);padding-block:6px}
summary{font-weight:600;min-height:28px;padding-block:2px}
details ul,details ol,.plan ol{margin-block:4px;padding-inline-start:20px}
h4{margin-block:6px 2px;font-size:14px}
.conf{color:var(--muted)}
.plan{background:#f6f8fa;border-radius:8px;padding-block:6px;padding-inline:10px;margin-block-end:8px}
.plan-title{font-weight:600}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin-block-end:8px}
.chip{background:#fff;color:var(--ink);border:2px solid var(--accent);border-radius:999px;min-height:36px;padding-inline:14px}
.chip:hover{background:#eef2f5}
.typing{margin:0;padding-inline:14px;padding-block-end:6px;font-size:13px;color:var(--muted)}
form{display:flex;gap:8px;padding:10px;border-block-start:1px solid var(--line)}
textarea{flex:1;resize:none;min-height:44px;max-height:120px;padding-block:10px;padding-inline:10px;border:1px solid #6e7781;border-radius:8px;color:var(--ink);background:#fff}
.send{background:var(--accent);color:var(--on-accent);border:0;border-radius:8px;min-height:44px;padding-inline:16px;font-weight:600}
@media ${PHONE_MEDIA}{
.panel{inset:0;width:100%;height:100%;border-radius:0}
.close{min-width:44px;min-height:44px;font-size:24px}
}
.panel{animation:ta-in .18s ease-out}
.typing::before{content:"";display:inline-block;width:8px;height:8px;margin-inline-end:6px;border-radius:50%;background:var(--accent);animation:ta-pulse 1s ease-in-out infinite}
@keyframes ta-in{from{opacity:0;transform:translateY(12px)}}
@keyframes ta-pulse{50%{opacity:.3;transform:scale(.6)}}
.retry{margin-inline-start:6px;background:#fff;color:var(--ink);border:1px solid #6e7781;border-radius:6px;min-height:28px;padding-inline:10px;font-size:12px;font-weight:600}
@media (prefers-reduced-motion:reduce){
*,::before,::after{animation:none!important;transition:none!important;scroll-behavior:auto!important}
}
@media (forced-colors:active){
:focus-visible,header :focus-visible{outline:3px solid Highlight}
.panel,.msg.user,.plan,.badge,.typing::before{border:1px solid CanvasText}
.launcher,.send,.chip,.retry{border:2px solid ButtonText}
}
`;

/** Relative luminance of an `rgb(a)` string as getComputedStyle reports it. */
function luminance(rgb: string): number | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(rgb);
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Applies an accent colour to the widget root with the more readable text
 * colour on it (white or near-black, whichever contrasts more), through the
 * CSSOM so no inline style markup is involved.
 */
export function applyAccent(root: HTMLElement, accent: string): void {
  root.style.setProperty('--accent', accent);
  const l = luminance(computedColour(root, accent));
  if (l === undefined) return;
  const onWhite = 1.05 / (l + 0.05);
  const onInk = (l + 0.05) / 0.0625;
  root.style.setProperty('--on-accent', onWhite >= onInk ? '#fff' : '#1b1f23');
}

function computedColour(root: HTMLElement, colour: string): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  root.appendChild(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  return rgb;
}
