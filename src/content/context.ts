import { nativeApi } from '../platform/native-api.ts';

/** An extension event (runtime.onMessage and the like). */
interface ExtensionEvent<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

/**
 * Owns the content script's listeners, observers and timers, and undoes them all at once. The script's context
 * ends when the extension is updated or removed (the old script lives on in open tabs with a dead runtime: we
 * notice, and stay silent); a profile visit's context, its child, also ends when the page leaves that profile.
 */
export class ContentContext {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;
  // The script's own context: a dead runtime, noticed anywhere, ends it and every visit with it.
  private readonly root: ContentContext;

  constructor(parent?: ContentContext) {
    this.root = parent?.root ?? this;
    // A child that ends first leaves nothing behind in its parent.
    const detach = parent?.onInvalidated(() => this.invalidate());
    if (detach) this.onInvalidated(detach);
  }

  get alive(): boolean {
    return !this.signal.aborted && runtimeAlive();
  }

  invalidate(): void {
    this.controller.abort();
  }

  /** A context that ends with this one, or earlier (a profile visit the page navigates away from). */
  child(): ContentContext {
    return new ContentContext(this);
  }

  /** Runs `undo` when the context ends; the returned function runs it earlier and forgets it. */
  onInvalidated(undo: () => void): () => void {
    if (this.signal.aborted) undo();
    else this.signal.addEventListener('abort', undo);
    return () => {
      this.signal.removeEventListener('abort', undo);
      undo();
    };
  }

  /** A DOM listener, removed when the context ends; `E` is the event type the listener takes. */
  addEventListener<E extends Event>(
    target: EventTarget,
    type: string,
    listener: (event: E) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, listener as EventListener, { ...options, signal: this.signal });
  }

  /** A listener on an extension event (they take no abort signal). */
  addListener<F>(event: ExtensionEvent<F>, listener: F): void {
    event.addListener(listener);
    this.onInvalidated(() => event.removeListener(listener));
  }

  observe(target: Node, options: MutationObserverInit, callback: MutationCallback): void {
    const observer = new MutationObserver(callback);
    observer.observe(target, options);
    this.onInvalidated(() => observer.disconnect());
  }

  /** Returns the cancel. Timers check no runtime: a page with no profile must never touch the extension API. */
  setTimeout(callback: () => void, ms: number): () => void {
    const id = setTimeout(() => {
      this.signal.removeEventListener('abort', stop);
      callback();
    }, ms);
    const stop = () => clearTimeout(id);
    return this.onInvalidated(stop);
  }

  setInterval(callback: () => void, ms: number): void {
    const id = setInterval(callback, ms);
    this.onInvalidated(() => clearInterval(id));
  }

  /** Sends a message to the background; resolves null (never throws) when the context is gone or it failed. */
  async send<T>(message: unknown): Promise<{ ok: true; data: T } | { ok: false; error: string } | null> {
    if (this.signal.aborted) return null;
    if (!runtimeAlive()) {
      this.root.invalidate();
      return null;
    }
    try {
      const reply = (await nativeApi().runtime.sendMessage(message)) as {
        ok?: unknown;
        data?: unknown;
        error?: unknown;
      };
      if (reply?.ok === true) return { ok: true, data: reply.data as T };
      return { ok: false, error: typeof reply?.error === 'string' ? reply.error : 'no reply' };
    } catch {
      if (!runtimeAlive()) this.root.invalidate();
      return null;
    }
  }
}

/** Whether the extension that injected this script is still there (updated or removed: its runtime has no id). */
function runtimeAlive(): boolean {
  try {
    return Boolean(nativeApi().runtime?.id);
  } catch {
    return false;
  }
}
