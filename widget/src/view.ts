import type { ConnectionStatus } from './connection';
import { wrapTab } from './focus';
import { append, h } from './render/dom';
import { renderEntry, retryButton } from './render/messages';
import type { HistoryEntry } from './store';
import { stringsFor, type Strings } from './strings';
import { PHONE_MEDIA, WIDGET_CSS, applyAccent } from './styles';

export interface ViewOptions {
  strings: Strings;
  locale: string;
  title: string;
  accent?: string;
  onSubmit(text: string): void;
  onNewConversation(): void;
  onOpenChange(open: boolean): void;
  /** The traveler asked to send a refused message again (its client_message_id). */
  onRetry(id: string): void;
}

/** Installs the stylesheet without `<style>` markup when the browser allows, so a strict CSP needs no 'unsafe-inline'. */
function adoptStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    append(shadow, h('style', {}, WIDGET_CSS));
  }
}

/**
 * The widget's screen: launcher, panel (header, conversation log, typing line,
 * composer) and a polite live region that reads each reply's verdict aloud. It
 * draws what it is told and reports what the traveler does; it holds no state
 * beyond the DOM.
 *
 * The panel is a dialog. Where it covers the whole page (the phone layout) it is
 * modal: aria-modal, and focus cannot leave it while open. On larger screens the
 * page stays usable beside it, so there is no trap. Either way Escape closes it
 * and focus goes back to the launcher.
 */
export class View {
  readonly host: HTMLElement;
  private readonly o: ViewOptions;
  private readonly shadow: ShadowRoot;
  private readonly launcher: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly status: HTMLElement;
  private readonly log: HTMLOListElement;
  private readonly typing: HTMLElement;
  private readonly live: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly phone: MediaQueryList;

