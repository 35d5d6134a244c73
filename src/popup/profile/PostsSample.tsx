import type { Count } from '../../core/count.ts';
import type { RecentPost } from '../../core/snapshot.ts';
import { formatCount } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';

const cell = (c: Count | 'hidden' | null | undefined, lang: string) =>
  c === 'hidden' ? t('hidden') : c ? formatCount(c, lang) : '—';

/** The recent posts the page showed, with the counts each one contributed to the estimate. */
export function PostsSample({ posts, lang }: { posts: RecentPost[]; lang: string }) {
  if (posts.length === 0) return <p class="cl-muted">{t('noPostsRead')}</p>;
  return (
    <table class="cl-posts">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('views')}</th>
          <th scope="col">{t('likes')}</th>
          <th scope="col">{t('comments')}</th>
        </tr>
      </thead>
      <tbody>
        {posts.slice(0, 30).map((p, i) => (
          <tr key={p.id} title={p.id}>
            <td>
              {i + 1}
              {p.pinned ? ' 📌' : ''}
            </td>
            <td>{cell(p.views, lang)}</td>
            <td>{cell(p.likes, lang)}</td>
            <td>{cell(p.comments, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
