/** Events a host page can listen to through `tripAgent.on(name, fn)`. */
export type WidgetEventName = 'open' | 'close' | 'send' | 'reply' | 'status' | 'session' | 'error';

type Listener = (payload: unknown) => void;

/** A minimal event emitter; a throwing listener never breaks the widget or the other listeners. */
export class Emitter {
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Subscribes; returns the function that unsubscribes. */
  on(name: string, fn: Listener): () => void {
    const set = this.listeners.get(name) ?? new Set<Listener>();
    set.add(fn);
    this.listeners.set(name, set);
    return () => set.delete(fn);
  }

  emit(name: WidgetEventName, payload?: unknown): void {
    for (const fn of this.listeners.get(name) ?? []) {
      try {
        fn(payload);
      } catch (err) {
        console.error(err);
      }
    }
  }
}
