// Content script for facebook: self-contained (no shared chunks exposed to the site).
import { facebookUrls } from '../../sites/facebook/url.ts';
import { startContentScript } from '../run.ts';

startContentScript(facebookUrls, undefined);
