// Content script for instagram: self-contained (no shared chunks exposed to the site), only this site's reader.
import { instagramPageReader } from '../../sites/instagram/read.ts';
import { instagramUrls } from '../../sites/instagram/url.ts';
import { startContentScript } from '../run.ts';

startContentScript(instagramUrls, instagramPageReader, { observesPageData: true });
