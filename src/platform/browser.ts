// The one place that touches the WebExtension API, so Node code (tests, CLI) never imports the polyfill.
import browser from 'webextension-polyfill';

export type { Runtime } from 'webextension-polyfill';
export { browser };
