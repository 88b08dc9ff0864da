/**
 * Keeping keyboard focus inside the panel while it covers the page (the phone
 * layout), as a modal dialog must: Tab past the last control wraps to the
 * first, Shift+Tab before the first wraps to the last.
 */

const CANDIDATES = 'button,textarea,input,select,a[href],summary,[tabindex]';

/** The controls Tab can reach inside `container`, in order: enabled, not tabindex -1, and rendered (a closed disclosure's body is not). */
export function tabbables(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(CANDIDATES)).filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
}

/**
 * Handles one Tab keydown inside `container` so focus wraps at its ends instead
 * of leaving it. Only the ends are handled: in between, the browser's own order
 * already stays inside. `active` is the focused element (the shadow root's, as
 * `document.activeElement` only sees the host).
 */
export function wrapTab(ev: KeyboardEvent, container: HTMLElement, active: Element | null): void {
  const items = tabbables(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return ev.preventDefault();
  const inside = items.indexOf(active as HTMLElement) >= 0;
  if (ev.shiftKey ? !inside || active === first : !inside || active === last) {
    ev.preventDefault();
    (ev.shiftKey ? last : first).focus();
  }
}
