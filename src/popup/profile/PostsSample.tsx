import type { Count } from '../../core/count.ts';
import type { Platform } from '../../core/platform.ts';
import { postRows } from '../../core/scoring/post-flags.ts';
import type { RecentPost } from '../../core/snapshot.ts';
import { postUrl } from '../../sites/post-url.ts';
import { formatCount, formatPercent } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';

const cell = (c: Count | 'hidden' | null | undefined, lang: string) =>
  c === 'hidden' ? t('hidden') : c ? formatCount(c, lang) : '—';

function date(post: RecentPost, lang: string): string {
  const ms = post.publishedAt ? Date.parse(post.publishedAt) : Number.NaN;
  return Number.isFinite(ms) ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms) : '—';
}

/** What the page says about the post itself: pinned, live, trailer, a selection, a Short. */
function kindFlag(post: RecentPost): string | null {
  if (post.pinned) return `📌 ${t('postPinned')}`;
  if (post.kind === 'live') return t('postLive');
  if (post.kind === 'trailer') return t('postTrailer');
  if (post.curated) return t('postSelection');
  return post.kind === 'short' ? 'Short' : null;
}

interface Props {
  posts: RecentPost[];
  lang: string;
  platform: Platform;
  handle: string;
  followers: Count | null;
}

/** The posts the page showed: date (a link to the post), counts, the per-post rate, and flags. */
export function PostsSample({ posts, lang, platform, handle, followers }: Props) {
  if (posts.length === 0) return <p class="cl-muted">{t('noPostsRead')}</p>;
  const rows = postRows(posts.slice(0, 30), platform, followers);
  return (
    <table class="cl-posts" data-testid="cl-posts">
      <thead>
        <tr>
          <th scope="col">{t('postDate')}</th>
          <th scope="col">{t('views')}</th>
          <th scope="col">{t('likes')}</th>
          <th scope="col">{t('comments')}</th>
          <th scope="col">{t('postRate')}</th>
          <th scope="col">{t('postFlags')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ post: p, rate, viral, sponsored }) => {
          const href = postUrl(platform, handle, p.id);
          const flags = [
            kindFlag(p),
            viral ? `🔥 ${t('postViral')}` : null,
            sponsored ? `$ ${t('postSponsored')}` : null,
          ]
            .filter((f): f is string => f !== null)
            .join(' · ');
          return (
            <tr key={p.id} data-post={p.id}>
              <td data-testid="cl-post-date" data-published={p.publishedAt ?? ''}>
                {href ? (
                  <a href={href} target="_blank" rel="noreferrer" title={t('postOpen')}>
                    {date(p, lang)}
                  </a>
                ) : (
                  date(p, lang)
                )}
              </td>
              <td>{cell(p.views, lang)}</td>
              <td>{cell(p.likes, lang)}</td>
              <td>{cell(p.comments, lang)}</td>
              <td>{rate === null ? '—' : formatPercent(rate, lang)}</td>
              <td class="cl-muted" data-testid="cl-post-flags">
                {flags}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
