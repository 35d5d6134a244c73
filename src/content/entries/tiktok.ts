// Content script for tiktok: self-contained (no shared chunks exposed to the site).
import { tiktokUrls } from '../../sites/tiktok/url.ts';
import { startContentScript } from '../run.ts';

startContentScript(tiktokUrls, undefined);
