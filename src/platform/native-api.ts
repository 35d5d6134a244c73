// The few WebExtension calls the content scripts make (and the UI text they share with the popup), taken from the
// browser's own promise-based API: Firefox's `browser`, Chrome's `chrome` (MV3 returns a promise when no callback
// is passed). The polyfill wraps the whole API at start-up, on every page of the five sites, profile or not; the
// popup and the worker keep it (platform/browser.ts).

export interface NativeApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: { id?: string }) => void): void;
      removeListener(listener: (message: unknown, sender: { id?: string }) => void): void;
    };
  };
  i18n: {
    getMessage(key: string, substitutions?: string[]): string;
    getUILanguage(): string;
  };
}

/** The extension API of this context; read on use, so merely importing this module needs no extension. */
export function nativeApi(): NativeApi {
  const scope = globalThis as { browser?: NativeApi; chrome?: NativeApi };
  const api = scope.browser ?? scope.chrome;
  if (!api?.runtime) throw new Error('no WebExtension API in this context');
  return api;
}
