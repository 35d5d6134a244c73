// Content script for instagram: self-contained (no shared chunks exposed to the site).
import { instagramUrls } from '../../sites/instagram/url.ts';
import { startContentScript } from '../run.ts';

startContentScript(instagramUrls, undefined);
