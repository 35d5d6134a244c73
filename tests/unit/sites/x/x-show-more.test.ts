// X's "Show more" under a tweet cut short. No saved real page holds one (the three rendered X profiles in
// ../shared/real-pages were searched: their "Show more" links are the sidebar's), so the tweet below is hand-made,
// copied in shape from @Kikobeats' third tweet on the 2025-12-23 page (article, User-Name, status link and time,
// tweetText, the quote card as div[role=link], the action group), with the cut marker X uses by test id.
import { describe, expect, it } from 'vitest';
import { captionFacts } from '../../../../src/core/caption.ts';
import { readTimeline } from '../../../../src/sites/x/tweets-dom.ts';
import { htmlDocument } from '../../../support/read-helpers-tt-ig-yt.ts';

const SHOW_MORE_BUTTON = '<button data-testid="tweet-text-show-more-link" type="button">Show more</button>';
const SHOW_MORE_LINK =
  '<a href="/Kikobeats/status/1935738866390253649" role="link" data-testid="tweet-text-show-more-link"><span>Show more</span></a>';
const SHOW_MORE_ES = '<button data-testid="tweet-text-show-more-button" type="button">Mostrar más</button>';

function tweet(options: { ownCut?: string; quoteCut?: string } = {}): Document {
  return htmlDocument(`<html lang="en"><body><main>
<article role="article" tabindex="0" data-testid="tweet">
  <div data-testid="User-Name">
    <a href="/Kikobeats" role="link"><div dir="ltr"><span><span>Kiko Beats</span></span></div></a>
    <a href="/Kikobeats" role="link" tabindex="-1"><div dir="ltr"><span>@Kikobeats</span></div></a>
    <div><a href="/Kikobeats/status/1935738866390253649" dir="ltr" aria-label="Jun 19" role="link"><time datetime="2025-06-19T16:38:04.000Z">Jun 19</time></a></div>
  </div>
  <div><div dir="auto" lang="en" data-testid="tweetText"><span>It's online with </span><a href="/hashtag/ad?src=hashtag_click" role="link">#ad</a><span> for </span><div><span><a href="/vercel" role="link">@vercel</a></span></div></div>${options.ownCut ?? ''}</div>
  <div><div dir="ltr"><span>Quote</span></div>
    <div tabindex="0" role="link">
      <div data-testid="User-Name"><div dir="ltr"><span><span>Guillermo Rauch</span></span></div><div tabindex="-1"><div dir="ltr"><span>@rauchg</span></div></div>
        <div dir="ltr" aria-label="Jun 18"><time datetime="2025-06-18T19:21:15.000Z">Jun 18</time></div></div>
      <div dir="auto" lang="en" data-testid="tweetText"><span>A long quoted post about #launch</span></div>${options.quoteCut ?? ''}
    </div>
  </div>
  <div aria-label="36 replies, 31 reposts, 767 likes, 80 bookmarks, 101187 views" role="group"></div>
</article></main></body></html>`);
}

/** The tweet as the worker finishes it: the caption the page gathered, read for its tags and mentions. */
function own(doc: Document) {
  const post = readTimeline(doc, 'Kikobeats', 'en').posts[0];
  return post && { ...post, ...(post.caption === undefined ? {} : captionFacts(post.caption)) };
}

describe('X: a tweet\'s own text cut short by "Show more"', () => {
  it("not cut: its tags and mentions are read (the quote's are not)", () => {
    expect(own(tweet())).toMatchObject({ id: '1935738866390253649', hashtags: ['ad'], mentions: ['vercel'] });
  });

  it('cut, the marker a button: not read (its tags may be in the hidden part)', () => {
    const post = own(tweet({ ownCut: SHOW_MORE_BUTTON }));
    expect(post?.id).toBe('1935738866390253649');
    expect(post?.hashtags).toBeUndefined();
    expect(post?.mentions).toBeUndefined();
  });

  it('cut, the marker a link to the status: not read', () => {
    expect(own(tweet({ ownCut: SHOW_MORE_LINK }))?.hashtags).toBeUndefined();
  });

  it('cut, in Spanish with the other test id ("Mostrar más"): not read, whatever the words', () => {
    expect(own(tweet({ ownCut: SHOW_MORE_ES }))?.hashtags).toBeUndefined();
  });

  it("only the quoted tweet is cut: the tweet's own text is whole, and read", () => {
    expect(own(tweet({ quoteCut: SHOW_MORE_BUTTON }))).toMatchObject({ hashtags: ['ad'], mentions: ['vercel'] });
  });
});
