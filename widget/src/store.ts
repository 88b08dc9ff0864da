import type { OutboxEntry } from './connection';
import type { Decision, ItineraryBrief } from './protocol';

/** One rendered line of the conversation, as kept across reloads. */
export type HistoryEntry =
  | { kind: 'user'; id: string; text: string; at: number; failed?: string; code?: string }
  | { kind: 'reply'; id: string; text: string; decision: Decision; itinerary?: ItineraryBrief; at: number; answer?: boolean; language?: string };

/** The most history entries kept: enough for a long conversation, far from the storage quota. */
export const HISTORY_LIMIT = 60;

interface Persisted {
  session_id?: string;
  last_message_id?: string;
  history: HistoryEntry[];
  outbox: OutboxEntry[];
}

/** The `Storage` methods used; `localStorage` in the browser, anything Map-like in tests. */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage when the page may use it; throws (private modes, sandboxed frames) fall back to memory. */
export function browserStorage(): KeyValue | undefined {
  try {
    const s = window.localStorage;
    s.setItem('tripAgent.probe', '1');
    s.removeItem('tripAgent.probe');
    return s;
  } catch {
    return undefined;
  }
}

/**
 * The widget's memory of one tenant's conversation: session id, the last server
 * message seen (the resume point), the rendered history and the outbox. Kept
 * under one key so a reload never sees half an update.
 */
export class ConversationStore {
  private readonly key: string;
  private data: Persisted;

  constructor(
    tenant: string,
    private readonly storage: KeyValue | undefined,
  ) {
    this.key = `tripAgent.${tenant}`;
    this.data = this.load();
  }

  get sessionId(): string | undefined {
    return this.data.session_id;
  }

  get lastMessageId(): string | undefined {
    return this.data.last_message_id;
  }

  history(): HistoryEntry[] {
    return [...this.data.history];
  }

  outbox(): OutboxEntry[] {
    return [...this.data.outbox];
  }

  /** Records the session; a different session than the stored one starts a fresh history. */
  setSession(sessionId: string): void {
    if (this.data.session_id && this.data.session_id !== sessionId) {
      this.data = { session_id: sessionId, history: [], outbox: this.data.outbox };
    } else {
      this.data.session_id = sessionId;
    }
    this.save();
  }

  /** Whether a reply with this message id is already in the history (replays repeat them). */
  hasReply(messageId: string): boolean {
    return this.data.history.some((e) => e.kind === 'reply' && e.id === messageId);
  }

  /** Appends an entry and, for replies, moves the resume point to it. */
  append(entry: HistoryEntry): void {
    this.data.history = [...this.data.history, entry].slice(-HISTORY_LIMIT);
    if (entry.kind === 'reply') this.data.last_message_id = entry.id;
    this.save();
  }

  /** Marks a traveler message as refused by the server (reason and error code), or, with no reason, as no longer refused. */
  markFailed(id: string, reason?: string, code?: string): void {
    for (const e of this.data.history) {
      if (e.kind !== 'user' || e.id !== id) continue;
      delete e.failed;
      delete e.code;
      if (reason !== undefined) Object.assign(e, { failed: reason }, code ? { code } : {});
    }
    this.save();
  }

  /** The traveler's text of a message in the history, by its client_message_id. */
  userText(id: string): string | undefined {
    const e = this.data.history.find((x) => x.kind === 'user' && x.id === id);
    return e?.text;
  }

  setOutbox(entries: OutboxEntry[]): void {
    this.data.outbox = entries;
    this.save();
  }

  /** Forgets the conversation (the "new conversation" action). */
  clear(): void {
    this.data = { history: [], outbox: [] };
    this.save();
  }

  private load(): Persisted {
    try {
      const raw = this.storage?.getItem(this.key);
      const v = raw ? (JSON.parse(raw) as Partial<Persisted>) : {};
      return {
        ...(typeof v.session_id === 'string' ? { session_id: v.session_id } : {}),
        ...(typeof v.last_message_id === 'string' ? { last_message_id: v.last_message_id } : {}),
        history: Array.isArray(v.history) ? v.history : [],
        outbox: Array.isArray(v.outbox) ? v.outbox : [],
      };
    } catch {
      return { history: [], outbox: [] };
    }
  }

  private save(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.data));
    } catch {
      // Quota or disabled storage: the conversation still works, it just won't survive a reload.
    }
  }
}
