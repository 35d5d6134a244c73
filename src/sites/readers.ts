import type { Platform } from '../core/platform.ts';
import { createFacebookReader, facebookReader } from './facebook/read.ts';
import { createInstagramReader, instagramReader } from './instagram/read.ts';
import type { SiteReader } from './reader.ts';
import type { ReaderFactory } from './reader-options.ts';
import { createTikTokReader, tiktokReader } from './tiktok/read.ts';
import { createXReader, xReader } from './x/read.ts';
import { createYouTubeReader, youtubeReader } from './youtube/read.ts';

/** The site readers by platform (x and facebook are added by their own modules). */
export const READERS: Partial<Record<Platform, SiteReader>> = {
  tiktok: tiktokReader,
  instagram: instagramReader,
  youtube: youtubeReader,
  x: xReader,
  facebook: facebookReader,
};

/** Readers with options (the CLI's --lang, a test clock). */
export const READER_FACTORIES: Partial<Record<Platform, ReaderFactory>> = {
  tiktok: createTikTokReader,
  instagram: createInstagramReader,
  youtube: createYouTubeReader,
  x: createXReader,
  facebook: createFacebookReader,
};
