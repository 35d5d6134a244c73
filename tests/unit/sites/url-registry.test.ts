import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform, parseProfileKey, profileKey } from '../../../src/core/platform.ts';
import { matchPatterns, profileAt, SITE_URLS, siteOfHost } from '../../../src/sites/registry.ts';

// Each site's own profile URLs (with the handle they name) and its non-profile URLs.
const PROFILES: Record<Platform, Array<[string, string]>> = {
  tiktok: [
    ['https://www.tiktok.com/@illojuan', 'illojuan'],
    ['https://www.tiktok.com/@oddanimalspecimens?lang=es', 'oddanimalspecimens'],
    ['https://m.tiktok.com/@some.user_1/', 'some.user_1'],
  ],
  instagram: [
    ['https://www.instagram.com/pluto__travel/', 'pluto__travel'],
    ['https://instagram.com/google', 'google'],
    ['https://www.instagram.com/google/tagged/', 'google'],
    ['https://www.instagram.com/jaime.lorente/reels/', 'jaime.lorente'],
  ],
  youtube: [
    ['https://www.youtube.com/@Vsauce', 'Vsauce'],
    ['https://www.youtube.com/@Vsauce/videos', 'Vsauce'],
    ['https://www.youtube.com/@OneMedia.', 'OneMedia.'],
    ['https://m.youtube.com/@Doobydobap/shorts', 'Doobydobap'],
    ['https://www.youtube.com/channel/UC6nSFpj9HTCZ5t-N3Rm3-HA', 'UC6nSFpj9HTCZ5t-N3Rm3-HA'],
    ['https://www.youtube.com/c/vsauce1/videos', 'vsauce1'],
    ['https://www.youtube.com/user/Vsauce', 'Vsauce'],
  ],
  x: [
    ['https://x.com/Kikobeats', 'Kikobeats'],
    ['https://twitter.com/Kikobeats/media', 'Kikobeats'],
    ['https://mobile.twitter.com/javilop', 'javilop'],
  ],
  facebook: [
    ['https://www.facebook.com/bbcnews', 'bbcnews'],
    ['https://m.facebook.com/Nintendo/posts/', 'Nintendo'],
    ['https://www.facebook.com/profile.php?id=100064061366185', '100064061366185'],
    ['https://www.facebook.com/people/Some-Name/100083938111111/', '100083938111111'],
  ],
};

const NOT_PROFILES: Record<Platform, string[]> = {
  tiktok: [
    'https://www.tiktok.com/',
    'https://www.tiktok.com/explore',
    'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    'https://www.tiktok.com/@illojuan/photo/7571863205253778710',
    'https://www.tiktok.com/tag/cats',
    'https://www.tiktok.com/foryou',
    'http://www.tiktok.com/@illojuan',
  ],
  instagram: [
    'https://www.instagram.com/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/p/CPQjO5RIIO9/',
    'https://www.instagram.com/reel/CN2VQ1yI_MA/',
    'https://www.instagram.com/stories/google/123/',
    'https://www.instagram.com/accounts/login/',
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/google/p/CPQjO5RIIO9/',
  ],
  youtube: [
    'https://www.youtube.com/',
    'https://www.youtube.com/watch?v=c31G0fKqHs8',
    'https://www.youtube.com/shorts/l-X5WbDSH2o',
    'https://www.youtube.com/results?search_query=cats',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/playlist?list=PL123',
    'https://www.youtube.com/@Vsauce/videos/extra',
    'https://www.youtube.com/channel/not-a-channel-id',
  ],
  x: [
    'https://x.com/',
    'https://x.com/home',
    'https://x.com/explore',
    'https://x.com/Kikobeats/status/1234567890',
    'https://x.com/i/flow/login',
    'https://x.com/search?q=cats',
    'https://x.com/Kikobeats/followers',
    'https://x.com/settings/profile',
  ],
  facebook: [
    'https://www.facebook.com/',
    'https://www.facebook.com/watch/?v=123',
    'https://www.facebook.com/groups/123456/',
    'https://www.facebook.com/Nintendo/posts/1234567890',
    'https://www.facebook.com/marketplace/',
    'https://www.facebook.com/photo.php?fbid=1',
    'https://www.facebook.com/profile.php',
    'https://www.facebook.com/home.php',
  ],
};

describe('profile URL detectors', () => {
  for (const platform of PLATFORMS) {
    const site = SITE_URLS[platform];
    for (const [href, handle] of PROFILES[platform]) {
      it(`${platform} reads ${href} as @${handle}, and no other site claims it`, () => {
        expect(site.profileHandle(new URL(href))).toBe(handle);
        expect(profileAt(href)).toEqual({ platform, handle });
        for (const other of PLATFORMS.filter((p) => p !== platform)) {
          expect(SITE_URLS[other].profileHandle(new URL(href))).toBeNull();
        }
      });
    }
    for (const href of NOT_PROFILES[platform]) {
      it(`${platform}: ${href} is not a profile`, () => {
        expect(profileAt(href)).toBeNull();
      });
    }
  }

  it('never throws on malformed input', () => {
    for (const bad of [
      '',
      'not a url',
      'https://www.tiktok.com/%E0%A4%A',
      'javascript:alert(1)',
      'https://evil.example/@x',
    ]) {
      expect(profileAt(bad)).toBeNull();
    }
  });

  it('profileUrl round-trips through the detector', () => {
    for (const platform of PLATFORMS) {
      for (const [, handle] of PROFILES[platform]) {
        expect(profileAt(SITE_URLS[platform].profileUrl(handle))).toEqual({ platform, handle });
      }
    }
  });

  it('match patterns are https, per host, never <all_urls>, and hosts map back to their site', () => {
    for (const platform of PLATFORMS) {
      for (const pattern of matchPatterns(SITE_URLS[platform])) {
        expect(pattern).toMatch(/^https:\/\/[a-z.]+\/\*$/);
        expect(siteOfHost(new URL(pattern.replace('*', '')).hostname)?.platform).toBe(platform);
      }
    }
    expect(siteOfHost('evil.example')).toBeNull();
  });
});

describe('profile keys', () => {
  it('lower-cases the handle and parses back', () => {
    expect(profileKey({ platform: 'youtube', handle: 'OneMedia.' })).toBe('youtube:onemedia.');
    expect(parseProfileKey('tiktok:illojuan')).toEqual({ platform: 'tiktok', handle: 'illojuan' });
  });
  it('rejects unknown platforms and unsafe handles', () => {
    for (const bad of ['myspace:tom', 'tiktok:', 'tiktok:a b', 'tiktok:<script>', ':x', 'nocolon']) {
      expect(parseProfileKey(bad)).toBeNull();
    }
  });
});
