import type { ConnectionStatus } from './connection';
import { append, h } from './render/dom';
import { renderEntry } from './render/messages';
import type { HistoryEntry } from './store';
import type { Strings } from './strings';
import { WIDGET_CSS, applyAccent } from './styles';

export interface ViewOptions {
  strings: Strings;
  locale: string;
  title: string;
  accent?: string;
  onSubmit(text: string): void;
  onNewConversation(): void;
  onOpenChange(open: boolean): void;
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

    this.launcher.addEventListener('click', () => this.open());
    close.addEventListener('click', () => this.close());
    fresh.addEventListener('click', () => o.onNewConversation());
    this.panel.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        ev.stopPropagation();
        this.close();
      }
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

  /** Shows the panel and puts the cursor in the composer. */
  open(): void {
    if (this.isOpen) return;
    this.panel.hidden = false;
    this.launcher.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'true');
    this.scrollToEnd();
    this.input.focus();
    this.o.onOpenChange(true);
  }

  /** Hides the panel; focus goes back to the launcher if it was inside the widget. */
  close(): void {
    if (!this.isOpen) return;
    const hadFocus = this.shadow.activeElement !== null;
    this.panel.hidden = true;
    this.launcher.hidden = false;
    this.launcher.setAttribute('aria-expanded', 'false');
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
    this.live.textContent = `${this.o.strings.outcome[e.decision.verdict.outcome]}: ${e.decision.verdict.headline}. ${e.decision.verdict.summary}`;
    // Verdict first on screen too: a long card is scrolled to its top, not its end.
    this.log.scrollTop = li.offsetTop - this.log.offsetTop - 8;
  }

  /** Sets the small state note of a traveler message ("Waiting to send", "Not sent: …", or nothing). */
  setEntryState(id: string, text: string): void {
    const li = Array.from(this.log.children).find((c) => c.getAttribute('data-id') === id);
    const state = li?.querySelector('.state');
    if (state) state.textContent = text ? ` · ${text}` : '';
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
    return renderEntry(e, this.o.strings, this.o.locale, (p) => this.prompt(p));
  }

  private scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }
}
