// Content script for facebook: self-contained (no shared chunks exposed to the site), only this site's reader.
import { facebookPageReader } from '../../sites/facebook/read.ts';
import { facebookUrls } from '../../sites/facebook/url.ts';
import { startContentScript } from '../run.ts';

startContentScript(facebookUrls, facebookPageReader);
