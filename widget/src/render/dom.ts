/**
 * The only way the widget builds DOM: elements from createElement, text from
 * text nodes. No innerHTML anywhere, so traveler and model text can never
 * become markup, and nothing needs `unsafe-inline`.
 */

type Child = Node | string | false | null | undefined;
type Attrs = Record<string, string | boolean | undefined>;

/** An element with attributes (false/undefined ones skipped) and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  append(el, ...children);
  return el;
}

/** Appends children, strings as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === false || c === null || c === undefined) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** A list of plain-text items, or nothing when there are none. */
export function textList(items: string[], className?: string): HTMLUListElement | undefined {
  if (items.length === 0) return undefined;
  return h('ul', { class: className }, ...items.map((t) => h('li', { dir: 'auto' }, t)));
}

/** A collapsed disclosure (native details/summary: keyboard and screen-reader friendly as is). */
export function disclosure(summary: string, ...body: Child[]): HTMLDetailsElement {
  return h('details', {}, h('summary', {}, summary), ...body);
}
