import { describe, expect, it } from 'vitest';
import { leadingCount, parseActionLabel, understoodActionCounts } from '../../../../src/sites/shown/tweet-actions.ts';
import { exact } from '../../../support/read-helpers-x-facebook.ts';

// Hand-made labels in the shapes seen on x.com (2023-01 and 2025-12), plus variations X is known to make.
describe('parseActionLabel: <number> <word> pairs', () => {
  it('reads the 2025 five-part label', () => {
    expect(parseActionLabel('10 replies, 1 repost, 27 likes, 5 bookmarks, 11424 views', 'en').counts).toEqual({
      replies: exact(10),
      reposts: exact(1),
      likes: exact(27),
      bookmarks: exact(5),
      views: exact(11424),
    });
  });

  it('reads singulars and the 2023 word "Retweets"', () => {
    expect(parseActionLabel('1 reply, 6 Retweets, 36 likes', 'en').counts).toEqual({
      replies: exact(1),
      reposts: exact(6),
      likes: exact(36),
    });
    expect(parseActionLabel('1 Retweet, 1 like, 1 bookmark, 1 view', 'en-GB').counts).toEqual({
      reposts: exact(1),
      likes: exact(1),
      bookmarks: exact(1),
      views: exact(1),
    });
  });

  it('does not depend on order', () => {
    const a = parseActionLabel('27 likes, 10 replies, 11424 views, 1 repost', 'en').counts;
    expect(a).toEqual({ likes: exact(27), replies: exact(10), views: exact(11424), reposts: exact(1) });
  });

  it('reports words it does not know instead of guessing', () => {
    const parsed = parseActionLabel('10 respuestas, 1 repost, 27 Me gusta', 'es');
    expect(parsed.unknown).toEqual(['respuestas', 'me gusta']);
    expect(parsed.counts).toEqual({ reposts: exact(1) });
  });
});

describe('understoodActionCounts', () => {
  it('turns omitted likes/replies/reposts into 0 (X drops zeros from the label)', () => {
    expect(understoodActionCounts('1 reply, 2 likes', 'en')).toEqual({
      replies: exact(1),
      reposts: exact(0),
      likes: exact(2),
      views: null,
    });
    expect(understoodActionCounts('3 views', 'en')).toEqual({
      replies: exact(0),
      reposts: exact(0),
      likes: exact(0),
      views: exact(3),
    });
  });

  it('keeps views null when the label has none (2023 labels never had views)', () => {
    expect(understoodActionCounts('1 reply, 6 Retweets, 36 likes', 'en')?.views).toBeNull();
  });

  it('gives up on an empty label or one with an unknown word', () => {
    expect(understoodActionCounts('', 'en')).toBeNull();
    expect(understoodActionCounts('10 réponses, 27 J’aime', 'fr')).toBeNull();
    expect(understoodActionCounts('10 replies, 2 quotes', 'en')).toBeNull();
  });

  it('does not read a compact number in a label as its leading digits', () => {
    expect(understoodActionCounts('1.2K likes', 'en')).toBeNull();
  });
});

describe('leadingCount: per-button labels', () => {
  it('reads the number before the words', () => {
    expect(leadingCount('27 Likes. Like', 'en')).toEqual(exact(27));
    expect(leadingCount('0 Retweets. Retweet', 'en')).toEqual(exact(0));
    expect(leadingCount('11424 views. View post analytics', 'en')).toEqual(exact(11424));
    expect(leadingCount('1,234 Likes. Like', 'en')).toEqual(exact(1234));
  });

  it('is null without a number or with a compact one', () => {
    expect(leadingCount('View Tweet analytics', 'en')).toBeNull();
    expect(leadingCount('Reply', 'en')).toBeNull();
    expect(leadingCount(null, 'en')).toBeNull();
    expect(leadingCount('1.2K Likes. Like', 'en')).toBeNull();
  });
});
