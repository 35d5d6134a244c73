import type { Count } from '../../core/count.ts';
import type { Platform } from '../../core/platform.ts';
import type { RecentPost } from '../../core/snapshot.ts';
import { postUrl } from '../../sites/post-url.ts';
import { formatCount } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';

const cell = (c: Count | 'hidden' | null | undefined, lang: string) =>
  c === 'hidden' ? t('hidden') : c ? formatCount(c, lang) : '—';

function date(post: RecentPost, lang: string): string {
  const ms = post.publishedAt ? Date.parse(post.publishedAt) : Number.NaN;
  return Number.isFinite(ms) ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms) : '—';
}

/** Why a post is not in the sample, when the page says so itself. */
function flag(post: RecentPost): string {
  if (post.pinned) return `📌 ${t('postPinned')}`;
  if (post.kind === 'live') return t('postLive');
  if (post.kind === 'trailer') return t('postTrailer');
  if (post.curated) return t('postSelection');
  return post.kind === 'short' ? 'Short' : '';
}

interface Props {
  posts: RecentPost[];
  lang: string;
  platform: Platform;
  handle: string;
}

/** The posts the page showed: date, link, counts, where each was read, and why one is left out. */
export function PostsSample({ posts, lang, platform, handle }: Props) {
  if (posts.length === 0) return <p class="cl-muted">{t('noPostsRead')}</p>;
  return (
    <table class="cl-posts" data-testid="cl-posts">
      <thead>
        <tr>
          <th scope="col">{t('postDate')}</th>
          <th scope="col">{t('views')}</th>
          <th scope="col">{t('likes')}</th>
          <th scope="col">{t('comments')}</th>
          <th scope="col">{t('postRead')}</th>
        </tr>
      </thead>
      <tbody>
        {posts.slice(0, 30).map((p) => {
          const href = postUrl(platform, handle, p.id);
          return (
            <tr key={p.id} title={flag(p) || p.id}>
              <td>
                {href ? (
                  <a href={href} target="_blank" rel="noreferrer">
                    {date(p, lang)}
                  </a>
                ) : (
                  date(p, lang)
                )}
              </td>
              <td>{cell(p.views, lang)}</td>
              <td>{cell(p.likes, lang)}</td>
              <td>{cell(p.comments, lang)}</td>
              <td class="cl-muted">
                {p.origin === 'page-data' ? t('readPageData') : t('readShown')}
                {flag(p) ? ` · ${flag(p)}` : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
