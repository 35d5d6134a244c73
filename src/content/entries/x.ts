// Content script for x: self-contained (no shared chunks exposed to the site).
import { xUrls } from '../../sites/x/url.ts';
import { startContentScript } from '../run.ts';

startContentScript(xUrls, undefined);