  constructor(o: ViewOptions) {
    this.o = o;
    const s = o.strings;
    this.host = h('div', { 'data-trip-agent': '' });
    this.shadow = this.host.attachShadow({ mode: 'open' });
    adoptStyles(this.shadow);

    this.launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'ta-panel' }, s.launcher);
    const close = h('button', { type: 'button', class: 'close', 'aria-label': s.close, title: s.close }, '×');
    const fresh = h('button', { type: 'button', class: 'new' }, s.newConversation);
    this.status = h('p', { class: 'status' }, s.status.connecting);
    this.log = h('ol', { class: 'log', 'aria-label': o.title, tabindex: '0' });
    this.typing = h('p', { class: 'typing', hidden: true }, s.typing);
    this.live = h('div', { class: 'sr', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.input = h('textarea', { id: 'ta-input', rows: '1', maxlength: '2000', placeholder: s.placeholder, 'aria-label': s.messageLabel });
    const form = h('form', {}, this.input, h('button', { type: 'submit', class: 'send' }, s.send));
    this.panel = h(
      'div',
      { class: 'panel', id: 'ta-panel', role: 'dialog', 'aria-labelledby': 'ta-title', hidden: true },
      h('header', {}, h('div', { class: 'heading' }, h('h2', { id: 'ta-title' }, o.title), this.status), fresh, close),
      this.log,
      this.typing,
      this.live,
      form,
    );
    const root = h('div', { class: 'root', lang: o.locale }, this.launcher, this.panel);
    this.shadow.appendChild(root);
    if (o.accent) applyAccent(root, o.accent);
    this.phone = matchMedia(PHONE_MEDIA);
    // A phone turned sideways can cross the breakpoint while the panel is open.
    this.phone.addEventListener?.('change', () => this.syncModal());

    this.launcher.addEventListener('click', () => this.open());
    close.addEventListener('click', () => this.close());
    fresh.addEventListener('click', () => o.onNewConversation());
    this.panel.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        ev.stopPropagation();
        this.close();
      } else if (ev.key === 'Tab' && this.modal) {
        wrapTab(ev, this.panel, this.shadow.activeElement);
      }
    });
    // The safety net of the trap: focus sent out of a modal panel by any other path
    // (a host page script, a click on the covered page's edge) comes back to the composer.
    document.addEventListener('focusin', (ev) => {
      if (this.modal && ev.target !== this.host) this.input.focus();
    });
    this.input.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
        ev.preventDefault();
        this.submit();
      }
    });
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      this.submit();
    });
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  /** Open and covering the page: the panel is then a modal dialog. */
  private get modal(): boolean {
    return this.isOpen && this.phone.matches;
  }

  private syncModal(): void {
    if (this.modal) this.panel.setAttribute('aria-modal', 'true');
    else this.panel.removeAttribute('aria-modal');
  }

  /** Shows the panel and puts the cursor in the composer. */
  open(): void {
    if (this.isOpen) return;
    this.panel.hidden = false;
    this.launcher.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'true');
    this.syncModal();
    this.scrollToEnd();
    this.input.focus();
    this.o.onOpenChange(true);
  }

  /**
   * Hides the panel. Focus goes back to the launcher when it was in the widget (or
   * nowhere, as after a click in Safari, which does not focus buttons); a page that
   * closes the widget from its own control keeps its focus.
   */
  close(): void {
    if (!this.isOpen) return;
    const hadFocus = this.shadow.activeElement !== null || this.modal || document.activeElement === document.body;
    this.panel.hidden = true;
    this.launcher.hidden = false;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.syncModal();
    if (hadFocus) this.launcher.focus();
    this.o.onOpenChange(false);
  }

  setStatus(status: ConnectionStatus): void {
    this.status.textContent = this.o.strings.status[status];
    this.panel.setAttribute('data-status', status);
  }

  setTyping(on: boolean): void {
    this.typing.hidden = !on;
    if (on) this.scrollToEnd();
  }

  /** Replaces the log with these entries (start-up, new conversation). */
  showHistory(entries: HistoryEntry[]): void {
    // The greeting always heads the conversation, so a restored history reads like the live one.
    this.log.replaceChildren(h('li', { class: 'hint', dir: 'auto' }, this.o.strings.greeting));
    for (const e of entries) this.log.appendChild(this.entry(e));
    this.scrollToEnd();
  }

  /** Appends one entry; a reply's verdict is also read out by the live region. */
  addEntry(e: HistoryEntry): void {
    const li = this.log.appendChild(this.entry(e));
    if (e.kind !== 'reply') return this.scrollToEnd();
    // An answer is announced as its words; a verdict as its outcome, headline and summary.
    const rs = e.language ? stringsFor(e.language) : this.o.strings;
    this.live.textContent = e.answer ? e.text : `${rs.outcome[e.decision.verdict.outcome]}: ${e.decision.verdict.headline}. ${e.decision.verdict.summary}`;
    // Verdict first on screen too: a long card is scrolled to its top, not its end.
    this.log.scrollTop = li.offsetTop - this.log.offsetTop - 8;
  }

  /**
   * Sets the small state note of a traveler message ("Waiting to send", "Not sent: …",
   * or nothing), with a Retry button when `retry` is set. A refusal is also announced,
   * as a screen-reader user would not otherwise learn of it.
   */
  setEntryState(id: string, text: string, retry = false): void {
    const li = Array.from(this.log.children).find((c) => c.getAttribute('data-id') === id);
    const state = li?.querySelector('.state');
    if (!li || !state) return;
    state.textContent = text ? ` · ${text}` : '';
    li.querySelector('.retry')?.remove();
    if (retry) {
      state.after(retryButton(id, this.o.strings, (x) => this.retry(x)));
      this.live.textContent = text;
    }
  }

  /** Puts a sentence start in the composer and focuses it, cursor at the end. */
  prompt(text: string): void {
    this.open();
    this.input.value = text;
    this.input.focus();
    this.input.setSelectionRange(text.length, text.length);
  }

  private submit(): void {
    const text = this.input.value.trim();
    if (!text) return;
    this.input.value = '';
    this.o.onSubmit(text);
  }

  private entry(e: HistoryEntry): HTMLLIElement {
    return renderEntry(e, this.o.strings, this.o.locale, (p) => this.prompt(p), (id) => this.retry(id));
  }

  /** The Retry button disappears once pressed, so focus moves on to the composer rather than being lost. */
  private retry(id: string): void {
    this.input.focus();
    this.o.onRetry(id);
  }

  private scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }
}
