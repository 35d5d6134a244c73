// Content script for youtube: self-contained (no shared chunks exposed to the site).
import { youtubeUrls } from '../../sites/youtube/url.ts';
import { startContentScript } from '../run.ts';

startContentScript(youtubeUrls, undefined);
