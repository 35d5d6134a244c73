import { nativeApi } from '../platform/native-api.ts';

/**
 * Owns the content script's listeners and timers. When the extension is updated or removed, the old script
 * lives on in open tabs with a dead runtime: we notice, abort everything, and stay silent.
 */
export class ContentContext {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;

  get alive(): boolean {
    try {
      return !this.signal.aborted && Boolean(nativeApi().runtime?.id);
    } catch {
      return false;
    }
  }

  invalidate(): void {
    this.controller.abort();
  }

  /** Sends a message to the background; resolves null (never throws) when the context is gone or it failed. */
  async send<T>(message: unknown): Promise<{ ok: true; data: T } | { ok: false; error: string } | null> {
    if (!this.alive) {
      this.invalidate();
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
      if (!this.alive) this.invalidate();
      return null;
    }
  }

  setTimeout(callback: () => void, ms: number): void {
    const id = setTimeout(() => this.alive && callback(), ms);
    this.signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  }
}
