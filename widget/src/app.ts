import type { WidgetConfig } from './config';
import { Connection, type ConnectionStatus } from './connection';
import { Emitter } from './events';
import { canRetry, type ServerFrame } from './protocol';
import { briefFromField } from './render/itinerary';
import { ConversationStore, browserStorage, type HistoryEntry } from './store';
import { stringsFor } from './strings';
import { View } from './view';

/** The page-facing API installed as `window.tripAgent` (PROTOCOL.md §6). */
export interface TripAgentApi {
  open(): void;
  close(): void;
  /** Sends a traveler message (queued while offline); returns its client_message_id, or undefined for empty text. */
  send(text: string): string | undefined;
  on(event: string, fn: (payload: unknown) => void): () => void;
  /** Forgets this conversation and starts a new session. */
  newConversation(): void;
  /** Runs one queued call, `['open']` or `['send', 'text']`, as pages push them before the script loads. */
  push(call: unknown): void;
}

/** A typing indicator is cleared after this long even if its `off` never comes (lost on a dead socket). */
const TYPING_MAX_MS = 45_000;
const MAX_TEXT = 2000;

/**
 * Wires store, connection and view for one embedded widget. The socket opens
 * lazily (first open or send) unless a stored session has history to resume,
 * so a site's every page view does not create a session.
 */
export function createWidget(config: WidgetConfig): TripAgentApi {
  const s = stringsFor(config.locale);
  const events = new Emitter();
  const store = new ConversationStore(config.tenant, browserStorage());
  let status: ConnectionStatus = 'offline';
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const view = new View({
    strings: s,
    locale: config.locale,
    title: config.title ?? s.title,
    ...(config.accent ? { accent: config.accent } : {}),
    onSubmit: (text) => api.send(text),
    onNewConversation: () => api.newConversation(),
    onRetry: (id) => retry(id),
    onOpenChange: (open) => {
      if (open) connection.start();
      events.emit(open ? 'open' : 'close');
    },
  });

  const setTyping = (on: boolean) => {
    if (typingTimer) clearTimeout(typingTimer);
    view.setTyping(on);
    if (on) typingTimer = setTimeout(() => view.setTyping(false), TYPING_MAX_MS);
  };

  const markQueued = () => {
    for (const e of connection.pending()) if (!e.message_id) view.setEntryState(e.client_message_id, status === 'online' ? '' : s.queued);
  };

  const onFrame = (f: ServerFrame) => {
    switch (f.type) {
      case 'session':
        if (store.sessionId && store.sessionId !== f.session_id) {
          store.setSession(f.session_id);
          view.showHistory(store.history());
        } else store.setSession(f.session_id);
        events.emit('session', { session_id: f.session_id, resumed: f.resumed });
        return;
      case 'ack':
        // Stored after all (a retry, or a first attempt that arrived late): no longer refused.
        store.markFailed(f.client_message_id);
        view.setEntryState(f.client_message_id, '');
        return;
      case 'typing':
        setTyping(f.on);
        return;
      case 'reply': {
        setTyping(false);
        if (store.hasReply(f.message_id)) return;
        const itinerary = briefFromField(f.itinerary);
        const entry: HistoryEntry = { kind: 'reply', id: f.message_id, text: f.text, decision: f.decision, at: Date.now(), ...(itinerary ? { itinerary } : {}), ...(f.answer ? { answer: true } : {}), ...(f.language ? { language: f.language } : {}) };
        store.append(entry);
        view.addEntry(entry);
        events.emit('reply', { message_id: f.message_id, reply_to: f.reply_to, text: f.text, decision: f.decision });
        return;
      }
      case 'error':
        if (f.client_message_id) {
          setTyping(false);
          const why = s.tryLater ?? f.message;
          store.markFailed(f.client_message_id, why, f.code);
          view.setEntryState(f.client_message_id, `${s.notSent}: ${why}`, canRetry(f.code));
        }
        events.emit('error', { code: f.code, message: f.message, client_message_id: f.client_message_id });
        return;
      default:
        return;
    }
  };

  const connection = new Connection({
    endpoint: config.endpoint,
    tenant: config.tenant,
    locale: config.locale,
    outbox: store.outbox(),
    resumeFrom: () => ({ session_id: store.sessionId, after_message_id: store.lastMessageId }),
    onOutbox: (entries) => store.setOutbox(entries),
    onStatus: (next) => {
      status = next;
      view.setStatus(next);
      // A typing "on" whose "off" died with the socket must not stick.
      if (next !== 'online') setTyping(false);
      markQueued();
      events.emit('status', next);
    },
    onFrame,
  });

  /** Sends a refused message again, same client_message_id, through the outbox (so it also waits out an offline spell and a reload). */
  const retry = (id: string) => {
    const text = store.userText(id);
    if (text === undefined) return;
    store.markFailed(id);
    connection.resend({ client_message_id: id, text });
    view.setEntryState(id, '');
    connection.start();
    markQueued();
    events.emit('send', { client_message_id: id, text, retry: true });
  };

  const api: TripAgentApi = {
    open: () => view.open(),
    close: () => view.close(),
    send(text: string) {
      const clean = String(text ?? '').trim().slice(0, MAX_TEXT);
      if (!clean) return undefined;
      const entry = connection.send(clean);
      const line: HistoryEntry = { kind: 'user', id: entry.client_message_id, text: clean, at: Date.now() };
      store.append(line);
      view.addEntry(line);
      connection.start();
      markQueued();
      events.emit('send', { client_message_id: entry.client_message_id, text: clean });
      return entry.client_message_id;
    },
    on: (event, fn) => events.on(event, fn),
    newConversation() {
      store.clear();
      setTyping(false);
      view.showHistory([]);
      connection.restart();
    },
    push(call: unknown) {
      if (!Array.isArray(call) || typeof call[0] !== 'string') return;
      const [name, ...args] = call as [string, ...unknown[]];
      const fn = (api as unknown as Record<string, unknown>)[name];
      if (name !== 'push' && typeof fn === 'function') (fn as (...a: unknown[]) => unknown)(...args);
    },
  };

  document.body.appendChild(view.host);
  view.showHistory(store.history());
  markQueued();
  window.addEventListener('online', () => connection.reconnectNow());
  if (store.sessionId || store.outbox().length > 0) connection.start();
  if (config.startOpen) view.open();
  return api;
}
