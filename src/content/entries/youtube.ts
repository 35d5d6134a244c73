// Content script for youtube: self-contained (no shared chunks exposed to the site), only this site's reader,
// plus the fresh browse responses the main-world bridge (youtube-main.ts) forwards after in-app navigation.
import { youtubePageReader } from '../../sites/youtube/read.ts';
import { youtubeUrls } from '../../sites/youtube/url.ts';
import { startContentScript } from '../run.ts';
import { withBridgedPayloads } from '../youtube-payloads.ts';

const lifetime = new AbortController();
const bridged = withBridgedPayloads(youtubePageReader, lifetime.signal);
startContentScript(youtubeUrls, bridged.reader, { onDataChange: bridged.onChange, lifetime });
