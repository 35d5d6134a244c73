import type { Platform } from '../core/platform.ts';
import { createFacebookReader, facebookReader } from './facebook/read.ts';
import { createInstagramReader, instagramReader } from './instagram/read.ts';
import type { SiteReader } from './reader.ts';
import type { ReaderFactory } from './reader-options.ts';
import { createTikTokReader, tiktokReader } from './tiktok/read.ts';
import { createXReader, xReader } from './x/read.ts';
import { createYouTubeReader, youtubeReader } from './youtube/read.ts';

/**
 * Every site's reader, the one place they are registered: each gathers on the page (readPage, what the content
 * script runs), is finished in the worker (the shown counts it left as text, sites/shown-read.ts), and may read the
 * page's own data (readPayload: API responses the main-world observer hands over; pageData/readPageData: embedded
 * data as text). The worker's router and the CLI look readers up here; no other code names a site's reader.
 */
export const READERS: Record<Platform, SiteReader> = {
  tiktok: tiktokReader,
  instagram: instagramReader,
  youtube: youtubeReader,
  x: xReader,
  facebook: facebookReader,
};

/** Readers with options (the CLI's --lang, a test clock). */
export const READER_FACTORIES: Record<Platform, ReaderFactory> = {
  tiktok: createTikTokReader,
  instagram: createInstagramReader,
  youtube: createYouTubeReader,
  x: createXReader,
  facebook: createFacebookReader,
};
