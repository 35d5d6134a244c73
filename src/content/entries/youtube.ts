// Content script for youtube: self-contained (no shared chunks exposed to the site), only this site's reader.
import { youtubePageReader } from '../../sites/youtube/page.ts';
import { youtubeUrls } from '../../sites/youtube/url.ts';
import { startContentScript } from '../run.ts';

startContentScript(youtubeUrls, youtubePageReader, { observesPageData: true });
