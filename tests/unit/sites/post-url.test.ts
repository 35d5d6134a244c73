// Post links in the popup go only to https pages of the post's own site, built from ids of the site's own form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/core/platform.ts';
import { postUrl } from '../../../src/sites/post-url.ts';
import { SITE_URLS } from '../../../src/sites/registry.ts';

describe('postUrl', () => {
  it('real ids link to their posts', () => {
    expect(postUrl('instagram', 'pluto__travel', 'CP5lh1YLbj4')).toBe('https://www.instagram.com/p/CP5lh1YLbj4/');
    expect(postUrl('tiktok', 'illojuan', '7571863205253778710')).toBe(
      'https://www.tiktok.com/@illojuan/video/7571863205253778710',
    );
    expect(postUrl('youtube', 'OneMedia.', 'fkciasqKawc')).toBe('https://www.youtube.com/watch?v=fkciasqKawc');
    expect(postUrl('x', 'javilop', '1827080302172500161')).toBe('https://x.com/javilop/status/1827080302172500161');
    expect(postUrl('facebook', 'Nintendo', '123')).toBeNull();
  });
  it.each(PLATFORMS)(
    '%s: any id and handle → null, or https on the site with nothing but a path (and v=)',
    (platform) => {
      fc.assert(
        fc.property(fc.string(), fc.string(), (handle, id) => {
          const href = postUrl(platform, handle, id);
          if (href === null) return;
          const url = new URL(href);
          expect(url.protocol).toBe('https:');
          expect(SITE_URLS[platform].hosts).toContain(url.hostname);
          expect(url.username + url.password + url.port + url.hash).toBe('');
        }),
        { numRuns: 500 },
      );
    },
  );
});
