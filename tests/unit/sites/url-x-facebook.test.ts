import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../src/core/platform.ts';
import { facebookUrls } from '../../../src/sites/facebook/url.ts';
import { SITE_URLS } from '../../../src/sites/registry.ts';
import { xUrls } from '../../../src/sites/x/url.ts';

// Profile URLs with the handle each detector must return, and URLs of the same sites that are not profiles.
const PROFILES: Array<[Platform, string, string]> = [
  ['x', 'https://x.com/Kikobeats', 'Kikobeats'],
  ['x', 'https://x.com/javilop/', 'javilop'],
  ['x', 'https://twitter.com/Kikobeats', 'Kikobeats'],
  ['x', 'https://mobile.twitter.com/XDevelopers/media', 'XDevelopers'],
  ['x', 'https://x.com/robinhanson/with_replies', 'robinhanson'],
  ['x', 'https://www.x.com/javilop?lang=es', 'javilop'],
  ['facebook', 'https://www.facebook.com/bbcnews', 'bbcnews'],
  ['facebook', 'https://www.facebook.com/adidas/', 'adidas'],
  ['facebook', 'https://m.facebook.com/Nintendo/posts/', 'Nintendo'],
  ['facebook', 'https://www.facebook.com/copperkettleyqr/about', 'copperkettleyqr'],
  ['facebook', 'https://www.facebook.com/profile.php?id=100064061366185', '100064061366185'],
  ['facebook', 'https://www.facebook.com/people/Some-Name/100064061366185/', '100064061366185'],
  ['facebook', 'https://web.facebook.com/bbcnews/followers', 'bbcnews'],
];

// Profile URLs of the other three sites (from their detectors' "Tested on" notes).
const OTHER_PROFILES = [
  'https://www.instagram.com/pluto__travel/',
  'https://www.instagram.com/google/tagged/',
  'https://www.tiktok.com/@illojuan',
  'https://www.youtube.com/@Vsauce/videos',
  'https://www.youtube.com/channel/UC6nSFpj9HTCZ5t-N3Rm3-HA',
];

const NOT_PROFILES: Record<'x' | 'facebook', string[]> = {
  x: [
    'https://x.com/',
    'https://x.com/home',
    'https://x.com/Home',
    'https://x.com/explore',
    'https://x.com/notifications',
    'https://x.com/messages/123-456',
    'https://x.com/search?q=creator',
    'https://x.com/settings/account',
    'https://x.com/i/bookmarks',
    'https://x.com/i/flow/login',
    'https://x.com/i',
    'https://x.com/Kikobeats/status/1987508451887784324',
    'https://x.com/Kikobeats/status/1987508451887784324/photo/1',
    'https://x.com/Kikobeats/status',
    'https://x.com/Kikobeats/followers',
    'https://x.com/Kikobeats/verified_followers',
    'https://x.com/Kikobeats/following',
    'https://x.com/Kikobeats/lists',
    'https://twitter.com/intent/tweet',
    'https://x.com/hashtag/ai',
    'https://x.com/compose/post',
    'https://x.com/tos',
    'https://x.com/logout',
    'https://x.com/jobs',
    'https://x.com/sw.js',
    'https://x.com/a_handle_much_too_long',
    'http://x.com/Kikobeats',
    'https://x.com.evil.example/Kikobeats',
  ],
  facebook: [
    'https://www.facebook.com/',
    'https://www.facebook.com/home',
    'https://www.facebook.com/home.php',
    'https://www.facebook.com/watch',
    'https://www.facebook.com/watch/?v=123456789',
    'https://www.facebook.com/groups/123456789',
    'https://www.facebook.com/groups/somegroup/posts/987',
    'https://www.facebook.com/Nintendo/posts/123',
    'https://www.facebook.com/Nintendo/videos/123456',
    'https://www.facebook.com/Nintendo/photos/a.1/2/',
    'https://www.facebook.com/marketplace',
    'https://www.facebook.com/gaming/play',
    'https://www.facebook.com/events/123',
    'https://www.facebook.com/reel/123',
    'https://www.facebook.com/stories/123',
    'https://www.facebook.com/photo.php?fbid=1',
    'https://www.facebook.com/photo/?fbid=1',
    'https://www.facebook.com/video.php?v=1',
    'https://www.facebook.com/story.php?story_fbid=1&id=2',
    'https://www.facebook.com/permalink.php?story_fbid=1',
    'https://www.facebook.com/profile.php',
    'https://www.facebook.com/profile.php?id=abc',
    'https://www.facebook.com/pages/category/Video-Game/Nintendo/posts/',
    'https://www.facebook.com/share/p/abc123/',
    'https://www.facebook.com/notifications',
    'https://www.facebook.com/messages/t/123',
    'https://www.facebook.com/friends',
    'https://www.facebook.com/search/top?q=x',
    'https://www.facebook.com/hashtag/news',
    'https://www.facebook.com/settings',
    'https://www.facebook.com/about',
    'https://www.facebook.com/about/privacy',
    'https://www.facebook.com/privacy/policy',
    'https://www.facebook.com/login',
    'https://www.facebook.com/login.php',
    'https://www.facebook.com/recover/initiate',
    'https://www.facebook.com/bookmarks',
    'https://www.facebook.com/saved',
    'https://www.facebook.com/memories',
    'https://www.facebook.com/sharer/sharer.php?u=x',
    'https://www.facebook.com/l.php?u=x',
    'https://www.facebook.com/help',
    'https://www.facebook.com/policies',
    'https://www.facebook.com/people/Some-Name/100064061366185/photos',
    'http://www.facebook.com/bbcnews',
    'https://facebook.com.evil.example/bbcnews',
  ],
};

describe('X and Facebook profile URLs', () => {
  it.each(PROFILES)('%s detects %s as @%s', (platform, href, handle) => {
    expect(SITE_URLS[platform].profileHandle(new URL(href))).toBe(handle);
  });

  it.each(PROFILES)('%s profile %s is no other site’s profile', (platform, href) => {
    for (const site of Object.values(SITE_URLS)) {
      if (site.platform !== platform) expect(site.profileHandle(new URL(href))).toBeNull();
    }
  });

  it.each(OTHER_PROFILES)('%s is neither an X nor a Facebook profile', (href) => {
    expect(xUrls.profileHandle(new URL(href))).toBeNull();
    expect(facebookUrls.profileHandle(new URL(href))).toBeNull();
  });

  it('round-trips the handle through profileUrl', () => {
    for (const [platform, href, handle] of PROFILES) {
      const site = SITE_URLS[platform];
      expect(site.profileHandle(new URL(site.profileUrl(handle)))).toBe(handle);
      expect(href).toContain(handle);
    }
  });
});

describe('X and Facebook URLs that are not profiles', () => {
  it.each(NOT_PROFILES.x)('X rejects %s', (href) => {
    for (const site of Object.values(SITE_URLS)) expect(site.profileHandle(new URL(href))).toBeNull();
  });

  it.each(NOT_PROFILES.facebook)('Facebook rejects %s', (href) => {
    for (const site of Object.values(SITE_URLS)) expect(site.profileHandle(new URL(href))).toBeNull();
  });
});
