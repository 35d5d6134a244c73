// Content script for tiktok: self-contained (no shared chunks exposed to the site), only this site's reader.
import { tiktokPageReader } from '../../sites/tiktok/read.ts';
import { tiktokUrls } from '../../sites/tiktok/url.ts';
import { startContentScript } from '../run.ts';

startContentScript(tiktokUrls, tiktokPageReader, { observesPageData: true });
